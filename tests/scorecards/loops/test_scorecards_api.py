import pytest

from scorecards.models import AuditEvent, Scorecard, ScorecardVersion

from .conftest import full_scores

pytestmark = pytest.mark.django_db


@pytest.fixture
def interview(make_loop, interviewer, ian):
    return make_loop(interviews=[{"interviewers": [interviewer, ian]}], status="scheduled").interviews.get()


@pytest.fixture
def card(api_as, interviewer, interview):
    response = api_as(interviewer).post("/api/scorecards/", {"interview": interview.pk}, format="json")
    assert response.status_code == 201, response.data
    return response.data


def _messages(response) -> str:
    error = response.data["error"]
    return error["message"] + " " + str(error["fields"])


def test_open_a_draft_once_and_save_as_you_go(api_as, interviewer, interview, card):
    api = api_as(interviewer)
    again = api.post("/api/scorecards/", {"interview": interview.pk}, format="json")
    assert again.status_code == 200 and again.data["id"] == card["id"]
    dim = interview.dimensions.first()
    response = api.patch(f"/api/scorecards/{card['id']}/", {"scores": [
        {"dimension": dim.slug, "score": 3, "evidence": "half-way"}]}, format="json")
    assert response.status_code == 200 and response.data["status"] == "draft"
    response = api.patch(f"/api/scorecards/{card['id']}/", {"recommendation": "no"}, format="json")
    assert response.data["recommendation"] == "no"
    assert [(s["dimension"], s["score"], s["evidence"]) for s in response.data["scores"]] == [
        (dim.slug, 3, "half-way")]
    assert response.data["scores"][0]["rubric_version"] == dim.current_rubric.version


def test_bad_scores_are_refused_and_nothing_is_lost(api_as, interviewer, interview, card, lead):
    api = api_as(interviewer)
    dim = interview.dimensions.first()
    api.patch(f"/api/scorecards/{card['id']}/", {"scores": [{"dimension": dim.slug, "score": 2, "evidence": "kept"}]},
              format="json")
    assert api.patch(f"/api/scorecards/{card['id']}/", {"scores": [{"dimension": dim.slug, "score": 6}]},
                     format="json").status_code == 400
    unassessed = lead.dimensions.exclude(pk__in=interview.dimensions.all()).first()
    response = api.patch(f"/api/scorecards/{card['id']}/", {"scores": [{"dimension": unassessed.slug, "score": 3}]},
                         format="json")
    assert response.status_code == 400 and unassessed.slug in _messages(response)
    both = api.patch(f"/api/scorecards/{card['id']}/", {"scores": [
        {"dimension": dim.slug, "score": 3, "not_assessed": True}]}, format="json")
    assert both.status_code == 400 and "not both" in _messages(both)
    stored = Scorecard.objects.get(pk=card["id"]).scores.get()
    assert (stored.score, stored.evidence) == (2, "kept")


def test_submit_needs_every_dimension_with_evidence_and_a_recommendation(api_as, interviewer, interview, card):
    api = api_as(interviewer)
    dims = list(interview.dimensions.all())
    scores = [{"dimension": d.slug, "score": 4, "evidence": "ok"} for d in dims]
    scores[0] = {"dimension": dims[0].slug, "score": 4, "evidence": ""}
    scores[1] = {"dimension": dims[1].slug, "not_assessed": True, "reason": ""}
    response = api.post(f"/api/scorecards/{card['id']}/submit/", {"scores": scores}, format="json")
    assert response.status_code == 400
    text = _messages(response)
    assert f"{dims[0].slug}: written evidence is required" in text
    assert f"{dims[1].slug}: say why it was not assessed" in text
    assert "recommendation" in response.data["error"]["fields"]
    assert Scorecard.objects.get(pk=card["id"]).status == "draft"
    scores[0]["evidence"] = "Framed the metric around user success."
    scores[1]["reason"] = "Ran out of time."
    response = api.post(f"/api/scorecards/{card['id']}/submit/", {"scores": scores, "recommendation": "yes"},
                        format="json")
    assert response.status_code == 200, response.data
    assert response.data["status"] == "submitted" and response.data["version"] == 1
    not_assessed = next(s for s in response.data["scores"] if s["dimension"] == dims[1].slug)
    assert not_assessed["not_assessed"] and not_assessed["score"] is None and not_assessed["reason"] == "Ran out of time."


