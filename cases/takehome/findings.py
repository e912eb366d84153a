"""The one finding shape shared by every grading stage."""
from __future__ import annotations

from typing import Any

SEVERITIES = ("high", "medium", "low")

# Rubric dimension of the submission codes (the analyzer maps its own LK-/EV- codes).
SUB_DIMENSIONS = {
    "SUB-INVALID-PREDICTIONS": "craft-reproducibility",
    "SUB-CLAIM-GAP": "evaluation-rigor",
    "SUB-SUSPICIOUS-SCORE": "evaluation-rigor",
    "SUB-RUN-FAILED": "craft-reproducibility",
    "SUB-NOT-REPRODUCIBLE": "craft-reproducibility",
}


def dimension_of(code: str) -> str | None:
    if code in SUB_DIMENSIONS:
        return SUB_DIMENSIONS[code]
    try:
        from cases.leakage import DIMENSION_BY_CODE
    except ImportError:
        DIMENSION_BY_CODE = {}
    if code in DIMENSION_BY_CODE:
        return DIMENSION_BY_CODE[code]
    return "evaluation-rigor" if code.startswith(("LK-", "EV-")) else None


def finding(*, code: str, severity: str, message: str, file: str | None = None, line: int | None = None,
            cell: int | None = None, dimension: str | None = None, **evidence: Any) -> dict[str, Any]:
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {SEVERITIES}")
    item = {"code": code, "file": file, "line": line, "cell": cell, "severity": severity, "message": message,
            "dimension": dimension or dimension_of(code)}
    if evidence:
        item["evidence"] = evidence
    return item
