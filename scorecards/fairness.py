"""Adverse-impact statistics: selection rates per group at each stage of a hiring funnel.

Pure computation, no ORM. The rules follow the Uniform Guidelines on Employee Selection
Procedures (29 CFR 1607.4 D): a group's selection rate is compared with the rate of the group
with the highest rate; an impact ratio below four-fifths (0.8) is flagged. Because ratios of
small counts swing widely, each comparison also carries Fisher's exact test, and a group with
fewer than ``min_group_size`` people at a stage is suppressed: its counts are not shown and it
is neither a reference nor flagged.
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from scipy.stats import fisher_exact

FOUR_FIFTHS = 0.8
MIN_GROUP_SIZE = 5
RECORD_COLUMNS = ("candidate", "group", "stage", "selected")


def selection_rate(*, selected: int, total: int) -> float | None:
    """Share of ``total`` selected; None when nobody was considered."""
    if selected < 0 or total < 0 or selected > total:
        raise ValueError(f"selected ({selected}) must be between 0 and the total ({total})")
    return selected / total if total else None


def impact_ratio(*, rate: float | None, reference_rate: float | None) -> float | None:
    """A group's rate over the reference (highest) group's rate; None when undefined."""
    if rate is None or reference_rate is None or reference_rate == 0:
        return None
    return rate / reference_rate


def four_fifths_flag(ratio: float | None) -> bool:
    """True when the impact ratio is below four-fifths."""
    return ratio is not None and ratio < FOUR_FIFTHS


def fisher_p(*, selected_a: int, total_a: int, selected_b: int, total_b: int,
             alternative: str = "two-sided") -> float | None:
    """Fisher's exact test on [[selected_a, rejected_a], [selected_b, rejected_b]].

    ``alternative`` as in scipy: "two-sided", "less" (group a selected less often than b) or
    "greater". None when either group is empty.
    """
    if total_a <= 0 or total_b <= 0:
        return None
    table = [[selected_a, total_a - selected_a], [selected_b, total_b - selected_b]]
    return float(fisher_exact(table, alternative=alternative).pvalue)


def _records(records: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in RECORD_COLUMNS if c not in records.columns]
    if missing:
        raise ValueError(f"records need the columns {', '.join(RECORD_COLUMNS)}; missing {', '.join(missing)}")
    frame = records.loc[:, list(RECORD_COLUMNS)].copy()
    frame["candidate"] = frame["candidate"].astype(str)
    frame["group"] = frame["group"].astype(str).str.strip()
    frame["stage"] = frame["stage"].astype(str)
    frame["selected"] = frame["selected"].astype(bool)
    if (frame["group"] == "").any():
        raise ValueError("a group label is empty")
    return frame.drop_duplicates(["candidate", "group", "stage"])


def stage_impact(records: pd.DataFrame, *, min_group_size: int = MIN_GROUP_SIZE) -> dict:
    """Adverse impact at one stage.

    ``records``: one row per (candidate, group label) considered at the stage, with a boolean
    ``selected`` (a candidate may carry several self-reported labels; each counts for its group,
    and "the rest" of a group are the candidates without that label).
    """
    frame = _records(records.assign(stage="stage") if "stage" not in records.columns else records)
    people = frame.drop_duplicates("candidate").set_index("candidate")["selected"]
    groups = []
    for label, rows in frame.groupby("group", sort=True):
        members = set(rows["candidate"])
        n, sel = len(members), int(rows.drop_duplicates("candidate")["selected"].sum())
        rest = people[~people.index.isin(members)]
        groups.append({"group": str(label), "n": n, "selected": sel,
                       "rate": selection_rate(selected=sel, total=n),
                       "rest_n": int(len(rest)), "rest_selected": int(rest.sum()),
                       "suppressed": n < min_group_size})
    shown = [g for g in groups if not g["suppressed"]]
    reference = max(shown, key=lambda g: (g["rate"], g["n"]), default=None)
    out_groups = []
    for g in groups:
        entry = {"group": g["group"], "suppressed": g["suppressed"], "n": None, "selected": None, "rate": None,
                 "impact_ratio": None, "four_fifths": False, "p_value_vs_rest": None, "p_value_vs_highest": None,
                 "is_reference": False}
        if not g["suppressed"]:
            ratio = impact_ratio(rate=g["rate"], reference_rate=reference["rate"]) if reference else None
            entry.update({
                "n": g["n"], "selected": g["selected"], "rate": g["rate"], "impact_ratio": ratio,
                "four_fifths": four_fifths_flag(ratio),
                "p_value_vs_rest": fisher_p(selected_a=g["selected"], total_a=g["n"],
                                            selected_b=g["rest_selected"], total_b=g["rest_n"]),
                "is_reference": reference is not None and g["group"] == reference["group"],
            })
            if reference is not None and not entry["is_reference"]:
                entry["p_value_vs_highest"] = fisher_p(selected_a=g["selected"], total_a=g["n"],
                                                       selected_b=reference["selected"], total_b=reference["n"])
        out_groups.append(entry)
    # No stage totals: with a suppressed group they would give its counts away by subtraction.
    return {"reference_group": reference["group"] if reference else None, "groups": out_groups}


def adverse_impact(records: pd.DataFrame, *, stages: Sequence[str],
                   min_group_size: int = MIN_GROUP_SIZE) -> dict:
    """Adverse impact at every stage, in the order given.

    ``records`` columns: candidate, group, stage, selected. A stage with no records is listed
    with no groups.
    """
    frame = _records(records) if len(records) else pd.DataFrame(columns=list(RECORD_COLUMNS))
    out = []
    for stage in stages:
        rows = frame[frame["stage"] == stage]
        if len(rows) == 0:
            out.append({"stage": stage, "reference_group": None, "groups": []})
            continue
        out.append({"stage": stage, **stage_impact(rows, min_group_size=min_group_size)})
    return {"min_group_size": min_group_size, "four_fifths": FOUR_FIFTHS, "stages": out}
