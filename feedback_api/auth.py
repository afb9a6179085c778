"""Admin token check: constant-time comparison of a bearer token."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import current_app, request

from feedback_api.errors import ApiError


def require_admin(view: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        expected = current_app.config.get("FEEDBACK_ADMIN_TOKEN")
        if not expected:
            raise ApiError(403, "reports are disabled: set FEEDBACK_ADMIN_TOKEN on the server")
        header = request.headers.get("Authorization", "")
        given = header[7:] if header.startswith("Bearer ") else ""
        if not given or not hmac.compare_digest(given.encode(), expected.encode()):
            raise ApiError(401, "missing or wrong admin token (send Authorization: Bearer <token>)")
        return view(*args, **kwargs)
    return wrapped
