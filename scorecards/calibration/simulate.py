"""Simulated interview loops with known truth, for recovery tests and benches.

Latent score = 3 + ability(candidate) + trait(candidate, dimension)
               + easiness(dimension) - severity(interviewer) + noise,
rounded and clipped to the 1..5 scale, as a real scorecard would be.

By default every interviewer is the same kind of rater. ``Design`` can make
them differ (all off by default, so existing seeds reproduce exactly; the
extra draws come from a separate random stream, so switching one on leaves
the base draws of a seed unchanged):

* ``pair_sd``: a candidate x interviewer interaction, the interviewer's
  overall impression of the candidate, shared by all dimensions of the pair;
* ``halo_share``: that share of the pool are halo raters: ``halo_weight`` of
  their noise variance is one draw per candidate, copied to every dimension;
* ``noise_sd_spread``: each interviewer's noise sd is ``noise_sd`` times a
  lognormal factor (sd of its log), so some raters are much noisier;
* ``compressed_share``: that share are central-tendency raters, who follow
  the candidate's quality with slope ``compression`` (< 1) around the centre;
* ``drift_share``: that share are drifting raters, whose severity moves
  linearly over the ``days`` of the simulation by ``drift_sd`` scale points
  end to end (random sign), around their drawn severity at mid-period.
  ``Simulation.score_severity`` holds each score's true severity at its
  time, which the oracle removes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Design:
    name: str
    n_candidates: int
    n_interviewers: int
    panel: tuple = (3, 4)
    n_dimensions: int = 5
    dimensions_per_interviewer: int | None = None  # None: every dimension
    ability_sd: float = 0.8
    trait_sd: float = 0.35
    easiness_sd: float = 0.3
    severity_sd: float = 0.5
    noise_sd: float = 0.6
    centre: float = 3.0  # latent scale mid-point; higher piles scores at the top
    severity_dist: str = "normal"  # "normal" or "uniform" (same sd)
    interviewer_dimension_sd: float = 0.0  # dimension-specific part of each severity
    cutpoints: tuple | None = None  # latent thresholds between scores; None: rounding
    # rater heterogeneity (off by default)
    pair_sd: float = 0.0  # candidate x interviewer interaction, shared across dimensions
    halo_share: float = 0.0  # share of interviewers who are halo raters
    halo_weight: float = 0.8  # share of a halo rater's noise variance shared by the pair
    noise_sd_spread: float = 0.0  # sd of log(per-interviewer noise sd / noise_sd)
    compressed_share: float = 0.0  # share of central-tendency raters
    compression: float = 0.5  # their slope on candidate quality around the centre
    # interviewers whose severity changes over time (off by default)
    drift_share: float = 0.0  # share of interviewers whose severity drifts
    drift_sd: float = 0.8  # their severity change over the whole period, scale points

    @property
    def heterogeneous(self) -> bool:
        return bool(self.pair_sd > 0 or self.halo_share > 0 or self.noise_sd_spread > 0
                    or self.compressed_share > 0)


DESIGNS = (
    Design("small", n_candidates=60, n_interviewers=25),
    Design("medium", n_candidates=200, n_interviewers=30),
    Design("large", n_candidates=400, n_interviewers=40),
    # sparsest design within the usual ranges: each interviewer meets ~4.5 candidates
    Design("sparse", n_candidates=60, n_interviewers=40, panel=(3, 3)),
    # sparser still: each interviewer also scores only 3 of the 5 dimensions
    Design(
        "sparse-partial",
        n_candidates=60,
        n_interviewers=40,
        panel=(3, 3),
        dimensions_per_interviewer=3,
    ),
    Design("top-heavy", n_candidates=200, n_interviewers=30, centre=3.9),
)


@dataclass
class Simulation:
    scores: pd.DataFrame
    true_quality: pd.Series  # candidate -> true mean quality over dimensions
    true_severity: pd.Series  # interviewer -> severity (positive = harsh)
    special: dict = field(default_factory=dict)  # role -> interviewer id
    # interviewer -> "normal" / "halo" / "compressed"; per-interviewer noise sd
    rater_kind: pd.Series | None = None
    rater_noise_sd: pd.Series | None = None
    # (n,) each score's true severity at its time (differs from true_severity
    # only for drifting interviewers); None: the static severities
    score_severity: np.ndarray | None = None
    # interviewer -> severity change over the whole period (0 if static)
    true_drift: pd.Series | None = None

    def oracle_means(self) -> pd.Series:
        """Candidate means after removing each interviewer's true severity
        (for a drifting interviewer, its severity when the score was given)."""
        if self.score_severity is not None:
            sev = pd.Series(self.score_severity, index=self.scores.index)
        else:
            sev = self.scores["interviewer"].map(self.true_severity)
        return (self.scores["score"] + sev).groupby(self.scores["candidate"]).mean()

    def raw_means(self) -> pd.Series:
        return self.scores.groupby("candidate")["score"].mean()


def simulate(
    design: Design,
    *,
    seed: int,
    scale_min: int = 1,
    scale_max: int = 5,
    roles: tuple = (),
    days: int = 365,
) -> Simulation:
    """Draw one set of loops.

    ``roles`` adds special interviewers to the pool, each given its role's
    behaviour: "harsh" / "lenient" (severity +-1), "halo" (one score per
    candidate copied to every dimension), "low-variance" (scores a fixed
    middle value plus noise), "drift" (severity moving from -0.8 to +0.8
    over the period), "average" (severity 0).
    """
    rng = np.random.default_rng(seed)
    n_c, n_i, n_d = design.n_candidates, design.n_interviewers, design.n_dimensions
    candidates = np.array([f"c{k:05d}" for k in range(n_c)])
    interviewers = np.array([f"i{k:04d}" for k in range(n_i)])
    dimensions = np.array([f"d{k}" for k in range(n_d)])

    ability = rng.normal(0, design.ability_sd, n_c)
    trait = rng.normal(0, design.trait_sd, (n_c, n_d))
    easiness = rng.normal(0, design.easiness_sd, n_d)
    if design.severity_dist == "uniform":
        half = np.sqrt(3.0) * design.severity_sd
        severity = rng.uniform(-half, half, n_i)
    elif design.severity_dist == "normal":
        severity = rng.normal(0, design.severity_sd, n_i)
    else:
        raise ValueError(f"unknown severity_dist {design.severity_dist!r}")
    special = {}
    fixed = {"harsh": 1.0, "lenient": -1.0, "average": 0.0, "halo": 0.0,
             "low-variance": 0.0, "drift": 0.0}
    for k, role in enumerate(roles):
        special[role] = interviewers[k]
        severity[k] = fixed[role]
    day_of = rng.uniform(0, days, n_c)

    lo_panel, hi_panel = design.panel
    sizes = rng.integers(lo_panel, hi_panel + 1, n_c)
    # every interviewer gets work: assign by a random permutation stream
    rows_c, rows_i = [], []
    stream = np.concatenate([rng.permutation(n_i) for _ in range(int(np.ceil(sizes.sum() / n_i)) + 2)])
    pos = 0
    for c in range(n_c):
        chosen = []
        while len(chosen) < sizes[c]:
            cand = stream[pos]
            pos += 1
            if cand not in chosen:
                chosen.append(cand)
        rows_c.extend([c] * len(chosen))
        rows_i.extend(chosen)
    pair_c = np.array(rows_c)
    pair_i = np.array(rows_i)

    per = design.dimensions_per_interviewer or n_d
    if per >= n_d:
        dims = np.tile(np.arange(n_d), len(pair_c))
        c_idx = np.repeat(pair_c, n_d)
        i_idx = np.repeat(pair_i, n_d)
    else:
        picks = np.argsort(rng.random((len(pair_c), n_d)), axis=1)[:, :per]
        dims = picks.ravel()
        c_idx = np.repeat(pair_c, per)
        i_idx = np.repeat(pair_i, per)

    noise = rng.normal(0, design.noise_sd, len(c_idx))
    kind = np.zeros(n_i, dtype=np.int8)  # 0 normal, 1 halo, 2 compressed
    noise_scale = np.ones(n_i)
    signal_slope = 1.0
    if design.heterogeneous:
        het = np.random.default_rng([seed, 1])
        pool = het.permutation(np.arange(len(roles), n_i))
        n_halo = int(round(design.halo_share * n_i))
        n_comp = int(round(design.compressed_share * n_i))
        kind[pool[:n_halo]] = 1
        kind[pool[n_halo:n_halo + n_comp]] = 2
        if design.noise_sd_spread > 0:
            noise_scale = np.exp(het.normal(0, design.noise_sd_spread, n_i))
        n_pairs = len(pair_c)
        pair_of_row = np.repeat(np.arange(n_pairs), len(c_idx) // n_pairs)
        shared = het.normal(0, 1, n_pairs)[pair_of_row]
        own = noise / design.noise_sd if design.noise_sd > 0 else np.zeros(len(c_idx))
        halo_row = kind[i_idx] == 1
        hw = design.halo_weight
        own = np.where(halo_row, np.sqrt(hw) * shared + np.sqrt(1 - hw) * own, own)
        noise = design.noise_sd * noise_scale[i_idx] * own
        interaction = het.normal(0, design.pair_sd, n_pairs)[pair_of_row] if design.pair_sd > 0 else 0.0
        noise = noise + interaction
        signal_slope = np.where(kind[i_idx] == 2, design.compression, 1.0)
    sev_row = severity[i_idx].copy()
    day_row = day_of[c_idx]
    if "drift" in special:
        k = int(np.flatnonzero(interviewers == special["drift"])[0])
        mask = i_idx == k
        sev_row[mask] = -0.8 + 1.6 * day_row[mask] / days
    drift_total = np.zeros(n_i)
    if design.drift_share > 0:
        # own stream: the base draws and the other rater kinds stay as they were
        dr = np.random.default_rng([seed, 2])
        pool = dr.permutation(np.arange(len(roles), n_i))
        n_drift = int(round(design.drift_share * n_i))
        movers = pool[:n_drift]
        drift_total[movers] = design.drift_sd * dr.choice([-1.0, 1.0], n_drift)
        sev_row = sev_row + drift_total[i_idx] * (day_row / days - 0.5)
    if "drift" in special:
        drift_total[k] = 1.6
    score_sev = sev_row.copy()  # before the dimension-specific part, as the oracle has always removed
    if design.interviewer_dimension_sd > 0:
        sev_dim = rng.normal(0, design.interviewer_dimension_sd, (n_i, n_d))
        sev_dim -= sev_dim.mean(axis=1, keepdims=True)  # the severity is the mean over dimensions
        sev_row = sev_row + sev_dim[i_idx, dims]
    if design.heterogeneous:
        signal = ability[c_idx] + trait[c_idx, dims] + easiness[dims]
        latent = design.centre + signal_slope * signal - sev_row + noise
    else:
        latent = design.centre + ability[c_idx] + trait[c_idx, dims] + easiness[dims] - sev_row + noise
    if "halo" in special:
        k = int(np.flatnonzero(interviewers == special["halo"])[0])
        mask = np.flatnonzero(i_idx == k)
        impression = 3.0 + ability + rng.normal(0, design.noise_sd / 2, n_c)
        latent[mask] = impression[c_idx[mask]] + rng.normal(0, 0.1, len(mask))
    if "low-variance" in special:
        k = int(np.flatnonzero(interviewers == special["low-variance"])[0])
        mask = np.flatnonzero(i_idx == k)
        latent[mask] = 3.0 + rng.normal(0, design.noise_sd, len(mask))
    if design.cutpoints is None:
        score = np.clip(np.rint(latent), scale_min, scale_max)
    else:
        score = scale_min + np.searchsorted(np.asarray(design.cutpoints, dtype=float), latent)

    start = pd.Timestamp("2026-01-01", tz="UTC")
    frame = pd.DataFrame(
        {
            "candidate": candidates[c_idx],
            "interviewer": interviewers[i_idx],
            "dimension": dimensions[dims],
            "score": score.astype(float),
            "submitted_at": start + pd.to_timedelta(day_row, unit="D"),
        }
    )
    quality = pd.Series(ability + trait.mean(axis=1) + easiness.mean(), index=candidates)
    true_sev = pd.Series(severity, index=interviewers)
    kinds = np.array(["normal", "halo", "compressed"])[kind]
    return Simulation(frame, quality, true_sev, special,
                      rater_kind=pd.Series(kinds, index=interviewers),
                      rater_noise_sd=pd.Series(design.noise_sd * noise_scale, index=interviewers),
                      score_severity=score_sev,
                      true_drift=pd.Series(drift_total, index=interviewers))
