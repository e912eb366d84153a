"""Blind until submitted: who sees which scorecard, through the API, the CSV exports and the pages alike.

Loop A has one interview with Ivy, Ian and Una on the panel: Ian has submitted, Una holds a draft, Ivy holds a
draft ("before") or has submitted ("after"). Loop B is another candidate's, scored by Otto only.
"""
import csv
import io

import pytest

pytestmark = pytest.mark.django_db

OBJECTS = ["own", "other_draft", "other_submitted", "other_loop"]
VISIBLE = {
    "interviewer_before": {"own"},
    "interviewer_after": {"own", "other_submitted"},
    "recruiter": set(OBJECTS),
    "hiring_manager": set(OBJECTS),
    "admin": set(OBJECTS),
}


@pytest.fixture
def world(make_loop, interviewer, ian, una, otto, submit):
    from scorecards import services

    loop_a = make_loop(interviews=[{"interviewers": [interviewer, ian, una], "start": 0}], status="in_progress")
    loop_b = make_loop(interviews=[{"interviewers": [otto], "start": 0}], status="in_progress")
    interview_a = loop_a.interviews.get()
    cards = {
        "own": services.scorecard_start(interview=interview_a, interviewer=interviewer),
        "other_draft": services.scorecard_start(interview=interview_a, interviewer=una),
        "other_submitted": submit(interview_a, ian, level=2),
        "other_loop": submit(loop_b.interviews.get(), otto, level=5),
    }
    first = interview_a.dimensions.first().slug
    services.scorecard_save_draft(scorecard=cards["own"], by=interviewer, recommendation="yes",
                                  scores=[{"dimension": first, "score": 4, "evidence": "own notes"}])
    services.scorecard_save_draft(scorecard=cards["other_draft"], by=una, recommendation="no",
                                  scores=[{"dimension": first, "score": 1, "evidence": "una's notes"}])
    return {"cards": cards, "loop_a": loop_a, "loop_b": loop_b, "interview_a": interview_a}


@pytest.fixture(params=list(VISIBLE))
def viewer(request, world, interviewer, recruiter, hiring_manager, admin_user, submit):
    if request.param == "interviewer_after":
        submit(world["interview_a"], interviewer)
    user = {"interviewer_before": interviewer, "interviewer_after": interviewer, "recruiter": recruiter,
            "hiring_manager": hiring_manager, "admin": admin_user}[request.param]
    return request.param, user


def _export_ids(rows_text: str) -> set[str]:
    return {row["interviewer"] for row in csv.DictReader(io.StringIO(rows_text))}


def _usernames(world) -> dict[str, str]:
    return {name: card.interviewer.username for name, card in world["cards"].items()}


def test_api(world, viewer, api_as):
    role, user = viewer
    api = api_as(user)
    seen = {name for name, card in world["cards"].items() if api.get(f"/api/scorecards/{card.pk}/").status_code == 200}
    hidden = {name: api.get(f"/api/scorecards/{card.pk}/").status_code for name, card in world["cards"].items()
              if name not in seen}
    assert seen == VISIBLE[role]
    assert set(hidden.values()) <= {404}  # never 403: existence is not leaked
    listed = {row["id"] for row in api.get("/api/scorecards/?page_size=200").data["results"]}
    assert {name for name, card in world["cards"].items() if card.pk in listed} == VISIBLE[role]
    for name, card in world["cards"].items():
        versions = api.get(f"/api/scorecards/{card.pk}/versions/").status_code
        assert (versions == 200) == (name in VISIBLE[role])
    names = _usernames(world)
    exported = set()
    for loop in (world["loop_a"], world["loop_b"]):
        response = api.get(f"/api/loops/{loop.pk}/scorecards-export/")
        if response.status_code == 200:
            assert response["Content-Type"].startswith("text/csv")
            exported |= _export_ids(response.content.decode())
        else:
            assert response.status_code == 404 and loop == world["loop_b"] and role.startswith("interviewer")
    assert exported == {names[name] for name in VISIBLE[role]}


def test_pages(world, viewer, client):
    from django.urls import reverse

    role, user = viewer
    client.force_login(user)
    seen = set()
    for name, card in world["cards"].items():
        response = client.get(reverse("scorecards:scorecard-detail", args=[card.pk]))
        assert response.status_code in (200, 404)
        if response.status_code == 200:
            seen.add(name)
    assert seen == VISIBLE[role]
    listed = set()
    for loop in (world["loop_a"], world["loop_b"]):
        response = client.get(reverse("scorecards:loop-detail", args=[loop.pk]))
        if response.status_code == 404:
            assert loop == world["loop_b"] and role.startswith("interviewer")
            continue
        body = response.content.decode()
        listed |= {name for name, card in world["cards"].items() if f'data-scorecard="{card.pk}"' in body}
        export = client.get(reverse("scorecards:loop-export", args=[loop.pk]))
        assert export.status_code == 200
    assert listed == VISIBLE[role]


def test_an_interviewer_on_another_loop_sees_nothing_of_this_one(world, otto, api_as, client):
    from django.urls import reverse

    api = api_as(otto)
    for name in ("own", "other_draft", "other_submitted"):
        assert api.get(f"/api/scorecards/{world['cards'][name].pk}/").status_code == 404
    assert api.get(f"/api/loops/{world['loop_a'].pk}/scorecards-export/").status_code == 404
    client.force_login(otto)
    assert client.get(reverse("scorecards:loop-detail", args=[world["loop_a"].pk])).status_code == 404
    assert client.get(reverse("scorecards:kit", args=[world["interview_a"].pk])).status_code == 404
    assert client.get(reverse("scorecards:loop-export", args=[world["loop_a"].pk])).status_code == 404


def test_a_second_interview_in_the_loop_blinds_again_until_it_is_scored(world, interviewer, ian, recruiter, api_as,
                                                                        submit):
    from scorecards import services

    submit(world["interview_a"], interviewer)
    api = api_as(interviewer)
    ian_card = world["cards"]["other_submitted"]
    assert api.get(f"/api/scorecards/{ian_card.pk}/").status_code == 200
    from .conftest import at

    later = services.interview_create(loop=world["loop_a"], by=recruiter, values={
        "title": "Follow-up", "interviewers": [interviewer], "starts_at": at(30), "ends_at": at(31),
        "dimensions": list(world["interview_a"].dimensions.all())})
    assert api.get(f"/api/scorecards/{ian_card.pk}/").status_code == 404
    submit(later, interviewer)
    assert api.get(f"/api/scorecards/{ian_card.pk}/").status_code == 200
