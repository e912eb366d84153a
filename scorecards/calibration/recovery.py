"""Model recovery on simulated loops: how much of the raw-mean ranking error
the calibration removes.

For one run and a rank measure r (Spearman's rho, Kendall's tau or Pearson's
r against the candidates' true quality):

    gap closed = (r(adjusted) - r(raw)) / (r(oracle) - r(raw))

where the oracle adds back each interviewer's true severity to the raw
scores. Over several runs two summaries are reported, since "on average" can
mean either:

* ``gap_closed`` (ratio of means): mean gain over mean oracle gain. Stable,
  because a run whose oracle gain is small weighs little.
* ``gap_closed_mean_of_ratios``: the average of the per-run ratios. Noisier,
  as a run with a small denominator can give an extreme ratio.

``gain_over_least_squares`` is the mean per-run difference in Spearman's rho
between each fit and plain least squares, with its standard error over runs,
so a claimed margin can be told from seed noise.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.linalg import lsqr
from scipy.stats import kendalltau, pearsonr, spearmanr

from .model import fit_rater_model
from .simulate import Design, simulate

KINDS = ("interval-censored", "additive", "least-squares")
# diagnostic: the censored model told the simulator's true variance components
KNOWN_VARIANCE = "interval-censored-known-variance"
# the censored model with every interviewer treated as the same kind of rater
HOMOGENEOUS = "interval-censored-homogeneous"
# heterogeneous raters with per-interviewer weights but no slopes
WEIGHTS_ONLY = "interval-censored-weights-only"
# the default model ignoring the submission times (no interviewer trends)
STATIC = "interval-censored-static"
# the default model without candidate x dimension effects (partial designs)
NO_CELLS = "interval-censored-no-cells"
MEASURES = {
    "spearman": lambda a, b: spearmanr(a, b)[0],
    "kendall": lambda a, b: kendalltau(a, b)[0],
    "pearson": lambda a, b: pearsonr(a, b)[0],
}


def plain_least_squares(scores: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Unpenalised fixed-effects fit score ~ candidate + interviewer + dimension
    (the textbook additive adjustment), by sparse least squares."""
    c = pd.Categorical(scores["candidate"])
    i = pd.Categorical(scores["interviewer"])
    d = pd.Categorical(scores["dimension"])
    n_c, n_i, n_d = len(c.categories), len(i.categories), len(d.categories)
    n = len(scores)
    rows = np.repeat(np.arange(n), 3)
    cc, ic, dc = (x.codes.astype(np.int64) for x in (c, i, d))
    cols = np.column_stack([cc, n_c + ic, n_c + n_i + dc]).ravel()
    X = sparse.csr_matrix((np.ones(3 * n), (rows, cols)), shape=(n, n_c + n_i + n_d))
    y = scores["score"].to_numpy(dtype=float)
    beta = lsqr(X, y - y.mean(), atol=1e-10, btol=1e-10, iter_lim=10_000)[0]
    severity = -beta[n_c:n_c + n_i]
    return (pd.Series(beta[:n_c], index=c.categories),
            pd.Series(severity - severity.mean(), index=i.categories))


def true_variance_components(design: Design) -> tuple[float, float, float]:
    """(candidate sd, interviewer sd, latent residual sd) of the simulator."""
    n_d = design.n_dimensions
    tau_c = np.sqrt(design.ability_sd**2 + design.trait_sd**2 / n_d)
    sigma = np.sqrt(design.noise_sd**2 + design.trait_sd**2 * (1 - 1 / n_d)
                    + design.interviewer_dimension_sd**2 * (1 - 1 / n_d))
    return float(tau_c), float(design.severity_sd), float(sigma)


def _fit(scores: pd.DataFrame, kind: str, design: Design | None = None):
    if kind == "least-squares":
        return plain_least_squares(scores)
    c = pd.Categorical(scores["candidate"])
    i = pd.Categorical(scores["interviewer"])
    d = pd.Categorical(scores["dimension"])
    y = scores["score"].to_numpy(dtype=float)
    extra = {}
    if "submitted_at" in scores.columns:
        stamps = scores["submitted_at"]
        extra["time"] = ((stamps - stamps.min()).dt.total_seconds() / 86400.0).to_numpy()
    if kind == KNOWN_VARIANCE:
        kind = "interval-censored"
        extra["variance_components"] = true_variance_components(design)
    elif kind == WEIGHTS_ONLY:
        kind = "interval-censored"
        extra["slopes"] = False
    elif kind == STATIC:
        kind = "interval-censored"
        extra["trend"] = False
    elif kind == NO_CELLS:
        kind = "interval-censored"
        extra["cell_effects"] = False
    elif kind.endswith("-homogeneous"):
        kind = kind[: -len("-homogeneous")]
        extra["raters"] = "homogeneous"
    fit = fit_rater_model(
        candidate=c.codes.astype(np.int64), interviewer=i.codes.astype(np.int64),
        dimension=d.codes.astype(np.int64), score=y,
        n_candidates=len(c.categories), n_interviewers=len(i.categories),
        n_dimensions=len(d.categories), kind=kind,
        lower=np.where(y <= 1, -np.inf, y - 0.5), upper=np.where(y >= 5, np.inf, y + 0.5),
        **extra,
    )
    return (pd.Series(fit.candidate_effect, index=c.categories),
            pd.Series(-fit.interviewer_effect, index=i.categories))


