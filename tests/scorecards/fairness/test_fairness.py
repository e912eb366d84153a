import pandas as pd
import pytest

from scorecards.fairness import (
    adverse_impact,
    fisher_p,
    four_fifths_flag,
    impact_ratio,
    selection_rate,
    stage_impact,
)


def _records(stage: str, groups: dict[str, tuple[int, int]]) -> list[dict]:
    """groups: label → (selected, total), one candidate per person."""
    rows = []
    for label, (selected, total) in groups.items():
        rows += [{"candidate": f"{label}-{k}", "group": label, "stage": stage, "selected": k < selected}
                 for k in range(total)]
    return rows


def test_uniform_guidelines_example_impact_ratio_one_half_is_flagged():
    # 29 CFR 1607.4 D: 48 of 80 of one group (60%) against 12 of 40 of another (30%)
    white = selection_rate(selected=48, total=80)
    black = selection_rate(selected=12, total=40)
    assert white == pytest.approx(0.60) and black == pytest.approx(0.30)
    ratio = impact_ratio(rate=black, reference_rate=white)
    assert ratio == pytest.approx(0.5)
    assert four_fifths_flag(ratio)

    result = stage_impact(pd.DataFrame(_records("s", {"W": (48, 80), "B": (12, 40)})))
    assert result["reference_group"] == "W"
    groups = {g["group"]: g for g in result["groups"]}
    assert groups["B"]["impact_ratio"] == pytest.approx(0.5) and groups["B"]["four_fifths"]
    assert groups["W"]["impact_ratio"] == pytest.approx(1.0) and not groups["W"]["four_fifths"]
    assert groups["W"]["is_reference"] and groups["W"]["p_value_vs_highest"] is None
    # with two groups, "the rest" of B is W: both tests are the same table
    assert groups["B"]["p_value_vs_rest"] == pytest.approx(groups["B"]["p_value_vs_highest"])
    assert groups["B"]["p_value_vs_rest"] < 0.01


def test_four_fifths_boundary():
    assert not four_fifths_flag(0.8)
    assert four_fifths_flag(0.7999)
    assert not four_fifths_flag(None)
    assert impact_ratio(rate=0.2, reference_rate=0.0) is None


def test_fisher_exact_matches_the_tea_tasting_experiment():
    # Fisher (1935): 3 of 4 cups right; one-sided p = 17/70, two-sided 34/70
    assert fisher_p(selected_a=3, total_a=4, selected_b=1, total_b=4, alternative="greater") == pytest.approx(
        0.2429, abs=1e-4)
    assert fisher_p(selected_a=3, total_a=4, selected_b=1, total_b=4) == pytest.approx(0.4857, abs=1e-4)
    assert fisher_p(selected_a=0, total_a=0, selected_b=1, total_b=4) is None


def test_small_groups_are_suppressed_and_never_the_reference():
    rows = _records("s", {"big": (6, 10), "other": (3, 10), "tiny": (4, 4)})
    result = stage_impact(pd.DataFrame(rows))
    groups = {g["group"]: g for g in result["groups"]}
    tiny = groups["tiny"]
    assert tiny["suppressed"]
    assert tiny["n"] is None and tiny["selected"] is None and tiny["rate"] is None
    assert tiny["impact_ratio"] is None and not tiny["four_fifths"] and tiny["p_value_vs_rest"] is None
    # tiny has the highest rate (100%) but the reference is the highest shown group
    assert result["reference_group"] == "big"
    assert groups["other"]["impact_ratio"] == pytest.approx(0.5)
    assert "n" not in result  # no stage totals that would give the suppressed counts away


def test_a_group_of_exactly_the_minimum_is_shown():
    result = stage_impact(pd.DataFrame(_records("s", {"a": (5, 5), "b": (1, 5)})), min_group_size=5)
    assert not any(g["suppressed"] for g in result["groups"])


def test_several_labels_count_for_each_group_and_the_rest_excludes_the_group():
    rows = _records("s", {"a": (3, 6), "b": (1, 6)})
    rows += [{"candidate": "a-0", "group": "b", "stage": "s", "selected": True}]  # a-0 reports both
    groups = {g["group"]: g for g in stage_impact(pd.DataFrame(rows))["groups"]}
    assert groups["b"]["n"] == 7 and groups["b"]["selected"] == 2
    # b's rest: the five a-candidates who did not report b (a-1..a-5), two of whom were selected
    expected = fisher_p(selected_a=2, total_a=7, selected_b=2, total_b=5)
    assert groups["b"]["p_value_vs_rest"] == pytest.approx(expected)


def test_stages_in_order_and_an_empty_stage():
    rows = _records("first", {"a": (5, 10), "b": (5, 10)}) + _records("second", {"a": (2, 5), "b": (4, 5)})
    result = adverse_impact(pd.DataFrame(rows), stages=["first", "second", "third"])
    assert [s["stage"] for s in result["stages"]] == ["first", "second", "third"]
    assert result["stages"][1]["reference_group"] == "b"
    assert result["stages"][2]["groups"] == [] and result["stages"][2]["reference_group"] is None
    assert adverse_impact(pd.DataFrame(columns=["candidate", "group", "stage", "selected"]),
                          stages=["x"])["stages"][0]["groups"] == []


def test_bad_input_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="between 0 and the total"):
        selection_rate(selected=5, total=4)
    with pytest.raises(ValueError, match="missing selected"):
        stage_impact(pd.DataFrame([{"candidate": "c", "group": "g", "stage": "s"}]))
    with pytest.raises(ValueError, match="group label is empty"):
        stage_impact(pd.DataFrame([{"candidate": "c", "group": " ", "stage": "s", "selected": True}]))
