"""Model recovery on simulated loops with known truth.

Gap closed = share of the raw mean's ranking error (Spearman with true
quality; Kendall also checked) that the calibration removes, relative to an
oracle that knows each interviewer's true severity. Achieved values over these fixed seeds are in
bench/RESULTS.md; the thresholds below leave a margin under them.
"""

from dataclasses import replace

import pytest

from scorecards.calibration.recovery import KNOWN_VARIANCE, recovery
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


def test_both_summaries_over_runs_are_reported(results):
    r = results["small"]
    assert r["runs"] == len(SEEDS)
    for kind in ("interval-censored", "additive", "least-squares"):
        assert r["gap_closed_by_measure"]["spearman"][kind]["ratio_of_means"] == r["gap_closed"][kind]
        assert r["gap_closed_mean_of_ratios"][kind] == r["gap_closed_by_measure"]["spearman"][kind]["mean_of_ratios"]
    assert r["gap_closed_mean_of_ratios"]["interval-censored"] >= 0.88
    assert results["sparse"]["gap_closed_mean_of_ratios"]["interval-censored"] >= 0.75


@pytest.mark.parametrize("name", ["small", "medium", "large", "sparse", "top-heavy"])
def test_censored_model_beats_least_squares_in_kendall_tau(results, name):
    kt = results[name]["gap_closed_by_measure"]["kendall"]
    assert kt["interval-censored"]["ratio_of_means"] > kt["least-squares"]["ratio_of_means"]


def test_gain_over_least_squares_has_a_standard_error(results):
    gain = results["top-heavy"]["gain_over_least_squares"]["interval-censored"]
    assert gain["mean"] > 2 * gain["se"] > 0


def test_estimated_variances_lose_little_against_the_true_ones():
    r = recovery(BY_NAME["small"], seeds=range(6), kinds=("interval-censored", KNOWN_VARIANCE))
    assert abs(r["gap_closed"][KNOWN_VARIANCE] - r["gap_closed"]["interval-censored"]) < 0.03


@pytest.mark.parametrize("change", [
    {"severity_dist": "uniform"},
    {"interviewer_dimension_sd": 0.3},
    {"cutpoints": (1.2, 1.9, 2.6, 3.6)},
    {"noise_sd": 0.9},
])
def test_censored_model_holds_up_on_simulator_variants(change):
    r = recovery(replace(BY_NAME["sparse"], **change), seeds=range(6))
    gap = r["gap_closed"]
    assert gap["interval-censored"] >= 0.6
    assert gap["interval-censored"] > gap["least-squares"] - 0.02
