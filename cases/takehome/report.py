"""The grading report, the suggested 1-5 scores and its text rendering.

Suggested score of an assessed dimension, from the findings that are evidence
on it (each code counted once, at its highest severity, however often it fires):

- start at 5;
- each medium code: -1; low codes: -1 for every two;
- any high code: at most 2; two or more different high codes: at most 1;
- never below 1.

craft-reproducibility is informed by the re-run (SUB-RUN-FAILED,
SUB-NOT-REPRODUCIBLE) and by the predictions file (SUB-INVALID-PREDICTIONS),
all high; evaluation-rigor by the static analysis (LK-*, EV-*) and the
hidden-holdout checks (SUB-SUSPICIOUS-SCORE high, SUB-CLAIM-GAP medium or,
beyond three times the tolerance, high). A dimension none of whose informing
stages ran gets no score (null). The scores are machine suggestions for the
grader, who decides.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from .tasks import TaskSpec

SCORE_RULE = ("start at 5; each medium code -1; low codes -1 per two; any high code caps at 2, two different "
              "high codes cap at 1; minimum 1; each code counted once")
STAGES_BY_DIMENSION = {
    "evaluation-rigor": ("static", "holdout"),
    "craft-reproducibility": ("rerun", "holdout"),
}
_RANK = {"high": 3, "medium": 2, "low": 1}


def dimension_score(findings: list[dict[str, Any]]) -> int:
    worst: dict[str, str] = {}
    for item in findings:
        code, severity = item["code"], item["severity"]
        if _RANK[severity] > _RANK.get(worst.get(code), 0):
            worst[code] = severity
    counts = defaultdict(int)
    for severity in worst.values():
        counts[severity] += 1
    score = 5 - counts["medium"] - counts["low"] // 2
    if counts["high"] >= 2:
        score = min(score, 1)
    elif counts["high"] == 1:
        score = min(score, 2)
    return max(1, score)


def report_build(*, task: TaskSpec, metrics: dict[str, Any], findings: list[dict[str, Any]],
                 rerun: dict[str, Any] | None, stages: tuple[str, ...],
                 claims: dict[str, float] | None = None) -> dict[str, Any]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in findings:
        grouped[item.get("dimension") or "other"].append(item)
    by_dimension: dict[str, Any] = {}
    scores: dict[str, int | None] = {}
    for dimension in task.dimensions:
        informed = any(stage in stages for stage in STAGES_BY_DIMENSION.get(dimension, stages))
        items = grouped.get(dimension, [])
        score = dimension_score(items) if informed else None
        scores[dimension] = score
        by_dimension[dimension] = {
            "suggested_score": score,
            "rule": SCORE_RULE if informed else "not assessed: none of its stages ran",
            "codes": sorted({item["code"] for item in items}),
            "findings": items,
        }
    for dimension, items in grouped.items():
        if dimension not in by_dimension:
            by_dimension[dimension] = {"suggested_score": None, "rule": "not a dimension this task assesses",
                                       "codes": sorted({item["code"] for item in items}), "findings": items}
    return {
        "status": "graded",
        "task": task.slug,
        "stages": list(stages),
        "metrics": metrics,
        "claimed_metrics": claims or {},
        "findings": findings,
        "suggested_scores": scores,
        "by_dimension": by_dimension,
        "rerun": rerun,
        "machine_suggested": True,
    }


def _fmt(value: Any) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def report_text(report: dict[str, Any]) -> str:
    lines = [f"Take-home report: {report['task']} ({report['status']}; machine-suggested, the grader decides)"]
    lines.append("")
    lines.append("Hidden-holdout metrics:")
    if not report["metrics"]:
        lines.append("  none (predictions not scored)")
    for name, value in report["metrics"].items():
        lines.append(f"  {name}: {_fmt(value['value'])}  95% CI [{_fmt(value['ci_low'])}, {_fmt(value['ci_high'])}]")
    for name, value in (report.get("claimed_metrics") or {}).items():
        lines.append(f"  claimed {name}: {value:.3f}")
    rerun = report.get("rerun")
    lines.append("")
    if rerun and rerun["status"] == "skipped":
        lines.append(f"Re-run: skipped ({rerun.get('reason', '')})")
    elif rerun:
        lines.append(f"Re-run: {rerun['status']} in {rerun['seconds']:.1f} s ({rerun.get('reason', '')})")
    else:
        lines.append("Re-run: not run")
    lines.append("")
    lines.append("Suggested scores:")
    for dimension, score in report["suggested_scores"].items():
        lines.append(f"  {dimension}: {score if score is not None else 'not assessed'}")
    lines.append("")
    lines.append(f"Findings ({len(report['findings'])}):")
    for item in report["findings"]:
        where = item.get("file") or ""
        if item.get("line"):
            where += f":{item['line']}"
        if item.get("cell") is not None:
            where += f" (cell {item['cell']})"
        lines.append(f"  [{item['severity']}] {item['code']} {where} — {item['message']}")
    if rerun and rerun["status"] not in ("ok", "skipped") and rerun.get("log_tail"):
        lines.append("")
        lines.append("Re-run log tail:")
        lines.extend("  " + line for line in rerun["log_tail"].rstrip().splitlines()[-20:])
    return "\n".join(lines) + "\n"
