"""Take-home services: the catalogue hook, invitations, accepting uploads, and grading runs as leases."""
import hashlib
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from cases.grading import services, storage
from cases.models import GradingRun, Submission, TakeHomeTask
from cases.selectors import takehome_report_for_candidate
from cases.takehome.tasks import task_get, task_list
from hiring.services import catalogue_load

from .support import FAST_CODE, SLOW_CODE, TASK, escaping_zip, predictions_bytes, snapshot, uploads

pytestmark = pytest.mark.django_db


def folders(invitation) -> set[str]:
    root = Path(settings.MEDIA_ROOT) / "takehome" / "submissions" / str(invitation.pk)
    return {p.name for p in root.iterdir()} if root.exists() else set()


def test_catalogue_creates_takehome_tasks_once(takehome_task):
    assert takehome_task.case_study.kind == "take_home"
    assert takehome_task.case_study.blueprint.slug == "principal-ml-scientist"
    spec = task_get(TASK)
    assert (takehome_task.time_box_minutes, takehome_task.max_submissions, takehome_task.metric) == (
        spec.time_box_minutes, spec.max_submissions, spec.metric)
    summary = catalogue_load()
    assert not [label for label in summary.changed if label.startswith("take-home task")]
    assert TakeHomeTask.objects.count() == len(task_list())


def test_hidden_labels_live_under_private_root_only():
    spec = task_get(TASK)
    labels = storage.hidden_labels(spec=spec)
    assert Path(settings.PRIVATE_ROOT) in labels.parents
    assert Path(settings.MEDIA_ROOT) not in labels.parents
    assert labels.stat().st_mode & 0o077 == 0
    bundle = storage.bundle_dir(spec=spec)
    assert sorted(p.name for p in bundle.iterdir() if p.suffix != ".zip") == ["brief.md", "task.json", "test.csv",
                                                                              "train.csv"]
    assert spec.target not in (bundle / "test.csv").read_text().splitlines()[0].split(",")


