"""Production entry point: ``gunicorn -c deploy/gunicorn.conf.py feedback_api.wsgi:app``."""

import gc

from feedback_api import create_app

app = create_app()
# What start-up built (modules, the app, SQLAlchemy's tables and compiled statements) lives
# as long as the process: keep it out of the collector's full passes, which otherwise walk
# it all again and again under load (pauses that show up in the p99 latency).
gc.freeze()
