"""Holdout metrics against scikit-learn, the bootstrap, and the SUB-* findings that need the labels."""
import dataclasses

import numpy as np
import pandas as pd
import pytest
from sklearn import metrics as skm

from cases.takehome.scoring import (METRICS, SCORER_METRICS, bootstrap_counts, holdout_score, metric_weighted,
                                    predictions_check, predictions_compare, score_findings)
from cases.takehome.tasks import task_get

REFERENCE = {
    "roc_auc": skm.roc_auc_score,
    "average_precision": skm.average_precision_score,
    "accuracy": lambda y, p, sample_weight: skm.accuracy_score(y, p >= 0.5, sample_weight=sample_weight),
    "balanced_accuracy": lambda y, p, sample_weight: skm.balanced_accuracy_score(y, p >= 0.5,
                                                                                 sample_weight=sample_weight),
    "f1": lambda y, p, sample_weight: skm.f1_score(y, p >= 0.5, sample_weight=sample_weight),
    "precision": lambda y, p, sample_weight: skm.precision_score(y, p >= 0.5, sample_weight=sample_weight),
    "recall": lambda y, p, sample_weight: skm.recall_score(y, p >= 0.5, sample_weight=sample_weight),
    "log_loss": skm.log_loss,
    "brier_score": skm.brier_score_loss,
}
REGRESSION_REFERENCE = {
    "rmse": skm.root_mean_squared_error, "mse": skm.mean_squared_error, "mae": skm.mean_absolute_error,
    "r2": skm.r2_score,
}


@pytest.fixture(scope="module")
def classified():
    rng = np.random.default_rng(7)
    y = (rng.random(800) < 0.1).astype(float)
    p = np.round(np.clip(0.1 + 0.25 * y + rng.normal(0, 0.15, 800), 0, 1), 2)  # rounding makes ties
    return y, p


def test_every_metric_has_a_reference_check():
    assert set(METRICS) == set(REFERENCE) | set(REGRESSION_REFERENCE)
    assert {metric for metric, _ in SCORER_METRICS.values()} <= set(METRICS)


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_weighted_classification_metrics_equal_sklearn_with_sample_weight(name, classified):
    y, p = classified
    counts = bootstrap_counts(len(y), 5, rng=np.random.default_rng(1))
    ours = metric_weighted(name, y, p, counts)
    theirs = [REFERENCE[name](y, p, sample_weight=w) for w in counts]
    np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("name", sorted(REGRESSION_REFERENCE))
def test_weighted_regression_metrics_equal_sklearn_with_sample_weight(name):
    rng = np.random.default_rng(3)
    y = rng.normal(size=300)
    p = y + rng.normal(0, 0.5, 300)
    counts = bootstrap_counts(300, 4, rng=rng)
    theirs = [REGRESSION_REFERENCE[name](y, p, sample_weight=w) for w in counts]
    np.testing.assert_allclose(metric_weighted(name, y, p, counts), theirs, rtol=1e-10)


def test_bootstrap_counts_resample_with_replacement():
    counts = bootstrap_counts(50, 2000, rng=np.random.default_rng(0))
    assert (counts.sum(axis=1) == 50).all()
    # Each count is Binomial(50, 1/50): mean 1, variance 0.98.
    assert counts.mean() == pytest.approx(1.0)
    assert counts.var() == pytest.approx(0.98, rel=0.05)


def test_holdout_score_matches_a_plain_percentile_bootstrap(classified):
    y, p = classified
    result = holdout_score(p, y, metric="roc_auc", n_boot=300, seed=5)
    assert result["value"] == pytest.approx(skm.roc_auc_score(y, p))
    # The same resamples, drawn as indices and scored one by one with scikit-learn.
    rng = np.random.default_rng(5)
    draws = rng.integers(0, len(y), size=(300, len(y)))
    values = [skm.roc_auc_score(y[idx], p[idx]) for idx in draws]
    low, high = np.quantile(values, [0.025, 0.975])
    assert result["ci_low"] == pytest.approx(low) and result["ci_high"] == pytest.approx(high)


def test_holdout_interval_covers_the_truth_at_about_the_nominal_rate():
    # AUC of two unit normals shifted by d is Phi(d / sqrt(2)); d = 1 gives 0.7602.
    from math import erf, sqrt
    truth = 0.5 * (1 + erf((1 / sqrt(2)) / sqrt(2)))
    rng = np.random.default_rng(11)
    hits = 0
    for _ in range(60):
        y = (rng.random(400) < 0.3).astype(float)
        p = rng.normal(size=400) + y
        result = holdout_score(p, y, metric="roc_auc", n_boot=300, seed=int(rng.integers(1 << 30)))
        hits += result["ci_low"] <= truth <= result["ci_high"]
    assert 50 <= hits <= 60  # 95% nominal; 60 trials


def test_holdout_score_rejects_misaligned_input():
    with pytest.raises(ValueError):
        holdout_score([0.1, 0.2], [0, 1, 1], metric="roc_auc")


# --------------------------------------------------------------------------- predictions_check

@pytest.fixture(scope="module")
def task():
    return task_get("churn-snapshots")


def frame(rows):
    return pd.DataFrame(rows, columns=["snapshot_id", "prediction"]).astype(str)


def test_clean_predictions_have_no_finding(task):
    assert predictions_check(frame([("a", "0.1"), ("b", "0.9")]), ["a", "b"], task=task) == []


