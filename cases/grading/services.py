"""Writes for take-homes: invitations, accepted submissions, and grading runs leased by workers.

A grading run is a lease: a worker claims it (a locked row: queued, or running with a stale heartbeat),
writes its stage and heartbeat only while its lease token still matches, and finishes it with a
conditional update. A message delivered twice finds the run graded, or held by a live worker, and does
nothing; a worker killed mid-grade leaves a stale heartbeat that `grading_runs_requeue_stale` turns back
into a queued job, until the run has used its attempts or its time, when it fails with the reason.
"""
from __future__ import annotations

import hashlib
import logging
import secrets
import shutil
import socket
import tempfile
import threading
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from cases.models import (CaseStudy, GradingRun, GradingRunStatus, Invitation, Submission,
                          SubmissionStatus, TakeHomeTask)
from cases.takehome.tasks import TaskSpec, UnknownTask, task_get, task_list
from cases.takehome.uploads import (DEFAULT_LIMITS, MB, UploadError, code_validate, memo_validate,
                                    metrics_validate, predictions_validate)

from . import storage

log = logging.getLogger(__name__)

OPEN_RUN = (GradingRunStatus.QUEUED, GradingRunStatus.RUNNING)
UPLOAD_FIELDS = ("code", "predictions", "memo", "metrics")
REQUIRED_FIELDS = ("code", "predictions", "memo")


