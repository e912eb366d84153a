import os
import uuid
from pathlib import Path

import pytest
from rest_framework.test import APIClient

from hiring.models import Role

PASSWORD = "correct-horse-battery-9"
ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def make_user(db):
    from hiring.services import user_create

    def make(*roles: str, username: str | None = None, **extra):
        return user_create(username=username or f"{'-'.join(roles) or 'nobody'}-{uuid.uuid4().hex[:6]}",
                           password=PASSWORD, roles=list(roles), email=extra.pop("email", "staff@example.com"),
                           **extra)

    return make


@pytest.fixture
def admin_user(make_user):
    return make_user(Role.ADMIN, username="ada", display_name="Ada Admin")


@pytest.fixture
def recruiter(make_user):
    return make_user(Role.RECRUITER, username="rita", display_name="Rita Recruiter")


@pytest.fixture
def hiring_manager(make_user):
    return make_user(Role.HIRING_MANAGER, username="hank", display_name="Hank Manager")


@pytest.fixture
def interviewer(make_user):
    return make_user(Role.INTERVIEWER, username="ivy", display_name="Ivy Interviewer")


@pytest.fixture
def api_as():
    def client_for(user=None):
        client = APIClient()
        if user is not None:
            client.force_authenticate(user)
        return client

    return client_for


@pytest.fixture
def catalogue(db):
    from hiring.services import catalogue_load

    return catalogue_load()


@pytest.fixture(scope="session")
def test_database_name(django_db_setup, django_db_blocker):
    from django.db import connection

    with django_db_blocker.unblock():
        return connection.settings_dict["NAME"]


@pytest.fixture(scope="session")
def redis_clean():
    """The test broker database, emptied so no message from an earlier run is delivered."""
    import redis
    from django.conf import settings

    client = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    client.flushdb()
    return client


@pytest.fixture(scope="session")
def celery_worker(test_database_name, redis_clean, tmp_path_factory):
    """A real worker process for the session; tests using it need `transactional_db`."""
    from tests.support.worker import Worker

    worker = Worker(database_name=test_database_name, log_path=tmp_path_factory.mktemp("worker") / "worker.log").start()
    yield worker
    worker.stop()


# --- the browser ---------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def login(page):
    def log_in(user, password: str = PASSWORD):
        page.goto("/accounts/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", password)
        page.click("button[type=submit]")
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        return page

    return log_in
