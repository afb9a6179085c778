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
# Behind a load balancer or reverse proxy, set FORWARDED_ALLOW_IPS to its address.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("FEEDBACK_ACCESS_LOG") or None
errorlog = "-"
