"""Candidate x dimension effects: where interviewers score only some of the
dimensions, a candidate's quality is its effect plus the mean of its
dimension effects over every dimension, each dimension weighing alike
however often it was scored (``_fit_heterogeneous``, ``cell_effects``).

Margins are paired per-run differences in Spearman's rho against true
quality, with their standard error over seeds (recovery.py).
"""

import numpy as np
import pandas as pd
import pytest

from scorecards.calibration import calibrate, fit_rater_model
from scorecards.calibration.recovery import NO_CELLS, recovery
from scorecards.calibration.simulate import DESIGNS, Design, simulate

BY_NAME = {d.name: d for d in DESIGNS}
# 40 interviewers, panels of 3, each interviewer scores 3 of the 5 dimensions;
# candidates differ clearly by dimension
PARTIAL = Design("partial", n_candidates=120, n_interviewers=40, panel=(3, 3),
                 dimensions_per_interviewer=3, trait_sd=0.6)


def _fit(scores: pd.DataFrame, **kw):
    c, i, d = (pd.Categorical(scores[k]) for k in ("candidate", "interviewer", "dimension"))
    y = scores["score"].to_numpy(float)
    return fit_rater_model(
        candidate=c.codes.astype(np.int64), interviewer=i.codes.astype(np.int64),
        dimension=d.codes.astype(np.int64), score=y, n_candidates=len(c.categories),
        n_interviewers=len(i.categories), n_dimensions=len(d.categories),
        lower=np.where(y <= 1, -np.inf, y - 0.5), upper=np.where(y >= 5, np.inf, y + 0.5), **kw,
    )


def test_partial_scoring_estimates_the_spread_of_dimension_effects():
    fit = _fit(simulate(PARTIAL, seed=3).scores)
    assert fit.converged
    assert fit.candidate_dimension_effect.shape == (PARTIAL.n_candidates, PARTIAL.n_dimensions)
    assert 0.4 <= fit.candidate_dimension_sd <= 0.75  # true 0.6
    # the noise no longer carries the dimension effects (latent sd 0.6 + rounding)
    without = _fit(simulate(PARTIAL, seed=3).scores, cell_effects=False)
    assert fit.sigma < without.sigma - 0.1
    # a dimension nobody scored for a candidate keeps the prior mean 0
    scored = np.zeros((PARTIAL.n_candidates, PARTIAL.n_dimensions), dtype=bool)
    s = simulate(PARTIAL, seed=3).scores
    scored[pd.Categorical(s["candidate"]).codes, pd.Categorical(s["dimension"]).codes] = True
    assert (~scored).any()
    assert np.all(fit.candidate_dimension_effect[~scored] == 0)
    assert np.all(fit.candidate_dimension_effect[scored] != 0)


def test_partial_scoring_ranks_candidates_better():
    r = recovery(PARTIAL, seeds=range(10), kinds=("interval-censored", NO_CELLS))
    gain = np.asarray(r["spearman_runs"]["interval-censored"]) - np.asarray(r["spearman_runs"][NO_CELLS])
    assert gain.mean() > 3 * gain.std(ddof=1) / np.sqrt(len(gain))
    assert r["gap_closed"]["interval-censored"] > r["gap_closed"][NO_CELLS] + 0.05


@pytest.mark.parametrize("name", ["small", "sparse", "top-heavy"])
def test_every_dimension_scored_leaves_the_fit_unchanged(name):
    scores = simulate(BY_NAME[name], seed=2).scores
    fit, plain = _fit(scores), _fit(scores, cell_effects=False)
    assert fit.candidate_dimension_effect is None
    assert np.array_equal(fit.candidate_effect, plain.candidate_effect)
    assert np.array_equal(fit.interviewer_effect, plain.interviewer_effect)


def test_no_spread_of_dimension_effects_gives_the_plain_fit():
    # candidates alike across dimensions: the moment estimate is 0 and so is every effect
    scores = simulate(Design("flat", n_candidates=120, n_interviewers=40, panel=(3, 3),
                             dimensions_per_interviewer=3, trait_sd=0.0), seed=4).scores
    fit, plain = _fit(scores), _fit(scores, cell_effects=False)
    if fit.candidate_dimension_sd == 0:
        assert np.allclose(fit.candidate_effect, plain.candidate_effect, atol=1e-6)
    else:  # a small chance spread: small effects
        assert fit.candidate_dimension_sd < 0.15
        assert np.abs(fit.candidate_dimension_effect).max() < 0.1


def test_engine_ranks_by_quality_with_dimension_effects():
    scores = simulate(PARTIAL, seed=1).scores.drop(columns="submitted_at")
    result = calibrate(scores)
    adj = pd.Series({e["candidate"]: e["adjusted_mean"] for e in result["candidates"]})
    fit = _fit(scores)
    order = pd.Series(fit.candidate_effect, index=pd.Categorical(scores["candidate"]).categories)
    assert list(adj.sort_values(ascending=False).index) == list(
        order.sort_values(ascending=False, kind="stable").index)
    for e in result["candidates"]:
        assert e["ci_low"] <= e["adjusted_mean"] <= e["ci_high"]
