"""Demo data for `make run`: an invited candidate and a graded take-home submission with its report."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

DEMO_DIR = Path(__file__).resolve().parent / "demo_submission"
DEMO_TASK = "churn-snapshots"
DEMO_CANDIDATE = ("Casey Candidate", "casey.candidate@example.com", "demo-takehome-casey")
DEMO_INVITEE = ("Noor Newcomer", "noor.newcomer@example.com", "demo-takehome-noor")


def _candidate(name: str, email: str, external_id: str):
    from scorecards.models import Candidate
    from scorecards.services import candidate_create

    return Candidate.objects.filter(external_id=external_id).first() or candidate_create(
        name=name, email=email, external_id=external_id)


def _invitation(task, candidate):
    from cases.grading import services
    from cases.models import Invitation

    return Invitation.objects.filter(task=task, candidate=candidate).order_by("id").first() or \
        services.invitation_create(task=task, candidate=candidate, send_email=False)


def demo_predictions(*, spec, code: Path) -> bytes:
    """Run the demo code on the bundle (as a candidate would) and return the predictions it writes."""
    from cases.grading import storage

    with tempfile.TemporaryDirectory() as scratch:
        for item in storage.bundle_dir(spec=spec).iterdir():
            if item.suffix in (".csv", ".json", ".md"):
                shutil.copyfile(item, Path(scratch) / item.name)
        shutil.copyfile(code, Path(scratch) / code.name)
        subprocess.run([sys.executable, code.name], cwd=scratch, check=True, capture_output=True, timeout=600)
        return (Path(scratch) / "predictions.csv").read_bytes()


def takehome_demo_load() -> list[str]:
    from cases.grading import services
    from cases.models import SubmissionStatus, TakeHomeTask

    task = TakeHomeTask.objects.filter(slug=DEMO_TASK).first()
    if task is None:
        return ["take-home demo skipped: load the catalogue first (manage.py load_catalogue)"]
    invitee = _invitation(task, _candidate(*DEMO_INVITEE))
    invitation = _invitation(task, _candidate(*DEMO_CANDIDATE))
    services.invitation_start(invitation=invitation)
    submission = invitation.submissions.exclude(status=SubmissionStatus.FAILED).order_by("id").first()
    if submission is None:
        spec = services.takehome_spec(task=task)
        code = DEMO_DIR / "churn_model.py"
        uploads = {
            "code": SimpleUploadedFile(code.name, code.read_bytes()),
            "predictions": SimpleUploadedFile("predictions.csv", demo_predictions(spec=spec, code=code)),
            "memo": SimpleUploadedFile("memo.md", (DEMO_DIR / "memo.md").read_bytes()),
            "metrics": SimpleUploadedFile("metrics.json", (DEMO_DIR / "metrics.json").read_bytes()),
        }
        submission = services.submission_create(invitation=invitation, uploads=uploads)
    if submission.status != SubmissionStatus.GRADED:
        # Graded here, through the same service the worker runs, so the report is there at once.
        services.grading_run_execute(submission_id=submission.pk, owner="load_demo")
        submission.refresh_from_db()
    return [
        f"take-home: {invitee.candidate.name} is invited (not started): /t/{invitee.token}/",
        f"take-home: {invitation.candidate.name}'s submission {submission.pk} is {submission.status}: "
        f"report at /takehome/submissions/{submission.pk}/ (candidate page /t/{invitation.token}/)",
    ]
