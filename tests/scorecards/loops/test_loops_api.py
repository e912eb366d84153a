import pytest

from hiring.models import Role

from .conftest import at

pytestmark = pytest.mark.django_db


def _field(response, name: str) -> str:
    value = response.data["error"]["fields"].get(name, "")
    return " ".join(value) if isinstance(value, list) else str(value)


def _interview_body(loop, *, interviewers, start=0, hours=1, **extra):
    return {"loop": loop.pk, "title": extra.pop("title", "Design round"),
            "case_study": "lead-a-search-relevance-product-design",
            "dimensions": extra.pop("dimensions", ["problem-framing", "evaluation-rigor"]),
            "interviewers": [u.username for u in interviewers], "starts_at": at(start).isoformat(),
            "ends_at": at(start + hours).isoformat(), "location": "Room 4", **extra}


def test_recruiter_builds_a_loop_with_pinned_rubrics_and_coverage_warnings(api_as, recruiter, interviewer, lead):
    api = api_as(recruiter)
    candidate = api.post("/api/candidates/", {"name": "Noor Haddad", "email": "noor@example.org"}, format="json")
    assert candidate.status_code == 201, candidate.data
    response = api.post("/api/loops/", {"candidate": candidate.data["id"], "blueprint": lead.slug}, format="json")
    assert response.status_code == 201, response.data
    loop = response.data
    assert loop["status"] == "draft"
    pins = {pin["dimension"]: pin["rubric_version"] for pin in loop["rubrics"]}
    assert pins == {dim.slug: dim.current_rubric.version for dim in lead.dimensions.all()}
    assert len(loop["warnings"]) == lead.dimensions.count()

    from scorecards.models import Loop

    body = _interview_body(Loop.objects.get(pk=loop["id"]), interviewers=[interviewer])
    created = api.post("/api/interviews/", body, format="json")
    assert created.status_code == 201, created.data
    assert created.data["interviewers"] == [{"username": "ivy", "name": "Ivy Interviewer"}]
    assert sorted(created.data["dimensions"]) == ["evaluation-rigor", "problem-framing"]
    detail = api.get(f"/api/loops/{loop['id']}/").data
    uncovered = " ".join(detail["warnings"])
    assert "problem-framing" not in uncovered and "evaluation-rigor" not in uncovered
    assert "production-ml" in uncovered and len(detail["warnings"]) == lead.dimensions.count() - 2


def test_a_rubric_edit_after_use_does_not_change_a_loops_pinned_version(make_loop, interviewer, lead, submit):
    from hiring.services import rubric_update
    from scorecards.selectors import interview_kit

    loop = make_loop(interviews=[{"interviewers": [interviewer]}], status="scheduled")
    interview = loop.interviews.get()
    dim = interview.dimensions.first()
    pinned = dim.current_rubric
    submit(interview, interviewer)
    pinned.refresh_from_db()
    assert pinned.used_at is not None
    new, changed = rubric_update(dimension=dim, anchors={level: f"new anchor {level}" for level in range(1, 6)})
    assert changed and new.version == pinned.version + 1
    kit = interview_kit(interview=interview)
    shown = next(item["rubric"] for item in kit["dimensions"] if item["dimension"].pk == dim.pk)
    assert shown.pk == pinned.pk


def test_an_interviewer_without_the_role_is_refused_by_name(api_as, recruiter, make_loop, hiring_manager, interviewer):
    loop = make_loop()
    response = api_as(recruiter).post("/api/interviews/", _interview_body(loop, interviewers=[interviewer, hiring_manager]),
                                      format="json")
    assert response.status_code == 400
    assert "Hank Manager" in _field(response, "interviewers")
    assert "interviewer role" in _field(response, "interviewers")
    assert loop.interviews.count() == 0


