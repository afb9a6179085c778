"""``kbgen serve`` as a writer runs it, in its own process, for the preview's tests."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from kbgen.search.index import urls_for

BUILD_CACHE = re.compile(r"build cache: (\d+) pages kept, (\d+) built")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


class Preview:
    """``kbgen serve -v`` in ``site`` (a process group of its own), its output collected."""

    def __init__(self, site: Path, *args: str, port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kbgen", "serve", "-v", "-a", f"127.0.0.1:{self.port}",
             *args], cwd=site, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def builds(self) -> list[tuple[int, int]]:
        """(pages kept, pages built) of each build so far."""
        return [(int(m[1]), int(m[2])) for m in BUILD_CACHE.finditer(self.output)]

    def wait_until(self, condition: object, what: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                if condition():  # type: ignore[operator]
                    return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"{what}: not within {timeout} s; kbgen serve said:\n{self.output[-4000:]}")

    def wait_for_text(self, path: str, text: str, timeout: float = 60) -> None:
        self.wait_until(lambda: text in get(self.url + path), f"{text!r} at {path}", timeout)

    def wait_for_builds(self, count: int, timeout: float = 60) -> None:
        self.wait_until(lambda: len(self.builds()) >= count, f"{count} builds", timeout)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def search_finds(base: str, lang: str, word: str, page: str) -> bool:
    """Does the served index of ``lang`` lead from ``word`` to ``page`` (a site-absolute
    path such as ``/el/orders/track/``), as the browser's search reads it?"""
    urls = urls_for(word, lang, lambda path: json.loads(get(f"{base}/search/{lang}/{path}")))
    return any("/" + url.split("#")[0] == page for url in urls)
