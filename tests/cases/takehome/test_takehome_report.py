"""Suggested scores and the report's shape."""
import pytest

from cases.takehome.findings import finding
from cases.takehome.report import dimension_score, report_build, report_text
from cases.takehome.tasks import task_get


def f(code, severity, dimension="evaluation-rigor"):
    return finding(code=code, severity=severity, message=f"{code} happened", dimension=dimension)


@pytest.mark.parametrize("findings,expected", [
    ([], 5),
    ([f("EV-NO-BASELINE", "low")], 5),
    ([f("EV-NO-BASELINE", "low"), f("X-LOW", "low")], 4),
    ([f("LK-PREP", "medium")], 4),
    ([f("LK-PREP", "medium"), f("LK-PREP", "medium"), f("LK-PREP", "medium")], 4),  # one code, counted once
    ([f("LK-PREP", "medium"), f("EV-NO-HOLDOUT", "medium")], 3),
    ([f("LK-FEATURE", "high")], 2),
    ([f("LK-FEATURE", "high"), f("LK-FEATURE", "high")], 2),
    ([f("LK-FEATURE", "high"), f("SUB-SUSPICIOUS-SCORE", "high")], 1),
    ([f("LK-FEATURE", "high"), f("LK-PREP", "medium"), f("EV-NO-HOLDOUT", "medium")], 2),
    ([f("A", "medium"), f("B", "medium"), f("C", "medium"), f("D", "medium"), f("E", "medium")], 1),
    ([f("SUB-CLAIM-GAP", "medium"), f("SUB-CLAIM-GAP", "high")], 2),  # the code's highest severity
])
def test_dimension_score_rule(findings, expected):
    assert dimension_score(findings) == expected


def test_report_groups_findings_by_dimension_and_scores_only_what_ran():
    task = task_get("churn-snapshots")
    findings = [f("LK-FEATURE", "high"),
                finding(code="SUB-RUN-FAILED", severity="high", message="loop", file="main.py")]
    report = report_build(task=task, metrics={}, findings=findings, rerun=None, stages=("static",))
    assert report["suggested_scores"] == {"evaluation-rigor": 2, "craft-reproducibility": None}
    assert report["by_dimension"]["craft-reproducibility"]["codes"] == ["SUB-RUN-FAILED"]
    assert report["by_dimension"]["evaluation-rigor"]["findings"][0]["code"] == "LK-FEATURE"
    assert report["machine_suggested"] is True and report["status"] == "graded"
    full = report_build(task=task, metrics={}, findings=findings, rerun={"status": "timeout", "seconds": 3.0,
                        "log_tail": "Traceback\nKeyboardInterrupt", "reason": "wall"},
                        stages=("static", "holdout", "rerun"))
    assert full["suggested_scores"] == {"evaluation-rigor": 2, "craft-reproducibility": 2}
    text = report_text(full)
    assert "LK-FEATURE" in text and "craft-reproducibility: 2" in text and "KeyboardInterrupt" in text
    assert "none (predictions not scored)" in text
