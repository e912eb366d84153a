"""Grading on a real Celery worker against Redis: upload to report, and a worker killed mid-grade."""
import uuid

import pytest

from cases.grading import services
from cases.models import GradingRun, Submission
from tests.support.worker import Worker, wait_for

from .support import SLOW_CODE, uploads

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_submission_goes_from_upload_to_report(celery_worker, started):
    submission = services.submission_create(invitation=started, uploads=uploads(claims={"roc_auc": 0.5}))
    seen = set()

    def graded():
        sub = Submission.objects.get(pk=submission.pk)
        seen.add(sub.status)
        return sub.status in ("graded", "failed") and sub

    sub = wait_for(graded, timeout=120, interval=0.1, what="the worker to grade the submission")
    run = GradingRun.objects.get(submission=sub)
    assert sub.status == "graded", (run.failure_reason, celery_worker.log_tail())
    assert seen - {"graded"} <= {"queued", "running"} and seen & {"queued", "running"}
    assert run.stages_done == ["static", "holdout", "rerun"] and run.attempts == 1
    assert sub.report["rerun"]["status"] == "ok" and "roc_auc" in sub.metrics
    assert set(sub.suggested_scores) == {"evaluation-rigor", "craft-reproducibility"}
    assert "cases.grade_submission" in celery_worker.log_tail(50000)


def test_a_worker_killed_mid_grade_leaves_the_job_to_be_graded_exactly_once(started, settings, test_database_name,
                                                                            redis_clean, tmp_path):
    # Workers of their own on a queue of their own, so no other worker in the session takes the job.
    queue = f"takehome-test-{uuid.uuid4().hex[:8]}"
    settings.TAKEHOME_GRADING_QUEUE = queue
    settings.TAKEHOME_STALE_SECONDS = 3
    env = {"CELERY_TASK_DEFAULT_QUEUE": queue, "TAKEHOME_HEARTBEAT_SECONDS": "0.5", "TAKEHOME_STALE_SECONDS": "3"}
    first = Worker(database_name=test_database_name, log_path=tmp_path / "first.log", extra_env=env).start()
    try:
        submission = services.submission_create(invitation=started, uploads=uploads(source=SLOW_CODE % 6))
        wait_for(lambda: GradingRun.objects.filter(submission=submission, stage="rerun").exists(), timeout=120,
                 what=f"the re-run stage to start (log: {first.log_tail()})")
        first.kill()
    finally:
        first.kill()
    run = GradingRun.objects.get(submission=submission)
    assert run.status == "running" and run.attempts == 1
    # Nothing grades it while no worker is alive; the beat task's body requeues it once the heartbeat is stale.
    wait_for(lambda: services.grading_runs_requeue_stale()["requeued"], timeout=30, interval=0.5,
             what="the stale run to be requeued")
    second = Worker(database_name=test_database_name, log_path=tmp_path / "second.log", extra_env=env).start()
    try:
        sub = wait_for(lambda: (s := Submission.objects.get(pk=submission.pk)).status in ("graded", "failed") and s,
                       timeout=120, what=f"the second worker to grade it (log: {second.log_tail()})")
    finally:
        second.stop()
    runs = list(GradingRun.objects.filter(submission=submission))
    assert sub.status == "graded", runs[0].failure_reason
    assert len(runs) == 1 and runs[0].status == "graded"
    assert runs[0].attempts == 2 and runs[0].requeues == 1
    assert runs[0].report == sub.report and sub.report["rerun"]["status"] == "ok"
    # A late redelivery of the original message finds nothing to do.
    assert services.grading_run_execute(submission_id=submission.pk) is None
    assert GradingRun.objects.get(pk=runs[0].pk).finished_at == runs[0].finished_at
