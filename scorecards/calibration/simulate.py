"""Simulated interview loops with known truth, for recovery tests and benches.

Latent score = 3 + ability(candidate) + trait(candidate, dimension)
               + easiness(dimension) - severity(interviewer) + noise,
rounded and clipped to the 1..5 scale, as a real scorecard would be.
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

    def oracle_means(self) -> pd.Series:
        """Candidate means after removing each interviewer's true severity."""
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
    sev_row = severity[i_idx].copy()
    day_row = day_of[c_idx]
    if "drift" in special:
        k = int(np.flatnonzero(interviewers == special["drift"])[0])
        mask = i_idx == k
        sev_row[mask] = -0.8 + 1.6 * day_row[mask] / days
    if design.interviewer_dimension_sd > 0:
        sev_dim = rng.normal(0, design.interviewer_dimension_sd, (n_i, n_d))
        sev_dim -= sev_dim.mean(axis=1, keepdims=True)  # the severity is the mean over dimensions
        sev_row = sev_row + sev_dim[i_idx, dims]
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
    return Simulation(frame, quality, true_sev, special)
