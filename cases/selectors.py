"""Reads for take-home tasks, invitations, submissions and their reports."""
from __future__ import annotations

from django.db.models import QuerySet
from django.urls import reverse

from hiring.models import Dimension

from .models import GradingRun, Invitation, Submission, SubmissionStatus, TakeHomeTask


def takehome_task_list() -> QuerySet[TakeHomeTask]:
    return TakeHomeTask.objects.select_related("case_study", "case_study__blueprint").order_by("slug")


def invitation_list(*, filters: dict | None = None) -> QuerySet[Invitation]:
    filters = filters or {}
    qs = Invitation.objects.select_related("task", "candidate", "invited_by")
    if filters.get("task"):
        qs = qs.filter(task__slug=filters["task"])
    if filters.get("candidate"):
        qs = qs.filter(candidate_id=filters["candidate"])
    return qs


def invitation_by_token(*, token: str) -> Invitation | None:
    if not token or len(token) > 64:
        return None
    return Invitation.objects.select_related("task", "candidate").filter(token=token).first()


def submission_list(*, filters: dict | None = None) -> QuerySet[Submission]:
    filters = filters or {}
    qs = Submission.objects.select_related("task", "candidate", "invitation")
    if filters.get("status"):
        qs = qs.filter(status=filters["status"])
    if filters.get("task"):
        qs = qs.filter(task__slug=filters["task"])
    if filters.get("candidate"):
        qs = qs.filter(candidate_id=filters["candidate"])
    return qs


def grading_run_current(*, submission: Submission) -> GradingRun | None:
    """The open run if there is one, else the latest."""
    return submission.runs.order_by("-created_at", "-id").first()


def submission_progress(*, submission: Submission) -> dict:
    """What the status fragment / endpoint shows: the status, the stage in progress and the stages done."""
    run = grading_run_current(submission=submission)
    return {
        "id": submission.pk,
        "status": submission.status,
        "stage": run.stage if run and run.status == "running" else "",
        "stages_done": list(run.stages_done) if run and run.status == "running" else [],
        "failure_reason": submission.failure_reason,
        "graded_at": submission.graded_at,
        "done": submission.status in (SubmissionStatus.GRADED, SubmissionStatus.FAILED),
    }


def report_dimensions(*, submission: Submission) -> list[dict]:
    """The report's findings grouped by rubric dimension, with the dimension's name and the suggested score."""
    report = submission.report or {}
    by_dimension = report.get("by_dimension") or {}
    names = dict(Dimension.objects.filter(blueprint_id=submission.task.case_study.blueprint_id)
                 .values_list("slug", "name"))
    groups = []
    for slug, entry in by_dimension.items():
        groups.append({
            "slug": slug, "name": names.get(slug, slug.replace("-", " ").capitalize()),
            "suggested_score": entry.get("suggested_score"), "rule": entry.get("rule", ""),
            "codes": entry.get("codes", []), "findings": entry.get("findings", []),
        })
    return groups


def submission_report(*, submission: Submission) -> dict:
    """A graded submission's report as pages, the API and the interviewer kit show it."""
    report = submission.report or {}
    return {
        "submission_id": submission.pk,
        "task": submission.task.slug,
        "task_title": submission.task.title,
        "status": submission.status,
        "submitted_at": submission.submitted_at,
        "graded_at": submission.graded_at,
        "metrics": report.get("metrics") or {},
        "claimed_metrics": report.get("claimed_metrics") or {},
        "suggested_scores": report.get("suggested_scores") or {},
        "machine_suggested": True,
        "dimensions": report_dimensions(submission=submission),
        "findings": report.get("findings") or [],
        "rerun": report.get("rerun"),
        "url": reverse("takehome-report", kwargs={"pk": submission.pk}),
    }


def takehome_report_for_candidate(candidate) -> dict | None:
    """The candidate's latest graded take-home, summarised for the interviewer kit; None if there is none."""
    submission = (Submission.objects.select_related("task", "task__case_study")
                  .filter(candidate=candidate, report__isnull=False).order_by("-graded_at", "-id").first())
    return None if submission is None else submission_report(submission=submission)
