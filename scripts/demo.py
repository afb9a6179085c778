#!/usr/bin/env python3
"""Run the demo: build the help center, start the feedback API (SQLite), serve the site.

    .venv/bin/python scripts/demo.py [--site-port 8000] [--api-port 5050] [--no-build]

Ctrl-C stops both. Votes land in instance/feedback.sqlite3; the writers'
dashboard is at http://127.0.0.1:5050/admin (token printed below).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


class HelpCenterHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; a wrong URL gets the help center's 404 page in the URL's language."""

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        root = Path(self.directory)
        lang = self.path.lstrip("/").split("/", 1)[0].split("?", 1)[0]
        page = root / lang / "404.html"
        if not lang or "." in lang or not page.is_file():
            page = root / "404.html"
        if not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def wait_for(url: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit(f"error: the feedback API exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"error: the feedback API did not answer at {url} within {timeout:.0f} s")


# The demo shop's sample feedback, sent through the API like the widget's votes when its
# database has none yet: (page, language, yes votes, no votes)
SAMPLE_VOTES = [("returns/return-policy.md", "el", 5, 0), ("orders/track-order.md", "el", 5, 0),
                ("payments/payment-methods.md", "el", 4, 1),
                ("shipping/delivery-times.md", "el", 4, 1),
                ("returns/return-policy.md", "en", 4, 1)]
HELPFUL_STATS = ROOT / "build" / "helpful-stats.json"  # plugins.kbgen.helpful_stats


def export_helpful(api_url: str, site_url: str, token: str) -> bool:
    """The API's articles report as the site's helpful-votes stats (after the sample votes,
    on a fresh database); True if it has votes to show."""
    def call(path: str, body: dict | None = None) -> dict:
        req = urllib.request.Request(api_url + path, method="POST" if body else "GET",
                                     data=json.dumps(body).encode() if body else None,
                                     headers={"Content-Type": "application/json",
                                              "Origin": site_url,
                                              "Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read())

    report = call("/api/v1/reports/articles")
    if not report.get("articles"):
        n = 0
        for page, lang, yes, no in SAMPLE_VOTES:
            for k in range(yes + no):
                n += 1
                call("/api/v1/votes", {"page": page, "lang": lang, "helpful": k < yes,
                                       "reason": None if k < yes else "unclear",
                                       "visitor": f"demo-visitor-{n:04d}"})
        report = call("/api/v1/reports/articles")
    HELPFUL_STATS.parent.mkdir(parents=True, exist_ok=True)
    HELPFUL_STATS.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return bool(report.get("articles"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site-port", type=int, default=int(os.environ.get("KBGEN_SITE_PORT", 8000)))
    ap.add_argument("--api-port", type=int, default=int(os.environ.get("KBGEN_API_PORT", 5050)))
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--no-build", action="store_true", help="serve the last build as it is")
    args = ap.parse_args()
    site_url = f"http://{args.host}:{args.site_port}"
    api_url = f"http://{args.host}:{args.api_port}"
    site_dir = ROOT / "build" / "demo-site"
    token = os.environ.get("FEEDBACK_ADMIN_TOKEN") or secrets.token_urlsafe(24)
    env = {**os.environ, "KBGEN_FEEDBACK_API_URL": api_url,
           "FEEDBACK_ALLOWED_ORIGINS": site_url, "FEEDBACK_ADMIN_TOKEN": token,
           "FEEDBACK_BIND": f"{args.host}:{args.api_port}", "FEEDBACK_WORKERS": "2",
           "FEEDBACK_SITE_MANIFEST": str(site_dir / "kb-pages.json"),  # votes for its pages only
           "NO_MKDOCS_2_WARNING": "1"}
    build = [str(VENV_BIN / "mkdocs"), "build", "--strict", "-q", "-d", str(site_dir)]
    if not args.no_build:
        print("==> building the demo help center", flush=True)
        subprocess.run(build, cwd=ROOT, env=env, check=True)
    print("==> starting the feedback API (SQLite in instance/)", flush=True)
    api = subprocess.Popen([str(VENV_BIN / "gunicorn"), "-c", str(ROOT / "deploy" /
                                                               "gunicorn.conf.py"),
                            "feedback_api.wsgi:app"], cwd=ROOT, env=env, start_new_session=True)
    try:
        wait_for(api_url + "/healthz", api)
        if not args.no_build and export_helpful(api_url, site_url, token):
            print("==> rebuilding with the API's helpful-votes export (the home's 'most "
                  "helpful')", flush=True)
            subprocess.run(build, cwd=ROOT, env=env, check=True)
        handler = functools.partial(HelpCenterHandler, directory=str(site_dir))
        http.server.ThreadingHTTPServer.allow_reuse_address = True
        http.server.ThreadingHTTPServer.daemon_threads = True
        http.server.ThreadingHTTPServer.block_on_close = False
        server = http.server.ThreadingHTTPServer((args.host, args.site_port), handler)
        print(f"\n  Help center:      {site_url}/\n  Feedback API:     {api_url}/healthz"
              f"\n  Writers' reports: {api_url}/admin   (admin token: {token})\n"
              "\n  Ctrl-C to stop.\n", flush=True)
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
        server.serve_forever()
    except KeyboardInterrupt:
        print("\n==> stopping", flush=True)
    finally:
        try:
            os.killpg(api.pid, signal.SIGTERM)
            api.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
