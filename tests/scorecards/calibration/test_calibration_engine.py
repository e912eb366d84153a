"""The calibrate() object: contract fields, adjustment behaviour, reliability."""

import json

import numpy as np
import pandas as pd
import pytest

from scorecards.calibration import calibrate, expected_score, format_text, icc_table
from scorecards.calibration.simulate import DESIGNS, simulate


def crossed(severities, *, n_candidates=30, dims=("x", "y", "z"), noise=0.5, seed=0, integer=True):
    """Every interviewer scores every (candidate, dimension); severity > 0 is harsh."""
    rng = np.random.default_rng(seed)
    quality = rng.normal(0, 0.9, n_candidates)
    rows = []
    for c in range(n_candidates):
        for name, severity in severities.items():
            for k, dim in enumerate(dims):
                latent = 3 + quality[c] + 0.2 * k - severity + rng.normal(0, noise)
                score = np.clip(np.rint(latent) if integer else np.round(latent, 2), 1, 5)
                rows.append((f"c{c:02d}", name, dim, float(score)))
    return pd.DataFrame(rows, columns=["candidate", "interviewer", "dimension", "score"])


@pytest.fixture(scope="module")
def simulated():
    sim = simulate(DESIGNS[1], seed=5)
    return sim, calibrate(sim.scores)


def test_contract_fields_and_json_without_nan(simulated):
    sim, result = simulated
    text = json.dumps(result, allow_nan=False)
    assert json.loads(text) == result
    assert set(result) >= {"candidates", "interviewers", "dimensions", "reliability"}
    cand = result["candidates"][0]
    assert set(cand) >= {"candidate", "n_scores", "n_interviewers", "raw_mean",
                         "adjusted_mean", "ci_low", "ci_high"}
    intv = result["interviewers"][0]
    assert set(intv) >= {"interviewer", "n_scores", "severity", "ci_low", "ci_high", "flags"}
    assert set(result["dimensions"][0]) >= {"dimension", "mean", "krippendorff_alpha_interval"}
    assert set(result["reliability"]) >= {"units", "krippendorff_alpha_ordinal",
                                          "krippendorff_alpha_interval", "icc"}
    assert len(result["candidates"]) == sim.scores["candidate"].nunique()
    assert sum(c["n_scores"] for c in result["candidates"]) == len(sim.scores)


def test_counts_and_raw_means_match_the_input(simulated):
    sim, result = simulated
    raw = sim.scores.groupby("candidate")["score"].agg(["mean", "size"])
    panel = sim.scores.groupby("candidate")["interviewer"].nunique()
    for c in result["candidates"]:
        assert c["raw_mean"] == pytest.approx(raw.at[c["candidate"], "mean"], abs=1e-4)
        assert c["n_scores"] == raw.at[c["candidate"], "size"]
        assert c["n_interviewers"] == panel[c["candidate"]]
    dim_means = sim.scores.groupby("dimension")["score"].mean()
    for d in result["dimensions"]:
        assert d["mean"] == pytest.approx(dim_means[d["dimension"]], abs=1e-4)


def test_severities_average_to_zero_and_intervals_bracket(simulated):
    _, result = simulated
    sev = np.array([e["severity"] for e in result["interviewers"]])
    assert abs(sev.mean()) < 1e-3
    for e in result["interviewers"]:
        assert e["ci_low"] < e["severity"] < e["ci_high"]
    for c in result["candidates"]:
        assert 1 <= c["ci_low"] < c["adjusted_mean"] < c["ci_high"] <= 5


def test_candidates_ranked_by_adjusted_mean(simulated):
    _, result = simulated
    adjusted = [c["adjusted_mean"] for c in result["candidates"]]
    assert adjusted == sorted(adjusted, reverse=True)
    assert [c["rank"] for c in result["candidates"]] == list(range(1, len(adjusted) + 1))


def test_reliability_over_candidate_dimension_units(simulated):
    sim, result = simulated
    rel = result["reliability"]
    assert rel["units"] == sim.scores.groupby(["candidate", "dimension"]).ngroups
    assert 0 < rel["krippendorff_alpha_ordinal"] < 1
    assert rel["icc"] is None  # panels differ: not fully crossed


def test_icc_filled_when_fully_crossed():
    df = crossed({"a": 0.0, "b": 0.5, "c": -0.5})
    result = calibrate(df)
    matrix = df.pivot_table(index=["candidate", "dimension"], columns="interviewer", values="score")
    expected = icc_table(matrix.to_numpy())
    for key in ("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"):
        assert result["reliability"]["icc"][key] == pytest.approx(expected[key], abs=1e-4)


def test_harsh_interviewer_is_positive_and_lenient_negative():
    df = crossed({"tough": 0.8, "mid1": 0.0, "mid2": 0.0, "soft": -0.8}, n_candidates=40)
    sev = {e["interviewer"]: e["severity"] for e in calibrate(df)["interviewers"]}
    assert sev["tough"] > 0.4 > sev["mid1"]
    assert sev["soft"] < -0.4 < sev["mid2"]


