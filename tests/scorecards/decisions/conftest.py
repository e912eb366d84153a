from datetime import timedelta

import pytest
from django.utils import timezone

from hiring.models import Dimension, Role, RoleBlueprint
from scorecards.models import (
    Candidate,
    DimensionScore,
    Interview,
    Loop,
    LoopRubric,
    LoopStatus,
    Scorecard,
    ScorecardStatus,
    ScorecardVersion,
)

BLUEPRINT = "lead-ml-scientist"


@pytest.fixture
def blueprint(catalogue):
    return RoleBlueprint.objects.get(slug=BLUEPRINT)


@pytest.fixture
def make_loop(blueprint):
    """A loop whose interviewers scored every dimension: `panel` maps user → list of scores (None = not assessed)."""
    dimensions = list(Dimension.objects.filter(blueprint=blueprint).prefetch_related("rubric_versions")
                      .order_by("position"))
    counter = {"n": 0}

    def make(name: str, panel: dict, *, status=ScorecardStatus.SUBMITTED, recommendation="yes",
             loop_status=LoopStatus.COMPLETE) -> Loop:
        counter["n"] += 1
        candidate = Candidate.objects.create(name=name, email=f"c{counter['n']}@example.com")
        loop = Loop.objects.create(candidate=candidate, blueprint=blueprint, status=loop_status)
        pins = {d.pk: LoopRubric.objects.create(loop=loop, dimension=d, rubric=d.current_rubric).rubric
                for d in dimensions}
        start = timezone.now() - timedelta(days=30 - counter["n"])
        for k, (user, scores) in enumerate(panel.items()):
            interview = Interview.objects.create(loop=loop, title=f"Interview {k + 1}",
                                                 starts_at=start + timedelta(hours=2 * k),
                                                 ends_at=start + timedelta(hours=2 * k + 1))
            interview.interviewers.add(user)
            interview.dimensions.set(dimensions)
            submitted = status == ScorecardStatus.SUBMITTED
            card = Scorecard.objects.create(interview=interview, interviewer=user, status=status,
                                            recommendation=recommendation, version=1 if submitted else 0,
                                            submitted_at=start + timedelta(hours=2 * k + 2) if submitted else None)
            DimensionScore.objects.bulk_create([
                DimensionScore(scorecard=card, dimension=d, rubric=pins[d.pk], score=score,
                               not_assessed=score is None, not_assessed_reason="no time" if score is None else "",
                               evidence=f"{user.username} evidence on {d.slug}")
                for d, score in zip(dimensions, scores)
            ])
            if submitted:
                ScorecardVersion.objects.create(scorecard=card, version=1, snapshot={}, created_by=user)
        return loop

    make.dimensions = dimensions
    return make


@pytest.fixture
def panel(make_user):
    return {name: make_user(Role.INTERVIEWER, username=name, display_name=name.title())
            for name in ("harsh", "lenient", "middle")}


@pytest.fixture
def scored(make_loop, panel):
    """Six candidates, each seen by two of three interviewers: harsh scores low, lenient high."""
    h, l, m = panel["harsh"], panel["lenient"], panel["middle"]
    n = len(make_loop.dimensions)
    loops = [
        make_loop("Cand A", {h: [3] * n, m: [4] * n}),
        make_loop("Cand B", {l: [5] * n, m: [4] * n}),
        make_loop("Cand C", {h: [2] * n, l: [4] * n}),
        make_loop("Cand D", {m: [3] * n, h: [2] * (n - 1) + [None]}),
        make_loop("Cand E", {l: [4] * n, m: [3] * n}),
        make_loop("Cand F", {h: [3] * n, l: [5] * n}),
    ]
    return loops
