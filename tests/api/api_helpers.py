"""Helpers shared by the API tests (servers, ports, PostgreSQL reset)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ORIGIN = "https://help.example.com"


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


def wait_for(url: str, timeout: float = 20.0, proc: subprocess.Popen | None = None) -> None:
    import requests

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if requests.get(url, timeout=1).status_code < 500:
                return
        except requests.RequestException:
            pass
        if proc is not None and proc.poll() is not None:
            out = proc.stdout.read().decode() if proc.stdout else ""
            raise AssertionError(f"server exited with {proc.returncode}:\n{out}")
        time.sleep(0.1)
    raise AssertionError(f"server at {url} did not answer in {timeout} s")


def start_server(database_url: str, tmp: Path, workers: int = 1, **env: str,
                 ) -> tuple[subprocess.Popen, str]:
    """The API under gunicorn with deploy/gunicorn.conf.py (real worker processes)."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "FEEDBACK_RATE_LIMIT": "100000/minute",
           "FEEDBACK_ALLOWED_ORIGINS": ORIGIN, "FEEDBACK_BIND": f"127.0.0.1:{port}",
           "FEEDBACK_WORKERS": str(workers), **env}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "deploy" / "gunicorn.conf.py"),
         "feedback_api.wsgi:app"], cwd=tmp, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    wait_for(url + "/healthz", proc=proc)
    return proc, url


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    proc.wait(timeout=20)
