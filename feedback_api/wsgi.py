"""Production entry point: ``gunicorn -c deploy/gunicorn.conf.py feedback_api.wsgi:app``."""

from feedback_api import create_app

app = create_app()
