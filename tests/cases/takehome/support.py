"""Helpers shared by the take-home tests."""
import json
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

SUBMISSIONS = Path(__file__).resolve().parent / "submissions"
CHURN = "churn-snapshots"
CHURN_SIZE = 600  # customers: about 2,600 training rows and 340 holdout rows
# Bounds small enough for tests; the honest code needs about 2 s of CPU.
TEST_LIMITS = {"cpu_seconds": 20, "wall_seconds": 40, "memory_mb": 2048, "processes": 64, "output_mb": 8}


def run_plain(script: Path, bundle: Path, workdir: Path) -> Path:
    """Run a reference script once, outside any sandbox, as its author would have; returns its directory."""
    shutil.copytree(bundle, workdir)
    shutil.copyfile(script, workdir / "main.py")
    done = subprocess.run([sys.executable, "main.py"], cwd=workdir, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return workdir


def grade_command(*args: str, limits: dict | None = None) -> dict:
    """``grade_submission`` on the small churn task; returns the parsed JSON report."""
    from django.core.management import call_command

    limits = {**TEST_LIMITS, **(limits or {})}
    out = StringIO()
    call_command("grade_submission", "--task", CHURN, "--size", str(CHURN_SIZE), "--n-boot", "400",
                 *[f"--limit={k}={v}" for k, v in limits.items()], *args, stdout=out)
    return json.loads(out.getvalue())


def codes(report: dict) -> set[str]:
    return {item["code"] for item in report["findings"]}


def sub_codes(report: dict) -> set[str]:
    return {code for code in codes(report) if code.startswith("SUB-")}
