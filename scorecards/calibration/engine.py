"""``calibrate``: scores in, the contract's JSON object out (see CALIBRATION.md)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from scipy.special import ndtr

from . import flags as flagging
from .inputs import validate_scores
from .model import TREND_DAYS, RaterFit, fit_rater_model
from .reliability import alpha_from_long, icc_table

Z95 = flagging.Z95


def _clean(value, digits: int = 4):
    """Plain python value for JSON; NaN/inf become None."""
    if value is None:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        v = float(value)
        return round(v, digits) if math.isfinite(v) else None
    return value


def _integer_scale(score: np.ndarray, scale_min: float, scale_max: float) -> bool:
    return (
        float(scale_min).is_integer()
        and float(scale_max).is_integer()
        and bool(np.all(np.equal(np.mod(score, 1), 0)))
    )


def expected_score(eta: np.ndarray, *, sigma: float, scale_min: float, scale_max: float,
                   censored: bool) -> np.ndarray:
    """Expected observed score for a latent mean ``eta``.

    Censored model: E[round-and-clip(eta + e)], e ~ N(0, sigma^2), so the
    figure stays on the input's scale. Additive model: ``eta`` itself, kept
    within the scale.
    """
    if not censored:
        return np.clip(eta, scale_min, scale_max)
    eta = np.asarray(eta, dtype=float)
    # E[score] = scale_min + sum_k P(latent > k + 0.5) for k = min..max-1
    total = np.full(eta.shape, float(scale_min))
    for k in np.arange(scale_min, scale_max):
        total += ndtr((eta - (k + 0.5)) / sigma)
    return total


def _reliability(units: np.ndarray, interviewer: np.ndarray, score: np.ndarray,
                 n_units: int, n_interviewers: int) -> dict:
    out = {
        "units": int(n_units),
        "krippendorff_alpha_ordinal": _clean(alpha_from_long(units, score, level="ordinal")),
        "krippendorff_alpha_interval": _clean(alpha_from_long(units, score, level="interval")),
        "icc": None,
    }
    if len(score) == n_units * n_interviewers and n_units >= 2 and n_interviewers >= 2:
        matrix = np.full((n_units, n_interviewers), np.nan)
        matrix[units, interviewer] = score
        if not np.isnan(matrix).any():
            table = icc_table(matrix)
            out["icc"] = {
                k: ([_clean(x) for x in v] if isinstance(v, list) else _clean(v))
                for k, v in table.items()
            }
    return out


def calibrate(df: pd.DataFrame, *, scale_min: float = 1, scale_max: float = 5,
              model: str = "auto") -> dict:
    """Calibrate scorecards; return the contract's JSON-serialisable object.

    ``model``: "auto" (interval-censored for integer scores on an integer
    scale, additive otherwise), "interval-censored" or "additive".
    """
    data = validate_scores(df, scale_min=scale_min, scale_max=scale_max)
    cand = pd.Categorical(data["candidate"])
    intv = pd.Categorical(data["interviewer"])
    dims = pd.Categorical(data["dimension"])
    c = cand.codes.astype(np.int64)
    i = intv.codes.astype(np.int64)
    d = dims.codes.astype(np.int64)
    y = data["score"].to_numpy(dtype=float)
    n_c, n_i, n_d = len(cand.categories), len(intv.categories), len(dims.categories)

    integer = _integer_scale(y, scale_min, scale_max)
    kind = model
    if model == "auto":
        kind = "interval-censored" if integer else "additive"
    if kind == "interval-censored" and not integer:
        raise ValueError("the interval-censored model needs integer scores on an integer scale")
    # submission times, in days from the first one
    days = None
    if "submitted_at" in data.columns and data["submitted_at"].notna().any():
        stamps = data["submitted_at"]
        days = ((stamps - stamps.min()).dt.total_seconds() / 86400.0).to_numpy()
    lower = upper = None
    if kind == "interval-censored":
        lower = np.where(y <= scale_min, -np.inf, y - 0.5)
        upper = np.where(y >= scale_max, np.inf, y + 0.5)
    fit: RaterFit = fit_rater_model(
        candidate=c, interviewer=i, dimension=d, score=y,
        n_candidates=n_c, n_interviewers=n_i, n_dimensions=n_d,
        kind=kind, lower=lower, upper=upper, time=days,
    )
    censored = kind == "interval-censored"

    # severities average to zero; the shift moves into the dimension levels
    severity = -fit.interviewer_effect
    shift = float(severity.mean())
    severity = severity - shift
    dim_level = fit.dimension_effect - shift
    sev_se = np.sqrt(fit.interviewer_var)

    # adjusted candidate means on the input scale
    theta = fit.candidate_effect
    theta_se = np.sqrt(np.maximum(
        fit.candidate_var + fit.mean_dimension_var + 2 * fit.candidate_dimension_cov, 0
    ))

    def adjusted(offset: np.ndarray) -> np.ndarray:
        grid = (theta + offset)[:, None] + dim_level[None, :]
        return expected_score(grid, sigma=fit.sigma, scale_min=scale_min,
                              scale_max=scale_max, censored=censored).mean(axis=1)

    adj = adjusted(0.0)
    adj_lo = adjusted(-Z95 * theta_se)
    adj_hi = adjusted(Z95 * theta_se)

    per_c = pd.DataFrame({"c": c, "i": i, "y": y})
    c_n = np.bincount(c, minlength=n_c)
    c_raw = np.bincount(c, weights=y, minlength=n_c) / np.maximum(c_n, 1)
    c_ni = per_c.drop_duplicates(["c", "i"]).groupby("c").size().reindex(range(n_c)).to_numpy()

    candidates = [
        {
            "candidate": str(cand.categories[k]),
            "n_scores": int(c_n[k]),
            "n_interviewers": int(c_ni[k]),
            "raw_mean": _clean(c_raw[k]),
            "adjusted_mean": _clean(adj[k]),
            "ci_low": _clean(adj_lo[k]),
            "ci_high": _clean(adj_hi[k]),
        }
        for k in np.argsort(-adj, kind="stable")
    ]
    for rank, entry in enumerate(candidates, start=1):
        entry["rank"] = rank

    # interviewer diagnostics
    residual = fit.expected_latent - fit.linear_predictor
    pairs = flagging.pair_table(
        candidate=c, interviewer=i, score=y,
        residual=residual, severity=severity, days=days,
    )
    halo = flagging.halo(pairs, n_i)
    disc = flagging.discrimination(pairs, n_i)
    drift = flagging.drift(pairs, n_i) if days is not None else None
    if drift is not None and fit.interviewer_trend is not None and fit.trend_sd > 0:
        # the model's own trend in severity (shrunk by empirical Bayes) and its
        # posterior interval replace the residual regression; while the model
        # finds no spread of trends (all held at 0, the static fit) the drift
        # figures stay those of the residual regression
        per30 = -fit.interviewer_trend * (30.0 / TREND_DAYS)
        se30 = np.sqrt(np.maximum(fit.interviewer_trend_var, 0.0)) * (30.0 / TREND_DAYS)
        drift["drift"] = per30
        drift["drift_low"] = per30 - Z95 * se30
        drift["drift_high"] = per30 + Z95 * se30
    i_n = np.bincount(i, minlength=n_i)
    i_nc = pairs.groupby("i").size().reindex(range(n_i)).fillna(0).to_numpy()
    i_raw = np.bincount(i, weights=y, minlength=n_i) / np.maximum(i_n, 1)
    scale_span = float(scale_max - scale_min)

    if fit.interviewer_pair_sd is not None:
        noise, weight, slope = fit.interviewer_pair_sd, fit.interviewer_weight, fit.interviewer_slope
    else:
        m_bar = len(y) / max(len(pairs), 1)
        noise = np.full(n_i, fit.sigma / np.sqrt(m_bar))
        weight = np.ones(n_i)
        slope = np.ones(n_i)

    interviewers = []
    for k in range(n_i):
        entry = {
            "interviewer": str(intv.categories[k]),
            "n_scores": int(i_n[k]),
            "n_candidates": int(i_nc[k]),
            "raw_mean": _clean(i_raw[k]),
            "severity": float(severity[k]),
            "ci_low": float(severity[k] - Z95 * sev_se[k]),
            "ci_high": float(severity[k] + Z95 * sev_se[k]),
            # how reliable the model found this interviewer's scores: sd of their
            # mean for a candidate around the fit (scale points), and the weight
            # of their scores relative to a typical colleague's (1 = typical)
            "noise": noise[k],
            "weight": weight[k],
            # how closely their scores follow the candidates (1 = like the
            # average interviewer; below 1: pulled toward the middle)
            "slope": slope[k],
            "halo_ratio": halo.at[k, "halo_ratio"],
            "halo_ci_low": halo.at[k, "halo_low"],
            "halo_ci_high": halo.at[k, "halo_high"],
            "discrimination": disc.at[k, "discrimination"],
            "discrimination_ci_low": disc.at[k, "disc_low"],
            "discrimination_ci_high": disc.at[k, "disc_high"],
            "_typical": disc.at[k, "disc_typical"],
        }
        if drift is not None:
            entry.update({
                "drift_per_30_days": drift.at[k, "drift"],
                "drift_ci_low": drift.at[k, "drift_low"],
                "drift_ci_high": drift.at[k, "drift_high"],
                "_span": drift.at[k, "span_days"],
            })
        entry["flags"] = flagging.interviewer_flags(entry, scale_span=scale_span)
        entry.pop("_typical")
        entry.pop("_span", None)
        interviewers.append({key: _clean(v) if key != "flags" else v for key, v in entry.items()})
    interviewers.sort(key=lambda e: -(e["severity"] or 0.0))

    # dimensions and reliability over units = (candidate, dimension)
    unit_code = c * n_d + d
    _, unit = np.unique(unit_code, return_inverse=True)
    n_units = int(unit.max()) + 1
    reliability = _reliability(unit, i, y, n_units, n_i)
    d_n = np.bincount(d, minlength=n_d)
    dimensions = []
    for k in range(n_d):
        mask = d == k
        units_k = np.unique(c[mask], return_inverse=True)[1]
        dimensions.append({
            "dimension": str(dims.categories[k]),
            "n_scores": int(d_n[k]),
            "mean": _clean(y[mask].mean()),
            "adjusted_mean": _clean(expected_score(
                np.array([dim_level[k]]), sigma=fit.sigma, scale_min=scale_min,
                scale_max=scale_max, censored=censored)[0]),
            "krippendorff_alpha_ordinal": _clean(alpha_from_long(units_k, y[mask], level="ordinal")),
            "krippendorff_alpha_interval": _clean(alpha_from_long(units_k, y[mask], level="interval")),
        })

    return {
        "candidates": candidates,
        "interviewers": interviewers,
        "dimensions": dimensions,
        "reliability": reliability,
        "model": {
            "kind": kind,
            "scale_min": _clean(float(scale_min)),
            "scale_max": _clean(float(scale_max)),
            "n_scores": int(len(y)),
            "raters": fit.raters,
            "residual_sd": _clean(fit.sigma),
            "candidate_sd": _clean(fit.tau_candidate),
            "interviewer_sd": _clean(fit.tau_interviewer),
            # spread of interviewers' severity trends, scale points per 30 days
            # (0: no interviewer drifts beyond chance; None: no submission times)
            "interviewer_drift_sd": (_clean(fit.trend_sd * 30.0 / TREND_DAYS)
                                     if fit.trend_sd is not None else None),
            "iterations": int(fit.iterations),
            "converged": bool(fit.converged),
        },
    }


def format_text(result: dict) -> str:
    """Plain-text rendering for ``--format text``."""
    lines = []
    m = result.get("model", {})
    rel = result["reliability"]

    def f(v, spec="{:.2f}"):
        return "-" if v is None else spec.format(v)

    lines.append(
        f"Calibration of {m.get('n_scores', '?')} scores "
        f"(model: {m.get('kind', '?')}, scale {f(m.get('scale_min'), '{:g}')}..{f(m.get('scale_max'), '{:g}')})"
    )
    lines.append("")
    lines.append("Candidates (best first)")
    lines.append(f"{'rank':>4}  {'candidate':<20} {'scores':>6} {'raw':>5} {'adjusted':>8}  95% interval")
    for e in result["candidates"]:
        lines.append(
            f"{e.get('rank', ''):>4}  {e['candidate']:<20} {e['n_scores']:>6} {f(e['raw_mean']):>5} "
            f"{f(e['adjusted_mean']):>8}  [{f(e['ci_low'])}, {f(e['ci_high'])}]"
        )
    lines.append("")
    lines.append("Interviewers (severity: + harsh, - lenient, in scale points)")
    lines.append(f"{'interviewer':<20} {'scores':>6} {'severity':>8}  95% interval      flags")
    for e in result["interviewers"]:
        lines.append(
            f"{e['interviewer']:<20} {e['n_scores']:>6} {f(e['severity'], '{:+.2f}'):>8}  "
            f"[{f(e['ci_low'], '{:+.2f}')}, {f(e['ci_high'], '{:+.2f}')}]  {', '.join(e['flags']) or '-'}"
        )
    lines.append("")
    lines.append("Dimensions")
    for e in result["dimensions"]:
        lines.append(
            f"  {e['dimension']:<24} mean {f(e['mean'])}  alpha(interval) "
            f"{f(e.get('krippendorff_alpha_interval'), '{:.3f}')}"
        )
    lines.append("")
    lines.append(
        f"Reliability over {rel['units']} candidate x dimension units: "
        f"Krippendorff's alpha ordinal {f(rel['krippendorff_alpha_ordinal'], '{:.3f}')}, "
        f"interval {f(rel['krippendorff_alpha_interval'], '{:.3f}')}"
    )
    icc = rel.get("icc")
    if icc:
        lines.append(
            "ICC (Shrout & Fleiss): "
            + ", ".join(f"{k} {f(icc[k], '{:.3f}')}" for k in ("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"))
        )
    else:
        lines.append("ICC: not computed (interviewers did not all score every unit)")
    return "\n".join(lines) + "\n"
