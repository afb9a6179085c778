"""API fixtures: the same app over a real SQLite file and a real PostgreSQL server.

PostgreSQL is Debian's, started here on a free loopback port in a temporary
directory (as the `postgres` user when the tests run as root, since initdb
refuses root). Redis (for rate limits shared by several hosts) is Debian's
redis-server, started the same way. A missing server fails the run; it is never skipped.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import ORIGIN, free_port, reset_postgres

from feedback_api import create_app

TOKEN = "test-admin-token-0123456789"


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail("PostgreSQL not found: run 'bash scripts/dev.sh setup' "
                    "(installs Debian's postgresql)")
    return Path(found[-1]).parent


def _as_owner(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL server for the session; yields a SQLAlchemy-style URL."""
    bin_dir = _pg_bin()
    root = Path(tempfile.mkdtemp(prefix="kbgen-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        os.chmod(root, 0o700)
    port = free_port()
    subprocess.run(_as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", "kb", "-A", "trust",
                              "-E", "UTF8", "--no-locale"]), check=True, capture_output=True)
    log = root / "server.log"
    subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                              "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 "
                                    "-c fsync=on -c max_connections=200", "start"]),
                   check=True, capture_output=True)
    try:
        subprocess.run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "kb",
                        "feedback"], check=True, capture_output=True)
        yield f"postgresql://kb@127.0.0.1:{port}/feedback"
    finally:
        subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                  "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A redis-server for the session, on a free loopback port, nothing written to disk."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not os.path.exists(binary):
        pytest.fail("redis-server not found: run 'bash scripts/dev.sh setup' "
                    "(installs Debian's redis-server)")
    root = Path(tempfile.mkdtemp(prefix="kbgen-redis-"))
    port = free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(root), "--daemonize", "no",
                             "--logfile", str(root / "redis.log")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                log = root / "redis.log"
                pytest.fail("redis-server did not start:\n" +
                            (log.read_text() if log.exists() else ""))
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'feedback.sqlite3'}"
    url = request.getfixturevalue("postgres_url")
    reset_postgres(url)
    return url


@pytest.fixture()
def app(database_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    application = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "FEEDBACK_ADMIN_TOKEN": TOKEN,
        "FEEDBACK_ALLOWED_ORIGINS": [ORIGIN],
        "FEEDBACK_RATE_LIMIT": "1000/minute",
        "FEEDBACK_RATE_LIMIT_STORAGE": f"file://{tmp_path / 'rate-limits'}",
    })
    yield application
    application.extensions["kb_engine"].dispose()


@pytest.fixture()
def client(app):  # type: ignore[no-untyped-def]
    test_client = app.test_client()
    test_client.environ_base["HTTP_ORIGIN"] = ORIGIN  # as the widget on the site sends
    return test_client


@pytest.fixture()
def admin() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
