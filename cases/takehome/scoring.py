"""Scoring a submission against the hidden holdout, and the SUB-* findings that need it.

Point values come from scikit-learn's metric functions. Intervals are
percentile bootstraps over the holdout rows: each replicate is a vector of
resampling counts, and every metric is computed for all replicates at once as
a count-weighted statistic (for ROC AUC and average precision over the rows
sorted once by score), which equals the scikit-learn metric of the resampled
rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
import pandas as pd
from sklearn import metrics as skm

from .findings import finding
from .tasks import TaskSpec

PREDICTIONS_FILE = "predictions.csv"
PREDICTION_COLUMN = "prediction"
N_BOOT = 1000
BOOT_BLOCK = 200  # replicates per block, bounds memory to BOOT_BLOCK x n weights
EXAMPLES = 10  # offending ids named in a message
# Two predictions agree when |a - b| <= REPRO_ATOL + REPRO_RTOL * |a|: floating-point noise from a
# different BLAS thread count is not a reproducibility failure; a refit with another seed is.
REPRO_ATOL = 1e-6
REPRO_RTOL = 1e-4
REPRO_MAX_SHARE = 0.001  # share of rows allowed to disagree


# --------------------------------------------------------------------------- metrics

def _auc_weighted(y: np.ndarray, p: np.ndarray, w: np.ndarray) -> np.ndarray:
    order = np.argsort(p, kind="mergesort")
    ps, ys = p[order], y[order].astype(bool)
    starts = np.flatnonzero(np.r_[True, ps[1:] != ps[:-1]])
    ws = w[:, order]
    pos = np.add.reduceat(np.where(ys, ws, 0.0), starts, axis=1)
    neg = np.add.reduceat(np.where(ys, 0.0, ws), starts, axis=1)
    below = np.cumsum(neg, axis=1) - neg
    with np.errstate(invalid="ignore", divide="ignore"):
        return (pos * (below + 0.5 * neg)).sum(axis=1) / (pos.sum(axis=1) * neg.sum(axis=1))


def _ap_weighted(y: np.ndarray, p: np.ndarray, w: np.ndarray) -> np.ndarray:
    order = np.argsort(-p, kind="mergesort")
    ps, ys = p[order], y[order].astype(bool)
    starts = np.flatnonzero(np.r_[True, ps[1:] != ps[:-1]])
    ws = w[:, order]
    pos = np.add.reduceat(np.where(ys, ws, 0.0), starts, axis=1)
    neg = np.add.reduceat(np.where(ys, 0.0, ws), starts, axis=1)
    tp, fp = np.cumsum(pos, axis=1), np.cumsum(neg, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(tp + fp > 0, tp / (tp + fp), 0.0)
        return (pos * precision).sum(axis=1) / pos.sum(axis=1)


def _confusion(y, p, w):
    yhat, yb = p >= 0.5, y.astype(bool)
    return w @ (yhat & yb), w @ (yhat & ~yb), w @ (~yhat & yb), w @ (~yhat & ~yb)


def _ratio(a, b):
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(b > 0, a / np.where(b > 0, b, 1), np.nan)


def _f1(y, p, w):
    tp, fp, fn, _ = _confusion(y, p, w)
    return _ratio(2 * tp, 2 * tp + fp + fn)


def _precision(y, p, w):
    tp, fp, _, _ = _confusion(y, p, w)
    return _ratio(tp, tp + fp)


def _recall(y, p, w):
    tp, _, fn, _ = _confusion(y, p, w)
    return _ratio(tp, tp + fn)


def _balanced_accuracy(y, p, w):
    tp, fp, fn, tn = _confusion(y, p, w)
    return (_ratio(tp, tp + fn) + _ratio(tn, tn + fp)) / 2


def _mean(values):
    return lambda y, p, w: (w @ values(y, p)) / w.sum(axis=1)


def _r2(y, p, w):
    total = w.sum(axis=1)
    ss_res = w @ (y - p) ** 2
    ss_tot = w @ (y ** 2) - (w @ y) ** 2 / total
    return 1 - _ratio(ss_res, ss_tot)


def _log_loss_rows(y, p):
    q = np.clip(p, 1e-15, 1 - 1e-15)
    return -(y * np.log(q) + (1 - y) * np.log(1 - q))


@dataclass(frozen=True)
class Metric:
    name: str
    weighted: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]  # (y, p, weights B x n) -> B values
    reference: Callable[[np.ndarray, np.ndarray], float]  # scikit-learn's value on all rows
    greater_is_better: bool = True
    classification: bool = True


def _thresholded(fn):
    return lambda y, p: float(fn(y, p >= 0.5))


METRICS: dict[str, Metric] = {m.name: m for m in [
    Metric("roc_auc", _auc_weighted, lambda y, p: float(skm.roc_auc_score(y, p))),
    Metric("average_precision", _ap_weighted, lambda y, p: float(skm.average_precision_score(y, p))),
    Metric("accuracy", _mean(lambda y, p: ((p >= 0.5) == y.astype(bool)).astype(float)),
           _thresholded(skm.accuracy_score)),
    Metric("balanced_accuracy", _balanced_accuracy, _thresholded(skm.balanced_accuracy_score)),
    Metric("f1", _f1, _thresholded(lambda y, yhat: skm.f1_score(y, yhat, zero_division=0))),
    Metric("precision", _precision, _thresholded(lambda y, yhat: skm.precision_score(y, yhat, zero_division=0))),
    Metric("recall", _recall, _thresholded(lambda y, yhat: skm.recall_score(y, yhat, zero_division=0))),
    Metric("log_loss", _mean(_log_loss_rows), lambda y, p: float(skm.log_loss(y, p, labels=[0, 1])),
           greater_is_better=False),
    Metric("brier_score", _mean(lambda y, p: (p - y) ** 2),
           lambda y, p: float(skm.brier_score_loss(y, p)), greater_is_better=False),
    Metric("rmse", lambda y, p, w: np.sqrt(_mean(lambda y, p: (y - p) ** 2)(y, p, w)),
           lambda y, p: float(skm.root_mean_squared_error(y, p)), greater_is_better=False, classification=False),
    Metric("mse", _mean(lambda y, p: (y - p) ** 2), lambda y, p: float(skm.mean_squared_error(y, p)),
           greater_is_better=False, classification=False),
    Metric("mae", _mean(lambda y, p: np.abs(y - p)), lambda y, p: float(skm.mean_absolute_error(y, p)),
           greater_is_better=False, classification=False),
    Metric("r2", _r2, lambda y, p: float(skm.r2_score(y, p)), classification=False),
]}

# scikit-learn scorer name -> (metric, sign that turns the metric into the scorer's value)
SCORER_METRICS = {
    "roc_auc": ("roc_auc", 1), "average_precision": ("average_precision", 1), "accuracy": ("accuracy", 1),
    "balanced_accuracy": ("balanced_accuracy", 1), "f1": ("f1", 1), "precision": ("precision", 1),
    "recall": ("recall", 1), "neg_log_loss": ("log_loss", -1), "neg_brier_score": ("brier_score", -1),
    "neg_root_mean_squared_error": ("rmse", -1), "neg_mean_squared_error": ("mse", -1),
    "neg_mean_absolute_error": ("mae", -1), "r2": ("r2", 1),
}


def metric_weighted(name: str, y, p, weights) -> np.ndarray:
    """The metric of count-weighted rows, one value per row of ``weights``."""
    w = np.atleast_2d(np.asarray(weights, dtype=float))
    return METRICS[name].weighted(np.asarray(y, dtype=float), np.asarray(p, dtype=float), w)


def bootstrap_counts(n: int, n_boot: int, *, rng: np.random.Generator) -> np.ndarray:
    """Resampling counts, ``n_boot`` x ``n``: row j of replicate b was drawn counts[b, j] times."""
    draws = rng.integers(0, n, size=(n_boot, n))
    flat = (draws + (np.arange(n_boot) * n)[:, None]).ravel()
    return np.bincount(flat, minlength=n_boot * n).reshape(n_boot, n).astype(float)


def holdout_score(pred, labels, *, metric: str, n_boot: int = N_BOOT, seed: int = 0,
                  level: float = 0.95) -> dict[str, float | None]:
    """The metric on the holdout and its percentile bootstrap interval.

    ``pred`` and ``labels`` are aligned sequences (same rows, same order).
    """
    spec = METRICS[metric]
    y = np.asarray(labels, dtype=float)
    p = np.asarray(pred, dtype=float)
    if y.shape != p.shape or y.ndim != 1:
        raise ValueError("pred and labels must be aligned 1-d sequences of the same length")
    value = spec.reference(y, p)
    if n_boot <= 0:
        return {"value": value, "ci_low": None, "ci_high": None}
    rng = np.random.default_rng(seed)
    reps = []
    for start in range(0, n_boot, BOOT_BLOCK):
        counts = bootstrap_counts(len(y), min(BOOT_BLOCK, n_boot - start), rng=rng)
        reps.append(spec.weighted(y, p, counts))
    reps = np.concatenate(reps)
    reps = reps[np.isfinite(reps)]
    if not len(reps):
        return {"value": value, "ci_low": None, "ci_high": None}
    alpha = (1 - level) / 2
    low, high = np.quantile(reps, [alpha, 1 - alpha])
    return {"value": value, "ci_low": float(low), "ci_high": float(high)}


# --------------------------------------------------------------------------- predictions

def _lines(mask: np.ndarray) -> list[int]:
    return [int(i) + 2 for i in np.flatnonzero(mask)]  # CSV line: header is line 1


def _named(values: list[Any]) -> str:
    shown = ", ".join(str(v) for v in values[:EXAMPLES])
    return shown + (f" and {len(values) - EXAMPLES} more" if len(values) > EXAMPLES else "")


def predictions_check(pred_df: pd.DataFrame, ids, *, task: TaskSpec,
                      file: str = PREDICTIONS_FILE) -> list[dict[str, Any]]:
    """SUB-INVALID-PREDICTIONS findings, one per problem, naming the offending rows; empty when scorable."""
    from .uploads import predictions_columns_problem

    def invalid(message: str, *, line: int | None = None, **evidence: Any) -> dict[str, Any]:
        return finding(code="SUB-INVALID-PREDICTIONS", severity="high", file=file, line=line,
                       message=message, **evidence)

    problem = predictions_columns_problem([str(c) for c in pred_df.columns], id_column=task.id_column)
    if problem:
        return [invalid(problem, columns=[str(c) for c in pred_df.columns])]
    found: list[dict[str, Any]] = []
    got = pred_df[task.id_column].astype(str).str.strip()
    expected = pd.Index(pd.Series(ids, dtype=str))
    dup = got.duplicated(keep="first").to_numpy()
    if dup.any():
        lines = _lines(dup)
        dup_ids = list(dict.fromkeys(got[dup]))
        found.append(invalid(f"{len(dup_ids)} id(s) appear more than once: {_named(dup_ids)} (lines "
                             f"{_named(lines)}); keep one prediction per id", line=lines[0], ids=dup_ids[:50],
                             lines=lines[:50], count=int(dup.sum())))
    unknown = ~got.isin(expected).to_numpy()
    if unknown.any():
        lines = _lines(unknown)
        bad = list(got[unknown])
        found.append(invalid(f"{len(bad)} row(s) have ids that are not in test.csv: {_named(bad)} (lines "
                             f"{_named(lines)})", line=lines[0], ids=bad[:50], lines=lines[:50], count=len(bad)))
    missing = expected[~expected.isin(got)]
    if len(missing):
        found.append(invalid(f"{len(missing)} id(s) of test.csv have no prediction: {_named(list(missing))}",
                             ids=list(missing[:50]), count=int(len(missing))))
    raw = pred_df[PREDICTION_COLUMN]
    values = pd.to_numeric(raw.astype(str).str.strip().replace("", np.nan), errors="coerce")
    nan = (values.isna() | ~np.isfinite(values.fillna(0))).to_numpy()
    if nan.any():
        lines = _lines(nan)
        found.append(invalid(f"{int(nan.sum())} prediction(s) are empty, NaN, infinite or not numbers (lines "
                             f"{_named(lines)}, e.g. {_named(list(raw[nan].astype(str))[:3])})", line=lines[0],
                             lines=lines[:50], count=int(nan.sum())))
    if task.is_classification:
        outside = ((values < 0) | (values > 1)).fillna(False).to_numpy()
        if outside.any():
            lines = _lines(outside)
            found.append(invalid(f"{int(outside.sum())} prediction(s) are outside [0, 1]; predict the probability "
                                 f"of the positive class (lines {_named(lines)}, e.g. "
                                 f"{_named(list(values[outside])[:3])})", line=lines[0], lines=lines[:50],
                                 count=int(outside.sum())))
    return found


def predictions_aligned(pred_df: pd.DataFrame, ids, *, task: TaskSpec) -> np.ndarray:
    """Predictions in the order of ``ids`` (call after predictions_check found nothing)."""
    series = pd.Series(pd.to_numeric(pred_df[PREDICTION_COLUMN]).to_numpy(),
                       index=pred_df[task.id_column].astype(str).str.strip())
    return series.reindex(pd.Series(ids, dtype=str)).to_numpy(dtype=float)


def labels_read(path, *, task: TaskSpec) -> pd.DataFrame:
    """The hidden labels file: id (as text) and target."""
    return pd.read_csv(path, dtype={task.id_column: str}, keep_default_na=False)


# --------------------------------------------------------------------------- findings from scores

def claim_metric(name: str) -> tuple[str, int] | None:
    return SCORER_METRICS.get(name)


def claim_tolerance(*, task: TaskSpec, score: dict[str, Any], sign: int) -> float:
    """The task's tolerance, widened to the holdout's own bootstrap half-interval on the better side.

    On a small holdout the metric itself is uncertain; a claim inside the
    holdout's 95% interval is not evidence of an overstated evaluation.
    """
    bound = score.get("ci_high") if sign > 0 else score.get("ci_low")
    if bound is None:
        return task.claim_tolerance
    return max(task.claim_tolerance, abs(bound - score["value"]))


def score_findings(*, task: TaskSpec, metrics: dict[str, dict[str, Any]],
                   claims: dict[str, float]) -> list[dict[str, Any]]:
    """SUB-SUSPICIOUS-SCORE and SUB-CLAIM-GAP from the holdout metrics and the claimed ones."""
    found = []
    main = metrics.get(task.metric)
    if main is not None:
        value = main["value"]
        spec = METRICS[task.metric]
        above = value > task.honest_ceiling if spec.greater_is_better else value < task.honest_ceiling
        if above:
            found.append(finding(
                code="SUB-SUSPICIOUS-SCORE", severity="high", file=PREDICTIONS_FILE,
                message=(f"hidden-holdout {task.metric} {value:.3f} is beyond the honest ceiling "
                         f"{task.honest_ceiling:.3f} that the non-leaky features allow; the model very likely "
                         f"uses information known only after the outcome"
                         + (f" (declared leaky columns: {', '.join(task.leaky_columns)})"
                            if task.leaky_columns else "")),
                metric=task.metric, value=value, ceiling=task.honest_ceiling))
    for name, claimed in claims.items():
        mapped = claim_metric(name)
        if mapped is None or mapped[0] not in metrics:
            continue
        metric, sign = mapped
        score = metrics[metric]
        holdout = sign * score["value"]
        tolerance = claim_tolerance(task=task, score=score, sign=sign)
        gap = claimed - holdout
        if gap > tolerance:
            severity = "high" if gap > 3 * tolerance else "medium"
            found.append(finding(
                code="SUB-CLAIM-GAP", severity=severity, file="metrics.json",
                message=(f"claimed {name} {claimed:.3f} exceeds the hidden-holdout value {holdout:.3f} by "
                         f"{gap:.3f} (tolerance {tolerance:.3f}); the reported evaluation overstates what the "
                         f"model does on new data"),
                metric=name, claimed=claimed, holdout=holdout, gap=gap, tolerance=tolerance))
    return found


def predictions_compare(submitted: pd.DataFrame, rerun: pd.DataFrame, *, id_column: str,
                        atol: float = REPRO_ATOL, rtol: float = REPRO_RTOL,
                        max_share: float = REPRO_MAX_SHARE) -> dict[str, Any] | None:
    """SUB-NOT-REPRODUCIBLE when the re-run's predictions differ from the submitted ones, else None."""
    from .uploads import predictions_columns_problem

    def differ(message: str, **evidence: Any) -> dict[str, Any]:
        return finding(code="SUB-NOT-REPRODUCIBLE", severity="high", file=PREDICTIONS_FILE, message=message,
                       **evidence)

    problem = predictions_columns_problem([str(c) for c in rerun.columns], id_column=id_column)
    if problem:
        return differ(f"the re-run wrote a predictions.csv unlike the submitted one: {problem}")
    a = submitted.assign(**{id_column: submitted[id_column].astype(str).str.strip()})
    b = rerun.assign(**{id_column: rerun[id_column].astype(str).str.strip()})
    a_ids, b_ids = set(a[id_column]), set(b[id_column])
    if a_ids != b_ids or len(a) != len(b):
        only_sub, only_run = sorted(a_ids - b_ids), sorted(b_ids - a_ids)
        return differ(f"the re-run predicts other ids than the submission: {len(only_sub)} only in the submission "
                      f"({_named(only_sub)}), {len(only_run)} only in the re-run ({_named(only_run)}), "
                      f"{len(a)} vs {len(b)} rows", only_submitted=only_sub[:50], only_rerun=only_run[:50])
    a = a.drop_duplicates(id_column).set_index(id_column)[PREDICTION_COLUMN]
    b = b.drop_duplicates(id_column).set_index(id_column)[PREDICTION_COLUMN].reindex(a.index)
    va = pd.to_numeric(a, errors="coerce").to_numpy(dtype=float)
    vb = pd.to_numeric(b, errors="coerce").to_numpy(dtype=float)
    diff = np.abs(va - vb)
    both_nan = np.isnan(va) & np.isnan(vb)
    off = ~both_nan & ~(diff <= atol + rtol * np.abs(va))
    share = float(off.mean()) if len(off) else 0.0
    if share > max_share:
        ids = list(a.index[off])
        max_diff = float(np.nanmax(np.where(both_nan, 0, diff))) if len(diff) else 0.0
        return differ(f"{int(off.sum())} of {len(off)} predictions ({share:.1%}) differ from the re-run by more "
                      f"than {atol:g} (largest difference {max_diff:.3g}), e.g. ids {_named(ids)}; the submitted "
                      f"predictions were not produced by this code as submitted (set random seeds; write the "
                      f"predictions the code computes)", count=int(off.sum()), share=share,
                      max_abs_diff=max_diff, ids=ids[:50])
    return None