def test_double_booking_an_interviewer_is_refused_naming_the_clash(api_as, recruiter, make_loop, interviewer, ian):
    other = make_loop(interviews=[{"title": "Incident drill", "interviewers": [interviewer], "start": 0, "hours": 1}])
    clash = other.interviews.get()
    loop = make_loop()
    api = api_as(recruiter)
    response = api.post("/api/interviews/", _interview_body(loop, interviewers=[ian, interviewer], start=0.5),
                        format="json")
    assert response.status_code == 409
    message = response.data["error"]["message"]
    assert "Ivy Interviewer" in message and "Incident drill" in message and f"#{clash.pk}" in message
    assert "2030-03-04 10:00–11:00" in message and "Ian" not in message
    assert loop.interviews.count() == 0
    # Back to back is not a clash.
    assert api.post("/api/interviews/", _interview_body(loop, interviewers=[interviewer], start=1),
                    format="json").status_code == 201


def test_double_booking_the_candidate_is_refused(api_as, recruiter, make_loop, interviewer, ian, make_candidate):
    candidate = make_candidate(name="Kai Sato")
    make_loop(candidate=candidate, interviews=[{"title": "First chat", "interviewers": [interviewer], "start": 0}])
    second = make_loop(candidate=candidate)
    response = api_as(recruiter).post("/api/interviews/", _interview_body(second, interviewers=[ian], start=0),
                                      format="json")
    assert response.status_code == 409
    assert "Candidate Kai Sato" in response.data["error"]["message"]
    assert "First chat" in response.data["error"]["message"]


def test_moving_an_interview_onto_a_busy_slot_is_refused_and_changes_nothing(api_as, recruiter, make_loop,
                                                                             interviewer, ian):
    loop = make_loop(interviews=[{"title": "A", "interviewers": [interviewer], "start": 0},
                                 {"title": "B", "interviewers": [ian], "start": 3}])
    a, b = loop.interviews.order_by("starts_at")
    api = api_as(recruiter)
    response = api.patch(f"/api/interviews/{b.pk}/", {"interviewers": ["ian", "ivy"], "starts_at": at(0.5).isoformat(),
                                                      "ends_at": at(1.5).isoformat()}, format="json")
    assert response.status_code == 409 and "“A”" in response.data["error"]["message"]
    b.refresh_from_db()
    assert b.starts_at == at(3) and list(b.interviewers.values_list("username", flat=True)) == ["ian"]
    # A cancelled interview frees its slot.
    assert api.post(f"/api/interviews/{a.pk}/cancel/").status_code == 200
    assert api.patch(f"/api/interviews/{b.pk}/", {"interviewers": ["ian", "ivy"], "starts_at": at(0.5).isoformat(),
                                                  "ends_at": at(1.5).isoformat()}, format="json").status_code == 200


def test_bad_interview_input_gets_field_errors(api_as, recruiter, make_loop, interviewer, principal):
    loop = make_loop()
    api = api_as(recruiter)
    backwards = _interview_body(loop, interviewers=[interviewer], start=2, hours=-1)
    response = api.post("/api/interviews/", backwards, format="json")
    assert response.status_code == 400 and "ends_at" in response.data["error"]["fields"]
    foreign = _interview_body(loop, interviewers=[interviewer], dimensions=["systems-performance"])
    response = api.post("/api/interviews/", foreign, format="json")
    assert response.status_code == 400 and "systems-performance" in _field(response, "dimensions")
    unknown = _interview_body(loop, interviewers=[interviewer])
    unknown["interviewers"].append("nobody-here")
    response = api.post("/api/interviews/", unknown, format="json")
    assert response.status_code == 400 and "nobody-here" in _field(response, "interviewers")
    assert loop.interviews.count() == 0


def test_status_moves_follow_the_lifecycle(api_as, recruiter, make_loop, interviewer):
    api = api_as(recruiter)
    empty = make_loop()
    response = api.post(f"/api/loops/{empty.pk}/transition/", {"status": "scheduled"}, format="json")
    assert response.status_code == 400 and "at least one interview" in response.data["error"]["message"] + str(
        response.data["error"]["fields"])
    assert api.post(f"/api/loops/{empty.pk}/transition/", {"status": "complete"}, format="json").status_code == 409
    loop = make_loop(interviews=[{"interviewers": [interviewer]}])
    for status in ("scheduled", "in_progress", "complete"):
        response = api.post(f"/api/loops/{loop.pk}/transition/", {"status": status}, format="json")
        assert response.status_code == 200 and response.data["status"] == status
    response = api.post(f"/api/loops/{loop.pk}/transition/", {"status": "cancelled"}, format="json")
    assert response.status_code == 409 and "complete loop cannot become cancelled" in response.data["error"]["message"]
    interview = loop.interviews.get()
    response = api.patch(f"/api/interviews/{interview.pk}/", {"location": "Elsewhere"}, format="json")
    assert response.status_code == 409


