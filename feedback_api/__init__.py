"""kbgen's feedback API: "Was this helpful?" votes, search events, reports for writers.

    gunicorn 'feedback_api:create_app()'        # or: gunicorn feedback_api.wsgi:app

Configured from environment variables (see feedback_api/config.py and
dev/feedback-api.md). Never imports MkDocs.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, g, request
from flask_cors import CORS

from feedback_api import config as settings
from feedback_api import db, errors, pages, ratelimit
from feedback_api.clients import TrustedProxies
from feedback_api.errors import ApiError

PUBLIC_PATHS = ("/api/v1/votes", "/api/v1/search-events")


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.update(settings.from_env(app.instance_path))
    if test_config:
        app.config.update(test_config)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    errors.init_app(app)
    db.init_app(app)

    origins = app.config["FEEDBACK_ALLOWED_ORIGINS"]
    if origins:
        CORS(app, resources={p: {"origins": origins} for p in PUBLIC_PATHS},
             methods=["POST", "OPTIONS"], allow_headers=["Content-Type"], max_age=86400)

    require_origin = app.config.get("FEEDBACK_REQUIRE_ORIGIN", True)
    if require_origin and not origins:
        app.logger.warning("FEEDBACK_ALLOWED_ORIGINS is not set: every vote and search event "
                           "gets 403 (set the site's origin, or FEEDBACK_REQUIRE_ORIGIN=0)")

    @app.before_request
    def _origin_check() -> None:
        # Browsers send Origin with every cross-site POST; a request without one is not the
        # widget on the site (unless FEEDBACK_REQUIRE_ORIGIN=0 for other clients).
        if request.method != "POST" or request.path not in PUBLIC_PATHS:
            return
        origin = request.headers.get("Origin")
        if origin is None and not require_origin:
            return
        if origin is None or origin.rstrip("/") not in origins:
            shown = f"origin '{origin[:100]}'" if origin else "a request without an Origin"
            raise ApiError(403, f"{shown} may not send feedback (allowed origins are set by "
                                "FEEDBACK_ALLOWED_ORIGINS)")

    # only the site's pages (see feedback_api/pages.py)
    manifest = app.config.get("FEEDBACK_SITE_MANIFEST")
    app.extensions["kb_pages"] = pages.SitePages(
        manifest, float(app.config.get("FEEDBACK_SITE_MANIFEST_CHECK", 30))) if manifest else None

    # per client and endpoint, on every POST of the API (see feedback_api/ratelimit.py)
    proxies = app.config["FEEDBACK_TRUSTED_PROXIES"]
    if isinstance(proxies, str):
        proxies = app.config["FEEDBACK_TRUSTED_PROXIES"] = TrustedProxies.parse(proxies)
    storage = app.config.get("FEEDBACK_RATE_LIMIT_STORAGE") or \
        ratelimit.default_storage(app.config["DATABASE_URL"], app.instance_path)
    limits = app.extensions["kb_limits"] = ratelimit.PostLimits(
        app, app.config["FEEDBACK_RATE_LIMIT"], storage, "api")

    @app.before_request
    def _rate_limit() -> None:
        if request.method == "POST" and request.blueprint == "api":
            g.kb_client = proxies.client(request.remote_addr,
                                         request.headers.get("X-Forwarded-For"))
            limits.check(g.kb_client, request.endpoint or "-")

    app.after_request(limits.headers)

    from feedback_api import api, dashboard, openapi

    app.register_blueprint(api.bp)
    app.register_blueprint(openapi.bp)
    app.register_blueprint(dashboard.bp)

    @app.after_request
    def _headers(resp: Any) -> Any:
        headers = resp.headers
        if "X-Content-Type-Options" not in headers:
            headers.add("X-Content-Type-Options", "nosniff")
        if "Referrer-Policy" not in headers:
            headers.add("Referrer-Policy", "no-referrer")
        if "Cache-Control" not in headers and not request.path.startswith("/admin"):
            headers.add("Cache-Control", "no-store")
        return resp

    return app