def test_censored_model_sees_through_the_ceiling():
    # strong candidates and a very lenient interviewer: many of their scores are
    # clipped at 5, which an additive fit reads as a smaller leniency
    df = crossed({"soft": -1.2, "m1": 0.0, "m2": 0.0, "m3": 0.0}, n_candidates=60, noise=0.4, seed=2)
    df["score"] = np.clip(df["score"] + 1, 1, 5)
    censored = {e["interviewer"]: e["severity"] for e in calibrate(df)["interviewers"]}
    additive = {e["interviewer"]: e["severity"] for e in calibrate(df, model="additive")["interviewers"]}

    def gap(sev):
        return np.mean([sev["m1"], sev["m2"], sev["m3"]]) - sev["soft"]

    assert (df["score"] == 5).mean() > 0.3
    assert abs(gap(censored) - 1.2) < abs(gap(additive) - 1.2)


def test_non_integer_scores_use_the_additive_model_with_balanced_shrinkage():
    df = crossed({"a": 0.6, "b": 0.0, "c": -0.2, "d": -0.4}, integer=False, seed=4)
    result = calibrate(df)
    assert result["model"]["kind"] == "additive"
    # balanced crossed design: each severity is the same fraction of the
    # interviewer's distance from the grand mean
    raw = df.groupby("interviewer")["score"].mean()
    dev = raw.mean() - raw
    sev = pd.Series({e["interviewer"]: e["severity"] for e in result["interviewers"]})
    shrink = sev["a"] / dev["a"]
    assert 0.5 < shrink <= 1.0
    for name in "bcd":
        assert sev[name] == pytest.approx(shrink * dev[name], abs=2e-4)  # output has 4 decimals


def test_expected_score_is_monotone_and_on_the_scale():
    eta = np.linspace(-3, 9, 50)
    values = expected_score(eta, sigma=0.7, scale_min=1, scale_max=5, censored=True)
    assert np.all(np.diff(values) > 0)
    assert values.min() > 1 and values.max() < 5
    mid = expected_score(np.array([3.0]), sigma=0.7, scale_min=1, scale_max=5, censored=True)
    assert mid[0] == pytest.approx(3.0)


def test_other_scales():
    df = crossed({"a": 0.0, "b": 1.0}, n_candidates=20)
    df["score"] = df["score"] * 2  # 2..10 on a 1..10 scale
    result = calibrate(df, scale_min=1, scale_max=10)
    assert result["model"]["scale_max"] == 10
    for c in result["candidates"]:
        assert 1 <= c["ci_low"] <= c["adjusted_mean"] <= c["ci_high"] <= 10


def test_text_format_lists_everyone(simulated):
    sim, result = simulated
    text = format_text(result)
    assert "Krippendorff" in text and "severity" in text
    for name in sim.scores["interviewer"].unique():
        assert name in text
    assert result["candidates"][0]["candidate"] in text


def test_simulator_variants():
    from dataclasses import replace

    base = DESIGNS[0]
    uni = simulate(replace(base, severity_dist="uniform", n_interviewers=400, n_candidates=300), seed=1)
    assert np.abs(uni.true_severity).max() <= np.sqrt(3) * base.severity_sd
    assert uni.true_severity.std() == pytest.approx(base.severity_sd, rel=0.15)
    cut = simulate(replace(base, cutpoints=(1.2, 1.9, 2.6, 3.6)), seed=1)
    assert set(cut.scores["score"].unique()) <= {1.0, 2.0, 3.0, 4.0, 5.0}
    assert cut.scores["score"].mean() > simulate(base, seed=1).scores["score"].mean()
    dim = simulate(replace(base, interviewer_dimension_sd=0.3), seed=1)
    assert len(dim.scores) == len(simulate(base, seed=1).scores)
    with pytest.raises(ValueError):
        simulate(replace(base, severity_dist="cauchy"), seed=1)


def test_fixed_variance_components_are_kept():
    from scorecards.calibration import fit_rater_model

    sim = simulate(DESIGNS[0], seed=3)
    s = sim.scores
    c, i, d = (pd.Categorical(s[k]) for k in ("candidate", "interviewer", "dimension"))
    y = s["score"].to_numpy(float)
    fit = fit_rater_model(
        candidate=c.codes.astype(np.int64), interviewer=i.codes.astype(np.int64),
        dimension=d.codes.astype(np.int64), score=y, n_candidates=len(c.categories),
        n_interviewers=len(i.categories), n_dimensions=len(d.categories),
        lower=np.where(y <= 1, -np.inf, y - 0.5), upper=np.where(y >= 5, np.inf, y + 0.5),
        variance_components=(0.8, 0.5, 0.7),
    )
    assert fit.converged
    assert (fit.tau_candidate, fit.tau_interviewer, fit.sigma) == pytest.approx((0.8, 0.5, 0.7))
