"""Demo calibration for `make run`: a Lead ML Scientist pool scored by a harsh, a lenient and two
middling interviewers, so that adjusting for severity reorders candidates. Idempotent."""
from __future__ import annotations

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from hiring.demo import DEMO_PASSWORD
from hiring.models import Dimension, Role, RoleBlueprint, User
from hiring.services import rubric_mark_used, user_create

from .calibration_services import calibration_recompute, demographic_record_set, hiring_decision_record
from .models import (
    Candidate,
    DimensionScore,
    Interview,
    Loop,
    LoopRubric,
    LoopStatus,
    Recommendation,
    Scorecard,
    ScorecardStatus,
    ScorecardVersion,
)
from .services import scorecard_snapshot

BLUEPRINT = "lead-ml-scientist"
# username, display name, severity in scale points (+ harsh)
PANEL = [
    ("hector", "Hector Hale", 1.1),
    ("lena", "Lena Lark", -1.0),
    ("olga", "Olga Ortiz", 0.0),
    ("pavel", "Pavel Petrov", 0.1),
]
# external id, name, true level (1..5 scale), the two interviewers, self-reported group
CANDIDATES = [
    ("cal-demo-01", "Ana Alvarez", 3.9, ("hector", "olga"), "Group A"),
    ("cal-demo-02", "Ben Brooks", 3.2, ("lena", "pavel"), "Group B"),
    ("cal-demo-03", "Chen Cho", 3.6, ("hector", "pavel"), "Group A"),
    ("cal-demo-04", "Dara Diaz", 2.9, ("lena", "olga"), "Group B"),
    ("cal-demo-05", "Eli Evans", 4.1, ("hector", "lena"), "Group A"),
    ("cal-demo-06", "Fatima Farah", 3.0, ("olga", "pavel"), "Group B"),
    ("cal-demo-07", "Gus Green", 3.4, ("hector", "olga"), "Group A"),
    ("cal-demo-08", "Hana Hoshi", 2.6, ("lena", "pavel"), "Group B"),
    ("cal-demo-09", "Ivo Ivanov", 3.8, ("hector", "pavel"), "Group A"),
    ("cal-demo-10", "Jia Jun", 2.8, ("lena", "olga"), "Group B"),
    ("cal-demo-11", "Kofi Kumi", 3.5, ("hector", "lena"), "Group A"),
    ("cal-demo-12", "Lea Laurent", 3.3, ("olga", "pavel"), "Group B"),
]
DECIDED = 8  # the first eight have a decision; the rest wait for the hiring manager


def demo_calibration_load() -> list[str]:
    blueprint = RoleBlueprint.objects.filter(slug=BLUEPRINT).first()
    manager = User.objects.filter(username="manager").first()
    if blueprint is None or manager is None:
        return ["demo calibration skipped: load the catalogue and the demo users first"]
    people = {}
    for username, name, _ in PANEL:
        user = User.objects.filter(username=username).first()
        people[username] = user or user_create(username=username, password=DEMO_PASSWORD, roles=[Role.INTERVIEWER],
                                               display_name=name, email=f"{username}@example.com")
    dimensions = list(Dimension.objects.filter(blueprint=blueprint).prefetch_related("rubric_versions")
                      .order_by("position"))
    new_loops = []
    for index, row in enumerate(CANDIDATES):
        loop = _demo_candidate(index, row, blueprint=blueprint, dimensions=dimensions, people=people, manager=manager)
        if loop is not None:
            new_loops.append((index, row, loop))
    run, created = calibration_recompute(blueprint=blueprint)
    for index, row, loop in new_loops:
        if index < DECIDED:
            hiring_decision_record(loop=loop, by=manager, decision="hire" if row[2] >= 3.5 else "no_hire",
                                   rationale="Demo decision: weighed the panel's evidence and the calibrated figures.")
    state = "computed" if created else "unchanged"
    return [f"demo calibration: {len(new_loops)} new loops for {blueprint.title}; calibration run #{run.pk} {state} "
            f"({run.status}, {run.n_scores} scores); interviewers hector (harsh), lena (lenient), olga, pavel "
            f"(password {DEMO_PASSWORD})"]


@transaction.atomic
def _demo_candidate(index: int, row, *, blueprint, dimensions, people, manager) -> Loop | None:
    external_id, name, level, panel, group = row
    candidate = Candidate.objects.filter(external_id=external_id).first()
    if candidate is not None and candidate.loops.filter(blueprint=blueprint).exists():
        return None
    candidate = candidate or Candidate.objects.create(name=name, email=f"{external_id}@candidates.example.com",
                                                      external_id=external_id)
    demographic_record_set(candidate=candidate, groups=[group])
    rng = random.Random(external_id)
    severity = {u: s for u, _, s in PANEL}
    start = timezone.now().replace(minute=0, second=0, microsecond=0) - timedelta(days=40 - 3 * index)
    loop = Loop.objects.create(candidate=candidate, blueprint=blueprint, status=LoopStatus.COMPLETE,
                               notes="Demo loop for calibration.", created_by=manager)
    pins = {d.pk: LoopRubric.objects.create(loop=loop, dimension=d, rubric=d.current_rubric).rubric
            for d in dimensions}
    for k, username in enumerate(panel):
        user = people[username]
        begins = start + timedelta(hours=2 * k)
        interview = Interview.objects.create(loop=loop, title=f"Onsite {k + 1}", starts_at=begins,
                                             ends_at=begins + timedelta(hours=1))
        interview.interviewers.add(user)
        interview.dimensions.set(dimensions)
        values = []
        for d_index, dimension in enumerate(dimensions):
            latent = level + (0.3 if d_index % 3 == 0 else -0.2 if d_index % 3 == 1 else 0.0) - severity[username]
            values.append(max(1, min(5, round(latent + rng.gauss(0, 0.45)))))
        mean = sum(values) / len(values)
        recommendation = (Recommendation.STRONG_YES if mean >= 4.2 else Recommendation.YES if mean >= 3.3
                          else Recommendation.NO if mean >= 2.3 else Recommendation.STRONG_NO)
        submitted = begins + timedelta(hours=3)
        scorecard = Scorecard.objects.create(interview=interview, interviewer=user, status=ScorecardStatus.SUBMITTED,
                                             recommendation=recommendation, version=1, submitted_at=submitted,
                                             summary=f"Demo scorecard by {user}.")
        DimensionScore.objects.bulk_create([
            DimensionScore(scorecard=scorecard, dimension=dimension, rubric=pins[dimension.pk], score=value,
                           evidence=f"Demo evidence on {dimension.name.lower()}: the candidate's answer earned a {value}.")
            for dimension, value in zip(dimensions, values)
        ])
        ScorecardVersion.objects.create(scorecard=scorecard, version=1, created_by=user,
                                        snapshot=scorecard_snapshot(scorecard=scorecard))
    for rubric in set(pins.values()):
        rubric_mark_used(rubric=rubric, when=timezone.now())
    return loop
