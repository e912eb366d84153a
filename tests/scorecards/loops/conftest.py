from datetime import datetime, timedelta, timezone

import pytest

from hiring.models import Role

T0 = datetime(2030, 3, 4, 10, 0, tzinfo=timezone.utc)


def at(hours: float = 0, minutes: float = 0) -> datetime:
    return T0 + timedelta(hours=hours, minutes=minutes)


@pytest.fixture
def lead(catalogue):
    from hiring.models import RoleBlueprint

    return RoleBlueprint.objects.get(slug="lead-ml-scientist")


@pytest.fixture
def principal(catalogue):
    from hiring.models import RoleBlueprint

    return RoleBlueprint.objects.get(slug="principal-ml-scientist")


@pytest.fixture
def ian(make_user):
    return make_user(Role.INTERVIEWER, username="ian", display_name="Ian Interviewer", email="ian@example.com")


@pytest.fixture
def una(make_user):
    return make_user(Role.INTERVIEWER, username="una", display_name="Una Interviewer", email="una@example.com")


@pytest.fixture
def otto(make_user):
    return make_user(Role.INTERVIEWER, username="otto", display_name="Otto Outsider", email="otto@example.com")


@pytest.fixture
def make_candidate(db):
    from scorecards.services import candidate_create

    counter = iter(range(1, 10_000))

    def make(name: str | None = None, email: str | None = None):
        n = next(counter)
        return candidate_create(name=name or f"Candidate {n}", email=email or f"candidate{n}@example.org")

    return make


@pytest.fixture
def make_loop(make_candidate, recruiter, lead):
    """A loop with interviews; `interviews` is a list of dicts (interviewers, start hour, length, case study…)."""
    from cases.models import CaseStudy
    from scorecards import services

    def make(*, blueprint=None, candidate=None, interviews=(), status="draft"):
        blueprint = blueprint or lead
        loop = services.loop_create(candidate=candidate or make_candidate(), blueprint=blueprint, by=recruiter)
        studies = list(CaseStudy.objects.filter(blueprint=blueprint).exclude(kind="take_home").order_by("slug"))
        for index, spec in enumerate(interviews):
            study = spec.get("case_study", studies[index % len(studies)])
            start = spec.get("starts_at", at(spec.get("start", 2 * index)))
            services.interview_create(loop=loop, by=recruiter, values={
                "title": spec.get("title", f"Interview {index + 1}"), "case_study": study,
                "dimensions": spec.get("dimensions", list(study.dimensions.all())),
                "interviewers": spec["interviewers"], "starts_at": start,
                "ends_at": spec.get("ends_at", start + timedelta(hours=spec.get("hours", 1))),
                "location": spec.get("location", "Room 1"), "video_link": spec.get("video_link", ""),
            })
        path = {"draft": [], "scheduled": ["scheduled"], "in_progress": ["scheduled", "in_progress"],
                "complete": ["scheduled", "in_progress", "complete"], "cancelled": ["cancelled"]}[status]
        for step in path:
            services.loop_transition(loop=loop, status=step, by=recruiter)
        loop.refresh_from_db()
        return loop

    return make


def full_scores(interview, level: int = 4) -> list[dict]:
    return [{"dimension": d.slug, "score": level, "evidence": f"Concrete evidence on {d.slug}."}
            for d in interview.dimensions.all()]


@pytest.fixture
def submit():
    """Open (if needed) and submit `user`'s scorecard for `interview` through the services."""
    from scorecards import services

    def do(interview, user, level: int = 4, recommendation: str = "yes"):
        scorecard = services.scorecard_start(interview=interview, interviewer=user)
        return services.scorecard_submit(scorecard=scorecard, by=user, scores=full_scores(interview, level),
                                         recommendation=recommendation)

    return do
