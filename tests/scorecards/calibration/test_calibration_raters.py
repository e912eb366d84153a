"""Raters who differ: the simulator's heterogeneous raters and the model that
weighs and rescales them (``raters="heterogeneous"``, the default for the
interval-censored model).

Margins are paired per-run differences in Spearman's rho against true
quality, with their standard error over seeds (see recovery.py); the figures
over 20 seeds are in bench/RESULTS.md.
"""

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from scipy.stats import spearmanr

from scorecards.calibration import calibrate, fit_rater_model
from scorecards.calibration.model import _steadied, shrink_log_variances
from scorecards.calibration.recovery import HOMOGENEOUS, recovery
from scorecards.calibration.simulate import DESIGNS, simulate

BY_NAME = {d.name: d for d in DESIGNS}
KINDS = ("interval-censored", HOMOGENEOUS)


def _fit(scores: pd.DataFrame, **kw):
    c, i, d = (pd.Categorical(scores[k]) for k in ("candidate", "interviewer", "dimension"))
    y = scores["score"].to_numpy(float)
    fit = fit_rater_model(
        candidate=c.codes.astype(np.int64), interviewer=i.codes.astype(np.int64),
        dimension=d.codes.astype(np.int64), score=y, n_candidates=len(c.categories),
        n_interviewers=len(i.categories), n_dimensions=len(d.categories),
        lower=np.where(y <= 1, -np.inf, y - 0.5), upper=np.where(y >= 5, np.inf, y + 0.5), **kw,
    )
    return fit, i.categories


# --- simulator ---------------------------------------------------------------

def test_heterogeneity_is_off_by_default_and_leaves_the_base_draws_alone():
    base = BY_NAME["small"]
    plain = simulate(base, seed=5)
    assert not base.heterogeneous
    assert (plain.rater_kind == "normal").all()
    assert (plain.rater_noise_sd == base.noise_sd).all()
    # switching one on draws from its own stream: same loops, same truth
    halo = simulate(replace(base, halo_share=0.3), seed=5)
    assert halo.scores[["candidate", "interviewer", "dimension"]].equals(
        plain.scores[["candidate", "interviewer", "dimension"]])
    assert halo.true_quality.equals(plain.true_quality)
    assert halo.true_severity.equals(plain.true_severity)
    normal = halo.scores["interviewer"].map(halo.rater_kind) == "normal"
    assert (halo.scores.loc[normal, "score"] == plain.scores.loc[normal, "score"]).all()
    assert not halo.scores["score"].equals(plain.scores["score"])


def _within_spread(sim):
    s = sim.scores
    spread = s.groupby(["interviewer", "candidate"])["score"].std().groupby("interviewer").mean()
    return spread.groupby(sim.rater_kind[spread.index]).mean()


def test_simulated_halo_raters_vary_less_within_a_candidate():
    sim = simulate(replace(BY_NAME["medium"], halo_share=0.3), seed=2)
    assert (sim.rater_kind == "halo").sum() == 9
    spread = _within_spread(sim)
    # their noise is mostly one draw per candidate; the candidate's own
    # strengths by dimension and the rounding still vary
    assert spread["halo"] < 0.8 * spread["normal"]


def test_simulated_compressed_and_noisy_raters():
    sim = simulate(replace(BY_NAME["medium"], compressed_share=0.3, noise_sd_spread=0.5), seed=2)
    s = sim.scores
    kind = s["interviewer"].map(sim.rater_kind)
    # compressed raters follow the candidates with about half the slope
    cand_quality = s["candidate"].map(sim.true_quality)
    slope = {k: np.polyfit(cand_quality[kind == k], s.loc[kind == k, "score"], 1)[0]
             for k in ("normal", "compressed")}
    assert slope["compressed"] < 0.7 * slope["normal"]
    assert sim.rater_noise_sd.std() > 0.1
    assert sim.rater_noise_sd.median() == pytest.approx(0.6, rel=0.35)


def test_interaction_is_shared_by_the_dimensions_of_a_pair():
    base = replace(BY_NAME["medium"], noise_sd=0.3)
    plain = simulate(base, seed=4).scores
    inter = simulate(replace(base, pair_sd=0.6), seed=4).scores
    # pair means move much more than the scores move within a pair
    key = ["interviewer", "candidate"]
    diff = inter["score"] - plain["score"]
    between = diff.groupby([inter[k] for k in key]).mean().var()
    within = (diff - diff.groupby([inter[k] for k in key]).transform("mean")).var()
    assert between > 2 * within


