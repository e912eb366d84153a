"""Celery tasks of take-home grading: thin shells around cases.grading.services."""
from celery import shared_task
from django.conf import settings

from cases.grading import services


@shared_task(name="cases.grade_submission", acks_late=True, reject_on_worker_lost=True,
             soft_time_limit=settings.TAKEHOME_GRADING_SOFT_LIMIT, time_limit=settings.TAKEHOME_GRADING_HARD_LIMIT)
def grade_submission(submission_id: int) -> str:
    """Grade a submission once: a second delivery finds the run graded or leased and does nothing."""
    run = services.grading_run_execute(submission_id=submission_id)
    return "nothing to do" if run is None else run.status


@shared_task(name="cases.requeue_stale_runs")
def requeue_stale_runs() -> dict:
    """Periodic: requeue gradings whose worker vanished; fail those past their bounds with the reason."""
    return services.grading_runs_requeue_stale()
