"""Static leakage and evaluation-soundness analysis of candidate code (GRADING.md, LK-* and EV-*).

Pure: no Django, no ORM, never executes the analysed code. `analyze_source` /
`analyze_file` parse once, run one abstract-interpretation pass
(`interp.Interpreter`, user functions inlined at call sites) and apply the
rules (`rules.Rules`) to the recorded fits, evaluations and splits.

Severity of each code (`SEVERITY_BY_CODE`):

| code                   | severity | why                                                                      |
|------------------------|----------|--------------------------------------------------------------------------|
| LK-PREP                | medium   | unsupervised statistics of test rows: a real but usually small bias      |
| LK-TARGET-STAT         | high     | the label of evaluated rows reaches their features                        |
| LK-SELECT              | high     | the label of evaluated rows picks the features                           |
| LK-RESAMPLE            | high     | copies / synthetic neighbours of training rows end up in evaluation      |
| LK-TEST-REUSE          | high     | the reported test score is a selection score                             |
| LK-TEMPORAL            | high     | the model sees the future of the rows it is scored on                    |
| LK-GROUP               | high     | the model memorises entities that it is then scored on                   |
| LK-FEATURE             | high     | the target, an after-the-fact column or the id is a feature              |
| EV-NO-HOLDOUT          | medium   | no estimate of generalisation at all                                     |
| EV-ACCURACY-IMBALANCED | medium   | the only metric is near-meaningless at this class balance                |
| EV-NO-BASELINE         | low      | the score has no reference point; nothing is wrong with it as such       |

Context: with any declared item, nothing is inferred and codes needing an
undeclared item (time -> LK-TEMPORAL, group -> LK-GROUP, positive_rate ->
EV-ACCURACY-IMBALANCED, leaky/id columns -> LK-FEATURE for those columns) are
not reported. The label is the declared `target`, or else the column(s) the
code itself fits its models on. With an empty context the time column and the
entity key are inferred from the code and those findings carry
`inferred=True`.
"""
from .analyzer import analyze_file, analyze_source
from .types import (
    CODES,
    DIMENSION_BY_CODE,
    DIMENSION_EVALUATION_RIGOR,
    EV_CODES,
    LK_CODES,
    SEVERITY_BY_CODE,
    Context,
    FileResult,
    Finding,
)

__all__ = [
    "CODES",
    "DIMENSION_BY_CODE",
    "DIMENSION_EVALUATION_RIGOR",
    "EV_CODES",
    "LK_CODES",
    "SEVERITY_BY_CODE",
    "Context",
    "FileResult",
    "Finding",
    "analyze_file",
    "analyze_source",
]