def recovery(design: Design, *, seeds: Iterable[int], kinds: Iterable[str] = KINDS) -> dict:
    kinds = tuple(kinds)
    if "least-squares" not in kinds:
        kinds = kinds + ("least-squares",)
    rho = {m: {k: [] for k in kinds} for m in MEASURES}
    raw = {m: [] for m in MEASURES}
    oracle = {m: [] for m in MEASURES}
    sev_rho = {k: [] for k in kinds}
    sev_tau = {k: [] for k in kinds}
    for seed in seeds:
        sim = simulate(design, seed=seed)
        truth = sim.true_quality.sort_index()
        idx = truth.index
        raw_means, oracle_means = sim.raw_means()[idx], sim.oracle_means()[idx]
        for m, f in MEASURES.items():
            raw[m].append(f(raw_means, truth))
            oracle[m].append(f(oracle_means, truth))
        for kind in kinds:
            adjusted, severity = _fit(sim.scores, kind, design)
            for m, f in MEASURES.items():
                rho[m][kind].append(f(adjusted[idx], truth))
            true_sev = sim.true_severity[severity.index]
            sev_rho[kind].append(spearmanr(severity, true_sev)[0])
            sev_tau[kind].append(kendalltau(severity, true_sev)[0])

    def ratio_of_means(m, k):
        r, o = np.mean(raw[m]), np.mean(oracle[m])
        return float((np.mean(rho[m][k]) - r) / (o - r))

    def mean_of_ratios(m, k):
        r, o, a = np.asarray(raw[m]), np.asarray(oracle[m]), np.asarray(rho[m][k])
        return float(np.mean((a - r) / (o - r)))

    ls = np.asarray(rho["spearman"]["least-squares"])
    n_runs = len(ls)

    def gain(k):
        diff = np.asarray(rho["spearman"][k]) - ls
        se = float(diff.std(ddof=1) / np.sqrt(n_runs)) if n_runs > 1 else float("nan")
        return {"mean": float(diff.mean()), "se": se}

    def paired(a, b):
        diff = np.asarray(rho["spearman"][a]) - np.asarray(rho["spearman"][b])
        se = float(diff.std(ddof=1) / np.sqrt(n_runs)) if n_runs > 1 else float("nan")
        return {"mean": float(diff.mean()), "se": se}

    return {
        "design": design.name,
        "runs": n_runs,
        "raw_rho": float(np.mean(raw["spearman"])),
        "oracle_rho": float(np.mean(oracle["spearman"])),
        "adjusted_rho": {k: float(np.mean(v)) for k, v in rho["spearman"].items()},
        "gap_closed": {k: ratio_of_means("spearman", k) for k in kinds},
        "gap_closed_mean_of_ratios": {k: mean_of_ratios("spearman", k) for k in kinds},
        "gap_closed_by_measure": {
            m: {k: {"ratio_of_means": ratio_of_means(m, k), "mean_of_ratios": mean_of_ratios(m, k)}
                for k in kinds}
            for m in MEASURES
        },
        "gain_over_least_squares": {k: gain(k) for k in kinds if k != "least-squares"},
        # the heterogeneous-rater model against the same model with equal raters
        "gain_over_homogeneous": (paired("interval-censored", HOMOGENEOUS)
                                  if {"interval-censored", HOMOGENEOUS} <= set(kinds) else None),
        # the model with interviewer trends against the same model without
        "gain_over_static": (paired("interval-censored", STATIC)
                             if {"interval-censored", STATIC} <= set(kinds) else None),
        "spearman_runs": {k: [float(x) for x in v] for k, v in rho["spearman"].items()},
        "severity_rho": {k: float(np.mean(v)) for k, v in sev_rho.items()},
        "severity_kendall": {k: float(np.mean(v)) for k, v in sev_tau.items()},
    }