# --- model -------------------------------------------------------------------

def test_shrinkage_pools_alike_groups_and_keeps_a_different_one():
    rng = np.random.default_rng(0)
    df = np.full(30, 20.0)
    alike = rng.chisquare(20, 30) / 20 * 0.5
    pooled = shrink_log_variances(alike, df, 0.5)
    assert np.ptp(np.log(pooled)) < 0.5 * np.ptp(np.log(alike))
    mixed = alike.copy()
    mixed[:8] *= 6.0
    kept = shrink_log_variances(mixed, df, float(mixed.mean()))
    assert kept[:8].min() > kept[8:].max()
    # too few groups to estimate a spread: everyone gets the pool
    assert np.all(shrink_log_variances(mixed[:4], df[:4], 0.7) == 0.7)


def test_noisy_raters_get_larger_noise_and_smaller_weight():
    sim = simulate(replace(BY_NAME["medium"], noise_sd_spread=0.6), seed=3)
    fit, names = _fit(sim.scores)
    assert fit.raters == "heterogeneous" and fit.converged
    true_noise = sim.rater_noise_sd[names].to_numpy()
    assert spearmanr(fit.interviewer_pair_sd, true_noise)[0] > 0.7
    assert spearmanr(fit.interviewer_weight, true_noise)[0] < -0.7
    noisiest, steadiest = np.argmax(true_noise), np.argmin(true_noise)
    assert fit.interviewer_weight[noisiest] < 0.6 < 1.5 < fit.interviewer_weight[steadiest]


def test_halo_raters_weigh_less_and_compressed_raters_get_a_lower_slope():
    sim = simulate(replace(BY_NAME["medium"], halo_share=0.3, compressed_share=0.3), seed=1)
    fit, names = _fit(sim.scores)
    kind = sim.rater_kind[names].to_numpy()
    w = pd.Series(fit.interviewer_weight).groupby(kind).mean()
    b = pd.Series(fit.interviewer_slope).groupby(kind).mean()
    assert w["halo"] < 0.8 * w["normal"]
    assert b["compressed"] < b["normal"] - 0.25
    assert fit.interviewer_slope.mean() == pytest.approx(1.0, abs=0.05)


@pytest.mark.parametrize("seed", [1, 7])
def test_alike_raters_give_the_homogeneous_fit(seed):
    # seed 7: a chance slope of the weights' centre on the raters' spreads survives its shrinkage a little
    sim = simulate(BY_NAME["small"], seed=seed)
    het, _ = _fit(sim.scores)
    hom, _ = _fit(sim.scores, raters="homogeneous")
    assert het.interviewer_weight == pytest.approx(np.ones_like(het.interviewer_weight), abs=0.02)
    assert het.interviewer_slope == pytest.approx(np.ones_like(het.interviewer_slope), abs=1e-3)
    assert het.candidate_effect == pytest.approx(hom.candidate_effect, abs=5e-3)
    assert hom.interviewer_weight is None


def test_variance_components_need_the_homogeneous_model():
    sim = simulate(BY_NAME["small"], seed=3)
    with pytest.raises(ValueError):
        _fit(sim.scores, raters="heterogeneous", variance_components=(0.8, 0.5, 0.7))


@pytest.mark.parametrize("change", [
    {"noise_sd_spread": 0.5},
    {"halo_share": 0.3},
    {"compressed_share": 0.3},
])
def test_heterogeneous_model_ranks_better_when_raters_differ(change):
    r = recovery(replace(BY_NAME["medium"], **change), seeds=range(8), kinds=KINDS)
    gain = r["gain_over_homogeneous"]
    assert gain["mean"] > 2 * gain["se"] > 0
    assert r["gap_closed"]["interval-censored"] > r["gap_closed"][HOMOGENEOUS] + 0.03
    assert r["severity_rho"]["interval-censored"] >= r["severity_rho"][HOMOGENEOUS] - 0.005


MIXED = {"pair_sd": 0.2, "halo_share": 0.2, "noise_sd_spread": 0.4, "compressed_share": 0.2}


