"""The writers' dashboard: one static page that reads the JSON reports with the admin token."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template

bp = Blueprint("dashboard", __name__, template_folder="templates", static_folder="static",
               static_url_path="/admin/static")


@bp.get("/admin")
def index() -> Any:
    # The page holds no data: the token stays in the browser (sessionStorage) and is
    # sent with each report request, so the page itself needs no authentication.
    resp = render_template("dashboard.html")
    return resp, 200, {"Content-Security-Policy": "default-src 'self'; style-src 'self' "
                                                  "'unsafe-inline'; img-src 'self' data:"}
