"""Take-home pages: the candidate's journey by link, and the staff's invitation, list and report pages."""
import io
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from cases.grading import services
from cases.models import Invitation, Submission
from hiring.models import Role

from grading.support import escaping_zip, predictions_bytes, snapshot, uploads

pytestmark = pytest.mark.django_db


def test_candidate_starts_downloads_and_submits(client, invitation):
    page = client.get(f"/t/{invitation.token}/")
    assert page.status_code == 200 and b"Start the task" in page.content and b"bundle.zip" not in page.content
    assert client.post(f"/t/{invitation.token}/start/").status_code == 302
    page = client.get(f"/t/{invitation.token}/")
    assert b"Uploads close at" in page.content and b"bundle.zip" in page.content
    response = client.get(f"/t/{invitation.token}/bundle.zip")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = sorted(name.split("/", 1)[1] for name in archive.namelist())
    assert names == ["brief.md", "task.json", "test.csv", "train.csv"]
    assert "churned_next_month" not in archive.read(f"{invitation.task.slug}/test.csv").decode().splitlines()[0]
    response = client.post(f"/t/{invitation.token}/submit/", uploads())
    submission = Submission.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/t/{invitation.token}/submissions/{submission.pk}/"
    receipt = client.get(response["Location"]).content.decode()
    assert submission.files["code"]["sha256"] in receipt and f"Submission <strong id=\"receipt-id\">{submission.pk}" in receipt
    assert 'data-status="' in receipt and f"/api/candidate/{invitation.token}/submissions/{submission.pk}/" in receipt


def test_downloading_the_data_starts_the_clock(client, invitation):
    client.get(f"/t/{invitation.token}/bundle.zip")
    invitation.refresh_from_db()
    assert invitation.started_at is not None


PAGE_REFUSALS = {
    "oversized": (lambda: {"memo": SimpleUploadedFile("memo.md", b"#" * (300 * 1024))}, 413, "memo"),
    "wrong type": (lambda: {"code": SimpleUploadedFile("solution.txt", b"print(1)")}, 400, "code"),
    "zip escaping": (lambda: {"code": SimpleUploadedFile("project.zip", escaping_zip())}, 400, "code"),
    "wrong columns": (lambda: {"predictions": SimpleUploadedFile("predictions.csv", predictions_bytes(
        columns=("customer", "prediction")))}, 400, "predictions"),
}


@pytest.mark.parametrize("case", list(PAGE_REFUSALS))
def test_page_refusals_show_a_form_error_and_lose_nothing(client, started, case):
    client.post(f"/t/{started.token}/submit/", uploads())
    before = snapshot(started)
    replace, status, field = PAGE_REFUSALS[case]
    files = uploads(memo_text="# second\n")
    files.update(replace())
    response = client.post(f"/t/{started.token}/submit/", files)
    assert response.status_code == status
    html = response.content.decode()
    assert f'class="errorlist field-error" data-field="{field}"' in html
    assert snapshot(started) == before
    assert "1 of 2 used" in html


def test_page_refuses_duplicates_the_limit_and_late_uploads(client, started):
    for n in range(started.task.max_submissions):
        assert client.post(f"/t/{started.token}/submit/", uploads(memo_text=f"# {n}\n")).status_code == 302
    before = snapshot(started)
    response = client.post(f"/t/{started.token}/submit/", uploads(memo_text="# 0\n"))
    assert response.status_code == 409 and "identical to submission" in response.content.decode()
    response = client.post(f"/t/{started.token}/submit/", uploads(memo_text="# new\n"))
    assert response.status_code == 409 and "used all 2 submissions" in response.content.decode()
    Invitation.objects.filter(pk=started.pk).update(deadline_at=timezone.now() - timedelta(seconds=1))
    response = client.post(f"/t/{started.token}/submit/", uploads(memo_text="# late\n"))
    assert response.status_code == 409 and "Time is up" in response.content.decode()
    assert snapshot(started) == before


def test_expired_and_unknown_links_get_clear_pages(client, invitation):
    assert client.get("/t/nope/").status_code == 404
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    for response in (client.get(f"/t/{invitation.token}/"), client.get(f"/t/{invitation.token}/bundle.zip")):
        assert response.status_code == 410 and b"This link has expired" in response.content
    client.post(f"/t/{invitation.token}/start/")
    invitation.refresh_from_db()
    assert invitation.started_at is None


def test_recruiter_invites_from_the_page(client, recruiter, interviewer, takehome_task, candidate, mailoutbox,
                                        django_capture_on_commit_callbacks):
    client.force_login(interviewer)
    assert client.get("/takehome/invite/").status_code == 403
    client.force_login(recruiter)
    assert client.get("/takehome/invite/").status_code == 200
    response = client.post("/takehome/invite/", {"task": takehome_task.slug, "name": "", "email": ""})
    assert response.status_code == 400 and b"Choose a candidate" in response.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/takehome/invite/", {"task": takehome_task.slug, "name": "Nia New",
                                                     "email": "nia@example.com"})
    assert response.status_code == 302
    invitation = Invitation.objects.get(candidate__email="nia@example.com")
    assert len(mailoutbox) == 1 and invitation.token in mailoutbox[0].body
    page = client.get("/takehome/invite/").content.decode()
    assert "Nia New" in page and f"/t/{invitation.token}/" in page
    home = client.get("/").content.decode()
    assert "/takehome/invite/" in home


def test_staff_list_filters_and_the_report_groups_findings_by_dimension(client, make_user, started):
    graded = services.submission_create(invitation=started, uploads=uploads(claims={"roc_auc": 0.95}))
    services.grading_run_execute(submission_id=graded.pk)
    waiting = services.submission_create(invitation=started, uploads=uploads(memo_text="# waiting\n"))
    client.force_login(make_user(Role.HIRING_MANAGER))
    page = client.get("/takehome/?status=graded").content.decode()
    assert f"/takehome/submissions/{graded.pk}/" in page and f"/takehome/submissions/{waiting.pk}/" not in page
    page = client.get("/takehome/?status=bogus").content.decode()
    assert f"/takehome/submissions/{waiting.pk}/" in page
    report = client.get(f"/takehome/submissions/{graded.pk}/").content.decode()
    assert 'data-dimension="evaluation-rigor"' in report and 'data-dimension="craft-reproducibility"' in report
    assert "SUB-CLAIM-GAP" in report and "machine-suggested" in report and "95% interval" in report
    response = client.post(f"/takehome/submissions/{graded.pk}/regrade/")
    assert response.status_code == 302
    assert graded.runs.filter(reason="regrade", status="queued").exists()
    client.force_login(make_user())
    assert client.get(f"/takehome/submissions/{graded.pk}/").status_code == 403