def test_submitting_marks_the_pinned_rubrics_used_and_runs_the_hooks_after_commit(
        api_as, interviewer, interview, card, django_capture_on_commit_callbacks):
    from scorecards import services

    seen = []
    # Only this test's hook: the hooks other apps register are theirs to test.
    hooks = services.SCORECARD_CHANGED_HOOKS
    saved = list(hooks)
    hooks[:] = [seen.append]
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            response = api_as(interviewer).post(f"/api/scorecards/{card['id']}/submit/", {
                "scores": full_scores(interview), "recommendation": "strong_yes"}, format="json")
        assert response.status_code == 200
        assert seen == []  # nothing before the commit
        for callback in callbacks:
            callback()
        assert seen == [card["id"]]
        with django_capture_on_commit_callbacks(execute=True):
            api_as(interviewer).post(f"/api/scorecards/{card['id']}/amend/", {
                "recommendation": "yes", "reason": "second thoughts"}, format="json")
        assert seen == [card["id"], card["id"]]
    finally:
        hooks[:] = saved
    for dim in interview.dimensions.all():
        assert dim.current_rubric.used_at is not None


def test_a_submitted_scorecard_changes_only_by_an_audited_amendment(api_as, interviewer, interview, card):
    api = api_as(interviewer)
    assert api.post(f"/api/scorecards/{card['id']}/submit/", {
        "scores": full_scores(interview, 3), "recommendation": "no"}, format="json").status_code == 200
    dim = interview.dimensions.first()
    patch = api.patch(f"/api/scorecards/{card['id']}/", {"recommendation": "strong_yes"}, format="json")
    assert patch.status_code == 409
    assert "submitted" in patch.data["error"]["message"] and "amend" in patch.data["error"]["message"]
    assert api.post(f"/api/scorecards/{card['id']}/submit/", {}, format="json").status_code == 409
    no_reason = api.post(f"/api/scorecards/{card['id']}/amend/", {"recommendation": "yes", "reason": ""},
                         format="json")
    assert no_reason.status_code == 400
    same = api.post(f"/api/scorecards/{card['id']}/amend/", {"recommendation": "no", "reason": "typo"}, format="json")
    assert same.status_code == 400 and "changes nothing" in same.data["error"]["message"]
    assert Scorecard.objects.get(pk=card["id"]).recommendation == "no"

    amended = api.post(f"/api/scorecards/{card['id']}/amend/", {
        "scores": [{"dimension": dim.slug, "score": 4, "evidence": "Re-read my notes: she did quantify it."}],
        "recommendation": "yes", "reason": "Misread my notes on the metric."}, format="json")
    assert amended.status_code == 200, amended.data
    assert amended.data["version"] == 2 and amended.data["recommendation"] == "yes"
    versions = api.get(f"/api/scorecards/{card['id']}/versions/").data
    assert [v["version"] for v in versions] == [1, 2]
    assert versions[0]["snapshot"]["recommendation"] == "no" and versions[1]["reason"] == "Misread my notes on the metric."
    first_score = next(s for s in versions[0]["snapshot"]["scores"] if s["dimension"] == dim.slug)
    assert first_score["score"] == 3
    audit = api.get(f"/api/scorecards/{card['id']}/audit/").data
    assert [e["action"] for e in audit] == ["scorecard.submit", "scorecard.amend"]
    assert audit[1]["actor"] == "ivy" and audit[1]["before"]["recommendation"] == "no"
    assert audit[1]["after"]["recommendation"] == "yes" and audit[1]["reason"] == "Misread my notes on the metric."
    assert ScorecardVersion.objects.filter(scorecard_id=card["id"]).count() == 2
    assert AuditEvent.objects.filter(scorecard_id=card["id"]).count() == 2


def test_nobody_else_writes_my_scorecard(api_as, interviewer, ian, recruiter, admin_user, interview, card, submit):
    submit(interview, ian)  # ian can now see ivy's... only once submitted; her draft stays hidden
    assert api_as(ian).patch(f"/api/scorecards/{card['id']}/", {"recommendation": "no"},
                             format="json").status_code == 404
    submit(interview, interviewer)
    assert api_as(ian).get(f"/api/scorecards/{card['id']}/").status_code == 200
    assert api_as(ian).post(f"/api/scorecards/{card['id']}/amend/", {"recommendation": "no", "reason": "x"},
                            format="json").status_code == 403
    for overseer in (recruiter, admin_user):
        assert api_as(overseer).patch(f"/api/scorecards/{card['id']}/", {"summary": "x"},
                                      format="json").status_code == 403


def test_only_the_panel_opens_scorecards(api_as, otto, interview, make_loop, make_user):
    response = api_as(otto).post("/api/scorecards/", {"interview": interview.pk}, format="json")
    assert response.status_code == 400 and "interview" in response.data["error"]["fields"]
    draft_loop = make_loop(interviews=[{"interviewers": [otto], "start": 20}])
    response = api_as(otto).post("/api/scorecards/", {"interview": draft_loop.interviews.get().pk}, format="json")
    assert response.status_code == 409 and "scheduled" in response.data["error"]["message"]
