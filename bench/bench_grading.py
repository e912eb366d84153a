"""Take-home grading throughput on real services: PostgreSQL, Redis and Celery worker processes.

    .venv/bin/python bench/bench_grading.py [--submissions 8] [--workers 1 2] [--write FILE]

For each worker count it creates a scratch database (``bench_grading_<pid>``), starts that many
``celery -A config worker --concurrency 1`` processes on a queue of their own, uploads N distinct
submissions of the churn task through the same service the pages use, and waits until every one is
graded. It reports the latency of each grading stage (static analysis, hidden-holdout scoring with
bootstrap intervals, sandboxed re-run), the wait in the queue, the time from upload to report, and
submissions graded per minute. ``--write FILE`` also stores the table as markdown (record the latest in bench/RESULTS.md).

Run it when the machine is otherwise quiet; it uses CELERY_BROKER_URL (default Redis db 15) and
DATABASE_URL's server.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.db import connection  # noqa: E402

CODE = b"""import pandas as pd
from sklearn.linear_model import LogisticRegression
train = pd.read_csv("train.csv"); test = pd.read_csv("test.csv")
features = [c for c in test.select_dtypes("number").columns if c not in ("snapshot_id", "customer_id")]
model = LogisticRegression(max_iter=300).fit(train[features].fillna(0), train["churned_next_month"])
scores = model.predict_proba(test[features].fillna(0))[:, 1].round(%d)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": scores}).to_csv("predictions.csv", index=False)
"""


def predictions_for(code: bytes) -> bytes:
    """Run the code on the bundle as a candidate would, for the predictions to upload."""
    import shutil
    import subprocess

    from cases.grading import storage
    from cases.takehome.tasks import task_get

    with tempfile.TemporaryDirectory() as scratch:
        for item in storage.bundle_dir(spec=task_get("churn-snapshots")).iterdir():
            if item.suffix in (".csv", ".json", ".md"):
                shutil.copyfile(item, Path(scratch) / item.name)
        (Path(scratch) / "solution.py").write_bytes(code)
        subprocess.run([sys.executable, "solution.py"], cwd=scratch, check=True, capture_output=True)
        return (Path(scratch) / "predictions.csv").read_bytes()


def one_round(*, n_workers: int, n_submissions: int, uploads: list[dict], log_dir: Path) -> dict:
    from cases.grading import services
    from cases.models import GradingRun, Submission
    from hiring.services import catalogue_load
    from scorecards.services import candidate_create
    from tests.support.worker import Worker, wait_for

    queue = f"bench-grading-{uuid.uuid4().hex[:8]}"
    settings.TAKEHOME_GRADING_QUEUE = queue
    catalogue_load()
    from cases.models import TakeHomeTask

    task = TakeHomeTask.objects.get(slug="churn-snapshots")
    workers = [Worker(database_name=connection.settings_dict["NAME"], log_path=log_dir / f"w{n_workers}-{i}.log",
                      extra_env={"CELERY_TASK_DEFAULT_QUEUE": queue}).start() for i in range(n_workers)]
    try:
        ids = []
        started = time.perf_counter()
        for i in range(n_submissions):
            candidate = candidate_create(name=f"Bench {n_workers}-{i}", email=f"bench{i}@example.com")
            invitation = services.invitation_start(invitation=services.invitation_create(
                task=task, candidate=candidate, send_email=False))
            files = {k: SimpleUploadedFile(name, data) for k, (name, data) in uploads[i].items()}
            ids.append(services.submission_create(invitation=invitation, uploads=files).pk)
        wait_for(lambda: Submission.objects.filter(pk__in=ids, status__in=["graded", "failed"]).count() == len(ids),
                 timeout=60 * n_submissions, interval=0.2, what="every submission to be graded")
        elapsed = time.perf_counter() - started
    finally:
        for worker in workers:
            worker.stop()
    runs = list(GradingRun.objects.filter(submission_id__in=ids).select_related("submission"))
    failed = [run.failure_reason for run in runs if run.status != "graded"]
    stage = {name: [run.timings.get(name, 0.0) for run in runs] for name in ("static", "holdout", "rerun")}
    wait = [(run.started_at - run.submission.submitted_at).total_seconds() for run in runs]
    total = [(run.finished_at - run.submission.submitted_at).total_seconds() for run in runs]
    return {"workers": n_workers, "n": len(ids), "failed": failed, "elapsed": elapsed,
            "per_minute": 60 * len(ids) / elapsed, "stage": stage, "wait": wait, "total": total}


def fmt(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} / {max(values):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--write", metavar="FILE", default=None, help="also write the table as markdown")
    args = parser.parse_args()

    original = connection.settings_dict["NAME"]
    results = []
    with tempfile.TemporaryDirectory() as logs:
        uploads = []
        for i in range(args.submissions):
            code = CODE % (6 + i % 3) + f"# submission {i}\n".encode()
            uploads.append({"code": ("solution.py", code), "predictions": ("predictions.csv", predictions_for(code)),
                            "memo": ("memo.md", f"# Memo {i}\nLogistic regression.\n".encode())})
        for n_workers in args.workers:
            connection.settings_dict["NAME"] = original
            connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
            try:
                results.append(one_round(n_workers=n_workers, n_submissions=args.submissions, uploads=uploads,
                                         log_dir=Path(logs)))
            finally:
                connection.creation.destroy_test_db(original, verbosity=0)
                connection.settings_dict["NAME"] = original
    lines = [
        f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{args.submissions} submissions of churn-snapshots (3,000 customers; a logistic regression), "
        f"each worker `--concurrency 1`.",
        "",
        "| workers | graded | submissions/min | static s (median / max) | holdout s | rerun s | queue wait s | "
        "upload→report s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(f"| {r['workers']} | {r['n'] - len(r['failed'])}/{r['n']} | {r['per_minute']:.1f} | "
                     f"{fmt(r['stage']['static'])} | {fmt(r['stage']['holdout'])} | {fmt(r['stage']['rerun'])} | "
                     f"{fmt(r['wait'])} | {fmt(r['total'])} |")
        for reason in r["failed"]:
            lines.append(f"\nfailed: {reason}")
    table = "\n".join(lines)
    print(table)
    if args.write:
        out = Path(args.write)
        out.write_text("# Take-home grading throughput\n\n`.venv/bin/python bench/bench_grading.py` "
                       f"({time.strftime('%Y-%m-%d')})\n\n{table}\n")
        print(f"written to {out}")


if __name__ == "__main__":
    main()
