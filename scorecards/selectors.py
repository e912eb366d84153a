"""Reads for loops and scorecards, with who-may-see-what in one place.

Recruiters, hiring managers and admins see every loop and scorecard. An interviewer sees the loops they
interview on, their own scorecards, and other interviewers' submitted scorecards of a loop only once every
scorecard they owe in that loop is submitted (blind until submitted); never drafts of others, never other loops.
"""
from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet

from cases.models import CaseStudy
from hiring.models import Dimension, Role, User

from .models import (
    Candidate,
    DimensionScore,
    Interview,
    Loop,
    LoopRubric,
    Scorecard,
    ScorecardStatus,
    ScorecardVersion,
)

OVERSEERS = (Role.RECRUITER, Role.HIRING_MANAGER, Role.ADMIN)
LOOP_EDITORS = (Role.RECRUITER, Role.ADMIN)

# Callables taking `candidate` and returning the candidate's take-home report (or None). The take-home app
# registers its reader here; until then an interview kit simply shows no report.
TAKEHOME_REPORT_PROVIDERS: list = []


def sees_everything(user: User) -> bool:
    return user.is_authenticated and user.has_role(*OVERSEERS)


def _interviewer(user: User) -> bool:
    return user.is_authenticated and user.has_role(Role.INTERVIEWER)


def candidate_list() -> QuerySet[Candidate]:
    return Candidate.objects.order_by("name", "pk")


def loop_list(*, user: User) -> QuerySet[Loop]:
    loops = Loop.objects.select_related("candidate", "blueprint", "created_by").order_by("-created_at", "-pk")
    if sees_everything(user):
        return loops
    if _interviewer(user):
        return loops.filter(pk__in=Interview.objects.filter(interviewers=user).values("loop_id"))
    return loops.none()


def loop_detail_queryset(*, user: User) -> QuerySet[Loop]:
    return loop_list(user=user).prefetch_related(
        Prefetch("interviews", queryset=interview_queryset()),
        Prefetch("rubrics", queryset=LoopRubric.objects.select_related("dimension", "rubric")
                 .order_by("dimension__position")),
    )


def interview_queryset() -> QuerySet[Interview]:
    return Interview.objects.select_related("loop__candidate", "loop__blueprint", "case_study").prefetch_related(
        Prefetch("dimensions", queryset=Dimension.objects.order_by("position")), "interviewers",
    ).order_by("starts_at", "pk")


def interview_list(*, user: User) -> QuerySet[Interview]:
    interviews = interview_queryset()
    if sees_everything(user):
        return interviews
    if _interviewer(user):
        return interviews.filter(pk__in=Interview.objects.filter(interviewers=user).values("pk"))
    return interviews.none()


def loop_warnings(*, loop: Loop) -> list[str]:
    """What a recruiter should know but may accept: blueprint dimensions no live interview assesses."""
    assessed = set(Interview.objects.filter(loop=loop, cancelled_at__isnull=True)
                   .values_list("dimensions", flat=True))
    missing = Dimension.objects.filter(blueprint_id=loop.blueprint_id).exclude(pk__in=assessed - {None}) \
        .order_by("position")
    return [f"No interview assesses “{dim.name}” ({dim.slug})." for dim in missing]


def _unlocked_loop_ids(user: User) -> set[int]:
    """Loops in which the interviewer owes no scorecard any more (at least one owed, all submitted)."""
    owed = set(Interview.objects.filter(interviewers=user, cancelled_at__isnull=True)
               .values_list("pk", "loop_id"))
    done = set(Scorecard.objects.filter(interviewer=user, status=ScorecardStatus.SUBMITTED)
               .values_list("interview_id", flat=True))
    loops = {loop_id for _, loop_id in owed}
    blocked = {loop_id for interview_id, loop_id in owed if interview_id not in done}
    return loops - blocked


def scorecard_queryset() -> QuerySet[Scorecard]:
    return Scorecard.objects.select_related(
        "interviewer", "interview__loop__candidate", "interview__loop__blueprint",
    ).prefetch_related(
        Prefetch("scores", queryset=DimensionScore.objects.select_related("dimension", "rubric")
                 .order_by("dimension__position", "pk")),
    ).order_by("interview__starts_at", "interview_id", "pk")


def scorecard_list(*, user: User) -> QuerySet[Scorecard]:
    """The scorecards `user` may see."""
    scorecards = scorecard_queryset()
    if sees_everything(user):
        return scorecards
    if not _interviewer(user):
        return scorecards.none()
    return scorecards.filter(
        Q(interviewer=user)
        | Q(status=ScorecardStatus.SUBMITTED, interview__loop_id__in=_unlocked_loop_ids(user))
    )


def scorecard_versions(*, scorecard: Scorecard) -> QuerySet[ScorecardVersion]:
    return scorecard.versions.select_related("created_by").order_by("version")


def takehome_report_for(*, candidate: Candidate):
    """The candidate's take-home report for the interview kit, or None when there is none."""
    for provider in TAKEHOME_REPORT_PROVIDERS:
        report = provider(candidate)
        if report is not None:
            return report
    return None


def interview_kit(*, interview: Interview) -> dict:
    """What an interviewer needs in the room: the case study, what to listen for, and the anchored rubric of
    every assessed dimension as pinned by the loop."""
    loop = interview.loop
    assessed = list(interview.dimensions.all())
    pins = {pin.dimension_id: pin.rubric for pin in LoopRubric.objects.filter(
        loop=loop, dimension__in=assessed).select_related("rubric")}
    study: CaseStudy | None = interview.case_study
    return {
        "interview": interview,
        "loop": loop,
        "candidate": loop.candidate,
        "case_study": study,
        "dimensions": [{"dimension": dim, "rubric": pins.get(dim.pk)} for dim in assessed],
        "takehome_report": takehome_report_for(candidate=loop.candidate),
    }


EXPORT_COLUMNS = ["loop", "candidate", "blueprint", "interview", "interviewer", "status", "version",
                  "submitted_at", "recommendation", "dimension", "rubric_version", "score", "not_assessed",
                  "not_assessed_reason", "evidence"]


def scorecard_export_rows(*, loop: Loop, user: User) -> list[list]:
    """One row per visible dimension score of a loop (the calibration input shape, plus context)."""
    rows = []
    for card in scorecard_list(user=user).filter(interview__loop=loop):
        for score in card.scores.all():
            rows.append([
                loop.pk, loop.candidate.name, loop.blueprint.slug, card.interview.title, card.interviewer.username,
                card.status, card.version, card.submitted_at.isoformat() if card.submitted_at else "",
                card.recommendation, score.dimension.slug, score.rubric.version,
                "" if score.score is None else score.score, score.not_assessed, score.not_assessed_reason,
                score.evidence,
            ])
    return rows
