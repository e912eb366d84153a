"""Rater-effects model fitted across all loops.

    latent = dimension_d + candidate_c + interviewer_i + e,   e ~ N(0, sigma^2)
    candidate_c ~ N(0, tau_c^2),  interviewer_i ~ N(0, tau_i^2)

The interviewer effect is random, so an interviewer with few scores is
shrunk toward the average; tau_i, tau_c and sigma are estimated from the data
(Schall-type fixed-point updates, as in REML for mixed models).

For the interval-censored model raters need not be alike by default
(``raters="heterogeneous"``, see ``_fit_heterogeneous``):

    latent = dimension_d + b_i candidate_c + interviewer_i + e,
    e ~ N(0, sigma^2 lambda_i),  b_i ~ N(1, tau_b^2) with mean 1

lambda_i comes from how far interviewer i's mean for a candidate strays from
the fit and b_i is i's slope on the candidates (below 1: a central-tendency
rater), both shrunk by empirical Bayes. Noisy and halo raters weigh less,
compressed ones are rescaled; with alike raters lambda_i = b_i = 1 and the
model is the one above.

Where interviewers score only some of a candidate's dimensions, the
candidate's quality may also differ by dimension (candidate x dimension
effects t_cd ~ N(0, tau_t^2)); the candidate's quality is then its effect
plus the mean of its t_cd over every dimension, so each dimension weighs
alike however often it was scored.

With submission times (``time``), each interviewer's effect may move
linearly over time: interviewer_i + g_i (t - tbar_i), g_i ~ N(0, A), with t
centred on the interviewer's own mean time, so interviewer_i stays their
effect over their active period. The trends are columns of the same Newton
solve; A is estimated by empirical Bayes and is 0 (the static model, exactly)
unless the interviewers' trends scatter more than chance allows.

Two likelihoods:

* ``interval-censored`` (default for integer scores): an observed score k means
  the latent value lies in [k - 0.5, k + 0.5], open-ended at the ends of the
  scale (Tobit-like). A lenient interviewer on a strong candidate is clipped at
  the top of the scale; this model does not mistake that for agreement.
  Fitted by penalised Newton (IRLS) steps on the exact likelihood.
* ``additive``: plain Gaussian penalised least squares on the scores.

Linear algebra: candidates form a diagonal block of the Hessian, so they are
eliminated exactly (Schur complement onto the interviewer + dimension block,
which is small and dense). Cost per iteration is linear in the number of
scores; 1M scores fit in seconds.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from functools import partial

import numpy as np
from scipy import linalg, optimize, sparse
from scipy.special import digamma, log_ndtr, polygamma

LOG_SQRT_2PI = 0.5 * np.log(2 * np.pi)
# empirical-Bayes spread of per-interviewer variances: needs this many
# interviewers (twice as many to fit a line through them)
MIN_GROUPS = 8
# interviewer trends are per this many days
TREND_DAYS = 30.0
# ``trend_spread`` can require a likelihood-ratio statistic of at least this
# for a spread above 0 (5.41: the 1% point of the boundary mixture of
# chi-square(0) and chi-square(1)); off by default: with the pair-clustered
# sampling variances below, the gate cost more drift than it saved
# (bench/RESULTS.md)
TREND_MIN_LR = 0.0


@dataclass
class RaterFit:
    kind: str
    dimension_effect: np.ndarray  # (D,) latent level of each dimension
    candidate_effect: np.ndarray  # (C,)
    interviewer_effect: np.ndarray  # (I,) additive: positive = lenient
    candidate_var: np.ndarray  # posterior variances
    interviewer_var: np.ndarray
    dimension_var: np.ndarray
    candidate_dimension_cov: np.ndarray  # (C,) cov(candidate, mean dimension level)
    mean_dimension_var: float  # variance of the mean dimension level
    sigma: float
    tau_candidate: float
    tau_interviewer: float
    iterations: int
    converged: bool
    linear_predictor: np.ndarray  # (n,)
    expected_latent: np.ndarray  # (n,) E[latent | score]; the score itself when additive
    # rater heterogeneity (raters="heterogeneous"; None for homogeneous fits)
    raters: str = "homogeneous"
    interviewer_sigma: np.ndarray | None = None  # (I,) sd of i's scores within one candidate
    interviewer_pair_sd: np.ndarray | None = None  # (I,) sd of i's mean for a candidate around the fit
    interviewer_weight: np.ndarray | None = None  # (I,) relative weight of i's scores, geometric mean 1
    interviewer_slope: np.ndarray | None = None  # (I,) slope on the candidates, mean 1 (by scores)
    # interviewer trends over time (fits given submission times; else None):
    # latent change per TREND_DAYS, positive = growing more lenient
    interviewer_trend: np.ndarray | None = None  # (I,) shrunk (posterior mean)
    interviewer_trend_var: np.ndarray | None = None  # (I,) posterior variance
    interviewer_trend_raw: np.ndarray | None = None  # (I,) the data's own estimate, unshrunk
    interviewer_trend_raw_var: np.ndarray | None = None  # (I,) its sampling variance
    interviewer_time_centre: np.ndarray | None = None  # (I,) the time the intercept refers to
    trend_sd: float | None = None  # estimated spread of true trends across interviewers
    # candidate x dimension effects (fits where interviewers scored only some of a
    # candidate's dimensions; else None): candidate_effect then includes their mean
    candidate_dimension_effect: np.ndarray | None = None  # (C, D) posterior means, 0 where unscored
    candidate_dimension_sd: float | None = None  # estimated spread of those effects


def truncated_normal_moments(eta, lower, upper, sigma):
    """log P(lower < Z < upper), E[Z | .] and Var[Z | .] for Z ~ N(eta, sigma^2).

    Stable in both tails (an interval far in the upper tail is reflected).
    """
    a = (lower - eta) / sigma
    b = (upper - eta) / sigma
    flip = a > 0
    a2 = np.where(flip, -b, a)
    b2 = np.where(flip, -a, b)
    log_cdf_b = log_ndtr(b2)
    log_cdf_a = log_ndtr(a2)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        log_z = log_cdf_b + np.log1p(-np.exp(log_cdf_a - log_cdf_b))
        log_pdf_a = np.where(np.isfinite(a2), -0.5 * a2**2 - LOG_SQRT_2PI, -np.inf)
        log_pdf_b = np.where(np.isfinite(b2), -0.5 * b2**2 - LOG_SQRT_2PI, -np.inf)
        r_a = np.exp(log_pdf_a - log_z)
        r_b = np.exp(log_pdf_b - log_z)
        ar_a = np.where(np.isfinite(a2), a2 * r_a, 0.0)
        br_b = np.where(np.isfinite(b2), b2 * r_b, 0.0)
    m = r_a - r_b
    v = 1.0 + ar_a - br_b - m**2
    v = np.clip(v, 1e-12, 1.0)
    m = np.where(flip, -m, m)
    return log_z, eta + sigma * m, sigma**2 * v


def centred_time(interviewer: np.ndarray, time: np.ndarray, n_interviewers: int):
    """Score times centred within each interviewer, in units of TREND_DAYS.

    A score without a time gets the interviewer's mean time (no leverage on
    the trend). Returns the centred times and each interviewer's mean time.
    """
    time = np.asarray(time, dtype=float)
    known = np.isfinite(time)
    n_known = np.bincount(interviewer[known], minlength=n_interviewers)
    total = np.bincount(interviewer[known], weights=time[known], minlength=n_interviewers)
    with np.errstate(invalid="ignore", divide="ignore"):
        centre = total / n_known
    t = np.where(known, time - centre[interviewer], 0.0) / TREND_DAYS
    return np.nan_to_num(t), centre


def trend_spread(raw: np.ndarray, raw_var: np.ndarray, min_lr: float | None = None) -> float:
    """Spread A of true interviewer trends, by maximum likelihood on their
    unshrunk estimates (raw_k ~ N(0, A + raw_var_k), a Fay-Herriot model).

    Zero when the estimates scatter no more than their sampling variances
    allow, or when fewer than MIN_GROUPS interviewers carry a trend.
    """
    if min_lr is None:
        min_lr = TREND_MIN_LR
    ok = np.isfinite(raw) & np.isfinite(raw_var) & (raw_var > 0)
    if ok.sum() < MIN_GROUPS:
        return 0.0
    x2, s = raw[ok] ** 2, raw_var[ok]

    def score(a):
        return float(np.sum((x2 - a - s) / (a + s) ** 2))

    if score(0.0) <= 0:
        return 0.0
    hi = max(float(x2.max()), 1e-12)
    while score(hi) > 0:
        hi *= 2.0
    a = float(optimize.brentq(score, 0.0, hi, xtol=1e-14, rtol=1e-10))
    lr = float(np.sum(np.log(s / (a + s)) + x2 / s - x2 / (a + s)))
    return a if lr >= min_lr else 0.0


class _TrendPrior:
    """Empirical-Bayes prior N(0, A) of the interviewer trends.

    After each Newton step each trend's unshrunk estimate is one profile
    Newton step from the fit: the likelihood's gradient in the trend over its
    curvature with the candidates and the interviewer's own intercept
    profiled out (at the penalised optimum the candidates' gradients vanish,
    so the profile gradient is the plain one). A is fitted to those estimates
    (``trend_spread``). While A is 0 the trend columns are left out of the
    solve: the fit is exactly the static one.

    Pair-clustered sampling variances: all scores of one candidate share a
    time, so a trend rests on pair means. Where the model's weights
    understate how far an interviewer's mean for a candidate strays (halo
    raters, pair interactions: the heterogeneous model takes only relative
    weights from the pair-level variances), the trends look more precise than
    they are and a spread of trends appears from nothing. With ``pairs`` the
    sampling variances are scaled by the ratio of the pair-clustered
    (sandwich) variance to the model's, pooled over interviewers (one factor,
    at least 1; per interviewer it rests on 4-40 pairs and is too noisy), and
    the prior precision in the solve by the same factor, so that the
    shrinkage matches.
    """

    def __init__(self, design: _Design, static: _Design):
        self.design = design
        self.static = static
        self.a = 0.0
        self.inflation = np.ones(design.n_i)  # per interviewer
        self.raw = None
        self.raw_var = None

    @property
    def on(self) -> bool:
        return self.a > 0

    @property
    def a_model(self):
        """Prior variance of each trend on the model's own (row-level) scale."""
        return self.a / self.inflation

    def penalty(self, beta_r):
        g = beta_r[self.design.g0:]
        return 0.5 * float(np.sum(g * g / self.a_model)) if self.a > 0 else 0.0

    def edf(self, var_r):
        """Effective number of trend parameters (0 while they are off)."""
        if not self.on:
            return 0.0
        return self.design.n_g - float(np.sum(var_r[self.design.g0:] / self.a_model))

    def solve(self, w, rhs, prec_c, prec_i, **kwargs):
        """``_penalised_solve`` with the trend columns while A > 0, without
        them (trends 0) otherwise."""
        if self.on:
            return _penalised_solve(self.design, w, rhs, prec_c, prec_i, prec_g=1.0 / self.a_model, **kwargs)
        beta_c, beta_r, var_c, var_r, cov_cd, s_inv, cov_ci = _penalised_solve(
            self.static, w, rhs, prec_c, prec_i, **kwargs)
        pad = np.zeros(self.design.n_g)
        beta_r = np.concatenate([beta_r, pad])
        if var_r is not None:
            var_r = np.concatenate([var_r, pad])
        return beta_c, beta_r, var_c, var_r, cov_cd, s_inv, cov_ci

    def curvature(self, w, x, prec_c, prec_i):
        """Each trend's data curvature with the candidates and the
        interviewer's intercept profiled out (Schur complement entries)."""
        d = self.design
        n_i, t = d.n_i, d.t
        wx = w if x is None else w * x
        h_cc = np.bincount(d.c, weights=wx if x is None else wx * x, minlength=d.n_c) + prec_c
        k1 = np.bincount(d.k_slot_i, weights=wx, minlength=d.k_nnz)
        kt = np.bincount(d.k_slot_i, weights=wx * t, minlength=d.k_nnz)
        sel = d.k_cols < n_i
        rows, cols = d.k_rows[sel], d.k_cols[sel]
        k1, kt, h = k1[sel], kt[sel], h_cc[rows]
        s_gg = np.bincount(d.i, weights=w * t * t, minlength=n_i) - np.bincount(cols, weights=kt * kt / h, minlength=n_i)
        s_ii = np.bincount(d.i, weights=w, minlength=n_i) + prec_i - np.bincount(cols, weights=k1 * k1 / h, minlength=n_i)
        s_gi = np.bincount(d.i, weights=w * t, minlength=n_i) - np.bincount(cols, weights=k1 * kt / h, minlength=n_i)
        return np.maximum(s_gg - s_gi**2 / s_ii, 0.0)

    def update(self, beta_r, residual, s2_row, curvature, pairs=None):
        """New A from the fit's residuals E[latent | score] - predictor; returns
        the change (log scale, relative to the sampling variance).

        With ``pairs``, the sampling variances are scaled to the pair level
        (see the class notes)."""
        d = self.design
        score_row = d.t * residual / s2_row
        grad = np.bincount(d.i, weights=score_row, minlength=d.n_i)
        with np.errstate(divide="ignore", invalid="ignore"):
            step = np.where(curvature > 0, 1.0 / curvature, np.inf)
            raw = np.where(curvature > 0, beta_r[d.g0:] + grad * step, 0.0)
        raw_var = step
        if pairs is not None:
            per_pair = np.bincount(pairs.idx, weights=score_row, minlength=pairs.n)
            n_p = np.bincount(pairs.i, minlength=d.n_i).astype(float)
            meat = np.bincount(pairs.i, weights=per_pair**2, minlength=d.n_i)
            use = (n_p > 2) & np.isfinite(step)
            if use.sum() >= MIN_GROUPS:
                sandwich = meat[use] * step[use] ** 2 * n_p[use] / (n_p[use] - 2)
                ratio = float(sandwich.sum() / step[use].sum())
                raw_var = step * max(1.0, ratio)
        self.raw, self.raw_var = raw, raw_var
        with np.errstate(divide="ignore", invalid="ignore"):
            self.inflation = np.where(np.isfinite(step) & np.isfinite(raw_var), raw_var / step, 1.0)
        new = trend_spread(raw, raw_var)
        finite = raw_var[np.isfinite(raw_var)]
        scale = 1e-3 * float(np.median(finite)) if len(finite) else 1e-12
        change = abs(np.log((new + scale) / (self.a + scale)))
        self.a = new
        return change