def test_heterogeneous_model_ranks_better_with_mixed_raters():
    r = recovery(replace(BY_NAME["medium"], **MIXED), seeds=range(8), kinds=KINDS)
    gain = r["gain_over_homogeneous"]
    assert gain["mean"] > 2 * gain["se"] > 0
    assert r["gap_closed"]["interval-censored"] >= 1.0  # ranks better than the oracle


@pytest.mark.parametrize("name", ["small", "sparse"])
def test_heterogeneous_model_does_not_lose_with_mixed_raters_in_small_designs(name):
    # 3-4 interviewers per candidate and 5-8 candidates per interviewer: the
    # weights and slopes rest on little, and the gain is small or nil
    r = recovery(replace(BY_NAME[name], **MIXED), seeds=range(10), kinds=KINDS)
    gain = r["gain_over_homogeneous"]
    assert gain["mean"] > -2 * gain["se"]


@pytest.mark.parametrize("name", ["small", "sparse"])
def test_heterogeneous_model_loses_nothing_when_raters_are_alike(name):
    r = recovery(BY_NAME[name], seeds=range(8), kinds=KINDS)
    gain = r["gain_over_homogeneous"]
    assert gain["mean"] > -max(2 * gain["se"], 1e-4)


def test_engine_reports_noise_weight_and_slope():
    sim = simulate(replace(BY_NAME["medium"], noise_sd_spread=0.6), seed=3)
    result = calibrate(sim.scores)
    assert result["model"]["raters"] == "heterogeneous"
    rows = pd.DataFrame(result["interviewers"]).set_index("interviewer")
    for key in ("noise", "weight", "slope", "severity", "ci_low", "ci_high", "flags"):
        assert key in rows.columns
    true_noise = sim.rater_noise_sd[rows.index]
    assert spearmanr(rows["noise"], true_noise)[0] > 0.7
    # the additive fallback stays the plain model
    plain = calibrate(sim.scores, model="additive")
    assert plain["model"]["raters"] == "homogeneous"
    assert all(e["weight"] == 1.0 and e["slope"] == 1.0 for e in plain["interviewers"])


# --- convergence of the weights -------------------------------------------------

@pytest.mark.parametrize("name, seeds", [("small", range(6)), ("medium", range(3))])
def test_fits_with_halo_raters_converge(name, seeds):
    # the shrinkage of the weights used to flip between finding a spread and finding none on every other
    # iteration, so these fits stopped at the iteration cap in whichever state they were
    for seed in seeds:
        fit, _ = _fit(simulate(replace(BY_NAME[name], halo_share=0.3), seed=seed).scores)
        assert fit.converged, (name, seed, fit.iterations)
        assert fit.iterations < 100


def test_steadied_weights_halve_a_step_that_reverses_the_last():
    lam = np.array([1.0, 2.0, 0.5])
    prev = np.log([1.5, 0.7, 1.2])
    new = lam * np.exp(-prev)  # exactly back where the previous step came from
    out, steps = _steadied(lam, new, [prev], iteration=5)
    np.testing.assert_allclose(np.log(out / lam), -0.5 * prev)
    assert len(steps) == 1


def test_steadied_weights_jump_to_the_end_of_a_geometric_crawl():
    # x_k -> a geometrically with ratio r: from two steps the rest of the way is step * r / (1 - r)
    a, r = np.log(np.array([0.8, 1.3, 1.1])), 0.9
    x = [a + r ** k * np.array([0.4, -0.3, 0.2]) for k in range(3)]
    lam0, lam1, lam2 = (np.exp(v) for v in x)
    out, steps = _steadied(lam1, lam2, [x[1] - x[0]], iteration=10)
    np.testing.assert_allclose(np.log(out), a, atol=1e-12)
    assert steps == []
    # a step in another direction is taken as it is
    out, _ = _steadied(lam1, lam2, [np.array([0.0, 0.0, 1.0])], iteration=10)
    np.testing.assert_allclose(out, lam2)


def test_steadied_weights_relax_late_steps():
    lam, new = np.ones(3), np.exp(np.array([0.2, -0.2, 0.1]))
    for iteration, share in ((10, 1.0), (40, 0.5), (80, 0.25)):
        out, _ = _steadied(lam, new, [], iteration)
        np.testing.assert_allclose(np.log(out), share * np.log(new))
