#!/usr/bin/env bash
# The platform on one machine: SQLite, a file-based broker, a Celery worker with beat, the dev server.
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=config.settings.local
PY=.venv/bin/python
mkdir -p var
$PY manage.py migrate --noinput
$PY manage.py load_catalogue
$PY manage.py load_demo
.venv/bin/celery -A config worker --beat --loglevel INFO --concurrency 2 \
  --schedule var/celerybeat-schedule >var/worker.log 2>&1 &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
echo "Celery worker (pid $WORKER) logs to var/worker.log"
echo "Serving on http://127.0.0.1:8000/ (API docs at /api/docs/)"
$PY manage.py runserver 127.0.0.1:8000 --noreload
