"""``kbgen serve``: a live preview that rebuilds on save, optionally of fewer languages."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from writers_sites import MKDOCS_YML, write

from kbgen.commands._project import load_project
from kbgen.commands.serve import language_overrides

pytest_plugins = ["writers_sites"]  # the fixture help centers


def test_lang_option_builds_that_language_and_the_default_only(tmp_path):
    config = MKDOCS_YML.replace("        - {code: en, name: English}\n",
                                "        - {code: en, name: English}\n"
                                "        - {code: fr, name: Français}\n")
    write(tmp_path, {"mkdocs.yml": config + "exclude_docs: |\n  drafts/\n"})
    (tmp_path / "docs").mkdir(exist_ok=True)
    overrides = language_overrides(load_project(tmp_path / "mkdocs.yml"), ["fr"])
    kbgen = next(p["kbgen"] for p in overrides["plugins"] if isinstance(p, dict) and "kbgen" in p)
    assert [lang["code"] for lang in kbgen["languages"]] == ["el", "fr"]
    assert kbgen["default_language"] == "el"
    assert overrides["exclude_docs"] == "drafts/\n/en/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait_for(url: str, text: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            if text in _get(url):
                return
        except OSError:
            pass
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    out = proc.communicate(timeout=10)[0]
    pytest.fail(f"{text!r} never appeared at {url}; kbgen serve said:\n{out[-3000:]}")


def test_serve_rebuilds_the_page_when_a_writer_saves(clean_site, tmp_path):
    site = tmp_path / "site"
    subprocess.run(["cp", "-r", str(clean_site), str(site)], check=True)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kbgen", "serve", "--lang", "en", "-a",
                             f"127.0.0.1:{port}"], cwd=site, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/en/orders/track/"
        _wait_for(url, "When will my order arrive?", proc, timeout=120)
        page = site / "docs/en/orders/track.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nSaved just now.\n",
                        encoding="utf-8")
        _wait_for(url, "Saved just now.", proc, timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        proc.stdout.close()
