# Two commands do all set-up on a fresh machine:
#   make run   - the platform with demo data on SQLite and a file-based broker, at http://127.0.0.1:8000
#   make test  - the whole suite against PostgreSQL, Redis and a real Celery worker
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install system-deps services check-static

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

# bubblewrap runs candidate code in the grading sandbox; chromium drives the browser tests.
system-deps:
	@scripts/system-deps.sh

# PostgreSQL and Redis on 127.0.0.1, started when they are not running, and the test database.
services:
	@scripts/services.sh

run: install
	@scripts/run-local.sh

check-static: install
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py spectacular --validate --fail-on-warn --file /dev/null
	DJANGO_SETTINGS_MODULE=config.settings.production DJANGO_SECRET_KEY=deploy-check-$$(date +%s)-0123456789abcdefghijklmnop \
		DJANGO_ALLOWED_HOSTS=hiring.example.com $(PY) manage.py check --deploy --fail-level WARNING

test: install system-deps services check-static
	$(VENV)/bin/pytest $(PYTEST_ARGS)
