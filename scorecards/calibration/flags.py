"""Per-interviewer diagnostics and the flags drawn from them.

Every flag rests on an interval, never on a point estimate alone, and on a
practical threshold, so that a large pool does not light up with trivia.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

Z95 = float(stats.norm.ppf(0.975))

MIN_SCORES = 10  # fewer scores than this: "few-scores"
MIN_CANDIDATES = 3  # ... or fewer candidates than this
MIN_CANDIDATES_PATTERN = 8  # halo / low-variance / drift need this many candidates
SEVERITY_POINTS = 0.25  # practical threshold on a 1..5 scale, scaled to others
HALO_RATIO = 0.5  # within-candidate spread under half of colleagues'
LOW_VARIANCE_RATIO = 0.5  # tracks candidates at under half the usual slope
DRIFT_POINTS = 0.5  # severity change over the interviewer's active period


def _t_interval(estimate, se, df):
    q = stats.t.ppf(0.975, np.maximum(df, 1))
    return estimate - q * se, estimate + q * se


def pair_table(
    *, candidate: np.ndarray, interviewer: np.ndarray, score: np.ndarray,
    residual: np.ndarray, severity: np.ndarray,
    days: np.ndarray | None,
) -> pd.DataFrame:
    """One row per (interviewer, candidate) pair with the figures flags need."""
    frame = pd.DataFrame({
        "c": candidate, "i": interviewer, "y": score,
        "residual": residual,
    })
    if days is not None:
        frame["t"] = days
    grouped = frame.groupby(["i", "c"], sort=False)
    pairs = grouped.agg(
        n=("y", "size"), mean=("y", "mean"), spread=("y", "std"),
        residual=("residual", "mean"),
        **({"t": ("t", "mean")} if days is not None else {}),
    ).reset_index()
    pairs["adjusted"] = pairs["mean"] + severity[pairs["i"].to_numpy()]
    return pairs


def halo(pairs: pd.DataFrame, n_interviewers: int) -> pd.DataFrame:
    """Within-candidate spread of scores across dimensions relative to
    colleagues on the same candidates; ratio of means with a delta-method
    interval."""
    p = pairs[pairs["n"] >= 3].copy()
    sums = p.groupby("c")["spread"].agg(["sum", "count"])
    tot = sums.reindex(p["c"]).to_numpy()
    others = tot[:, 1] - 1
    p["others"] = np.where(others > 0, (tot[:, 0] - p["spread"].to_numpy()) / np.maximum(others, 1), np.nan)
    p = p.dropna(subset=["spread", "others"])
    g = p.groupby("i")
    n = g.size()
    ma = g["spread"].mean()
    mb = g["others"].mean()
    va = g["spread"].var()
    vb = g["others"].var()
    da = p["spread"] - g["spread"].transform("mean")
    db = p["others"] - g["others"].transform("mean")
    cov = (da * db).groupby(p["i"]).sum() / (n - 1).where(n > 1)
    ratio = ma / mb
    var_ratio = (va + ratio**2 * vb - 2 * ratio * cov) / (n * mb**2)
    se = np.sqrt(np.maximum(var_ratio, 0))
    out = pd.DataFrame({"halo_n": n, "halo_ratio": ratio,
                        "halo_low": ratio - Z95 * se, "halo_high": ratio + Z95 * se})
    return out.reindex(range(n_interviewers))


def _slopes(x, y, groups, n_groups):
    """Per-group OLS slope of y on x with its standard error."""
    n = np.bincount(groups, minlength=n_groups).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        mx = np.bincount(groups, weights=x, minlength=n_groups) / n
        my = np.bincount(groups, weights=y, minlength=n_groups) / n
        dx = x - mx[groups]
        dy = y - my[groups]
        sxx = np.bincount(groups, weights=dx * dx, minlength=n_groups)
        sxy = np.bincount(groups, weights=dx * dy, minlength=n_groups)
        slope = sxy / sxx
        resid = dy - slope[groups] * dx
        rss = np.bincount(groups, weights=resid * resid, minlength=n_groups)
        se = np.sqrt(rss / np.maximum(n - 2, 1) / sxx)
        span = np.full(n_groups, np.nan)
        if len(x):
            s = pd.Series(x).groupby(groups)
            span_vals = (s.max() - s.min())
            span[span_vals.index.to_numpy()] = span_vals.to_numpy()
    return n, slope, se, span


def discrimination(pairs: pd.DataFrame, n_interviewers: int) -> pd.DataFrame:
    """Slope of an interviewer's candidate means on colleagues' severity-adjusted
    means for the same candidates (leave-one-out). Near 0: the interviewer's
    scores barely follow the candidates."""
    sums = pairs.groupby("c")["adjusted"].agg(["sum", "count"])
    tot = sums.reindex(pairs["c"]).to_numpy()
    others = tot[:, 1] - 1
    keep = others > 0
    p = pairs[keep]
    x = ((tot[keep, 0] - p["adjusted"].to_numpy()) / others[keep])
    n, slope, se, _ = _slopes(x, p["mean"].to_numpy(), p["i"].to_numpy(), n_interviewers)
    low, high = _t_interval(slope, se, n - 2)
    usable = n >= MIN_CANDIDATES_PATTERN
    typical = float(np.nanmedian(slope[usable])) if usable.any() else np.nan
    return pd.DataFrame({"disc_n": n, "discrimination": slope, "disc_low": low,
                         "disc_high": high, "disc_typical": typical})


def drift(pairs: pd.DataFrame, n_interviewers: int) -> pd.DataFrame:
    """Slope of the interviewer's residuals on time, as severity change per 30
    days (positive: growing harsher)."""
    p = pairs.dropna(subset=["t"])
    n, slope, se, span = _slopes(p["t"].to_numpy(), p["residual"].to_numpy(),
                                 p["i"].to_numpy(), n_interviewers)
    per30 = -slope * 30.0
    se30 = se * 30.0
    low, high = _t_interval(per30, se30, n - 2)
    return pd.DataFrame({"drift_n": n, "drift": per30, "drift_low": low,
                         "drift_high": high, "span_days": span})


def interviewer_flags(row: dict, *, scale_span: float) -> list[str]:
    unit = scale_span / 4.0  # thresholds are written for a 1..5 scale
    flags = []
    if row["n_scores"] < MIN_SCORES or row["n_candidates"] < MIN_CANDIDATES:
        flags.append("few-scores")
    sev, lo, hi = row["severity"], row["ci_low"], row["ci_high"]
    if lo > 0 and sev >= SEVERITY_POINTS * unit:
        flags.append("harsh")
    if hi < 0 and sev <= -SEVERITY_POINTS * unit:
        flags.append("lenient")
    enough = row["n_candidates"] >= MIN_CANDIDATES_PATTERN
    h_high = row.get("halo_ci_high")
    if enough and h_high is not None and np.isfinite(h_high) and h_high < HALO_RATIO:
        flags.append("halo")
    d_high, typical = row.get("discrimination_ci_high"), row.get("_typical")
    if (enough and d_high is not None and np.isfinite(d_high) and typical is not None
            and np.isfinite(typical) and typical > 0 and d_high < LOW_VARIANCE_RATIO * typical):
        flags.append("low-variance")
    dr, dlo, dhi, span = (row.get("drift_per_30_days"), row.get("drift_ci_low"),
                          row.get("drift_ci_high"), row.get("_span"))
    if (enough and dr is not None and np.isfinite(dr) and np.isfinite(dlo) and span
            and (dlo > 0 or dhi < 0) and abs(dr) / 30.0 * span >= DRIFT_POINTS * unit):
        flags.append("drift")
    return flags
