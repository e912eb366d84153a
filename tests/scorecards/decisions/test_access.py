import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from hiring.models import Role
from scorecards.calibration_services import calibration_recompute, demographic_record_set
from scorecards.models import CalibrationRun, HiringDecision

pytestmark = pytest.mark.django_db
SLUG = "lead-ml-scientist"


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def run(scored, blueprint):
    return calibration_recompute(blueprint=blueprint)[0]


@pytest.fixture
def pages(run, scored):
    return {
        "index": "/calibration/",
        "candidates": f"/calibration/{SLUG}/candidates/",
        "interviewers": f"/calibration/{SLUG}/interviewers/",
        "debrief": f"/calibration/loops/{scored[0].pk}/debrief/",
        "export": f"/calibration/{SLUG}/export.csv",
        "adverse": f"/calibration/{SLUG}/adverse-impact/",
        "api": f"/api/calibration/{SLUG}/",
        "api_export": f"/api/calibration/{SLUG}/export/",
        "api_decisions": f"/api/loops/{scored[0].pk}/decisions/",
        "api_adverse": f"/api/adverse-impact/{SLUG}/",
    }


def _granted(make_user, *roles):
    user = make_user(*roles)
    user.user_permissions.add(Permission.objects.get(codename="view_adverse_impact"))
    return type(user).objects.get(pk=user.pk)  # fresh permission cache


def _statuses(user, pages) -> dict:
    client = _client(user)
    return {name: client.get(url).status_code for name, url in pages.items()}


def test_interviewers_see_no_calibration_at_all(pages, panel):
    statuses = _statuses(panel["harsh"], pages)
    assert all(code in (403, 404) for code in statuses.values()), statuses
    client = _client(panel["harsh"])
    assert client.post(f"/calibration/{SLUG}/recompute/").status_code == 403
    assert client.post(pages["debrief"], {"decision": "hire", "rationale": "x"}).status_code == 403
    assert not HiringDecision.objects.exists()


def test_recruiters_see_candidates_side_by_side_but_not_adverse_impact(pages, recruiter):
    statuses = _statuses(recruiter, pages)
    assert statuses["index"] == 200 and statuses["candidates"] == 200
    for name in ("interviewers", "debrief", "export", "adverse", "api", "api_export", "api_decisions", "api_adverse"):
        assert statuses[name] == 403, (name, statuses)


def test_hiring_managers_see_calibration_but_not_adverse_impact_unless_granted(pages, hiring_manager, make_user):
    statuses = _statuses(hiring_manager, pages)
    assert statuses.pop("adverse") == 403 and statuses.pop("api_adverse") == 403
    assert set(statuses.values()) == {200}, statuses
    assert "Adverse impact" not in _client(hiring_manager).get(pages["candidates"]).content.decode()

    granted = _granted(make_user, Role.HIRING_MANAGER)
    assert _statuses(granted, pages)["adverse"] == 200
    assert "Adverse impact" in _client(granted).get(pages["candidates"]).content.decode()


def test_the_permission_alone_opens_adverse_impact_even_to_a_recruiter(pages, make_user):
    granted = _granted(make_user, Role.RECRUITER)
    statuses = _statuses(granted, pages)
    assert statuses["adverse"] == 200 and statuses["api_adverse"] == 200
    assert statuses["interviewers"] == 403


def test_interviewer_with_the_permission_still_sees_no_adverse_impact_page_content_of_others(pages, make_user):
    # the permission is about adverse impact only; it opens nothing else to an interviewer
    granted = _granted(make_user, Role.INTERVIEWER)
    statuses = _statuses(granted, pages)
    assert statuses["interviewers"] == 403 and statuses["candidates"] == 403 and statuses["debrief"] == 403


def test_admins_see_everything(pages, admin_user):
    assert set(_statuses(admin_user, pages).values()) == {200}


