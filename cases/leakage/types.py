"""Plain result types of the static analyzer: task context, findings, per-file results."""
from __future__ import annotations

from dataclasses import dataclass, field

DIMENSION_EVALUATION_RIGOR = "evaluation-rigor"

LK_CODES = (
    "LK-PREP",
    "LK-TARGET-STAT",
    "LK-SELECT",
    "LK-RESAMPLE",
    "LK-TEST-REUSE",
    "LK-TEMPORAL",
    "LK-GROUP",
    "LK-FEATURE",
)
EV_CODES = ("EV-NO-HOLDOUT", "EV-ACCURACY-IMBALANCED", "EV-NO-BASELINE")
CODES = LK_CODES + EV_CODES

# Rubric dimension each static finding is evidence on (the report reads this too).
DIMENSION_BY_CODE: dict[str, str] = {code: DIMENSION_EVALUATION_RIGOR for code in CODES}

# See the severity table in cases/leakage/__init__.py.
SEVERITY_BY_CODE: dict[str, str] = {
    "LK-PREP": "medium",
    "LK-TARGET-STAT": "high",
    "LK-SELECT": "high",
    "LK-RESAMPLE": "high",
    "LK-TEST-REUSE": "high",
    "LK-TEMPORAL": "high",
    "LK-GROUP": "high",
    "LK-FEATURE": "high",
    "EV-NO-HOLDOUT": "medium",
    "EV-ACCURACY-IMBALANCED": "medium",
    "EV-NO-BASELINE": "low",
}


@dataclass(frozen=True)
class Context:
    """What a task declares about its data; every item optional."""

    target: str | None = None
    time_column: str | None = None
    group_column: str | None = None
    leaky_columns: tuple[str, ...] = ()
    id_column: str | None = None
    positive_rate: float | None = None

    @property
    def is_empty(self) -> bool:
        return (
            self.target is None
            and self.time_column is None
            and self.group_column is None
            and not self.leaky_columns
            and self.id_column is None
            and self.positive_rate is None
        )

    @classmethod
    def from_dict(cls, d: dict) -> "Context":
        """Build from a task.json-like mapping; unknown keys are ignored, empty values mean undeclared."""

        def text(key: str) -> str | None:
            value = d.get(key)
            return str(value) if value not in (None, "") else None

        leaky = d.get("leaky_columns") or ()
        if isinstance(leaky, str):
            leaky = (leaky,)
        rate = d.get("positive_rate")
        return cls(
            target=text("target"),
            time_column=text("time_column"),
            group_column=text("group_column"),
            leaky_columns=tuple(str(c) for c in leaky),
            id_column=text("id_column"),
            positive_rate=float(rate) if rate not in (None, "") else None,
        )


@dataclass(frozen=True)
class Finding:
    code: str
    line: int
    cell: int | None
    severity: str
    message: str
    dimension: str
    inferred: bool = False

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "line": self.line,
            "cell": self.cell,
            "severity": self.severity,
            "message": self.message,
            "dimension": self.dimension,
            "inferred": self.inferred,
        }


@dataclass
class FileResult:
    path: str
    error: str | None
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"path": self.path, "error": self.error, "findings": [f.to_dict() for f in self.findings]}

    @property
    def codes(self) -> set[str]:
        return {f.code for f in self.findings}
