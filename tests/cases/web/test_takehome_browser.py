"""The candidate's journey in headless Chromium, graded by a real Celery worker (not synchronously)."""
import hashlib
import io
import zipfile

import pandas as pd
import pytest

from cases.models import Submission

from grading.support import FAST_CODE

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_candidate_opens_link_starts_downloads_uploads_and_sees_grading_finish(page, celery_worker, invitation,
                                                                               tmp_path):
    page.goto(f"/t/{invitation.token}/")
    assert "Start the task" in page.inner_text("#start")
    page.click("#start-button")
    page.wait_for_selector("#bundle-link")
    assert "Uploads close at" in page.inner_text("#clock")

    with page.expect_download() as download:
        page.click("#bundle-link")
    bundle = tmp_path / "bundle.zip"
    download.value.save_as(bundle)
    slug = invitation.task.slug
    with zipfile.ZipFile(bundle) as archive:
        test = pd.read_csv(io.BytesIO(archive.read(f"{slug}/test.csv")), dtype=str)
    (tmp_path / "solution.py").write_bytes(FAST_CODE)
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": 0.5}).to_csv(tmp_path / "predictions.csv",
                                                                                 index=False)
    (tmp_path / "memo.md").write_text("# Memo\nA constant baseline, to check the pipeline.\n")

    # A wrong file first: the page says what to fix and keeps the form.
    page.set_input_files("input[name=code]", str(tmp_path / "memo.md"))
    page.set_input_files("input[name=predictions]", str(tmp_path / "predictions.csv"))
    page.set_input_files("input[name=memo]", str(tmp_path / "memo.md"))
    page.click("#submit-button")
    assert ".py script" in page.inner_text(".field-error[data-field=code]")
    assert Submission.objects.count() == 0

    page.set_input_files("input[name=code]", str(tmp_path / "solution.py"))
    page.set_input_files("input[name=predictions]", str(tmp_path / "predictions.csv"))
    page.set_input_files("input[name=memo]", str(tmp_path / "memo.md"))
    page.click("#submit-button")
    page.wait_for_selector("#receipt")
    submission = Submission.objects.get()
    assert page.inner_text("#receipt-id") == str(submission.pk)
    shas = page.locator("code.sha256").all_inner_texts()
    assert hashlib.sha256((tmp_path / "predictions.csv").read_bytes()).hexdigest() in shas
    # The status on the page changes as the worker grades, without reloading.
    page.wait_for_selector("#status[data-status=graded]", timeout=120_000)
    assert page.inner_text("#status-value") == "graded"
    submission.refresh_from_db()
    assert submission.status == "graded" and submission.report["rerun"]["status"] == "ok"
