"""gunicorn settings for the feedback API: gunicorn -c deploy/gunicorn.conf.py feedback_api.wsgi:app"""

import multiprocessing
import os

bind = os.environ.get("FEEDBACK_BIND", "127.0.0.1:5050")
workers = int(os.environ.get("FEEDBACK_WORKERS", str(min(4, multiprocessing.cpu_count() * 2))))
worker_class = "gthread"
threads = int(os.environ.get("FEEDBACK_THREADS", "4"))
timeout = 30
graceful_timeout = 10
keepalive = 5
# Proxies gunicorn believes about the scheme (X-Forwarded-Proto). The client address used
# for rate limits comes from FEEDBACK_TRUSTED_PROXIES (feedback_api/clients.py).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("FEEDBACK_ACCESS_LOG") or None
errorlog = "-"
