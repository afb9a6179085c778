"""Settings from environment variables; a bad value stops the start naming the variable.

| variable | default | meaning |
|---|---|---|
| DATABASE_URL | sqlite:///<instance>/feedback.sqlite3 | sqlite:///path or postgresql://user:pass@host/db |
| FEEDBACK_ADMIN_TOKEN | (none: reports disabled) | bearer token for reports, dashboard, imports |
| FEEDBACK_ALLOWED_ORIGINS | (none) | comma-separated site origins allowed by CORS |
| FEEDBACK_REQUIRE_ORIGIN | 1 | votes and search events need an allowed Origin header |
| FEEDBACK_RATE_LIMIT | 30/minute;300/hour | per client and endpoint, every POST of the API |
| FEEDBACK_RATE_LIMIT_STORAGE | file://<database>.rate-limits | file:// (one host), redis:// (many) |
| FEEDBACK_TRUSTED_PROXIES | (none) | proxies whose X-Forwarded-For names the client |
| FEEDBACK_SITE_MANIFEST | (none) | the site's kb-pages.json (path or URL): only its pages |
| FEEDBACK_SITE_MANIFEST_CHECK | 30 | seconds between asking a manifest URL whether it changed |
| FEEDBACK_MAX_BODY | 16384 | largest accepted request body, bytes |
| FEEDBACK_IP_SALT | random per process | secret mixed into the daily salt for client hashes |
"""

from __future__ import annotations

import os
import secrets
from typing import Any

from limits import parse_many

from feedback_api.clients import ProxyConfigError, TrustedProxies


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
    limit = env.get("FEEDBACK_RATE_LIMIT", "30/minute;300/hour")
    try:
        parse_many(limit)
    except ValueError:
        raise ConfigError(f"FEEDBACK_RATE_LIMIT: '{limit}' is not a limit (expected e.g. "
                          "30/minute;300/hour)") from None
    # RATELIMIT_STORAGE_URI: the name of earlier releases (and of Flask-Limiter)
    storage = env.get("FEEDBACK_RATE_LIMIT_STORAGE") or env.get("RATELIMIT_STORAGE_URI") or None
    if storage and not storage.startswith(("file:///", "memory://", "redis://", "rediss://",
                               "redis+sentinel://", "redis+unix://")):
        raise ConfigError(f"FEEDBACK_RATE_LIMIT_STORAGE: '{storage}' is not supported (use "
                          "file:///path for one host, redis://host:6379/0 for several)")
    try:
        proxies = TrustedProxies.parse(env.get("FEEDBACK_TRUSTED_PROXIES", ""))
    except ProxyConfigError as exc:
        raise ConfigError(f"FEEDBACK_TRUSTED_PROXIES: {exc}") from None
    require_origin = env.get("FEEDBACK_REQUIRE_ORIGIN", "1").strip().lower()
    if require_origin not in ("1", "0", "true", "false", "yes", "no"):
        raise ConfigError("FEEDBACK_REQUIRE_ORIGIN: expected 1 or 0")
    try:
        check = float(env.get("FEEDBACK_SITE_MANIFEST_CHECK", "30"))
        if not 0 <= check <= 86400:
            raise ValueError
    except ValueError:
        raise ConfigError("FEEDBACK_SITE_MANIFEST_CHECK: expected seconds (0-86400)") from None
    return {
        "DATABASE_URL": url,
        "FEEDBACK_ADMIN_TOKEN": token,
        "FEEDBACK_ALLOWED_ORIGINS": origins,
        "FEEDBACK_REQUIRE_ORIGIN": require_origin in ("1", "true", "yes"),
        "FEEDBACK_RATE_LIMIT": limit,
        "FEEDBACK_RATE_LIMIT_STORAGE": storage,
        "FEEDBACK_TRUSTED_PROXIES": proxies,
        "FEEDBACK_SITE_MANIFEST": env.get("FEEDBACK_SITE_MANIFEST") or None,
        "FEEDBACK_SITE_MANIFEST_CHECK": check,
        "MAX_CONTENT_LENGTH": max_body,
        "FEEDBACK_MAX_IMPORT": max(max_body, 8 * 1024 * 1024),  # a `kbgen mine` result
        "FEEDBACK_IP_SALT": env.get("FEEDBACK_IP_SALT") or secrets.token_hex(16),
    }
