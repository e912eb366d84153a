import pytest
from django.core.exceptions import ValidationError

from hiring.models import Role
from scorecards.calibration_services import calibration_recompute, hiring_decision_record
from scorecards.models import AuditEvent, HiringDecision

pytestmark = pytest.mark.django_db


def test_a_decision_needs_a_written_rationale(scored, hiring_manager):
    loop = scored[0]
    for blank in ("", "   \n "):
        with pytest.raises(ValidationError) as info:
            hiring_decision_record(loop=loop, by=hiring_manager, decision="hire", rationale=blank)
        assert "rationale" in info.value.message_dict
        assert "required" in info.value.message_dict["rationale"][0]
    with pytest.raises(ValidationError) as info:
        hiring_decision_record(loop=loop, by=hiring_manager, decision="maybe", rationale="Because.")
    assert "decision" in info.value.message_dict
    assert not HiringDecision.objects.exists()


def test_decision_is_stored_with_its_run_and_a_second_one_makes_history(scored, blueprint, hiring_manager):
    run, _ = calibration_recompute(blueprint=blueprint)
    loop = scored[0]
    first = hiring_decision_record(loop=loop, by=hiring_manager, decision="hold", rationale="  Wait for references. ")
    assert first.calibration_run == run and first.rationale == "Wait for references."
    assert first.calibrated["candidate"] == str(loop.candidate_id)
    assert first.calibrated["adjusted_mean"] == next(
        e for e in run.result["candidates"] if e["candidate"] == str(loop.candidate_id))["adjusted_mean"]
    second = hiring_decision_record(loop=loop, by=hiring_manager, decision="hire", rationale="References fine.")
    history = list(HiringDecision.objects.filter(loop=loop))
    assert history == [second, first]
    first.refresh_from_db()
    assert first.decision == "hold" and first.rationale == "Wait for references."
    assert AuditEvent.objects.filter(action="decision.record", object_id=second.pk).exists()


def test_decision_api(scored, blueprint, api_as, make_user):
    manager = make_user(Role.HIRING_MANAGER)
    calibration_recompute(blueprint=blueprint)
    loop = scored[1]
    url = f"/api/loops/{loop.pk}/decisions/"
    client = api_as(manager)
    refused = client.post(url, {"decision": "hire", "rationale": "  "}, format="json")
    assert refused.status_code == 400
    assert "required" in refused.json()["error"]["fields"]["rationale"][0]
    assert not HiringDecision.objects.exists()

    made = client.post(url, {"decision": "no_hire", "rationale": "Weak evaluation rigour."}, format="json")
    assert made.status_code == 201, made.json()
    body = made.json()
    assert body["decision"] == "no_hire" and body["decided_by"] == manager.username
    assert body["calibration_run"] is not None and body["calibrated"]["candidate"] == str(loop.candidate_id)
    client.post(url, {"decision": "hire", "rationale": "Changed my mind after the reference call."}, format="json")
    listed = client.get(url).json()
    assert [d["decision"] for d in listed["results"]] == ["hire", "no_hire"]
    assert client.get("/api/loops/999999/decisions/").status_code == 404
    assert client.get(f"/api/loops/{2**63}/decisions/").status_code == 404
