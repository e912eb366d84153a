"""Inter-rater reliability: Krippendorff's alpha and Shrout & Fleiss ICCs.

Pure numpy; no ORM. Alpha is computed from the coincidence matrix
(Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"), so it
tolerates missing cells and never needs a dense coders x units matrix when
the caller already holds long-format data (see ``alpha_from_long``).
"""

from __future__ import annotations

import numpy as np
from scipy import stats

LEVELS = ("nominal", "ordinal", "interval", "ratio")


def _difference(values: np.ndarray, marginals: np.ndarray, level: str) -> np.ndarray:
    """Squared difference function delta^2_ck for the sorted distinct values."""
    v = values.astype(float)
    if level == "nominal":
        return 1.0 - np.eye(len(v))
    if level == "interval":
        return (v[:, None] - v[None, :]) ** 2
    if level == "ratio":
        total = v[:, None] + v[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            d = ((v[:, None] - v[None, :]) / total) ** 2
        return np.where(total == 0, 0.0, d)
    if level == "ordinal":
        # (sum_{g=c..k} n_g - (n_c + n_k)/2)^2, with c <= k
        cum = np.concatenate([[0.0], np.cumsum(marginals)])
        idx = np.arange(len(v))
        lo = np.minimum(idx[:, None], idx[None, :])
        hi = np.maximum(idx[:, None], idx[None, :])
        between = cum[hi + 1] - cum[lo]
        return (between - (marginals[:, None] + marginals[None, :]) / 2.0) ** 2
    raise ValueError(f"unknown level of measurement {level!r}; use one of {LEVELS}")


def _alpha_from_counts(counts: np.ndarray, values: np.ndarray, *, level: str) -> float:
    """Alpha from a units x values table of how many coders gave each value."""
    if level not in LEVELS:
        raise ValueError(f"unknown level of measurement {level!r}; use one of {LEVELS}")
    counts = np.asarray(counts, dtype=float)
    m_u = counts.sum(axis=1)
    pairable = m_u >= 2
    counts = counts[pairable]
    m_u = m_u[pairable]
    if counts.shape[0] == 0:
        return float("nan")
    weighted = counts / (m_u - 1.0)[:, None]
    coincidence = weighted.T @ counts - np.diag(weighted.sum(axis=0))
    n_c = coincidence.sum(axis=1)
    n = n_c.sum()
    delta = _difference(np.asarray(values), n_c, level)
    observed = (coincidence * delta).sum()
    expected = (np.outer(n_c, n_c) * delta).sum() / (n - 1.0)
    if expected == 0:
        return float("nan")
    return float(1.0 - observed / expected)


def alpha_from_long(units: np.ndarray, values: np.ndarray, *, level: str) -> float:
    """Alpha from parallel arrays: one entry per (unit, coder) value given."""
    units = np.asarray(units)
    values = np.asarray(values, dtype=float)
    keep = ~np.isnan(values)
    units, values = units[keep], values[keep]
    if values.size == 0:
        return float("nan")
    _, unit_code = np.unique(units, return_inverse=True)
    distinct, value_code = np.unique(values, return_inverse=True)
    n_units = int(unit_code.max()) + 1
    flat = np.bincount(
        unit_code * len(distinct) + value_code, minlength=n_units * len(distinct)
    )
    counts = flat.reshape(n_units, len(distinct))
    return _alpha_from_counts(counts, distinct, level=level)


def krippendorff_alpha(matrix: np.ndarray, *, level: str) -> float:
    """Krippendorff's alpha for a coders x units matrix, ``np.nan`` = missing."""
    data = np.asarray(matrix, dtype=float)
    if data.ndim != 2:
        raise ValueError("reliability data must be a coders x units matrix")
    n_coders, n_units = data.shape
    units = np.broadcast_to(np.arange(n_units), (n_coders, n_units))
    return alpha_from_long(units.ravel(), data.ravel(), level=level)


def icc_table(matrix: np.ndarray, *, confidence: float = 0.95) -> dict:
    """Shrout & Fleiss (1979) ICCs for a fully crossed units x raters matrix.

    Returns ICC1, ICC2, ICC3 (single rater) and ICC1k, ICC2k, ICC3k (mean of
    the k raters), with F-based intervals (McGraw & Wong 1996) as
    ``"<name>_ci": [low, high]``.
    """
    x = np.asarray(matrix, dtype=float)
    if x.ndim != 2 or np.isnan(x).any():
        raise ValueError("ICC needs a complete units x raters matrix")
    n, k = x.shape
    if n < 2 or k < 2:
        raise ValueError("ICC needs at least two units and two raters")
    # constant data leave the ratios undefined: they come out as nan
    with np.errstate(divide="ignore", invalid="ignore"):
        return _icc_table(x, n, k, confidence)


def _icc_table(x: np.ndarray, n: int, k: int, confidence: float) -> dict:
    grand = x.mean()
    ss_rows = k * ((x.mean(axis=1) - grand) ** 2).sum()
    ss_cols = n * ((x.mean(axis=0) - grand) ** 2).sum()
    ss_total = ((x - grand) ** 2).sum()
    ss_err = ss_total - ss_rows - ss_cols
    df_rows, df_cols, df_err = n - 1, k - 1, (n - 1) * (k - 1)
    msr = ss_rows / df_rows
    msc = ss_cols / df_cols
    mse = ss_err / df_err
    msw = (ss_cols + ss_err) / (n * (k - 1))

    icc1 = (msr - msw) / (msr + (k - 1) * msw)
    icc2 = (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n)
    icc3 = (msr - mse) / (msr + (k - 1) * mse)
    icc1k = (msr - msw) / msr
    icc2k = (msr - mse) / (msr + (msc - mse) / n)
    icc3k = (msr - mse) / msr

    q = 1.0 - (1.0 - confidence) / 2.0
    # ICC(1): one-way model
    f1 = msr / msw
    f1_lo = f1 / stats.f.ppf(q, df_rows, n * (k - 1))
    f1_hi = f1 * stats.f.ppf(q, n * (k - 1), df_rows)
    # ICC(3): two-way mixed, consistency
    f3 = msr / mse
    f3_lo = f3 / stats.f.ppf(q, df_rows, df_err)
    f3_hi = f3 * stats.f.ppf(q, df_err, df_rows)
    # ICC(2): two-way random, absolute agreement (Satterthwaite df)
    a = k * icc2 / (n * (1 - icc2))
    b = 1 + k * icc2 * (n - 1) / (n * (1 - icc2))
    v_num = (a * msc + b * mse) ** 2
    v_den = (a * msc) ** 2 / df_cols + (b * mse) ** 2 / df_err
    v = v_num / v_den if v_den > 0 else float(df_err)
    f2_star_hi = stats.f.ppf(q, df_rows, v)
    f2_star_lo = stats.f.ppf(q, v, df_rows)
    icc2_lo = n * (msr - f2_star_hi * mse) / (
        f2_star_hi * (k * msc + (k * n - k - n) * mse) + n * msr
    )
    icc2_hi = n * (f2_star_lo * msr - mse) / (
        k * msc + (k * n - k - n) * mse + n * f2_star_lo * msr
    )

    def single(f_value: float) -> float:
        return (f_value - 1) / (f_value + k - 1)

    def average(f_value: float) -> float:
        return 1 - 1 / f_value

    def spearman_brown(r: float) -> float:
        return k * r / (1 + (k - 1) * r)

    return {
        "units": int(n),
        "raters": int(k),
        "ICC1": float(icc1),
        "ICC2": float(icc2),
        "ICC3": float(icc3),
        "ICC1k": float(icc1k),
        "ICC2k": float(icc2k),
        "ICC3k": float(icc3k),
        "ICC1_ci": [float(single(f1_lo)), float(single(f1_hi))],
        "ICC2_ci": [float(icc2_lo), float(icc2_hi)],
        "ICC3_ci": [float(single(f3_lo)), float(single(f3_hi))],
        "ICC1k_ci": [float(average(f1_lo)), float(average(f1_hi))],
        "ICC2k_ci": [float(spearman_brown(icc2_lo)), float(spearman_brown(icc2_hi))],
        "ICC3k_ci": [float(average(f3_lo)), float(average(f3_hi))],
    }
