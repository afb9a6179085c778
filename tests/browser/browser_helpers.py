"""Servers for browser tests: a built site over HTTP and the feedback API, on loopback."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def demo_handler() -> type:
    """scripts/demo.py's handler (its 404 page for a wrong URL), quiet."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from demo import HelpCenterHandler

    class Handler(HelpCenterHandler):
        def log_message(self, *args: object) -> None:
            pass
    return Handler


class _Server(http.server.ThreadingHTTPServer):
    # Browsers keep connections open: never wait for their handler threads on close.
    daemon_threads = True
    block_on_close = False


class StaticSite:
    def __init__(self, directory: Path, handler_class: type = _Quiet) -> None:
        handler = functools.partial(handler_class, directory=str(directory))
        self.server = _Server(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.root = directory
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class ApiServer:
    """The real Flask app in a thread, so a test can take it down and bring it back."""

    def __init__(self, app: object, port: int) -> None:
        self.app, self.port = app, port
        self.server = None

    def start(self) -> None:
        self.server = make_server("127.0.0.1", self.port, self.app, threaded=True)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


def build_site(config: Path, out: Path, env: dict[str, str] | None = None,
               strict: bool = False) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)]
    if strict:
        cmd.append("--strict")
    return subprocess.run(cmd, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1",
                               # no build cache in the source tree, none from an earlier run
                               "KBGEN_NO_CACHE": "1", **(env or {})})
