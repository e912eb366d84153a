"""Background recomputation of a blueprint's calibration."""
from celery import shared_task
from django.db import OperationalError

from hiring.models import RoleBlueprint


@shared_task(name="scorecards.calibration_recompute", ignore_result=True, acks_late=True,
             autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5,
             soft_time_limit=600, time_limit=660)
def calibration_recompute(blueprint_id: int) -> int | None:
    """Recalibrate the blueprint from its submitted scorecards; a rerun with nothing new writes nothing."""
    from .calibration_services import calibration_recompute as recompute

    blueprint = RoleBlueprint.objects.filter(pk=blueprint_id).first()
    if blueprint is None:
        return None
    run, _ = recompute(blueprint=blueprint)
    return run.pk