class SubmissionRefused(Exception):
    """An upload or request that is not accepted; `message` says what to do, nothing is changed.

    `code` is one of: invalid, too_large, missing, not_started, expired, time_up, limit, duplicate, busy,
    withdrawn.
    """

    STATUS = {"invalid": 400, "missing": 400, "too_large": 413, "not_started": 409, "expired": 409,
              "time_up": 409, "limit": 409, "duplicate": 409, "busy": 409, "withdrawn": 409}

    def __init__(self, message: str, *, code: str = "invalid", field: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field

    @property
    def status(self) -> int:
        return self.STATUS.get(self.code, 400)


class LeaseLost(Exception):
    """The run was taken away from this worker (requeued after a stale heartbeat, or failed)."""


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


# --- the task catalogue ------------------------------------------------------------------------

def _case_study_for(spec: TaskSpec) -> CaseStudy | None:
    """The case study a task belongs to, named by slug in the task's data."""
    return CaseStudy.objects.filter(slug=spec.case_study).first()


def takehome_task_upsert(*, spec: TaskSpec) -> tuple[TakeHomeTask | None, bool]:
    study = _case_study_for(spec)
    if study is None:
        return None, False
    values = {
        "case_study_id": study.pk, "title": spec.title, "brief": spec.brief,
        "time_box_minutes": spec.time_box_minutes, "link_valid_days": spec.link_valid_days,
        "max_submissions": spec.max_submissions, "metric": spec.metric, "context": spec.context(),
        "dimensions": list(spec.dimensions), "honest_ceiling": spec.honest_ceiling,
        "claim_tolerance": spec.claim_tolerance,
        "rerun_bounds": {name: getattr(spec.rerun, name) for name in spec.rerun.__dataclass_fields__},
    }
    task = TakeHomeTask.objects.filter(slug=spec.slug).first()
    created = task is None
    task = task or TakeHomeTask(slug=spec.slug)
    changed = created
    for name, value in values.items():
        if getattr(task, name) != value:
            setattr(task, name, value)
            changed = True
    if changed:
        task.full_clean()
        task.save()
    return task, changed


def takehome_tasks_load() -> list[tuple[str, bool]]:
    """Catalogue hook: upsert a TakeHomeTask per task in cases/takehome_tasks.yaml (idempotent)."""
    out = []
    for spec in task_list():
        task, changed = takehome_task_upsert(spec=spec)
        if task is not None:
            out.append((f"take-home task {task.slug}", changed))
    return out


def takehome_spec(*, task: TakeHomeTask) -> TaskSpec:
    return task_get(task.slug)


# --- invitations -------------------------------------------------------------------------------

def invitation_link(*, invitation: Invitation) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("takehome-candidate", kwargs={"token": invitation.token})


def invitation_email_send(*, invitation_id: int) -> None:
    invitation = Invitation.objects.select_related("task", "candidate").get(pk=invitation_id)
    task = invitation.task
    body = (
        f"Dear {invitation.candidate.name},\n\n"
        f"You are invited to a time-boxed take-home task: {task.title}.\n\n"
        f"Open this link to read the brief and start when you are ready:\n{invitation_link(invitation=invitation)}\n\n"
        f"The clock ({task.time_box_minutes} minutes) starts only when you press Start. The link works until "
        f"{invitation.expires_at:%Y-%m-%d %H:%M} UTC. Do not share it: it is yours alone.\n"
    )
    send_mail(f"Your take-home task: {task.title}", body, settings.DEFAULT_FROM_EMAIL, [invitation.candidate.email])
    Invitation.objects.filter(pk=invitation.pk).update(email_sent_at=timezone.now())


@transaction.atomic
def invitation_create(*, task: TakeHomeTask, candidate, by=None, now: datetime | None = None,
                      send_email: bool = True) -> Invitation:
    now = _now(now)
    invitation = Invitation(task=task, candidate=candidate, invited_by=by, token=secrets.token_urlsafe(32),
                            expires_at=now + timedelta(days=task.link_valid_days))
    invitation.full_clean()
    invitation.save()
    if send_email:
        transaction.on_commit(lambda: invitation_email_send(invitation_id=invitation.pk))
    return invitation


def invitation_state(*, invitation: Invitation, now: datetime | None = None) -> str:
    """new (not started, link valid), expired (never started, link past its date), open (clock running),
    time_up (past the time box and grace)."""
    now = _now(now)
    if invitation.started_at is None:
        return "expired" if now >= invitation.expires_at else "new"
    return "time_up" if now > invitation.deadline_at else "open"


def invitation_start(*, invitation: Invitation, now: datetime | None = None) -> Invitation:
    """Start the clock; starting again changes nothing."""
    now = _now(now)
    if invitation.started_at is not None:
        return invitation
    if invitation_state(invitation=invitation, now=now) == "expired":
        raise SubmissionRefused(f"This link expired on {invitation.expires_at:%Y-%m-%d %H:%M} UTC before the task "
                                f"was started; ask your recruiter for a new one.", code="expired")
    deadline = now + timedelta(minutes=invitation.task.time_box_minutes + settings.TAKEHOME_GRACE_MINUTES)
    Invitation.objects.filter(pk=invitation.pk, started_at__isnull=True).update(started_at=now, deadline_at=deadline)
    invitation.refresh_from_db(fields=["started_at", "deadline_at"])
    return invitation


def _refuse_if_closed(invitation: Invitation, now: datetime) -> None:
    state = invitation_state(invitation=invitation, now=now)
    if state == "expired":
        raise SubmissionRefused(f"This link expired on {invitation.expires_at:%Y-%m-%d %H:%M} UTC; ask your "
                                f"recruiter for a new one.", code="expired")
    if state == "new":
        raise SubmissionRefused("Start the task first: the upload opens when the clock is running.",
                                code="not_started")
    if state == "time_up":
        raise SubmissionRefused(f"The time box ended at {invitation.deadline_at:%Y-%m-%d %H:%M} UTC (including "
                                f"{settings.TAKEHOME_GRACE_MINUTES} minutes of grace); uploads are closed. Your "
                                f"earlier submissions are kept.", code="time_up")


# --- submissions -------------------------------------------------------------------------------

def _size_limit(field: str, name: str) -> int:
    limits = DEFAULT_LIMITS
    if field == "code":
        suffix = Path(name).suffix.lower()
        return {".py": limits.script_bytes, ".ipynb": limits.notebook_bytes}.get(suffix, limits.zip_bytes)
    return {"predictions": limits.predictions_bytes, "memo": limits.memo_bytes,
            "metrics": limits.metrics_bytes}[field]


def _fingerprint(files: dict[str, dict]) -> str:
    joined = "\n".join(f"{field}:{files[field]['sha256']}" for field in sorted(files))
    return hashlib.sha256(joined.encode("ascii")).hexdigest()


def _validate(*, spec: TaskSpec, paths: dict[str, Path]) -> None:
    code_validate(paths["code"])
    predictions_validate(paths["predictions"], id_column=spec.id_column, require_columns=True)
    memo_validate(paths["memo"])
    if "metrics" in paths:
        metrics_validate(paths["metrics"])


def submission_count(*, candidate, task: TakeHomeTask) -> int:
    """Submissions that count against the limit: every one whose grading has not failed."""
    return Submission.objects.filter(candidate=candidate, task=task).exclude(status=SubmissionStatus.FAILED).count()


def submission_create(*, invitation: Invitation, uploads: dict, now: datetime | None = None) -> Submission:
    """Accept a candidate's files, or refuse them with SubmissionRefused and leave everything as it was.

    `uploads` maps code / predictions / memo / metrics (optional) to Django UploadedFile objects. The files
    are written to a new folder, checked with the take-home validators, and only then recorded; the grading
    is queued once the transaction commits.
    """
    now = _now(now)
    _refuse_if_closed(invitation, now)
    uploads = {field: upload for field, upload in uploads.items() if upload is not None and field in UPLOAD_FIELDS}
    missing = [field for field in REQUIRED_FIELDS if field not in uploads]
    if missing:
        names = {"code": "your code (.py, .ipynb or .zip)", "predictions": "predictions.csv", "memo": "a memo (.md)"}
        raise SubmissionRefused(f"A submission needs {', '.join(names[f] for f in missing)}.", code="missing", field=missing[0])
    for field, upload in uploads.items():
        limit = _size_limit(field, upload.name or "")
        if upload.size > limit:
            raise SubmissionRefused(f"{upload.name} is {upload.size / MB:.1f} MB; the limit for the {field} file is "
                                    f"{limit / MB:.1f} MB. Make it smaller and upload again.",
                                    code="too_large", field=field)
    try:
        spec = takehome_spec(task=invitation.task)
    except UnknownTask:
        raise SubmissionRefused("This task is no longer offered, so uploads are closed; please contact your "
                                "recruiter.", code="withdrawn") from None
    folder, relative = storage.submission_folder_new(invitation_id=invitation.pk)
    try:
        files, paths = {}, {}
        for field, upload in uploads.items():
            paths[field], files[field] = storage.upload_save(upload=upload, folder=folder, field=field)
        try:
            _validate(spec=spec, paths=paths)
        except UploadError as exc:
            raise SubmissionRefused(exc.message, code="invalid", field=exc.field) from None
        submission = _submission_record(invitation=invitation, files=files, storage_dir=relative)
    except BaseException:
        storage.folder_remove(folder)
        raise
    return submission


@transaction.atomic
def _submission_record(*, invitation: Invitation, files: dict, storage_dir: str) -> Submission:
    # The invitation row serialises a candidate's concurrent uploads, so the limit cannot be overshot.
    invitation = Invitation.objects.select_for_update().select_related("task", "candidate").get(pk=invitation.pk)
    task, candidate = invitation.task, invitation.candidate
    fingerprint = _fingerprint(files)
    same = Submission.objects.filter(candidate=candidate, task=task, fingerprint=fingerprint).exclude(
        status=SubmissionStatus.FAILED).first()
    if same is not None:
        raise SubmissionRefused(f"These files are identical to submission {same.pk} (received "
                                f"{same.submitted_at:%Y-%m-%d %H:%M} UTC); nothing new to grade.", code="duplicate")
    used = submission_count(candidate=candidate, task=task)
    if used >= task.max_submissions:
        raise SubmissionRefused(f"You have used all {task.max_submissions} submissions for this task; your earlier "
                                f"submissions are kept and will be graded.", code="limit")
    try:
        with transaction.atomic():
            submission = Submission.objects.create(invitation=invitation, task=task, candidate=candidate,
                                                   storage_dir=storage_dir, files=files, fingerprint=fingerprint)
    except IntegrityError:
        raise SubmissionRefused("These files are identical to a submission already received.",
                                code="duplicate") from None
    run = GradingRun.objects.create(submission=submission, reason="initial")
    transaction.on_commit(lambda: grading_run_enqueue(run_id=run.pk))
    return submission


def submission_file_path(*, submission: Submission, field: str) -> Path | None:
    meta = submission.files.get(field)
    if not meta:
        return None
    return storage.submission_path(storage_dir=submission.storage_dir, field=field, name=meta["name"])


# --- queueing ----------------------------------------------------------------------------------

def grading_run_enqueue(*, run_id: int) -> None:
    """Send the run's submission to the workers and mark it queued; a broker outage leaves it for the beat task."""
    from cases.tasks import grade_submission

    run = GradingRun.objects.filter(pk=run_id).select_related("submission").first()
    if run is None or run.status != GradingRunStatus.QUEUED:
        return
    GradingRun.objects.filter(pk=run.pk, status=GradingRunStatus.QUEUED).update(queued_at=timezone.now())
    Submission.objects.filter(pk=run.submission_id, status=SubmissionStatus.SUBMITTED).update(
        status=SubmissionStatus.QUEUED)
    try:
        grade_submission.apply_async((run.submission_id,), queue=settings.TAKEHOME_GRADING_QUEUE or None)
    except Exception:  # the broker is down: the run stays queued and is sent again by requeue_stale_runs
        log.exception("could not queue the grading of submission %s", run.submission_id)


@transaction.atomic
def submission_regrade(*, submission: Submission, by=None) -> GradingRun:
    """Staff ask for a new grading; it becomes a new run and its report replaces the current one when done."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if GradingRun.objects.filter(submission=submission, status__in=OPEN_RUN).exists():
        raise SubmissionRefused(f"Submission {submission.pk} is already being graded; wait for that run to finish.",
                                code="busy")
    if submission.status == SubmissionStatus.FAILED:
        clash = Submission.objects.filter(candidate_id=submission.candidate_id, task_id=submission.task_id,
                                          fingerprint=submission.fingerprint).exclude(
            status=SubmissionStatus.FAILED).exclude(pk=submission.pk).first()
        if clash is not None:
            raise SubmissionRefused(f"Submission {clash.pk} holds the same files and is graded or being graded; "
                                    f"re-grade that one instead.", code="busy")
    run = GradingRun.objects.create(submission=submission, reason="regrade", requested_by=by)
    submission.status = SubmissionStatus.QUEUED
    submission.save(update_fields=["status"])
    transaction.on_commit(lambda: grading_run_enqueue(run_id=run.pk))
    return run


# --- the lease ---------------------------------------------------------------------------------

def worker_identity() -> str:
    return f"{socket.gethostname()}:{threading.get_native_id()}:{uuid.uuid4().hex[:6]}"


def _run_fail(run: GradingRun, reason: str, *, now: datetime) -> None:
    """Fail a locked run and put its submission in the matching state (a re-grade keeps the earlier report)."""
    run.status = GradingRunStatus.FAILED
    run.failure_reason = reason
    run.finished_at = now
    run.lease_token = ""
    run.save(update_fields=["status", "failure_reason", "finished_at", "lease_token"])
    submission = Submission.objects.select_for_update().get(pk=run.submission_id)
    if submission.report is not None:
        submission.status = SubmissionStatus.GRADED
        submission.failure_reason = f"The latest re-grade failed: {reason}"
    else:
        submission.status = SubmissionStatus.FAILED
        submission.failure_reason = reason
    submission.save(update_fields=["status", "failure_reason"])


def _bound_exceeded(run: GradingRun, now: datetime) -> str | None:
    if run.attempts >= settings.TAKEHOME_MAX_ATTEMPTS:
        return (f"grading was interrupted {run.attempts} times (the worker stopped before finishing, e.g. it "
                f"crashed or ran out of memory); gave up after {settings.TAKEHOME_MAX_ATTEMPTS} attempts")
    started = run.first_started_at
    if started is not None and (now - started).total_seconds() > settings.TAKEHOME_GRADING_MAX_SECONDS:
        return (f"grading did not finish within {settings.TAKEHOME_GRADING_MAX_SECONDS} s of its first start "
                f"(last stage: {run.stage or 'none'}); gave up")
    return None


def grading_run_claim(*, submission_id: int, owner: str, now: datetime | None = None) -> GradingRun | None:
    """Take the submission's open run for this worker, or None when there is nothing to do: no open run
    (graded, failed, or never created), or a run another worker holds with a fresh heartbeat."""
    now = _now(now)
    with transaction.atomic():
        run = GradingRun.objects.select_for_update().filter(submission_id=submission_id, status__in=OPEN_RUN).first()
        if run is None:
            return None
        if run.status == GradingRunStatus.RUNNING and run.heartbeat_at and \
                (now - run.heartbeat_at).total_seconds() < settings.TAKEHOME_STALE_SECONDS:
            return None
        reason = _bound_exceeded(run, now)
        if reason:
            _run_fail(run, reason, now=now)
            return None
        run.status = GradingRunStatus.RUNNING
        run.lease_token = uuid.uuid4().hex
        run.lease_owner = owner[:200]
        run.attempts += 1
        run.started_at = now
        run.first_started_at = run.first_started_at or now
        run.heartbeat_at = now
        run.stage = ""
        run.stages_done = []
        run.save()
        Submission.objects.filter(pk=submission_id).update(status=SubmissionStatus.RUNNING)
    return run


def _lease_update(run: GradingRun, **values) -> None:
    values.setdefault("heartbeat_at", timezone.now())
    held = GradingRun.objects.filter(pk=run.pk, lease_token=run.lease_token,
                                     status=GradingRunStatus.RUNNING).update(**values)
    if not held:
        raise LeaseLost(f"run {run.pk} is no longer held by this worker")


class Heartbeat:
    """Refreshes the run's heartbeat from a thread while a long stage runs (the lease stays fresh)."""

    def __init__(self, run: GradingRun, *, every: float):
        self.run, self.every = run, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name=f"heartbeat-{run.pk}", daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=30)

    def _loop(self):
        try:
            while not self._stop.wait(self.every):
                with transaction.atomic():
                    # skip_locked: never wait on a row another transaction holds (e.g. the finishing update).
                    held = GradingRun.objects.select_for_update(skip_locked=True).filter(
                        pk=self.run.pk, lease_token=self.run.lease_token, status=GradingRunStatus.RUNNING)
                    if held.exists():
                        held.update(heartbeat_at=timezone.now())
        except Exception:
            log.exception("heartbeat of grading run %s stopped", self.run.pk)
        finally:
            connection.close()


