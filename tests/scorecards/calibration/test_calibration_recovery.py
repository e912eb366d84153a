"""Model recovery on simulated loops with known truth.

Gap closed = share of the raw mean's ranking error (Spearman with true
quality) that the calibration removes, relative to an oracle that knows each
interviewer's true severity. Achieved values over these fixed seeds are in
bench/RESULTS-calibrate.md; the thresholds below leave a margin under them.
"""

import pytest

from scorecards.calibration.recovery import recovery
from scorecards.calibration.simulate import DESIGNS

BY_NAME = {d.name: d for d in DESIGNS}
SEEDS = range(10)


@pytest.fixture(scope="module")
def results():
    return {name: recovery(BY_NAME[name], seeds=SEEDS)
            for name in ("small", "medium", "large", "sparse", "top-heavy")}


@pytest.mark.parametrize("name", ["medium", "large"])
def test_normal_designs_close_nearly_all_of_the_gap(results, name):
    assert results[name]["gap_closed"]["interval-censored"] >= 0.95


def test_small_design_closes_most_of_the_gap(results):
    assert results["small"]["gap_closed"]["interval-censored"] >= 0.88


def test_sparsest_design_still_closes_three_quarters(results):
    assert results["sparse"]["gap_closed"]["interval-censored"] >= 0.75


@pytest.mark.parametrize("name", ["small", "medium", "large", "sparse", "top-heavy"])
def test_censored_model_beats_plain_least_squares(results, name):
    gap = results[name]["gap_closed"]
    assert gap["interval-censored"] > gap["least-squares"]


def test_censored_model_matters_most_when_scores_pile_up_at_the_top(results):
    gap = results["top-heavy"]["gap_closed"]
    assert gap["interval-censored"] - gap["least-squares"] >= 0.03
    assert gap["interval-censored"] - gap["additive"] >= 0.03


@pytest.mark.parametrize("name", ["small", "medium", "large", "sparse", "top-heavy"])
def test_severity_estimates_rank_true_severities(results, name):
    assert results[name]["severity_rho"]["interval-censored"] >= 0.9


def test_calibration_beats_raw_means_everywhere(results):
    for r in results.values():
        assert r["adjusted_rho"]["interval-censored"] > r["raw_rho"]
