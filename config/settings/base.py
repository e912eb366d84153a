"""Settings shared by every environment; values come from the environment."""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()

# Each environment decides what a missing key means; production refuses to start.
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "hiring",
    "cases",
    "scorecards",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "hiring.middleware.RejectNulCharactersMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "hiring.context_processors.roles",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "hiring.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
# Files no candidate or sandbox may reach (hidden holdout labels).
PRIVATE_ROOT = Path(env("PRIVATE_ROOT", default=str(BASE_DIR / "var" / "private")))

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="hiring@example.com")
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first, so an anonymous request gets 401 with a WWW-Authenticate header.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "hiring.api.pagination.Pagination",
    "PAGE_SIZE": 25,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "hiring.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "ML hiring platform API",
    "DESCRIPTION": "Role blueprints, anchored rubrics, case studies, take-homes, loops and scorecards.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "hiring.api.schema.add_error_responses",
    ],
}

# Celery: tasks take ids and are idempotent; grading acknowledges late.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/0")
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}

# Take-home grading. A run's heartbeat is refreshed every TAKEHOME_HEARTBEAT_SECONDS while a worker grades;
# a run whose heartbeat is older than TAKEHOME_STALE_SECONDS is taken to have lost its worker and is requeued
# (by the beat task below), until it has been claimed TAKEHOME_MAX_ATTEMPTS times or has been going for
# TAKEHOME_GRADING_MAX_SECONDS, when it fails with the reason.
TAKEHOME_GRACE_MINUTES = env.int("TAKEHOME_GRACE_MINUTES", default=15)
TAKEHOME_HEARTBEAT_SECONDS = env.float("TAKEHOME_HEARTBEAT_SECONDS", default=10.0)
TAKEHOME_STALE_SECONDS = env.float("TAKEHOME_STALE_SECONDS", default=90.0)
TAKEHOME_QUEUED_STALE_SECONDS = env.float("TAKEHOME_QUEUED_STALE_SECONDS", default=600.0)
TAKEHOME_MAX_ATTEMPTS = env.int("TAKEHOME_MAX_ATTEMPTS", default=3)
TAKEHOME_GRADING_SOFT_LIMIT = env.int("TAKEHOME_GRADING_SOFT_LIMIT", default=900)  # above the re-run's wall bound
TAKEHOME_GRADING_HARD_LIMIT = env.int("TAKEHOME_GRADING_HARD_LIMIT", default=960)
TAKEHOME_GRADING_MAX_SECONDS = env.int("TAKEHOME_GRADING_MAX_SECONDS", default=3600)
# An unacknowledged message returns to the queue after this long; longer than a grading's hard limit, so a
# healthy grading is not delivered twice (a second delivery would find the lease held and do nothing).
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=2 * 3600)}
CELERY_BEAT_SCHEDULE["takehome-requeue-stale-runs"] = {
    "task": "cases.requeue_stale_runs", "schedule": env.float("TAKEHOME_REQUEUE_EVERY_SECONDS", default=30.0),
}

# Interview loops: a missing scorecard is reminded this many hours after the interview ends, then at this interval.
SCORECARD_REMINDER_FIRST_HOURS = env.float("SCORECARD_REMINDER_FIRST_HOURS", default=2)
SCORECARD_REMINDER_REPEAT_HOURS = env.float("SCORECARD_REMINDER_REPEAT_HOURS", default=24)
CELERY_BEAT_SCHEDULE["scorecards-reminders"] = {"task": "scorecards.reminders_send", "schedule": 15 * 60}
SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {}).update({
    "SubmissionStatusEnum": "cases.models.SubmissionStatus",
    "GradingRunStatusEnum": "cases.models.GradingRunStatus",
})
SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {}).update({
    "LoopStatusEnum": "scorecards.models.LoopStatus",
    "ScorecardStatusEnum": "scorecards.models.ScorecardStatus",
})
# The queue a worker consumes when started without -Q, and the queue gradings are sent to (None: that default);
# a deployment can give grading its own workers.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
TAKEHOME_GRADING_QUEUE = env("TAKEHOME_GRADING_QUEUE", default=None)
# Interview loops: an invitation whose email failed is retried by this beat task, at most this many sends in all.
SCORECARD_INVITATION_MAX_ATTEMPTS = env.int("SCORECARD_INVITATION_MAX_ATTEMPTS", default=5)
CELERY_BEAT_SCHEDULE["scorecards-invitations-retry"] = {"task": "scorecards.invitations_retry", "schedule": 10 * 60}
