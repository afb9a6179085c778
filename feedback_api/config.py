"""Settings from environment variables; a bad value stops the start naming the variable.

| variable | default | meaning |
|---|---|---|
| DATABASE_URL | sqlite:///<instance>/feedback.sqlite3 | sqlite:///path or postgresql://user:pass@host/db |
| FEEDBACK_ADMIN_TOKEN | (none: reports disabled) | bearer token for reports, dashboard, imports |
| FEEDBACK_ALLOWED_ORIGINS | (none) | comma-separated site origins allowed by CORS |
| FEEDBACK_RATE_LIMIT | 30/minute;300/hour | per client and endpoint, every POST of the API |
| RATELIMIT_STORAGE_URI | memory:// | redis://host:6379 when several instances run |
| FEEDBACK_MAX_BODY | 16384 | largest accepted request body, bytes |
| FEEDBACK_IP_SALT | random per process | secret mixed into the daily salt for client hashes |
"""

from __future__ import annotations

import os
import secrets
from typing import Any


class ConfigError(RuntimeError):
    pass


def from_env(instance_path: str, environ: dict[str, str] | None = None) -> dict[str, Any]:
    env = os.environ if environ is None else environ
    url = env.get("DATABASE_URL") or f"sqlite:///{os.path.join(instance_path, 'feedback.sqlite3')}"
    if not url.startswith(("sqlite:///", "postgresql://", "postgresql+psycopg://", "postgres://")):
        scheme = url.split(":", 1)[0]
        raise ConfigError(f"DATABASE_URL: unsupported scheme '{scheme}' "
                          "(use sqlite:///path or postgresql://user:password@host/db)")
    try:
        max_body = int(env.get("FEEDBACK_MAX_BODY", "16384"))
        if max_body < 1024:
            raise ValueError
    except ValueError:
        raise ConfigError("FEEDBACK_MAX_BODY: expected a number of bytes >= 1024") from None
    origins = [o.strip().rstrip("/") for o in env.get("FEEDBACK_ALLOWED_ORIGINS", "").split(",")
               if o.strip()]
    for origin in origins:
        if not origin.startswith(("http://", "https://")):
            raise ConfigError(f"FEEDBACK_ALLOWED_ORIGINS: '{origin}' is not an origin "
                              "(expected e.g. https://help.example.com)")
    token = env.get("FEEDBACK_ADMIN_TOKEN") or None
    if token is not None and len(token) < 16:
        raise ConfigError("FEEDBACK_ADMIN_TOKEN: use at least 16 random characters")
    return {
        "DATABASE_URL": url,
        "FEEDBACK_ADMIN_TOKEN": token,
        "FEEDBACK_ALLOWED_ORIGINS": origins,
        "FEEDBACK_RATE_LIMIT": env.get("FEEDBACK_RATE_LIMIT", "30/minute;300/hour"),
        "RATELIMIT_STORAGE_URI": env.get("RATELIMIT_STORAGE_URI", "memory://"),
        "MAX_CONTENT_LENGTH": max_body,
        "FEEDBACK_IP_SALT": env.get("FEEDBACK_IP_SALT") or secrets.token_hex(16),
    }
