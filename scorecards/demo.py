"""Demo loops for `make run`: one per status, with submitted and pending scorecards. Idempotent."""
from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from cases.models import CaseStudy
from hiring.models import RoleBlueprint, User

from . import services
from .models import Candidate, LoopStatus

# (external id, name, blueprint, final status, day offset of the interviews, who submits)
DEMO_LOOPS = [
    ("demo-001", "Dana Okafor", "lead-ml-scientist", LoopStatus.IN_PROGRESS, -1, {"interviewer"}),
    ("demo-002", "Sam Lindqvist", "principal-ml-scientist", LoopStatus.COMPLETE, -6, {"interviewer", "interviewer2"}),
    ("demo-003", "Alex Moreau", "lead-ml-scientist", LoopStatus.SCHEDULED, 5, set()),
    ("demo-004", "Priya Raman", "principal-ml-scientist", LoopStatus.DRAFT, 9, set()),
]
PATH = {
    LoopStatus.DRAFT: [],
    LoopStatus.SCHEDULED: [LoopStatus.SCHEDULED],
    LoopStatus.IN_PROGRESS: [LoopStatus.SCHEDULED, LoopStatus.IN_PROGRESS],
    LoopStatus.COMPLETE: [LoopStatus.SCHEDULED, LoopStatus.IN_PROGRESS],
}


def _scores(scorecard, level: int) -> list[dict]:
    return [{"dimension": dim.slug, "score": max(1, min(5, level + (i % 2))),
             "evidence": f"Demo evidence for {dim.name.lower()}: walked through the trade-offs with concrete numbers."}
            for i, dim in enumerate(scorecard.interview.dimensions.order_by("position"))]


def demo_loops_load() -> list[str]:
    blueprints = {b.slug: b for b in RoleBlueprint.objects.filter(slug__in={row[2] for row in DEMO_LOOPS})}
    people = {u.username: u for u in User.objects.filter(username__in=["recruiter", "interviewer", "interviewer2"])}
    if len(blueprints) < 2 or len(people) < 3:
        return ["demo loops skipped: load the catalogue and the demo users first"]
    lines = []
    # Demo invitations are logged like real ones but not printed to the console.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        for row in DEMO_LOOPS:
            lines.append(_demo_loop(row, blueprints=blueprints, people=people))
    return lines


@transaction.atomic
def _demo_loop(row, *, blueprints, people) -> str:
    external_id, name, slug, status, day, submitters = row
    candidate = Candidate.objects.filter(external_id=external_id).first()
    if candidate is not None and candidate.loops.exists():
        return f"demo loop for {name}: already there"
    candidate = candidate or services.candidate_create(
        name=name, email=f"{external_id}@candidates.example.com", external_id=external_id)
    blueprint = blueprints[slug]
    recruiter = people["recruiter"]
    loop = services.loop_create(candidate=candidate, blueprint=blueprint, by=recruiter,
                                notes="Demo loop.")
    base = timezone.now().replace(hour=9, minute=0, second=0, microsecond=0) + timedelta(days=day)
    studies = list(CaseStudy.objects.filter(blueprint=blueprint).exclude(kind="take_home").order_by("slug"))[:2]
    for index, (study, username) in enumerate(zip(studies, ["interviewer", "interviewer2"])):
        start = base + timedelta(hours=2 * index)
        services.interview_create(loop=loop, by=recruiter, values={
            "title": study.title, "case_study": study, "dimensions": list(study.dimensions.all()),
            "interviewers": [people[username]], "starts_at": start, "ends_at": start + timedelta(hours=1),
            "location": f"Room {index + 1}", "video_link": "https://meet.example.com/demo-loop",
        })
    for step in PATH[status]:
        services.loop_transition(loop=loop, status=step, by=recruiter)
    for interview in loop.interviews.prefetch_related("interviewers"):
        for user in interview.interviewers.all():
            if status == LoopStatus.DRAFT or status == LoopStatus.SCHEDULED:
                continue
            scorecard = services.scorecard_start(interview=interview, interviewer=user)
            level = 4 if user.username == "interviewer" else 3
            if user.username in submitters:
                services.scorecard_submit(scorecard=scorecard, by=user, scores=_scores(scorecard, level),
                                          recommendation="yes" if level >= 4 else "no",
                                          summary="Demo scorecard.")
            else:
                services.scorecard_save_draft(scorecard=scorecard, by=user, scores=_scores(scorecard, level)[:1])
    if status == LoopStatus.COMPLETE:
        services.loop_transition(loop=loop, status=LoopStatus.COMPLETE, by=recruiter)
    loop.refresh_from_db()
    return f"demo loop for {name} ({blueprint.title}): {loop.get_status_display().lower()}"