class _Design:
    """Index structure of the sparse design, built once per fit.

    The "rest" block holds the interviewer intercepts, the dimension levels
    and, with ``time`` (one value per score, centred within each interviewer,
    in units of ``TREND_DAYS``), one trend column per interviewer.
    """

    def __init__(self, candidate, interviewer, dimension, n_c, n_i, n_d, time=None):
        self.c = candidate
        self.i = interviewer
        self.d = dimension
        self.n_c, self.n_i, self.n_d = n_c, n_i, n_d
        self.t = None if time is None else np.asarray(time, dtype=float)
        self.n_g = 0 if time is None else n_i
        self.g0 = n_i + n_d  # first trend column
        self.r = n_i + n_d + self.n_g
        n_r = self.r
        rest_i = interviewer
        rest_d = n_i + dimension
        # candidate x rest coupling: slots for (c, i), (c, d) and (c, trend_i)
        parts = [candidate.astype(np.int64) * n_r + rest_i,
                 candidate.astype(np.int64) * n_r + rest_d]
        if self.n_g:
            parts.append(candidate.astype(np.int64) * n_r + self.g0 + interviewer)
        keys = np.concatenate(parts)
        uniq, slot = np.unique(keys, return_inverse=True)
        self.k_rows = (uniq // n_r).astype(np.int64)
        self.k_cols = (uniq % n_r).astype(np.int64)
        n_rows = len(candidate)
        self.k_slot_i = slot[:n_rows]
        self.k_slot_d = slot[n_rows:2 * n_rows]
        self.k_slot_g = slot[2 * n_rows:] if self.n_g else None
        self.k_nnz = len(uniq)
        # rest x rest cross terms (i, d); the same pairs give (trend_i, d)
        keys2 = rest_i.astype(np.int64) * n_r + rest_d
        uniq2, slot2 = np.unique(keys2, return_inverse=True)
        self.id_rows = (uniq2 // n_r).astype(np.int64)
        self.id_cols = (uniq2 % n_r).astype(np.int64)
        self.id_slot = slot2
        self.id_nnz = len(uniq2)

    def predictor(self, beta_c, beta_r):
        eta = beta_c[self.c] + beta_r[self.i] + beta_r[self.n_i + self.d]
        if self.n_g:
            eta = eta + beta_r[self.g0 + self.i] * self.t
        return eta

    def rest_part(self, beta_r):
        """Interviewer, dimension and trend part of the predictor."""
        out = beta_r[self.i] + beta_r[self.n_i + self.d]
        if self.n_g:
            out = out + beta_r[self.g0 + self.i] * self.t
        return out


class _Pairs:
    """(candidate, interviewer) pairs: the scores one interviewer gave one
    candidate, which share that interviewer's impression of the candidate."""

    def __init__(self, design: _Design):
        key = design.c.astype(np.int64) * design.n_i + design.i
        uniq, self.idx = np.unique(key, return_inverse=True)  # sorted by candidate
        self.idx = self.idx.ravel()
        self.n = len(uniq)
        self.c = (uniq // design.n_i).astype(np.int64)
        self.i = (uniq % design.n_i).astype(np.int64)
        self.m = np.bincount(self.idx, minlength=self.n).astype(float)
        self.starts = np.searchsorted(self.c, np.arange(design.n_c + 1))


def _penalised_solve(design: _Design, w, rhs, prec_c, prec_i, want_cov=True, pairs=None, x=None,
                     prec_g=None):
    """Solve (X'WX + P) beta = X' rhs; return beta and posterior variances.

    With ``pairs``, also the posterior covariance of each pair's candidate
    and interviewer effects (``cov_ci``, read off the same blocks). ``x``
    (one value per score) multiplies the candidate's column: the score
    follows the candidate with that slope. ``prec_g`` is the prior precision
    of the interviewers' trends (when the design has them).
    """
    n_c, n_i, n_r = design.n_c, design.n_i, design.r
    wx = w if x is None else w * x
    h_cc = np.bincount(design.c, weights=wx if x is None else wx * x, minlength=n_c) + prec_c
    g_c = np.bincount(design.c, weights=rhs if x is None else rhs * x, minlength=n_c)
    g_r = np.bincount(design.i, weights=rhs, minlength=n_i)
    g_r = np.concatenate([g_r, np.bincount(design.d, weights=rhs, minlength=design.n_d)])
    k_val = np.bincount(design.k_slot_i, weights=wx, minlength=design.k_nnz) + np.bincount(
        design.k_slot_d, weights=wx, minlength=design.k_nnz
    )
    n_g, g0 = design.n_g, design.g0
    if n_g:
        t = design.t
        wt = w * t
        g_r = np.concatenate([g_r, np.bincount(design.i, weights=rhs * t, minlength=n_i)])
        k_val += np.bincount(design.k_slot_g, weights=wx * t, minlength=design.k_nnz)
    K = sparse.csr_matrix((k_val, (design.k_rows, design.k_cols)), shape=(n_c, n_r))
    diag_parts = [
        np.bincount(design.i, weights=w, minlength=n_i) + prec_i,
        np.bincount(design.d, weights=w, minlength=design.n_d),
    ]
    if n_g:
        diag_parts.append(np.bincount(design.i, weights=wt * t, minlength=n_i) + prec_g)
    diag_r = np.concatenate(diag_parts)
    id_val = np.bincount(design.id_slot, weights=w, minlength=design.id_nnz)
    H_rr = np.diag(diag_r)
    np.add.at(H_rr, (design.id_rows, design.id_cols), id_val)
    np.add.at(H_rr, (design.id_cols, design.id_rows), id_val)
    if n_g:
        gd_val = np.bincount(design.id_slot, weights=wt, minlength=design.id_nnz)
        np.add.at(H_rr, (design.id_rows + g0, design.id_cols), gd_val)
        np.add.at(H_rr, (design.id_cols, design.id_rows + g0), gd_val)
        ig = np.arange(n_i)
        ig_val = np.bincount(design.i, weights=wt, minlength=n_i)
        H_rr[ig, g0 + ig] += ig_val
        H_rr[g0 + ig, ig] += ig_val
    B = sparse.diags(1.0 / h_cc) @ K  # (C x r)
    S = H_rr - (K.T @ B).toarray()
    S = 0.5 * (S + S.T)
    S[np.diag_indices_from(S)] += 1e-10
    cho = linalg.cho_factor(S, lower=True, check_finite=False)
    beta_r = linalg.cho_solve(cho, g_r - K.T @ (g_c / h_cc), check_finite=False)
    beta_c = (g_c - K @ beta_r) / h_cc
    if not want_cov:
        return beta_c, beta_r, None, None, None, None, None
    S_inv = linalg.cho_solve(cho, np.eye(n_r), check_finite=False)
    var_r = np.diag(S_inv).copy()
    # var_c = 1/h_cc + diag(B S^-1 B'); cov(c, mean dimension) = -(B S^-1)[:, dims].mean;
    # each row of B has a handful of entries, so these are read off S^-1 at
    # those entries only (padded to the longest row)
    B = B.tocsr()
    B.sort_indices()
    row_nnz = np.diff(B.indptr)
    width = int(row_nnz.max(initial=0))
    row_of = np.repeat(np.arange(n_c), row_nnz)
    pos = np.arange(B.nnz) - B.indptr[row_of]
    cols = np.zeros((n_c, max(width, 1)), dtype=np.int64)
    vals = np.zeros((n_c, max(width, 1)))
    cols[row_of, pos] = B.indices
    vals[row_of, pos] = B.data
    dims = slice(n_i, n_i + design.n_d)
    dim_mean = S_inv[:, dims].mean(axis=1)
    var_c = 1.0 / h_cc
    cov_cd = -(vals * dim_mean[cols]).sum(axis=1)
    chunk = max(1, 2_000_000 // max(width * width, 1))
    for start in range(0, n_c, chunk):
        stop = min(n_c, start + chunk)
        cs, vs = cols[start:stop], vals[start:stop]
        block = S_inv[cs[:, :, None], cs[:, None, :]]
        var_c[start:stop] += np.einsum("cj,cjk,ck->c", vs, block, vs)
    cov_ci = None
    if pairs is not None:  # cov(candidate, interviewer) per pair = -(B S^-1)[c, i]
        cov_ci = -(vals[pairs.c] * S_inv[cols[pairs.c], pairs.i[:, None]]).sum(axis=1)
    return beta_c, beta_r, var_c, var_r, cov_cd, S_inv, cov_ci


def _single_blas_thread():
    """The dense blocks here are at most ~1000 x 1000; one BLAS thread
    factors them in milliseconds, while a thread pool on a loaded machine can
    take 100x longer (threads waiting on busy cores). threadpoolctl comes with
    scikit-learn; without it nothing is limited."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def fit_rater_model(**kwargs) -> RaterFit:
    with _single_blas_thread():
        return _fit_rater_model(**kwargs)


def _fit_rater_model(
    *,
    candidate: np.ndarray,
    interviewer: np.ndarray,
    dimension: np.ndarray,
    score: np.ndarray,
    n_candidates: int,
    n_interviewers: int,
    n_dimensions: int,
    kind: str = "interval-censored",
    lower: np.ndarray | None = None,
    upper: np.ndarray | None = None,
    max_iter: int = 200,
    tol: float = 1e-5,
    variance_components: tuple[float, float, float] | None = None,
    raters: str = "auto",
    slopes: bool = True,
    time: np.ndarray | None = None,
    trend: bool = True,
    cell_effects: bool = True,
) -> RaterFit:
    """Fit the rater-effects model.

    For ``kind="interval-censored"`` give ``lower``/``upper``, the latent
    interval of each score (``-inf``/``inf`` at the ends of the scale).
    ``variance_components`` = (tau_candidate, tau_interviewer, sigma) holds
    those standard deviations fixed instead of estimating them (for checks
    against known truth; implies homogeneous raters).

    ``raters``: "heterogeneous" weighs each interviewer by how reliable their
    scores prove (see ``_fit_heterogeneous``); "homogeneous" is the model
    above; "auto" is heterogeneous for the interval-censored model unless
    ``variance_components`` is given (the additive model stays the plain
    fallback unless asked).
    Either way, data in which no interviewer scored a candidate on two
    dimensions gets the homogeneous model. ``slopes=False`` keeps every
    heterogeneous interviewer's slope at 1 (weights only).

    ``time`` (one value per score, in days; NaN where unknown) adds a linear
    trend in each interviewer's effect over time,

        interviewer_i + g_i (t - tbar_i),   g_i ~ N(0, A),

    t centred on the interviewer's own mean time, so ``interviewer_effect``
    is the interviewer's effect over their active period and g_i its change
    per TREND_DAYS. A is estimated from the data (``_TrendPrior``); when the
    interviewers' trends scatter no more than chance allows, A = 0 and the
    fit is the static one. ``trend=False`` ignores the times.

    ``cell_effects`` (heterogeneous fits): where some interviewer scored
    only part of the dimensions a candidate was scored on, the candidate's
    quality may differ by dimension (candidate x dimension effects, see
    ``_fit_heterogeneous``); ``False`` leaves them out.
    """
    if kind not in ("interval-censored", "additive"):
        raise ValueError(f"unknown model kind {kind!r}")
    if raters not in ("auto", "heterogeneous", "homogeneous"):
        raise ValueError(f"unknown raters {raters!r}")
    y = np.asarray(score, dtype=float)
    interviewer = np.asarray(interviewer)
    t_centred, t_centre = None, None
    if trend and time is not None:
        t_centred, t_centre = centred_time(interviewer, time, n_interviewers)
        if not np.any(t_centred != 0):
            t_centred, t_centre = None, None  # no interviewer scored at two times
    design = _Design(
        np.asarray(candidate), interviewer, np.asarray(dimension),
        n_candidates, n_interviewers, n_dimensions, time=t_centred,
    )
    design.time_centre = t_centre
    design.static = None
    if design.n_g:
        design.static = _Design(design.c, interviewer, design.d, n_candidates, n_interviewers, n_dimensions)
    if raters == "auto":
        plain = variance_components is not None or kind == "additive"
        raters = "homogeneous" if plain else "heterogeneous"
    elif raters == "heterogeneous" and variance_components is not None:
        raise ValueError("variance_components fixes a homogeneous model")
    if raters == "heterogeneous":
        pairs = _Pairs(design)
        if pairs.n < len(y):
            return _fit_heterogeneous(design, pairs, y, kind=kind, lower=lower, upper=upper,
                                      max_iter=max_iter, tol=tol, slopes=slopes,
                                      cell_effects=cell_effects)
    n = len(y)
    # starting values: dimension means, variances from the raw spread
    counts_d = np.maximum(np.bincount(design.d, minlength=n_dimensions), 1)
    dim_mean = np.bincount(design.d, weights=y, minlength=n_dimensions) / counts_d
    total_var = max(float(np.var(y - dim_mean[design.d])), 1e-6)
    sigma2 = 0.5 * total_var
    tau_c2 = 0.4 * total_var
    tau_i2 = 0.1 * total_var
    if variance_components is not None:
        tau_c2, tau_i2, sigma2 = (float(v) ** 2 for v in variance_components)
    beta_c = np.zeros(n_candidates)
    beta_r = np.concatenate([np.zeros(n_interviewers), dim_mean, np.zeros(design.n_g)])
    prior_g = _TrendPrior(design, design.static) if design.n_g else None
    solve = prior_g.solve if prior_g is not None else partial(_penalised_solve, design)

    censored = kind == "interval-censored"
    converged = False
    it = 0
    eta = design.predictor(beta_c, beta_r)
    z_hat = y
    for it in range(1, max_iter + 1):
        sigma = np.sqrt(sigma2)
        if censored:
            _, z_hat, v = truncated_normal_moments(eta, lower, upper, sigma)
            w = (1.0 - v / sigma2) / sigma2
            w = np.maximum(w, 1e-8 / sigma2)
            rhs = w * eta + (z_hat - eta) / sigma2
        else:
            v = 0.0
            w = np.full(n, 1.0 / sigma2)
            rhs = y / sigma2
        new_c, new_r, var_c, var_r, _, _, _ = solve(w, rhs, 1.0 / tau_c2, 1.0 / tau_i2)
        if censored:
            # guard the Newton step: halve while the penalised likelihood falls
            def objective(bc, br):
                e = design.predictor(bc, br)
                lz, _, _ = truncated_normal_moments(e, lower, upper, sigma)
                pen = prior_g.penalty(br) if prior_g is not None else 0.0
                return (lz.sum() - 0.5 * (bc @ bc) / tau_c2
                        - 0.5 * (br[:n_interviewers] @ br[:n_interviewers]) / tau_i2 - pen)

            new_c, new_r = _guarded_step(objective, objective(beta_c, beta_r), beta_c, beta_r, new_c, new_r)
        change = max(np.max(np.abs(new_c - beta_c), initial=0.0), np.max(np.abs(new_r - beta_r)))
        beta_c, beta_r = new_c, new_r
        eta = design.predictor(beta_c, beta_r)

        # variance components (Schall / REML-type fixed point)
        a = beta_r[:n_interviewers]
        edf_c = float(np.sum(var_c) / tau_c2)
        edf_i = float(np.sum(var_r[:n_interviewers]) / tau_i2)
        new_tau_c2 = float(beta_c @ beta_c) / max(n_candidates - edf_c, 1e-3)
        new_tau_i2 = float(a @ a) / max(n_interviewers - edf_i, 1e-3)
        edf = n_candidates - edf_c + n_interviewers - edf_i + n_dimensions
        if censored:
            _, z_now, v_now = truncated_normal_moments(eta, lower, upper, sigma)
            rss = float(np.sum((z_now - eta) ** 2) + np.sum(v_now))
        else:
            z_now = y
            rss = float(np.sum((y - eta) ** 2))
        trend_change = 0.0
        if prior_g is not None:
            edf += prior_g.edf(var_r)
            curv = prior_g.curvature(w, None, 1.0 / tau_c2, 1.0 / tau_i2)
            trend_change = prior_g.update(beta_r, z_now - eta, np.full(n, sigma2), curv)
        new_sigma2 = rss / max(n - edf, 1.0)
        floor = 1e-6 * total_var
        if variance_components is not None:
            new_tau_c2, new_tau_i2, new_sigma2 = tau_c2, tau_i2, sigma2
        new_tau_c2 = max(new_tau_c2, floor)
        new_tau_i2 = max(new_tau_i2, floor)
        new_sigma2 = max(new_sigma2, floor)
        vc_change = max(
            abs(np.log(new_tau_c2 / tau_c2)),
            abs(np.log(new_tau_i2 / tau_i2)),
            abs(np.log(new_sigma2 / sigma2)),
            trend_change,
        )
        tau_c2, tau_i2, sigma2 = new_tau_c2, new_tau_i2, new_sigma2
        if change < tol and vc_change < 1e-4:
            converged = True
            break

    # final curvature at the estimate for the posterior variances
    sigma = np.sqrt(sigma2)
    if censored:
        _, z_hat, v = truncated_normal_moments(eta, lower, upper, sigma)
        w = np.maximum((1.0 - v / sigma2) / sigma2, 1e-8 / sigma2)
    else:
        z_hat = y
        w = np.full(n, 1.0 / sigma2)
    return _final_fit(kind, design, w, eta, z_hat, beta_c, beta_r, sigma2, tau_c2, tau_i2, it, converged,
                      prior_g=prior_g)


def _guarded_step(objective, old_obj, beta_c, beta_r, new_c, new_r):
    """Halve the Newton step while the penalised likelihood falls (at most 20 times)."""
    step = 1.0
    for _ in range(20):
        cand_c = beta_c + step * (new_c - beta_c)
        cand_r = beta_r + step * (new_r - beta_r)
        if objective(cand_c, cand_r) >= old_obj - 1e-9 * abs(old_obj):
            break
        step *= 0.5
    return cand_c, cand_r


def _final_fit(kind, design, w, eta, z_hat, beta_c, beta_r, sigma2, tau_c2, tau_i2, iterations, converged,
               x=None, prior_g=None, **rater_fields) -> RaterFit:
    """Posterior variances from the curvature at the estimate, and the fit they describe."""
    n_i = design.n_i
    dims = slice(n_i, n_i + design.n_d)
    solve = prior_g.solve if prior_g is not None else partial(_penalised_solve, design)
    _, _, var_c, var_r, cov_cd, s_inv, _ = solve(w, w * eta, 1.0 / tau_c2, 1.0 / tau_i2, x=x)
    if prior_g is not None:
        g0 = design.g0
        rater_fields.update(
            interviewer_trend=beta_r[g0:].copy(),
            interviewer_trend_var=var_r[g0:] * prior_g.inflation,
            interviewer_trend_raw=prior_g.raw,
            interviewer_trend_raw_var=prior_g.raw_var,
            interviewer_time_centre=design.time_centre,
            trend_sd=float(np.sqrt(prior_g.a)),
        )
    return RaterFit(
        kind=kind,
        dimension_effect=beta_r[dims].copy(),
        candidate_effect=beta_c,
        interviewer_effect=beta_r[:n_i].copy(),
        candidate_var=var_c,
        interviewer_var=var_r[:n_i],
        dimension_var=var_r[dims],
        candidate_dimension_cov=cov_cd,
        mean_dimension_var=float(s_inv[dims, dims].sum()) / design.n_d**2,
        sigma=float(np.sqrt(sigma2)),
        tau_candidate=float(np.sqrt(tau_c2)),
        tau_interviewer=float(np.sqrt(tau_i2)),
        iterations=iterations,
        converged=converged,
        linear_predictor=eta,
        expected_latent=z_hat,
        **rater_fields,
    )


def _steadied(lam, new_lam, steps, iteration):
    """Steady the weights' fixed-point iteration: damp it where it swings,
    speed it up where it crawls. The fixed point is unchanged; only the path
    to it differs. Returns the weights to use and the step history to carry.

    - Swings: a step in log-weights that reverses the previous one is taken
      by half, which turns a flip between two states into a contraction to
      the fixed point between them. After 30 iterations every step is
      shortened (by half, after 60 by three quarters): under-relaxation
      settles a fit that still wanders.
    - Crawls: the weights and the effects fitted with them settle together,
      each step taking about the same share of the remaining way (with
      interviewers whose severity drifts and no times to model it, 6 % per
      iteration: 110 iterations for 400,000 scores). When the last two steps
      point the same way and shrink by a ratio r, the rest of the way is
      about the geometric sum step * r / (1 - r), taken at once (Aitken's
      extrapolation, capped; 40 iterations there).
    """
    relax = 1.0 if iteration <= 30 else 0.5 if iteration <= 60 else 0.25
    step = relax * (np.log(new_lam) - np.log(lam))
    new_lam = lam * np.exp(step)
    if not steps:
        return new_lam, [step]
    prev = steps[-1]
    pp, ss, ps = float(prev @ prev), float(step @ step), float(prev @ step)
    if pp <= 0.0 or ss <= 0.0:
        return new_lam, [step]
    cos = ps / np.sqrt(pp * ss)
    if cos < -0.5:
        return lam * np.exp(0.5 * step), [0.5 * step]
    r = ps / pp
    if cos < 0.98 or not 0.5 < r < 0.995:
        return new_lam, [step]
    jump = step * min(r / (1.0 - r), 20.0)
    jump *= min(1.0, 0.5 / max(float(np.max(np.abs(jump))), 1e-12))
    return new_lam * np.exp(jump), []  # a fresh history after a jump


def shrink_log_variances(raw: np.ndarray, df: np.ndarray, pooled: float,
                         covariate: np.ndarray | None = None) -> np.ndarray:
    """Empirical-Bayes shrinkage of per-group variance estimates.

    ``raw`` are variance estimates on ``df`` degrees of freedom. On the log
    scale each has sampling variance trigamma(df/2) (~2/df) around the
    group's true log variance. The true log variances are taken to scatter
    with variance A around a centre: log(pooled), or with ``covariate`` a
    line a + b * covariate fitted across groups (a Fay-Herriot model), its
    slope shrunk by its own precision (b * max(0, 1 - var(b) / b^2)), so that a
    slope found by chance among alike groups fades continuously. A is
    estimated by moments (observed scatter minus sampling scatter, not below
    zero) and each estimate is pulled toward its centre by A / (A + sampling
    variance). Groups that all share one variance get (almost) the pooled
    value; a clearly different group keeps its own.
    """
    raw = np.asarray(raw, dtype=float)
    df = np.asarray(df, dtype=float)
    ok = (df > 0) & (raw > 0) & np.isfinite(raw)
    if covariate is not None:
        covariate = np.asarray(covariate, dtype=float)
        ok &= np.isfinite(covariate)
    out = np.full(raw.shape, float(pooled))
    if ok.sum() < MIN_GROUPS or not pooled > 0:
        return out  # too few groups to tell a spread of variances from chance
    # log(chi2_k / k) has mean digamma(k/2) - log(k/2) and variance trigamma(k/2)
    half = df[ok] / 2.0
    log_raw = np.log(raw[ok]) - (digamma(half) - np.log(half))
    sampling = polygamma(1, half)
    if covariate is None or ok.sum() < 2 * MIN_GROUPS:
        centre = np.full(ok.sum(), np.log(pooled))
        n_par = 0
    else:
        X = np.column_stack([np.ones(ok.sum()), covariate[ok]])
        coef, *_ = np.linalg.lstsq(X, log_raw, rcond=None)
        centre = X @ coef
        n_par = 2
    resid = log_raw - centre
    prior = max(float((np.sum(resid**2) - np.sum(sampling)) / max(ok.sum() - n_par, 1)), 0.0)
    if n_par:
        # refit the line with the precision weights, then shrink toward it
        wts = 1.0 / (prior + sampling)
        sw = np.sqrt(wts)
        coef, *_ = np.linalg.lstsq(X * sw[:, None], sw * log_raw, rcond=None)
        # the slope shrunk by its own precision (positive part)
        xw = float(wts @ X[:, 1] / wts.sum())
        sxx = float(wts @ (X[:, 1] - xw) ** 2)
        if sxx > 0:
            slope = coef[1] * max(0.0, 1.0 - 1.0 / (sxx * coef[1] ** 2)) if coef[1] != 0 else 0.0
            coef = np.array([float(wts @ log_raw / wts.sum()) - slope * xw, slope])
        centre = X @ coef
    out[ok] = np.exp(centre + prior / (prior + sampling) * (log_raw - centre))
    return out


def _fit_heterogeneous(design: _Design, pairs: _Pairs, y: np.ndarray, *, kind: str,
                       lower, upper, max_iter: int, tol: float, slopes: bool = True,
                       cell_effects: bool = True) -> RaterFit:
    """Rater-effects model for raters who are not alike.

        latent = dimension_d + b_i candidate_c + interviewer_i + e,
        e ~ N(0, sigma^2 lambda_i)

    For ranking candidates what counts is how far an interviewer's mean
    score for a candidate strays from candidate + interviewer + dimensions.
    Without this, every score weighs the same. But a noisy rater's mean strays
    far; so does a halo rater's, whose one overall impression is copied to
    every dimension, so that their five scores are worth little more than one
    (in the language of pairs: m scores count as m / (1 + (m - 1) rho)).
    lambda_i is set so that each interviewer's mean for a candidate gets the
    weight 1 / P_i, where

        P_i = variance of interviewer i's mean score for a candidate around
              the fitted candidate + interviewer + dimensions, corrected for
              the share the fit takes out of it (the pair's leverage: the
              posterior variance of the fitted part times the pair's weight);

    The P_i rest on a few candidates each, so they are shrunk toward a
    common centre by empirical Bayes on the log scale
    (``shrink_log_variances``): the spread of true P_i is estimated from the
    data and is zero, giving the homogeneous model exactly, when the raters
    do not differ beyond chance. The centre is a line in log s_i^2, the
    spread of the interviewer's scores within a candidate (m - 1 degrees of
    freedom per pair, free of every other effect), which tells a halo rater
    (little spread, large P) or a noisy one (both large) apart from the rest
    with more precision than P_i alone. Only the relative sizes of the
    lambda_i are taken from P_i; sigma^2 is estimated as in the homogeneous
    model, so the balance between candidate, interviewer and noise variance
    stays that model's. The bound P_i >= s_i^2 / m keeps a heavily weighted
    interviewer, whom the fit then follows closely, from looking ever more
    reliable.

    ``slopes``: b_i is the interviewer's slope on the candidates; a
    central-tendency rater (scores pulled toward the middle) has b_i < 1 and
    their scores are read on their own scale instead of as noise around it.
    Prior b_i ~ N(1, tau_b^2), tau_b by a Schall update, so alike raters get
    b_i = 1; the slopes are rescaled to average 1 (by scores), which fixes the
    candidates' scale as that of the average interviewer. Each iteration
    updates b_i by a weighted regression of E[latent | score] minus the
    other effects on the current candidate effects (an EM step).

    Candidate x dimension effects (``cell_effects``, used when some
    interviewer scored only part of the dimensions a candidate was scored
    on): the candidate's quality differs by dimension, t_cd ~ N(0, tau_t^2),

        latent = dimension_d + b_i (candidate_c + t_cd) + interviewer_i + e,

    and the candidate's quality is candidate_c + the mean of t_cd over every
    dimension (0 for a dimension nobody scored). Without it a candidate's
    dimensions weigh by how often they were scored, and two interviewers who
    scored a candidate on different dimensions look as if they disagreed.
    tau_t^2 is estimated by moments: the spread of an interviewer's scores
    within a candidate (noise + t) less the spread between interviewers on
    the same candidate and dimension (noise); 0, and the model above exactly,
    when it is not larger. The t_cd are updated between Newton steps from
    the cell residuals (a block step: the t_cd given the rest, the rest given
    the t_cd). With every interviewer scoring all of a candidate's dimensions
    the t_cd cancel from the pair means that rank the candidates, and are
    left out.

    A candidate x interviewer random effect (the impression as a separate
    term, eliminated pair by pair inside the Newton step) was tried instead:
    in designs with 3-4 interviewers per candidate and ~5-10 candidates per
    interviewer its variance is overestimated, which costs rank correlation
    on homogeneous data; the weights above do not (bench/RESULTS.md).
    """
    n_c, n_i, n_d = design.n_c, design.n_i, design.n_d
    n = len(y)
    censored = kind == "interval-censored"
    counts_d = np.maximum(np.bincount(design.d, minlength=n_d), 1)
    dim_mean = np.bincount(design.d, weights=y, minlength=n_d) / counts_d
    total_var = max(float(np.var(y - dim_mean[design.d])), 1e-6)
    floor = 1e-6 * total_var
    sigma2 = 0.5 * total_var
    tau_c2 = 0.4 * total_var
    tau_i2 = 0.1 * total_var
    lam = np.ones(n_i)
    pi_, pidx = pairs.i, pairs.idx
    rows_i = np.bincount(design.i, minlength=n_i).astype(float)
    pairs_i = np.bincount(pi_, minlength=n_i).astype(float)
    df_within = rows_i - pairs_i
    mbar_i = rows_i / np.maximum(pairs_i, 1)
    m_row = pairs.m[pidx]
    share = rows_i / rows_i.sum()
    s2_i = np.full(n_i, np.nan)
    P_i = np.full(n_i, np.nan)

    beta_c = np.zeros(n_c)
    beta_r = np.concatenate([np.zeros(n_i), dim_mean, np.zeros(design.n_g)])
    slope = np.ones(n_i)
    tau_b2 = 0.05  # starting value of the slopes' prior variance
    # candidate x dimension cells: only where some interviewer scored part of
    # the dimensions the candidate was scored on
    cell = design.c.astype(np.int64) * n_d + design.d
    n_cells = n_c * n_d
    cell_n = np.bincount(cell, minlength=n_cells)
    cand_dims = np.bincount(np.flatnonzero(cell_n) // n_d, minlength=n_c)
    use_cells = bool(cell_effects and n_d > 1 and np.any(pairs.m < cand_dims[pairs.c]))
    if not use_cells:
        cell = cell_n = None
    t_cd = np.zeros(n_cells) if use_cells else None
    tau_t2 = 0.0
    t_row = np.zeros(n) if use_cells else 0.0  # 0.0: left out of every sum below
    prior_g = _TrendPrior(design, design.static) if design.n_g else None
    solve = prior_g.solve if prior_g is not None else partial(_penalised_solve, design)

    def predictor(bc, br):
        if not slopes:
            eta = design.predictor(bc, br)
            return eta + t_row if use_cells else eta
        if use_cells:
            return slope[design.i] * (bc[design.c] + t_row) + design.rest_part(br)
        return slope[design.i] * bc[design.c] + design.rest_part(br)

    def offset():
        # the cell effects' part of the predictor, held fixed in the Newton step
        if not use_cells:
            return 0.0
        return slope[design.i] * t_row if slopes else t_row

    eta = predictor(beta_c, beta_r)
    converged = False
    it = 0
    lam_steps: list = []

    def moments(e, s_row):
        if censored:
            return truncated_normal_moments(e, lower, upper, s_row)
        return None, y, np.zeros(n)

    for it in range(1, max_iter + 1):
        s2_row = sigma2 * lam[design.i]
        s_row = np.sqrt(s2_row)
        if censored:
            log_z, z_hat, v = moments(eta, s_row)
            w = np.maximum((1.0 - v / s2_row) / s2_row, 1e-8 / s2_row)
            rhs = w * (eta - offset() if use_cells else eta) + (z_hat - eta) / s2_row
        else:
            w = 1.0 / s2_row
            rhs = (y - offset() if use_cells else y) / s2_row
        x_row = slope[design.i] if slopes else None
        new_c, new_r, var_c, var_r, _, _, cov_ci = solve(
            w, rhs, 1.0 / tau_c2, 1.0 / tau_i2, pairs=pairs, x=x_row)
        if censored:
            def penalty(bc, br):
                a = br[:n_i]
                pen = prior_g.penalty(br) if prior_g is not None else 0.0
                return 0.5 * (bc @ bc) / tau_c2 + 0.5 * (a @ a) / tau_i2 + pen

            def objective(bc, br):
                lz, _, _ = truncated_normal_moments(predictor(bc, br), lower, upper, s_row)
                return lz.sum() - penalty(bc, br)

            old_obj = log_z.sum() - penalty(beta_c, beta_r)
            new_c, new_r = _guarded_step(objective, old_obj, beta_c, beta_r, new_c, new_r)
        change = max(np.max(np.abs(new_c - beta_c), initial=0.0), np.max(np.abs(new_r - beta_r)))
        beta_c, beta_r = new_c, new_r
        eta_before = eta
        eta = predictor(beta_c, beta_r)
        if slopes:  # candidates and slopes trade scale: judge the fit itself
            change = float(np.max(np.abs(eta - eta_before)))
        # E[latent | score] at the new fit, for the slopes and the variances
        _, z_now, v_now = moments(eta, s_row)
        r = z_now - eta
        cell_change = 0.0
        edf_t = 0.0
        if use_cells:
            # residuals without the cell effects
            b_row = slope[design.i] if slopes else 1.0
            r0 = r + b_row * t_row
            inv_lam = 1.0 / lam[design.i]
            # tau_t^2 by moments: within-pair spread (noise + t) less within-cell spread (noise)
            p_mean = np.bincount(pidx, weights=r0, minlength=pairs.n) / pairs.m
            ss_pair = float(np.sum(((r0 - p_mean[pidx]) ** 2 + v_now * (1.0 - 1.0 / m_row)) * inv_lam))
            df_pair = float(np.sum(pairs.m - 1.0))
            c_n = cell_n[cell]
            c_mean = (np.bincount(cell, weights=r0 * inv_lam, minlength=n_cells)
                      / np.maximum(np.bincount(cell, weights=inv_lam, minlength=n_cells), 1e-300))
            ss_cell = float(np.sum(((r0 - c_mean[cell]) ** 2 + v_now * (1.0 - 1.0 / c_n)) * inv_lam))
            df_cell = float(np.sum(cell_n[cell_n > 0] - 1.0))
            new_tau_t2 = 0.0
            if df_pair > 0 and df_cell > 0:
                new_tau_t2 = max(ss_pair / df_pair - ss_cell / df_cell, 0.0)
            # the cell effects given the rest (one block step)
            w_now = np.maximum((1.0 - v_now / s2_row) / s2_row, 1e-8 / s2_row) if censored else 1.0 / s2_row
            W_cell = np.bincount(cell, weights=w_now * b_row * b_row, minlength=n_cells)
            if new_tau_t2 > 0:
                g_cell = np.bincount(cell, weights=b_row * r / s2_row, minlength=n_cells) + W_cell * t_cd
                new_t = np.where(cell_n > 0, g_cell / (W_cell + 1.0 / new_tau_t2), 0.0)
                edf_t = float(np.sum(W_cell / (W_cell + 1.0 / new_tau_t2)))
            else:
                new_t = np.zeros(n_cells)
            cell_change = float(np.max(np.abs(new_t - t_cd)))
            scale_t = 1e-3 * float(sigma2)
            tt_change = abs(np.log((new_tau_t2 + scale_t) / (tau_t2 + scale_t)))
            t_cd, tau_t2 = new_t, new_tau_t2
            t_row = t_cd[cell]
            eta = predictor(beta_c, beta_r)
            r = z_now - eta  # the moments stay those at the step's fit; the step is small near the end
        slope_change = 0.0
        if slopes:
            # each interviewer's slope on the candidates (EM step given the
            # candidates; prior N(1, tau_b^2), tau_b by a Schall update)
            th = beta_c[design.c] + t_row if use_cells else beta_c[design.c]
            target = z_now - design.rest_part(beta_r)
            den = np.bincount(design.i, weights=th * th / s2_row, minlength=n_i) + 1.0 / tau_b2
            num = np.bincount(design.i, weights=th * target / s2_row, minlength=n_i) + 1.0 / tau_b2
            new_slope = num / den
            var_b = 1.0 / den
            # scale: the average interviewer (by scores) has slope 1
            mean_slope = float(share @ new_slope)
            new_slope = new_slope / mean_slope
            dev = new_slope - 1.0
            tau_b2 = max(float(dev @ dev) / max(n_i - float(np.sum(var_b)) / tau_b2, 1e-3), 1e-6)
            slope_change = float(np.max(np.abs(new_slope - slope)))
            slope = new_slope
            eta = predictor(beta_c, beta_r)

        a = beta_r[:n_i]
        edf_c = float(np.sum(var_c) / tau_c2)
        edf_i = float(np.sum(var_r[:n_i]) / tau_i2)
        new_tau_c2 = max(float(beta_c @ beta_c) / max(n_c - edf_c, 1e-3), floor)
        new_tau_i2 = max(float(a @ a) / max(n_i - edf_i, 1e-3), floor)
        edf = n_c - edf_c + n_i - edf_i + n_d + edf_t
        trend_change = 0.0
        if prior_g is not None:
            edf += prior_g.edf(var_r)
            curv = prior_g.curvature(w, x_row, 1.0 / tau_c2, 1.0 / tau_i2)
            trend_change = prior_g.update(beta_r, r, s2_row, curv, pairs=pairs)
        rss = float(np.sum((r * r + v_now) / lam[design.i]))
        new_sigma2 = max(rss / max(n - edf, 1.0), floor)

        # within-candidate spread of each interviewer (the covariate)
        r_bar = np.bincount(pidx, weights=r, minlength=pairs.n) / pairs.m
        ss_row = (r - r_bar[pidx]) ** 2 + v_now * (1.0 - 1.0 / m_row)
        ss_i = np.bincount(design.i, weights=ss_row, minlength=n_i)
        s2_pool = max(float(ss_i.sum() / max(df_within.sum(), 1.0)), floor)
        with np.errstate(divide="ignore", invalid="ignore"):
            s2_raw = ss_i / df_within
        s2_i = np.maximum(shrink_log_variances(s2_raw, df_within, s2_pool), floor)
        # pair-level error variance of each interviewer, leverage-corrected
        W_p = np.bincount(pidx, weights=w, minlength=pairs.n)
        b_p = slope[pi_]
        var_fixed = np.maximum(b_p * b_p * var_c[pairs.c] + var_r[pi_] + 2.0 * b_p * cov_ci, 0.0)
        leverage = np.clip(var_fixed * W_p, 0.0, 0.9)
        v_bar = np.bincount(pidx, weights=v_now, minlength=pairs.n) / pairs.m
        resid_df = np.bincount(pi_, weights=1.0 - leverage, minlength=n_i)
        p_ss = np.bincount(pi_, weights=r_bar * r_bar + v_bar / pairs.m, minlength=n_i)
        # a mean of m scores varies at least as much as their within-candidate
        # spread allows (s_i^2 / m): the bound that keeps a heavily weighted
        # interviewer, whom the fit then follows closely, from looking ever
        # more reliable
        within_bound = s2_i / np.maximum(mbar_i, 1)
        with np.errstate(divide="ignore", invalid="ignore"):
            P_raw = np.maximum(p_ss / resid_df, within_bound)
        P_pool = float(p_ss.sum() / max(resid_df.sum(), 1e-9))
        with np.errstate(divide="ignore"):
            # the covariate is each interviewer's own spread, not its shrunk value: a regression does not
            # see its covariate's scale, so on shrunk values the line kept its full effect however close
            # together they were and dropped it only when they were exactly equal: the centres jumped as the
            # spreads' shrinkage crossed zero, and with halo raters the fit flipped between the two
            P_i = shrink_log_variances(P_raw, pairs_i, P_pool,
                                       covariate=np.log(np.where(s2_raw > 0, s2_raw, s2_i)))
        P_i = np.maximum(P_i, within_bound)
        new_lam = P_i * np.maximum(mbar_i, 1)
        new_lam = new_lam / np.exp(share @ np.log(new_lam))
        new_lam, lam_steps = _steadied(lam, new_lam, lam_steps, it)
        new_lam = new_lam / np.exp(share @ np.log(new_lam))

        vc_change = max(
            abs(np.log(new_tau_c2 / tau_c2)),
            abs(np.log(new_tau_i2 / tau_i2)),
            abs(np.log(new_sigma2 / sigma2)),
            float(np.max(np.abs(np.log(new_lam / lam)))),
            trend_change,
            tt_change if use_cells else 0.0,
        )
        tau_c2, tau_i2, sigma2, lam = new_tau_c2, new_tau_i2, new_sigma2, new_lam
        if max(change, slope_change, cell_change) < tol and vc_change < 1e-4:
            converged = True
            break

    s2_row = sigma2 * lam[design.i]
    s_row = np.sqrt(s2_row)
    if censored:
        _, z_hat, v = moments(eta, s_row)
        w = np.maximum((1.0 - v / s2_row) / s2_row, 1e-8 / s2_row)
    else:
        z_hat = y
        w = 1.0 / s2_row
    fit = _final_fit(kind, design, w, eta, z_hat, beta_c, beta_r, sigma2, tau_c2, tau_i2, it, converged,
                     x=slope[design.i] if slopes else None, prior_g=prior_g,
                     raters="heterogeneous",
                     interviewer_sigma=np.sqrt(s2_i),
                     interviewer_pair_sd=np.sqrt(P_i),
                     interviewer_weight=1.0 / lam,
                     interviewer_slope=slope.copy())
    if use_cells:
        # the candidate's quality: its effect plus the mean of its cell effects over every
        # dimension; their posterior variances (each cell given the rest) add to its variance
        t_mat = t_cd.reshape(n_c, n_d)
        b_row = slope[design.i] if slopes else 1.0
        W_cell = np.bincount(cell, weights=w * b_row * b_row, minlength=n_cells)
        var_t = tau_t2 / (1.0 + tau_t2 * W_cell) if tau_t2 > 0 else np.zeros(n_cells)
        fit.candidate_effect = beta_c + t_mat.mean(axis=1)
        fit.candidate_var = fit.candidate_var + var_t.reshape(n_c, n_d).sum(axis=1) / n_d**2
        fit.candidate_dimension_effect = t_mat.copy()
        fit.candidate_dimension_sd = float(np.sqrt(tau_t2))
    return fit


fit_rater_model.__doc__ = _fit_rater_model.__doc__
