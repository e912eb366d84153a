"""Interviewers whose severity drifts over time: simulator, model trend, engine output."""

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from scorecards.calibration import calibrate
from scorecards.calibration.model import trend_spread
from scorecards.calibration.recovery import STATIC, recovery
from scorecards.calibration.simulate import DESIGNS, Design, simulate

CENS = "interval-censored"
SMALL = next(d for d in DESIGNS if d.name == "small")
MEDIUM = next(d for d in DESIGNS if d.name == "medium")


def test_drift_off_by_default_and_base_draws_kept():
    base = simulate(MEDIUM, seed=4)
    again = simulate(replace(MEDIUM, drift_share=0.0), seed=4)
    pd.testing.assert_frame_equal(base.scores, again.scores)
    # the oracle without drift is the static one it always was
    static_oracle = (base.scores["score"] + base.scores["interviewer"].map(base.true_severity)).groupby(
        base.scores["candidate"]).mean()
    pd.testing.assert_series_equal(base.oracle_means(), static_oracle, check_names=False)
    assert (base.true_drift == 0).all()

    drift = simulate(replace(MEDIUM, drift_share=0.3, drift_sd=1.5), seed=4)
    pd.testing.assert_series_equal(drift.true_quality, base.true_quality)
    pd.testing.assert_series_equal(drift.true_severity, base.true_severity)
    for column in ("candidate", "interviewer", "dimension", "submitted_at"):
        pd.testing.assert_series_equal(drift.scores[column], base.scores[column])
    movers = drift.true_drift[drift.true_drift != 0]
    assert len(movers) == 9 and set(np.abs(movers)) == {1.5}
    assert (movers > 0).any() and (movers < 0).any()
    # only the drifting interviewers' scores change, and their severity at the
    # time of each score is what the oracle removes
    moved = drift.scores["interviewer"].isin(movers.index)
    changed = drift.scores["score"] != base.scores["score"]
    assert changed.any() and not (changed & ~moved).any()
    static_sev = drift.scores["interviewer"].map(drift.true_severity).to_numpy()
    assert np.allclose(drift.score_severity[~moved.to_numpy()], static_sev[~moved.to_numpy()])
    days = (drift.scores["submitted_at"] - pd.Timestamp("2026-01-01", tz="UTC")).dt.total_seconds() / 86400
    expected = static_sev + drift.scores["interviewer"].map(drift.true_drift).to_numpy() * (days / 365 - 0.5)
    assert np.allclose(drift.score_severity, expected)


def test_trend_spread_is_zero_without_excess_scatter():
    rng = np.random.default_rng(0)
    var = np.full(40, 0.01)
    assert trend_spread(np.zeros(40), var) == 0.0
    assert trend_spread(np.full(40, 0.05), var) == 0.0  # scatter below the sampling variance
    wide = rng.normal(0, np.sqrt(0.01 + 0.04), 400)
    assert trend_spread(wide, np.full(400, 0.01)) == pytest.approx(0.04, rel=0.25)
    assert trend_spread(wide[:5], var[:5]) == 0.0  # too few interviewers to tell
    # pure sampling noise: the maximum-likelihood spread is above 0 in about
    # half the draws (but small); the optional likelihood-ratio gate keeps it
    # at 0 in ~99%
    noise = np.asarray([trend_spread(rng.normal(0, 0.1, 30), np.full(30, 0.01)) for _ in range(300)])
    assert 0.2 < np.mean(noise > 0) < 0.7
    assert np.median(noise[noise > 0]) < 0.01
    gated = [trend_spread(rng.normal(0, 0.1, 30), np.full(30, 0.01), min_lr=5.41) for _ in range(300)]
    assert np.mean(np.asarray(gated) > 0) < 0.05


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_drift_recovered_with_the_right_sign(seed):
    design = Design("drift", n_candidates=200, n_interviewers=30, drift_share=0.3, drift_sd=1.5)
    sim = simulate(design, seed=seed)
    result = calibrate(sim.scores)
    assert result["model"]["interviewer_drift_sd"] > 0
    est = pd.Series({e["interviewer"]: e["drift_per_30_days"] for e in result["interviewers"]})
    true = sim.true_drift[est.index] / 365.0 * 30.0  # severity change per 30 days
    movers = true != 0
    assert (np.sign(est[movers]) == np.sign(true[movers])).all()
    assert np.corrcoef(est, true)[0, 1] > 0.8
    # the drifting interviewers are told apart: their intervals exclude 0 more
    # often than the steady ones'
    lo = pd.Series({e["interviewer"]: e["drift_ci_low"] for e in result["interviewers"]})
    hi = pd.Series({e["interviewer"]: e["drift_ci_high"] for e in result["interviewers"]})
    excludes = (lo > 0) | (hi < 0)
    assert excludes[movers].mean() >= 0.7
    assert excludes[~movers].mean() <= 0.2


@pytest.mark.parametrize("base", [SMALL, MEDIUM], ids=["small", "medium"])
def test_trend_beats_the_static_model_with_drift(base):
    design = replace(base, drift_share=0.3, drift_sd=1.5)
    r = recovery(design, seeds=range(8), kinds=(CENS, STATIC))
    gain = r["gain_over_static"]
    assert gain["mean"] > 0.003
    assert gain["mean"] > 3 * gain["se"]
    assert r["gap_closed"][CENS] > r["gap_closed"][STATIC] + 0.05


def test_without_drift_the_trend_changes_little():
    r = recovery(MEDIUM, seeds=range(8), kinds=(CENS, STATIC))
    gain = r["gain_over_static"]
    assert abs(gain["mean"]) < 0.001
    runs = np.asarray(r["spearman_runs"][CENS]) - np.asarray(r["spearman_runs"][STATIC])
    assert np.max(np.abs(runs)) < 0.003
    assert np.mean(runs == 0) >= 0.5  # most runs find no drift and give the static fit exactly


def test_without_times_the_model_is_static():
    sim = simulate(SMALL, seed=1)
    scores = sim.scores.drop(columns="submitted_at")
    result = calibrate(scores)
    assert result["model"]["interviewer_drift_sd"] is None
    assert all("drift_per_30_days" not in e for e in result["interviewers"])
    # times that carry no drift give the same ranking (to within rounding) in most runs
    timed = calibrate(sim.scores)
    a = pd.Series({e["candidate"]: e["adjusted_mean"] for e in result["candidates"]})
    b = pd.Series({e["candidate"]: e["adjusted_mean"] for e in timed["candidates"]})[a.index]
    assert timed["model"]["interviewer_drift_sd"] == 0
    assert np.max(np.abs(a - b)) < 1e-4