def test_adverse_impact_api_suppresses_small_groups(pages, scored, admin_user, api_as):
    for loop in scored[:5]:
        demographic_record_set(candidate=loop.candidate, groups=["Group A"])
    demographic_record_set(candidate=scored[5].candidate, groups=["Group B"])
    body = api_as(admin_user).get(pages["api_adverse"]).json()
    assert body["min_group_size"] == 5
    onsite = next(s for s in body["stages"] if s["stage"] == "onsite")
    groups = {g["group"]: g for g in onsite["groups"]}
    assert groups["Group A"]["n"] == 5 and not groups["Group A"]["suppressed"]
    assert groups["Group B"]["suppressed"] and groups["Group B"]["n"] is None
    page = _client(admin_user).get(pages["adverse"]).content.decode()
    assert "suppressed" in page


def test_recompute_api_reuses_the_run_when_nothing_changed(run, hiring_manager, api_as):
    response = api_as(hiring_manager).post(f"/api/calibration/{SLUG}/")
    assert response.status_code == 200 and response.json()["id"] == run.pk
    assert CalibrationRun.objects.count() == 1
    body = api_as(hiring_manager).get(f"/api/calibration/{SLUG}/").json()
    assert body["status"] == "ok" and body["provenance"] == run.provenance
    assert {e["interviewer"] for e in body["result"]["interviewers"]} == {"harsh", "lenient", "middle"}
    assert api_as(hiring_manager).get("/api/calibration/no-such-role/").status_code == 404


def test_csv_export_has_every_score_with_calibrated_figures(run, pages, hiring_manager):
    response = _client(hiring_manager).get(pages["export"])
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == run.n_scores
    harsh = next(e for e in run.result["interviewers"] if e["interviewer"] == "harsh")
    row = next(r for r in rows if r["interviewer"] == "harsh")
    assert float(row["interviewer_severity"]) == pytest.approx(harsh["severity"])
    assert row["candidate_adjusted_mean"] and row["calibration_run"] == str(run.pk)


def test_csv_export_keeps_names_from_being_read_as_formulas(run, scored, hiring_manager):
    candidate = scored[0].candidate
    candidate.name = "=HYPERLINK(1)"
    candidate.save()
    text = _client(hiring_manager).get(f"/calibration/{SLUG}/export.csv").content.decode()
    assert "'=HYPERLINK(1)" in text


def test_pages_show_the_figures(pages, run, scored, hiring_manager):
    client = _client(hiring_manager)
    candidates = client.get(pages["candidates"]).content.decode()
    assert "<svg" in candidates and "Cand A" in candidates and "Harsh" in candidates
    interviewers = client.get(pages["interviewers"]).content.decode()
    assert interviewers.count('class="histogram"') == 3 and "Krippendorff" in interviewers
    debrief = client.get(pages["debrief"]).content.decode()
    assert debrief.index("harsh evidence on") < debrief.index("Combined figures")
    assert f"run #{run.pk}" in debrief


def test_debrief_form_refuses_an_empty_rationale_and_keeps_nothing(pages, hiring_manager):
    client = _client(hiring_manager)
    response = client.post(pages["debrief"], {"decision": "hire", "rationale": " "})
    assert response.status_code == 200
    assert "rationale for this decision; it is required" in response.content.decode()
    assert not HiringDecision.objects.exists()
    response = client.post(pages["debrief"], {"decision": "hire", "rationale": "Strong across the board."})
    assert response.status_code == 302
    assert HiringDecision.objects.get().rationale == "Strong across the board."


def test_admin_pages_of_calibration_models_load(run, scored, admin_user, hiring_manager):
    from scorecards.calibration_services import hiring_decision_record

    decision = hiring_decision_record(loop=scored[0], by=hiring_manager, decision="hire", rationale="Good.")
    record = demographic_record_set(candidate=scored[0].candidate, groups=["Group A"])
    client = _client(admin_user)
    for model, pk in (("calibrationrun", run.pk), ("hiringdecision", decision.pk), ("demographicrecord", record.pk)):
        assert client.get(f"/admin/scorecards/{model}/").status_code == 200, model
        assert client.get(f"/admin/scorecards/{model}/{pk}/change/").status_code == 200, model
    assert client.get("/admin/scorecards/demographicrecord/add/").status_code == 200
    # hiring managers have no access to demographic records in the admin
    assert not hiring_manager.has_perm("scorecards.view_demographicrecord")
    assert not hiring_manager.has_perm("scorecards.view_adverse_impact")
