"""Model recovery on simulated loops: how much of the raw-mean ranking error
the calibration removes.

gap closed = (rho(adjusted, true) - rho(raw, true)) / (rho(oracle, true) - rho(raw, true))

rho is Spearman's correlation with the candidates' true quality; the oracle
adds back each interviewer's true severity. Over several seeds the ratio is
taken of the mean gains (a ratio of per-seed ratios is unstable when a seed's
denominator is small).
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.linalg import lsqr
from scipy.stats import spearmanr

from .model import fit_rater_model
from .simulate import Design, simulate

KINDS = ("interval-censored", "additive", "least-squares")


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


def _fit(scores: pd.DataFrame, kind: str):
    if kind == "least-squares":
        return plain_least_squares(scores)
    c = pd.Categorical(scores["candidate"])
    i = pd.Categorical(scores["interviewer"])
    d = pd.Categorical(scores["dimension"])
    y = scores["score"].to_numpy(dtype=float)
    fit = fit_rater_model(
        candidate=c.codes.astype(np.int64), interviewer=i.codes.astype(np.int64),
        dimension=d.codes.astype(np.int64), score=y,
        n_candidates=len(c.categories), n_interviewers=len(i.categories),
        n_dimensions=len(d.categories), kind=kind,
        lower=np.where(y <= 1, -np.inf, y - 0.5), upper=np.where(y >= 5, np.inf, y + 0.5),
    )
    return (pd.Series(fit.candidate_effect, index=c.categories),
            pd.Series(-fit.interviewer_effect, index=i.categories))


def recovery(design: Design, *, seeds: Iterable[int]) -> dict:
    gains = {k: [] for k in KINDS}
    sev_rho = {k: [] for k in KINDS}
    raw_rho, oracle_rho = [], []
    for seed in seeds:
        sim = simulate(design, seed=seed)
        for kind in KINDS:
            adjusted, severity = _fit(sim.scores, kind)
            truth = sim.true_quality[adjusted.index]
            gains[kind].append(spearmanr(adjusted, truth)[0])
            sev_rho[kind].append(spearmanr(severity, sim.true_severity[severity.index])[0])
        raw_rho.append(spearmanr(sim.raw_means()[truth.index], truth)[0])
        oracle_rho.append(spearmanr(sim.oracle_means()[truth.index], truth)[0])
    raw, oracle = float(np.mean(raw_rho)), float(np.mean(oracle_rho))
    return {
        "design": design.name,
        "raw_rho": raw,
        "oracle_rho": oracle,
        "adjusted_rho": {k: float(np.mean(v)) for k, v in gains.items()},
        "gap_closed": {k: (float(np.mean(v)) - raw) / (oracle - raw) for k, v in gains.items()},
        "severity_rho": {k: float(np.mean(v)) for k, v in sev_rho.items()},
    }