def test_each_problem_is_reported_with_its_rows(task):
    pred = frame([("a", "0.1"), ("a", "0.2"), ("zz", "0.3"), ("c", ""), ("d", "1.5"), ("e", "abc")])
    found = predictions_check(pred, ["a", "b", "c", "d", "e"], task=task)
    assert {f["code"] for f in found} == {"SUB-INVALID-PREDICTIONS"}
    text = " | ".join(f["message"] for f in found)
    assert "more than once: a (lines 3)" in text
    assert "not in test.csv: zz (lines 4)" in text
    assert "no prediction: b" in text
    assert "lines 5, 7" in text  # empty and non-numeric
    assert "outside [0, 1]" in text and "lines 6" in text
    assert all(f["dimension"] == "craft-reproducibility" and f["file"] == "predictions.csv" for f in found)


def test_wrong_columns_are_named(task):
    found = predictions_check(pd.DataFrame({"id": ["a"], "proba": ["0.1"]}), ["a"], task=task)
    assert len(found) == 1 and "missing column(s) snapshot_id, prediction" in found[0]["message"]


def test_regression_predictions_may_leave_zero_one(task):
    regression = dataclasses.replace(task, metric="rmse")
    assert predictions_check(frame([("a", "12.5")]), ["a"], task=regression) == []


# --------------------------------------------------------------------------- score findings

def test_suspicious_score_only_above_the_ceiling(task):
    just_below = {"roc_auc": {"value": task.honest_ceiling - 0.001, "ci_low": 0.7, "ci_high": 0.9}}
    assert score_findings(task=task, metrics=just_below, claims={}) == []
    above = {"roc_auc": {"value": task.honest_ceiling + 0.05, "ci_low": 0.8, "ci_high": 0.95}}
    found = score_findings(task=task, metrics=above, claims={})
    assert [f["code"] for f in found] == ["SUB-SUSPICIOUS-SCORE"]
    assert found[0]["severity"] == "high" and "retention_offer_accepted" in found[0]["message"]


def test_claim_gap_uses_the_tolerance_or_the_holdout_interval(task):
    metrics = {"roc_auc": {"value": 0.75, "ci_low": 0.74, "ci_high": 0.76}}  # narrow interval
    assert score_findings(task=task, metrics=metrics, claims={"roc_auc": 0.75 + task.claim_tolerance - 1e-3}) == []
    found = score_findings(task=task, metrics=metrics, claims={"roc_auc": 0.75 + task.claim_tolerance + 1e-3})
    assert [f["code"] for f in found] == ["SUB-CLAIM-GAP"] and found[0]["severity"] == "medium"
    wide = {"roc_auc": {"value": 0.75, "ci_low": 0.65, "ci_high": 0.85}}
    assert score_findings(task=task, metrics=wide, claims={"roc_auc": 0.84}) == []
    assert score_findings(task=task, metrics=wide, claims={"roc_auc": 0.99})[0]["severity"] == "medium"
    assert score_findings(task=task, metrics=metrics, claims={"roc_auc": 0.95})[0]["severity"] == "high"


def test_claim_gap_for_loss_scorers_is_oriented(task):
    metrics = {"log_loss": {"value": 0.40, "ci_low": 0.39, "ci_high": 0.41}, "roc_auc": {"value": 0.7,
               "ci_low": 0.69, "ci_high": 0.71}}
    # neg_log_loss -0.20 claims a loss of 0.20, far better than 0.40 on the holdout.
    found = score_findings(task=task, metrics=metrics, claims={"neg_log_loss": -0.20})
    assert [f["code"] for f in found] == ["SUB-CLAIM-GAP"]
    assert score_findings(task=task, metrics=metrics, claims={"neg_log_loss": -0.45}) == []


def test_unscored_claims_are_ignored(task):
    metrics = {"roc_auc": {"value": 0.7, "ci_low": 0.6, "ci_high": 0.8}}
    assert score_findings(task=task, metrics=metrics, claims={"top_k_accuracy": 0.99}) == []


# --------------------------------------------------------------------------- reproducibility

def test_predictions_compare(task):
    a = frame([("a", "0.1"), ("b", "0.2")])
    assert predictions_compare(a, frame([("b", "0.2000000001"), ("a", "0.1")]), id_column="snapshot_id") is None
    changed = predictions_compare(a, frame([("a", "0.1"), ("b", "0.3")]), id_column="snapshot_id")
    assert changed["code"] == "SUB-NOT-REPRODUCIBLE" and "1 of 2" in changed["message"]
    other = predictions_compare(a, frame([("a", "0.1"), ("c", "0.2")]), id_column="snapshot_id")
    assert "other ids" in other["message"] and other["evidence"]["only_rerun"] == ["c"]
    cols = predictions_compare(a, pd.DataFrame({"x": ["a"]}), id_column="snapshot_id")
    assert "columns" in cols["message"]


def test_floating_point_noise_is_not_a_reproducibility_failure():
    # Another BLAS thread count moves probabilities by ~1e-6 relative; a refit with another seed by ~1e-2.
    a = pd.DataFrame({"snapshot_id": ["a", "b", "c"], "prediction": [0.81, 0.42, 0.07]})
    noise = a.assign(prediction=a["prediction"] * (1 + 3e-6))
    assert predictions_compare(a, noise, id_column="snapshot_id") is None
    refit = a.assign(prediction=a["prediction"] + 0.01)
    assert predictions_compare(a, refit, id_column="snapshot_id")["code"] == "SUB-NOT-REPRODUCIBLE"


def test_a_tiny_share_of_differences_is_tolerated():
    n = 5000
    ids = [f"i{k}" for k in range(n)]
    a = pd.DataFrame({"snapshot_id": ids, "prediction": np.linspace(0, 1, n)})
    b = a.copy()
    b.loc[0, "prediction"] += 0.5  # 1 of 5000 = 0.02% <= 0.1%
    assert predictions_compare(a, b, id_column="snapshot_id") is None
    b.loc[:10, "prediction"] += 0.5  # 11 of 5000 = 0.22%
    assert predictions_compare(a, b, id_column="snapshot_id") is not None
