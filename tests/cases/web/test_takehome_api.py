"""The take-home API: staff endpoints by role, and the candidate's endpoints keyed by the link's token."""
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from cases.grading import services
from cases.models import Invitation, Submission

from grading.support import escaping_zip, predictions_bytes, snapshot, uploads

pytestmark = pytest.mark.django_db


def error(response, status, code=None):
    assert response.status_code == status, response.content
    body = response.json()["error"]
    assert body["status"] == status and body["message"]
    if code:
        assert body["code"] == code
    return body


def test_staff_read_tasks_and_recruiters_invite(api_as, recruiter, interviewer, takehome_task, candidate, mailoutbox):
    listed = api_as(interviewer).get("/api/takehome-tasks/").json()
    assert takehome_task.slug in [t["slug"] for t in listed["results"]]
    detail = api_as(interviewer).get(f"/api/takehome-tasks/{takehome_task.slug}/").json()
    assert detail["case_study"] == takehome_task.case_study.slug and detail["time_box_minutes"] > 0
    error(api_as(interviewer).post("/api/takehome-invitations/", {"task": takehome_task.slug,
                                                                  "candidate": candidate.pk}, format="json"), 403)
    error(api_as(interviewer).get("/api/takehome-invitations/"), 403)
    error(api_as().get("/api/takehome-invitations/"), 401)
    response = api_as(recruiter).post("/api/takehome-invitations/", {"task": takehome_task.slug,
                                                                     "candidate": candidate.pk}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    invitation = Invitation.objects.get(pk=body["id"])
    assert body["state"] == "new" and body["link"].endswith(f"/t/{invitation.token}/")
    assert invitation.invited_by == recruiter
    bad = error(api_as(recruiter).post("/api/takehome-invitations/", {"task": "no-such-task", "candidate": candidate.pk},
                                       format="json"), 400)
    assert "task" in bad["fields"]
    listed = api_as(recruiter).get(f"/api/takehome-invitations/?task={takehome_task.slug}").json()
    assert [i["id"] for i in listed["results"]] == [invitation.pk]


def test_candidate_endpoints_work_by_token_without_an_account(api_as, invitation):
    client = api_as()
    error(client.get("/api/candidate/not-a-real-token/"), 404)
    body = client.get(f"/api/candidate/{invitation.token}/").json()
    assert body["state"] == "new" and body["task"]["slug"] == invitation.task.slug and "token" not in str(body)
    error(client.post(f"/api/candidate/{invitation.token}/submissions/", uploads(), format="multipart"), 409,
          "not_started")
    started = client.post(f"/api/candidate/{invitation.token}/start/").json()
    assert started["state"] == "open" and started["deadline_at"]
    response = client.post(f"/api/candidate/{invitation.token}/submissions/", uploads(), format="multipart")
    assert response.status_code == 201, response.content
    receipt = response.json()
    submission = Submission.objects.get(pk=receipt["id"])
    assert receipt["files"]["predictions"]["sha256"] == submission.files["predictions"]["sha256"]
    assert receipt["status"] in ("submitted", "queued")
    status = client.get(f"/api/candidate/{invitation.token}/submissions/{submission.pk}/").json()
    assert status["id"] == submission.pk


API_REFUSALS = {
    "oversized": (lambda: {"predictions": SimpleUploadedFile("predictions.csv", b"0" * (65 * 1024 * 1024))}, 413,
                  "too_large"),
    "wrong type": (lambda: {"code": SimpleUploadedFile("solution.exe", b"MZ\x00\x00")}, 400, "invalid"),
    "zip escaping": (lambda: {"code": SimpleUploadedFile("project.zip", escaping_zip())}, 400, "invalid"),
    "wrong columns": (lambda: {"predictions": SimpleUploadedFile("predictions.csv", predictions_bytes(
        columns=("snapshot_id", "probability")))}, 400, "invalid"),
}


@pytest.mark.parametrize("case", list(API_REFUSALS))
def test_api_upload_refusals_say_what_to_fix_and_lose_nothing(api_as, started, case):
    client = api_as()
    url = f"/api/candidate/{started.token}/submissions/"
    assert client.post(url, uploads(), format="multipart").status_code == 201
    before = snapshot(started)
    replace, status, code = API_REFUSALS[case]
    files = uploads(memo_text="# Memo\nsecond\n")
    files.update(replace())
    body = error(client.post(url, files, format="multipart"), status, code)
    field = next(iter(replace()))
    if status == 400:
        assert field in body["fields"] and body["fields"][field][0]
    else:
        assert "limit" in body["message"]
    assert snapshot(started) == before


def test_api_refuses_expired_links_the_limit_and_duplicates(api_as, started, takehome_task, candidate):
    client = api_as()
    url = f"/api/candidate/{started.token}/submissions/"
    for n in range(takehome_task.max_submissions):
        assert client.post(url, uploads(memo_text=f"# try {n}\n"), format="multipart").status_code == 201
    before = snapshot(started)
    body = error(client.post(url, uploads(memo_text="# try 0\n"), format="multipart"), 409, "duplicate")
    assert "identical" in body["message"]
    body = error(client.post(url, uploads(memo_text="# one more\n"), format="multipart"), 409, "limit")
    assert str(takehome_task.max_submissions) in body["message"]
    assert snapshot(started) == before
    stale = services.invitation_create(task=takehome_task, candidate=candidate, send_email=False)
    Invitation.objects.filter(pk=stale.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    error(client.post(f"/api/candidate/{stale.token}/start/"), 409, "expired")
    error(client.post(f"/api/candidate/{stale.token}/submissions/", uploads(), format="multipart"), 409, "expired")
    Invitation.objects.filter(pk=started.pk).update(deadline_at=timezone.now() - timedelta(seconds=1))
    body = error(client.post(url, uploads(memo_text="# late\n"), format="multipart"), 409, "time_up")
    assert snapshot(started) == before


def test_staff_list_filter_report_and_regrade(api_as, started, interviewer, hiring_manager):
    graded = services.submission_create(invitation=started, uploads=uploads(memo_text="# graded\n"))
    services.grading_run_execute(submission_id=graded.pk)
    waiting = services.submission_create(invitation=started, uploads=uploads(memo_text="# waiting\n"))
    client = api_as(interviewer)
    listed = client.get("/api/takehome-submissions/?status=graded").json()
    assert [s["id"] for s in listed["results"]] == [graded.pk]
    assert client.get(f"/api/takehome-submissions/?task={started.task.slug}").json()["count"] == 2
    assert client.get("/api/takehome-submissions/?task=other").json()["count"] == 0
    detail = client.get(f"/api/takehome-submissions/{graded.pk}/").json()
    assert detail["status"] == "graded" and [r["status"] for r in detail["runs"]] == ["graded"]
    report = client.get(f"/api/takehome-submissions/{graded.pk}/report/").json()
    assert report["machine_suggested"] is True and report["metrics"]["roc_auc"]["ci_low"] is not None
    assert {d["slug"] for d in report["dimensions"]} >= {"evaluation-rigor", "craft-reproducibility"}
    error(client.get(f"/api/takehome-submissions/{waiting.pk}/report/"), 404)
    error(client.post(f"/api/takehome-submissions/{graded.pk}/regrade/"), 403)
    response = api_as(hiring_manager).post(f"/api/takehome-submissions/{graded.pk}/regrade/")
    assert response.status_code == 202 and response.json()["reason"] == "regrade"
    error(api_as(hiring_manager).post(f"/api/takehome-submissions/{graded.pk}/regrade/"), 409, "busy")