def _grade(run: GradingRun, submission: Submission, spec: TaskSpec, workdir: Path) -> dict:
    from cases.takehome.pipeline import grade

    done: list[str] = []

    def on_stage(stage: str) -> None:
        _lease_update(run, stage=stage, stages_done=list(done))
        done.append(stage)

    paths = {field: submission_file_path(submission=submission, field=field) for field in UPLOAD_FIELDS}
    report = grade(task=spec, code_path=paths["code"], predictions_path=paths["predictions"],
                   memo_path=paths["memo"], metrics_path=paths["metrics"],
                   hidden_labels_path=storage.hidden_labels(spec=spec), workdir=workdir,
                   bundle_dir=storage.bundle_dir(spec=spec), on_stage=on_stage)
    _lease_update(run, stages_done=list(done))
    return report


def grading_run_execute(*, submission_id: int, owner: str | None = None) -> GradingRun | None:
    """Grade the submission if its open run can be claimed; returns the finished run, or None when this call
    had nothing to do (a duplicate delivery, or another worker holds the lease)."""
    from celery.exceptions import SoftTimeLimitExceeded

    owner = owner or worker_identity()
    run = grading_run_claim(submission_id=submission_id, owner=owner)
    if run is None:
        return None
    submission = Submission.objects.select_related("task").get(pk=submission_id)
    workdir = Path(tempfile.mkdtemp(prefix=f"grading-{run.pk}-"))
    report, failure = None, None
    try:
        with Heartbeat(run, every=settings.TAKEHOME_HEARTBEAT_SECONDS):
            try:
                spec = takehome_spec(task=submission.task)
                report = _grade(run, submission, spec, workdir)
            except LeaseLost:
                log.warning("grading run %s was taken over; this worker stops", run.pk)
                return None
            except UnknownTask:
                failure = f"the task {submission.task.slug!r} is no longer in the task catalogue"
            except UploadError as exc:
                failure = f"the submission could not be graded: {exc.message}"
            except SoftTimeLimitExceeded:
                failure = (f"grading took longer than its {settings.TAKEHOME_GRADING_SOFT_LIMIT} s time limit "
                           f"(stage: {GradingRun.objects.get(pk=run.pk).stage or 'none'})")
            except Exception as exc:
                log.exception("grading run %s failed", run.pk)
                failure = f"grading error: {type(exc).__name__}: {exc}"
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return grading_run_finish(run=run, report=report, failure=failure)