def test_roles_on_loops(api_as, make_loop, interviewer, ian, hiring_manager, lead, make_candidate):
    mine = make_loop(interviews=[{"interviewers": [interviewer]}])
    theirs = make_loop(interviews=[{"interviewers": [ian], "start": 5}])
    api = api_as(interviewer)
    assert [row["id"] for row in api.get("/api/loops/").data["results"]] == [mine.pk]
    assert api.get(f"/api/loops/{theirs.pk}/").status_code == 404
    assert api.get(f"/api/interviews/{theirs.interviews.get().pk}/").status_code == 404
    assert api.get(f"/api/interviews/{theirs.interviews.get().pk}/kit/").status_code == 404
    assert api.post("/api/loops/", {"candidate": make_candidate().pk, "blueprint": lead.slug},
                    format="json").status_code == 403
    assert api.get("/api/candidates/").status_code == 403
    manager = api_as(hiring_manager)
    assert {row["id"] for row in manager.get("/api/loops/").data["results"]} == {mine.pk, theirs.pk}
    assert manager.post(f"/api/loops/{mine.pk}/transition/", {"status": "cancelled"}, format="json").status_code == 403
    assert api_as(None).get("/api/loops/").status_code == 401


def test_candidate_external_ids_are_unique(api_as, recruiter):
    api = api_as(recruiter)
    body = {"name": "A", "email": "a@example.org", "external_id": "ats-1"}
    assert api.post("/api/candidates/", body, format="json").status_code == 201
    again = api.post("/api/candidates/", {**body, "name": "B"}, format="json")
    assert again.status_code == 409 and "already exists" in _field(again, "external_id")
    assert api.post("/api/candidates/", {"name": "C", "email": "not-an-email"}, format="json").status_code == 400


def test_the_kit_has_case_study_listen_for_and_all_five_anchors(api_as, make_loop, interviewer):
    loop = make_loop(interviews=[{"interviewers": [interviewer]}], status="scheduled")
    interview = loop.interviews.get()
    kit = api_as(interviewer).get(f"/api/interviews/{interview.pk}/kit/")
    assert kit.status_code == 200
    assert kit.data["case_study"]["listen_for"] == interview.case_study.listen_for
    assert kit.data["takehome_report"] is None
    assert {d["dimension"] for d in kit.data["dimensions"]} == {d.slug for d in interview.dimensions.all()}
    for item in kit.data["dimensions"]:
        assert set(item["anchors"]) == {"1", "2", "3", "4", "5"} and all(item["anchors"].values())


def test_the_kit_shows_a_takehome_report_when_a_provider_has_one(api_as, make_loop, interviewer):
    from scorecards import selectors

    loop = make_loop(interviews=[{"interviewers": [interviewer]}], status="scheduled")
    provider = lambda candidate: {"summary": f"report for {candidate.name}"}  # noqa: E731
    selectors.TAKEHOME_REPORT_PROVIDERS.append(provider)
    try:
        kit = api_as(interviewer).get(f"/api/interviews/{loop.interviews.get().pk}/kit/")
    finally:
        selectors.TAKEHOME_REPORT_PROVIDERS.remove(provider)
    assert kit.data["takehome_report"] == {"summary": f"report for {loop.candidate.name}"}


def test_interviewer_role_is_required_for_the_panel_not_for_the_viewer(make_user, api_as, make_loop):
    both = make_user(Role.INTERVIEWER, Role.HIRING_MANAGER, username="bo")
    loop = make_loop(interviews=[{"interviewers": [both]}])
    assert api_as(both).get(f"/api/loops/{loop.pk}/").status_code == 200
