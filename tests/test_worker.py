"""The foundation's real-worker check: a task queued on Redis is run by a Celery worker process."""
import pytest

from hiring.models import RoleBlueprint
from tests.support.worker import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_real_worker_loads_the_catalogue(celery_worker):
    from hiring.tasks import catalogue_reload

    assert RoleBlueprint.objects.count() == 0
    catalogue_reload.delay()
    wait_for(lambda: RoleBlueprint.objects.count() >= 3, timeout=60, what="the worker to load the catalogue")
    assert "hiring.catalogue_reload" in celery_worker.log_tail(20000)
