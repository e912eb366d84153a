"""Development on one machine: SQLite and a file-based broker, no server needed."""
import os

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="local-development-only-not-secret")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")

_broker = BASE_DIR / "var" / "broker"
for _sub in ("out", "processed", "control"):
    os.makedirs(_broker / _sub, exist_ok=True)
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="filesystem://")
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "data_folder_in": str(_broker / "out"),
    "data_folder_out": str(_broker / "out"),
    "processed_folder": str(_broker / "processed"),
    "control_folder": str(_broker / "control"),
    "store_processed": False,
}

# Serve static files from the apps directly; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
