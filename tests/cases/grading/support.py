"""Shared setup of the take-home grading and web tests: a task, an invited candidate, files to upload."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

TASK = "churn-snapshots"

FAST_CODE = b"""import pandas as pd
test = pd.read_csv("test.csv")
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": 0.5}).to_csv("predictions.csv", index=False)
"""

SLOW_CODE = b"""import time
import pandas as pd
time.sleep(%d)
test = pd.read_csv("test.csv")
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": 0.5}).to_csv("predictions.csv", index=False)
"""


def predictions_bytes(*, columns=("snapshot_id", "prediction")) -> bytes:
    """What FAST_CODE writes, computed from the cached public bundle of the task."""
    from cases.grading import storage
    from cases.takehome.tasks import task_get

    test = pd.read_csv(storage.bundle_dir(spec=task_get(TASK)) / "test.csv", dtype=str)
    frame = pd.DataFrame({columns[0]: test["snapshot_id"], columns[1]: 0.5})
    return frame.to_csv(index=False).encode()


def uploads(*, memo_text: str = "# Memo\nA constant baseline.\n", source: bytes = FAST_CODE, code_name: str = "solution.py",
            predictions_data: bytes | None = None, claims: dict | None = None, **replace) -> dict:
    files = {
        "code": SimpleUploadedFile(code_name, source),
        "predictions": SimpleUploadedFile("predictions.csv", predictions_data if predictions_data is not None else predictions_bytes()),
        "memo": SimpleUploadedFile("memo.md", memo_text.encode()),
    }
    if claims is not None:
        files["metrics"] = SimpleUploadedFile("metrics.json", json.dumps(claims).encode())
    files.update(replace)
    return {k: v for k, v in files.items() if v is not None}


def escaping_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("main.py", FAST_CODE)
        zf.writestr("../../escape.py", b"print('out')\n")
    return buffer.getvalue()


def snapshot(invitation) -> list[tuple]:
    """Everything a refused upload must leave alone: each submission's row, status and stored bytes."""
    from cases.grading.services import UPLOAD_FIELDS, submission_file_path

    rows = []
    for sub in invitation.submissions.order_by("pk"):
        stored = {}
        for field in UPLOAD_FIELDS:
            path = submission_file_path(submission=sub, field=field)
            stored[field] = path.read_bytes() if path else None
        rows.append((sub.pk, sub.status, sub.fingerprint, json.dumps(sub.files, sort_keys=True), stored))
    return rows


@pytest.fixture
def takehome_task(db):
    from hiring.services import catalogue_load

    from cases.models import TakeHomeTask

    catalogue_load()
    return TakeHomeTask.objects.get(slug=TASK)


@pytest.fixture
def candidate(db):
    from scorecards.services import candidate_create

    return candidate_create(name="Casey Candidate", email="casey@example.com")


@pytest.fixture
def invitation(takehome_task, candidate):
    from cases.grading.services import invitation_create

    return invitation_create(task=takehome_task, candidate=candidate, send_email=False)


@pytest.fixture
def started(invitation):
    from cases.grading.services import invitation_start

    return invitation_start(invitation=invitation)


@pytest.fixture(scope="session", autouse=True)
def submissions_folder_fresh():
    """Uploads of earlier test sessions are not kept (their invitation ids come back in a new database)."""
    import shutil

    from django.conf import settings

    shutil.rmtree(Path(settings.MEDIA_ROOT) / "takehome" / "submissions", ignore_errors=True)