@transaction.atomic
def grading_run_finish(*, run: GradingRun, report: dict | None, failure: str | None = None,
                       now: datetime | None = None) -> GradingRun | None:
    """Record the result if this worker still holds the lease; the report is stored exactly once."""
    now = _now(now)
    locked = GradingRun.objects.select_for_update().filter(pk=run.pk, lease_token=run.lease_token,
                                                           status=GradingRunStatus.RUNNING).first()
    if locked is None:
        return None
    if failure is not None or report is None:
        _run_fail(locked, failure or "grading produced no report", now=now)
        return locked
    rerun = report.get("rerun") or {}
    locked.status = GradingRunStatus.GRADED
    locked.report = report
    locked.timings = report.get("timings") or {}
    locked.log_tail = rerun.get("log_tail") or ""
    locked.finished_at = now
    locked.stage = ""
    locked.lease_token = ""
    locked.save()
    Submission.objects.filter(pk=locked.submission_id).update(
        status=SubmissionStatus.GRADED, failure_reason="", graded_at=now, report=report,
        metrics=report.get("metrics") or {}, findings=report.get("findings") or [],
        suggested_scores=report.get("suggested_scores") or {}, rerun_log_tail=locked.log_tail)
    return locked


def grading_runs_requeue_stale(*, now: datetime | None = None) -> dict[str, list[int]]:
    """Beat task body: requeue runs whose worker vanished, resend queued runs no worker took, and fail runs
    past their bounds with the reason. Returns the run ids it touched."""
    now = _now(now)
    stale = now - timedelta(seconds=settings.TAKEHOME_STALE_SECONDS)
    queued_stale = now - timedelta(seconds=settings.TAKEHOME_QUEUED_STALE_SECONDS)
    requeued, resent, failed = [], [], []
    with transaction.atomic():
        for run in GradingRun.objects.select_for_update(skip_locked=True).filter(
                status=GradingRunStatus.RUNNING, heartbeat_at__lt=stale):
            reason = _bound_exceeded(run, now)
            if reason:
                _run_fail(run, reason, now=now)
                failed.append(run.pk)
                continue
            run.status = GradingRunStatus.QUEUED
            run.lease_token = ""
            run.lease_owner = ""
            run.stage = ""
            run.requeues += 1
            run.save(update_fields=["status", "lease_token", "lease_owner", "stage", "requeues"])
            Submission.objects.filter(pk=run.submission_id).update(status=SubmissionStatus.QUEUED)
            requeued.append(run.pk)
        for run in GradingRun.objects.select_for_update(skip_locked=True).filter(
                status=GradingRunStatus.QUEUED, created_at__lt=queued_stale):
            if run.queued_at is not None and run.queued_at >= queued_stale:
                continue
            if (now - run.created_at).total_seconds() > settings.TAKEHOME_GRADING_MAX_SECONDS:
                _run_fail(run, f"no worker started the grading within {settings.TAKEHOME_GRADING_MAX_SECONDS} s; "
                               f"check that the Celery workers are running", now=now)
                failed.append(run.pk)
                continue
            run.requeues += 1
            run.save(update_fields=["requeues"])
            resent.append(run.pk)
        for run_id in requeued + resent:
            transaction.on_commit(lambda run_id=run_id: grading_run_enqueue(run_id=run_id))
    return {"requeued": requeued, "resent": resent, "failed": failed}