def test_invitation_email_carries_an_unguessable_expiring_link(takehome_task, candidate, mailoutbox,
                                                               django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invitation_create(task=takehome_task, candidate=candidate)
    assert len(invitation.token) >= 43
    assert invitation.expires_at - invitation.created_at == pytest.approx(timedelta(days=takehome_task.link_valid_days),
                                                                          abs=timedelta(seconds=5))
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [candidate.email]
    assert f"/t/{invitation.token}/" in mailoutbox[0].body
    invitation.refresh_from_db()
    assert invitation.email_sent_at is not None and invitation.started_at is None


def test_the_clock_starts_once_and_closes_after_time_box_and_grace(invitation):
    assert services.invitation_state(invitation=invitation) == "new"
    first = services.invitation_start(invitation=invitation).started_at
    again = services.invitation_start(invitation=invitation, now=timezone.now() + timedelta(minutes=5))
    assert again.started_at == first
    box = timedelta(minutes=invitation.task.time_box_minutes + settings.TAKEHOME_GRACE_MINUTES)
    assert again.deadline_at == first + box
    assert services.invitation_state(invitation=again, now=first + box - timedelta(seconds=1)) == "open"
    assert services.invitation_state(invitation=again, now=first + box + timedelta(seconds=1)) == "time_up"


def test_accepted_upload_gives_a_receipt_and_queues_one_run(started, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submission = services.submission_create(invitation=started, uploads=uploads(claims={"roc_auc": 0.5}))
    assert len(callbacks) == 1  # the grading is queued only once the transaction commits
    assert submission.files["predictions"]["sha256"] == hashlib.sha256(predictions_bytes()).hexdigest()
    assert set(submission.files) == {"code", "predictions", "memo", "metrics"}
    assert GradingRun.objects.filter(submission=submission, status="queued").count() == 1
    stored = services.submission_file_path(submission=submission, field="code")
    assert Path(settings.MEDIA_ROOT) in stored.parents and stored.read_bytes().startswith(b"import pandas")


REFUSALS = {
    "oversized code": (lambda: dict(code=SimpleUploadedFile("big.py", b"x = 1\n" * 200_000)), "too_large", "code"),
    "wrong type": (lambda: dict(code=SimpleUploadedFile("solution.R", b"print(1)\n")), "invalid", "code"),
    "zip escaping": (lambda: dict(code=SimpleUploadedFile("project.zip", escaping_zip())), "invalid", "code"),
    "wrong columns": (lambda: dict(predictions=SimpleUploadedFile("predictions.csv", predictions_bytes(
        columns=("id", "score")))), "invalid", "predictions"),
    "syntax error": (lambda: dict(code=SimpleUploadedFile("solution.py", b"def broken(:\n")), "invalid", "code"),
    "missing memo": (lambda: dict(memo=None), "missing", "memo"),
    "bad metrics": (lambda: dict(metrics=SimpleUploadedFile("metrics.json", b'{"auc_of_my_dreams": 2}')), "invalid", "metrics"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_refused_upload_says_what_to_fix_and_loses_nothing(started, case):
    accepted = services.submission_create(invitation=started, uploads=uploads())
    before, kept = snapshot(started), folders(started)
    replace, code, field = REFUSALS[case]
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(invitation=started, uploads=uploads(memo_text="# Memo\nsecond try\n", **replace()))
    assert (refused.value.code, refused.value.field) == (code, field)
    assert len(refused.value.message) > 20
    assert refused.value.status == (413 if code == "too_large" else 400)
    assert snapshot(started) == before and folders(started) == kept
    assert Submission.objects.get().pk == accepted.pk


def test_expired_link_not_started_and_time_up_are_refused(invitation):
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(invitation=invitation, uploads=uploads())
    assert refused.value.code == "not_started"
    late = invitation.expires_at + timedelta(seconds=1)
    with pytest.raises(services.SubmissionRefused) as refused:
        services.invitation_start(invitation=invitation, now=late)
    assert refused.value.code == "expired" and "expired" in refused.value.message
    invitation = services.invitation_start(invitation=invitation)
    services.submission_create(invitation=invitation, uploads=uploads())
    before = snapshot(invitation)
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(invitation=invitation, uploads=uploads(memo_text="# later\n"),
                                   now=invitation.deadline_at + timedelta(seconds=1))
    assert refused.value.code == "time_up" and "uploads are closed" in refused.value.message
    assert snapshot(invitation) == before


def test_submission_limit_duplicates_and_failed_runs(started):
    first = services.submission_create(invitation=started, uploads=uploads(memo_text="# one\n"))
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(invitation=started, uploads=uploads(memo_text="# one\n"))
    assert refused.value.code == "duplicate" and str(first.pk) in refused.value.message
    services.submission_create(invitation=started, uploads=uploads(memo_text="# two\n"))
    before = snapshot(started)
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(invitation=started, uploads=uploads(memo_text="# three\n"))
    assert refused.value.code == "limit" and refused.value.status == 409
    assert snapshot(started) == before
    # A submission whose grading failed does not count, and its files may be sent again.
    Submission.objects.filter(pk=first.pk).update(status="failed")
    GradingRun.objects.filter(submission=first).update(status="failed")
    again = services.submission_create(invitation=started, uploads=uploads(memo_text="# one\n"))
    assert again.fingerprint == first.fingerprint


def test_grading_runs_once_however_often_it_is_delivered(started, django_capture_on_commit_callbacks):
    submission = services.submission_create(invitation=started, uploads=uploads(claims={"roc_auc": 0.93}))
    assert takehome_report_for_candidate(started.candidate) is None
    run = services.grading_run_execute(submission_id=submission.pk, owner="worker-a")
    assert run is not None and run.status == "graded", run and run.failure_reason
    assert services.grading_run_execute(submission_id=submission.pk, owner="worker-b") is None
    assert services.grading_run_execute(submission_id=submission.pk, owner="worker-a") is None
    assert GradingRun.objects.filter(submission=submission).count() == 1
    run.refresh_from_db()
    assert run.stages_done == ["static", "holdout", "rerun"] and run.attempts == 1
    submission.refresh_from_db()
    assert submission.status == "graded" and submission.report["status"] == "graded"
    assert set(submission.metrics) >= {"roc_auc"}
    assert {f["code"] for f in submission.findings} >= {"SUB-CLAIM-GAP"}  # claimed 0.93 for a constant
    assert submission.report["rerun"]["status"] == "ok"
    kit = takehome_report_for_candidate(started.candidate)
    assert kit["submission_id"] == submission.pk and kit["machine_suggested"] is True
    dims = {d["slug"]: d for d in kit["dimensions"]}
    assert dims["evaluation-rigor"]["name"] and "SUB-CLAIM-GAP" in dims["evaluation-rigor"]["codes"]
    # Staff re-grade: a new run; the report is replaced when it is done, never duplicated.
    with django_capture_on_commit_callbacks(execute=False):
        regrade = services.submission_regrade(submission=submission, by=None)
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_regrade(submission=submission, by=None)
    assert refused.value.code == "busy"
    assert services.grading_run_execute(submission_id=submission.pk, owner="worker-c").pk == regrade.pk
    assert list(GradingRun.objects.filter(submission=submission).values_list("status", flat=True)) == ["graded"] * 2


def test_a_live_lease_is_respected_and_a_stale_one_taken_over(started):
    submission = services.submission_create(invitation=started, uploads=uploads(source=SLOW_CODE % 0))
    held = services.grading_run_claim(submission_id=submission.pk, owner="worker-a")
    assert held.status == "running"
    assert services.grading_run_claim(submission_id=submission.pk, owner="worker-b") is None
    later = timezone.now() + timedelta(seconds=settings.TAKEHOME_STALE_SECONDS + 1)
    taken = services.grading_run_claim(submission_id=submission.pk, owner="worker-b", now=later)
    assert taken.pk == held.pk and taken.lease_token != held.lease_token and taken.attempts == 2
    # The first worker comes back: its result is not stored and its stage updates stop it.
    assert services.grading_run_finish(run=held, report={"status": "graded"}) is None
    with pytest.raises(services.LeaseLost):
        services._lease_update(held, stage="rerun")
    assert GradingRun.objects.get(pk=held.pk).report is None


def test_beat_requeues_lost_runs_and_fails_stuck_ones_with_a_reason(started):
    sub_a = services.submission_create(invitation=started, uploads=uploads(memo_text="# a\n"))
    sub_b = services.submission_create(invitation=started, uploads=uploads(memo_text="# b\n"))
    now = timezone.now()
    stale = now - timedelta(seconds=settings.TAKEHOME_STALE_SECONDS + 5)
    services.grading_run_claim(submission_id=sub_a.pk, owner="lost", now=stale)
    services.grading_run_claim(submission_id=sub_b.pk, owner="lost", now=stale)
    GradingRun.objects.filter(submission=sub_b).update(
        first_started_at=now - timedelta(seconds=settings.TAKEHOME_GRADING_MAX_SECONDS + 1), stage="rerun")
    result = services.grading_runs_requeue_stale(now=now)
    run_a, run_b = GradingRun.objects.get(submission=sub_a), GradingRun.objects.get(submission=sub_b)
    assert result["requeued"] == [run_a.pk] and result["failed"] == [run_b.pk]
    assert run_a.status == "queued" and run_a.requeues == 1 and run_a.lease_token == ""
    assert run_b.status == "failed" and "did not finish within" in run_b.failure_reason and "rerun" in run_b.failure_reason
    sub_b.refresh_from_db()
    assert sub_b.status == "failed" and sub_b.failure_reason == run_b.failure_reason
    # A run whose worker keeps dying fails after its attempts instead of looping.
    for _ in range(settings.TAKEHOME_MAX_ATTEMPTS - 2):
        services.grading_run_claim(submission_id=sub_a.pk, owner="lost", now=stale)
        services.grading_runs_requeue_stale(now=now)
    services.grading_run_claim(submission_id=sub_a.pk, owner="lost", now=stale)
    assert services.grading_runs_requeue_stale(now=now)["failed"] == [run_a.pk]
    run_a.refresh_from_db()
    assert run_a.status == "failed" and "interrupted" in run_a.failure_reason


def test_a_grading_that_cannot_run_fails_with_its_reason(started):
    submission = services.submission_create(invitation=started, uploads=uploads())
    TakeHomeTask.objects.filter(pk=started.task_id).update(slug="retired-task")
    run = services.grading_run_execute(submission_id=submission.pk)
    assert run.status == "failed" and "no longer in the task catalogue" in run.failure_reason
    submission.refresh_from_db()
    assert submission.status == "failed"


def test_the_rerun_cannot_see_the_hidden_labels(started):
    labels = storage.hidden_labels(spec=task_get(TASK))
    probe = (b"import os, sys\n"
             b"for path in (%r, %r):\n"
             b"    if os.path.exists(path):\n"
             b"        sys.exit('LABELS VISIBLE at ' + path)\n" % (str(labels).encode(), str(labels.parent).encode())
             ) + b"\n" + FAST_CODE
    submission = services.submission_create(invitation=started, uploads=uploads(source=probe))
    run = services.grading_run_execute(submission_id=submission.pk)
    assert run.status == "graded"
    submission.refresh_from_db()
    assert submission.report["rerun"]["status"] == "ok", submission.rerun_log_tail
    assert "LABELS VISIBLE" not in submission.rerun_log_tail


def test_uploads_to_a_withdrawn_task_are_refused(started):
    TakeHomeTask.objects.filter(pk=started.task_id).update(slug="retired-task")
    started.task.refresh_from_db()
    kept = folders(started)
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(invitation=started, uploads=uploads())
    assert refused.value.code == "withdrawn" and refused.value.status == 409
    assert not Submission.objects.exists() and folders(started) == kept
