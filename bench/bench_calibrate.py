"""Calibration benchmark.

    .venv/bin/python bench/bench_calibrate.py [--rows-only] [--seeds 20] [--drift-only]

1. Wall time and peak memory of ``calibrate`` on 1,000,000 scores
   (50,000 candidates, 500 interviewers, 4 per loop, 5 dimensions).
2. Recovery sweep: "gap closed" per simulated design (both summaries over
   runs, Spearman and Kendall), for the interval-censored model (default:
   heterogeneous raters), the same model with equal raters, the additive
   fallback and plain least squares, then the same on simulator variants,
   including raters who differ (halo, noisy, compressed, interaction).
3. Candidate x dimension effects (``--cells-only``): designs where each
   interviewer scores only some dimensions, the default model against the
   same model without those effects, paired per run.
4. ``--matched``: the recovery sweep on the designs with the simulator set
   where plain least squares closes what the calibration targets state for
   it (noise sd 0.5, severity sd 0.5: about 0.93 small, 0.83 sparse).
5. Drift sweep: interviewers whose severity moves over the year
   (``Design.drift_share``), the default model (per-interviewer trends in
   severity over the submission times) against the same model ignoring the
   times, paired per run; also on the designs without drift.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from scorecards.calibration import calibrate, read_scores_csv  # noqa: E402
from scorecards.calibration.recovery import HOMOGENEOUS, KNOWN_VARIANCE, NO_CELLS, STATIC, recovery  # noqa: E402
from scorecards.calibration.simulate import DESIGNS, Design, simulate  # noqa: E402


def bench_million(drift: bool = False, times: bool = True) -> None:
    design = Design("million", n_candidates=50_000, n_interviewers=500, panel=(4, 4))
    if drift:  # 30% of interviewers drift by 1.5 points over the year: the trends are fitted
        design = replace(design, drift_share=0.3, drift_sd=1.5)
        print("1M scores with 30% drifting interviewers (1.5 points a year)")
    t0 = time.perf_counter()
    sim = simulate(design, seed=7)
    t_sim = time.perf_counter() - t0
    scores = sim.scores
    if not times:  # the scores without their submission times: no trend can be fitted
        scores = scores.drop(columns=["submitted_at"])
        print("submission times dropped")
    print(f"rows={len(scores):,} candidates={scores.candidate.nunique():,} "
          f"interviewers={scores.interviewer.nunique()} (simulated in {t_sim:.1f}s)")
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    t0 = time.perf_counter()
    result = calibrate(scores)
    wall = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    model = result["model"]
    from scipy.stats import spearmanr
    sev = pd.Series({e["interviewer"]: e["severity"] for e in result["interviewers"]})
    adj = pd.Series({e["candidate"]: e["adjusted_mean"] for e in result["candidates"]})
    print(f"calibrate wall={wall:.1f}s  peak traced alloc={peak / 2**20:.0f} MiB  "
          f"max RSS {rss_before:.0f} -> {rss_after:.0f} MiB")
    print(f"model={model['kind']} iterations={model['iterations']} converged={model['converged']} "
          f"interviewer drift sd={model.get('interviewer_drift_sd')}")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "scores.csv")
        scores.to_csv(path, index=False)
        t0 = time.perf_counter()
        read_scores_csv(path)
        print(f"read_scores_csv of the same 1M rows as CSV: {time.perf_counter() - t0:.1f}s")
    print(f"spearman(severity, true)={spearmanr(sev, sim.true_severity[sev.index])[0]:.3f}  "
          f"spearman(adjusted, true)={spearmanr(adj, sim.true_quality[adj.index])[0]:.3f}  "
          f"spearman(raw, true)={spearmanr(sim.raw_means()[adj.index], sim.true_quality[adj.index])[0]:.3f}")


VARIANTS = {
    "as designed": {},
    "uniform severities": {"severity_dist": "uniform"},
    "noise sd 0.4": {"noise_sd": 0.4},
    "noise sd 0.9": {"noise_sd": 0.9},
    "3 dimensions": {"n_dimensions": 3},
    "dimension-specific severities (sd 0.3)": {"interviewer_dimension_sd": 0.3},
    "uneven thresholds (wide middle)": {"cutpoints": (1.5, 2.3, 3.7, 4.5)},
    "uneven thresholds (lenient scale)": {"cutpoints": (1.2, 1.9, 2.6, 3.6)},
    # raters who differ (simulate.Design)
    "interaction sd 0.3": {"pair_sd": 0.3},
    "30% halo raters": {"halo_share": 0.3},
    "noisy raters (log noise sd 0.5)": {"noise_sd_spread": 0.5},
    "30% compressed raters (slope 0.5)": {"compressed_share": 0.3},
    "mixed raters": {"pair_sd": 0.2, "halo_share": 0.2, "noise_sd_spread": 0.4,
                     "compressed_share": 0.2},
}
# interviewers whose severity drifts linearly over the year (random sign)
DRIFT_VARIANTS = {
    "30% drifting raters (0.8 points a year)": {"drift_share": 0.3, "drift_sd": 0.8},
    "30% drifting raters (1.5 points a year)": {"drift_share": 0.3, "drift_sd": 1.5},
    "10% drifting raters (1.5 points a year)": {"drift_share": 0.1, "drift_sd": 1.5},
    "mixed raters, 30% drifting (1.5 points)": {"pair_sd": 0.2, "halo_share": 0.2, "noise_sd_spread": 0.4,
                                                "compressed_share": 0.2, "drift_share": 0.3, "drift_sd": 1.5},
}
CENS, LS, HOM = "interval-censored", "least-squares", HOMOGENEOUS
KINDS_ALL = (CENS, HOM, "additive", LS, KNOWN_VARIANCE)


def _row(label: str, r: dict) -> str:
    g, gm = r["gap_closed"], r["gap_closed_mean_of_ratios"]
    kt = r["gap_closed_by_measure"]["kendall"]
    gain = r["gain_over_least_squares"][CENS]
    hom = r["gain_over_homogeneous"]
    return (f"{label:<44} {g[CENS]:>6.3f} {gm[CENS]:>6.3f} {kt[CENS]['ratio_of_means']:>6.3f} "
            f"{g['additive']:>6.3f} {g[LS]:>6.3f} {gm[LS]:>6.3f} {kt[LS]['ratio_of_means']:>6.3f} "
            f"{g[KNOWN_VARIANCE]:>6.3f} {gain['mean']:>+8.4f}+-{gain['se']:.4f} "
            f"{r['severity_rho'][CENS]:>6.3f} {r['raw_rho']:>6.3f} {r['oracle_rho']:>6.3f} "
            f"{g[HOM]:>6.3f} {hom['mean']:>+8.4f}+-{hom['se']:.4f} {r['severity_rho'][HOM]:>6.3f}")


HEADER = (f"{'design':<44} {'cens':>6} {'c:mr':>6} {'c:kt':>6} {'add':>6} {'LS':>6} {'LS:mr':>6} "
          f"{'LS:kt':>6} {'cens*':>6} {'rho gain over LS':>17} {'sevrho':>6} {'raw':>6} {'oracle':>6} "
          f"{'hom':>6} {'gain over hom':>17} {'sev:h':>6}")


def bench_recovery(seeds: int, variants: bool) -> None:
    print(f"\nrecovery sweep, {seeds} seeds per design. gap closed in Spearman rho: ratio of mean "
          "gains (cens, add, LS), mean of per-run ratios (:mr), Kendall tau ratio of means (:kt); "
          "cens* = censored model with equal raters told the true variance components; "
          "hom = censored model with equal raters, gain over hom = paired rho difference")
    print(HEADER)
    for design in DESIGNS:
        print(_row(design.name, recovery(design, seeds=range(seeds), kinds=KINDS_ALL)), flush=True)
    if not variants:
        return
    print(f"\nsimulator variants, {seeds} seeds each")
    print(HEADER)
    for base in ("small", "sparse", "sparse-partial"):
        design = next(d for d in DESIGNS if d.name == base)
        for label, change in VARIANTS.items():
            if base == "sparse-partial" and change.get("n_dimensions", 5) <= 3:
                continue  # 3 of 3 dimensions: the same as sparse
            r = recovery(replace(design, **change), seeds=range(seeds), kinds=KINDS_ALL)
            print(_row(f"{base}: {label}", r), flush=True)
    for base in ("medium", "large", "top-heavy"):
        design = next(d for d in DESIGNS if d.name == base)
        for label in ("30% halo raters", "noisy raters (log noise sd 0.5)", "mixed raters"):
            r = recovery(replace(design, **VARIANTS[label]), seeds=range(seeds), kinds=KINDS_ALL)
            print(_row(f"{base}: {label}", r), flush=True)


# the simulator set where plain least squares closes about what the calibration
# targets state for it (0.93 small, 0.83 sparsest)
MATCHED = {"noise_sd": 0.5, "severity_sd": 0.5}


def bench_matched(seeds: int) -> None:
    print(f"\nrecovery sweep on the target-matched simulator ({MATCHED}), {seeds} seeds per design")
    print(HEADER)
    for design in DESIGNS:
        r = recovery(replace(design, **MATCHED), seeds=range(seeds), kinds=KINDS_ALL)
        print(_row(design.name, r), flush=True)


# each interviewer scores only some dimensions
PARTIAL_DESIGNS = (
    next(d for d in DESIGNS if d.name == "sparse-partial"),
    Design("partial-120", n_candidates=120, n_interviewers=40, panel=(3, 3), dimensions_per_interviewer=3),
    Design("partial-200", n_candidates=200, n_interviewers=30, dimensions_per_interviewer=3),
)
CELLS_HEADER = (f"{'design':<60} {'cens':>6} {'c:mr':>6} {'nocell':>6} {'n:mr':>6} {'gain over no cells':>18} "
                f"{'LS':>6} {'sevrho':>6} {'sev:n':>6}")


def _cells_row(label: str, r: dict) -> str:
    g, gm = r["gap_closed"], r["gap_closed_mean_of_ratios"]
    a, b = (pd.Series(r["spearman_runs"][k]) for k in (CENS, NO_CELLS))
    diff = a - b
    se = diff.std(ddof=1) / len(diff) ** 0.5
    return (f"{label:<60} {g[CENS]:>6.3f} {gm[CENS]:>6.3f} {g[NO_CELLS]:>6.3f} {gm[NO_CELLS]:>6.3f} "
            f"{diff.mean():>+9.4f}+-{se:.4f} {g[LS]:>6.3f} {r['severity_rho'][CENS]:>6.3f} "
            f"{r['severity_rho'][NO_CELLS]:>6.3f}")


def bench_cells(seeds: int) -> None:
    print(f"\ncandidate x dimension effects, {seeds} seeds each: cens = default model, nocell = the same "
          "without candidate x dimension effects; gain = paired rho difference")
    print(CELLS_HEADER)
    kinds = (CENS, NO_CELLS, LS)
    for design in PARTIAL_DESIGNS:
        for label, change in VARIANTS.items():
            if change.get("n_dimensions", 5) <= 3:
                continue
            if design.name != "sparse-partial" and label not in ("as designed", "30% halo raters", "mixed raters"):
                continue
            r = recovery(replace(design, **change), seeds=range(seeds), kinds=kinds)
            print(_cells_row(f"{design.name}: {label}", r), flush=True)
        r = recovery(replace(design, **MATCHED), seeds=range(seeds), kinds=kinds)
        print(_cells_row(f"{design.name}: target-matched (noise sd 0.5, severity sd 0.5)", r), flush=True)


DRIFT_HEADER = (f"{'design':<52} {'cens':>6} {'static':>6} {'gain over static':>17} {'LS':>6} "
                f"{'rho gain over LS':>17} {'sevrho':>6} {'sev:st':>6} {'raw':>6} {'oracle':>6} {'hom':>6}")


def _drift_row(label: str, r: dict) -> str:
    g = r["gap_closed"]
    st, ls = r["gain_over_static"], r["gain_over_least_squares"][CENS]
    return (f"{label:<52} {g[CENS]:>6.3f} {g[STATIC]:>6.3f} {st['mean']:>+8.4f}+-{st['se']:.4f} "
            f"{g[LS]:>6.3f} {ls['mean']:>+8.4f}+-{ls['se']:.4f} {r['severity_rho'][CENS]:>6.3f} "
            f"{r['severity_rho'][STATIC]:>6.3f} {r['raw_rho']:>6.3f} {r['oracle_rho']:>6.3f} {g[HOM]:>6.3f}")


def bench_drift(seeds: int) -> None:
    print(f"\ndrift sweep, {seeds} seeds each. cens = default model (interviewer trends over the "
          "submission times), static = the same ignoring the times, gain over static = paired rho "
          "difference; the oracle removes each score's true severity at its time; "
          "hom = equal raters (with trends); sev:st = severity rho of static")
    print(DRIFT_HEADER)
    kinds = (CENS, STATIC, HOM, LS)
    for design in DESIGNS:
        r = recovery(design, seeds=range(seeds), kinds=kinds)
        print(_drift_row(f"{design.name}: no drift", r), flush=True)
    for base in ("small", "sparse", "sparse-partial", "medium", "large"):
        design = next(d for d in DESIGNS if d.name == base)
        for label, change in DRIFT_VARIANTS.items():
            r = recovery(replace(design, **change), seeds=range(seeds), kinds=kinds)
            print(_drift_row(f"{base}: {label}", r), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--rows-only", action="store_true")
    parser.add_argument("--recovery-only", action="store_true")
    parser.add_argument("--no-variants", action="store_true")
    parser.add_argument("--drift-only", action="store_true", help="only the drift sweep")
    parser.add_argument("--cells-only", action="store_true",
                        help="only the candidate x dimension effects sweep (partial designs)")
    parser.add_argument("--matched", action="store_true",
                        help="only the recovery sweep on the target-matched simulator")
    parser.add_argument("--rows-drift", action="store_true",
                        help="the 1M-score run with 30%% drifting interviewers")
    parser.add_argument("--no-times", action="store_true",
                        help="the 1M-score run without submission times")
    args = parser.parse_args()
    print(f"machine: {platform.machine()} nproc={os.cpu_count()} python {platform.python_version()}")
    if args.drift_only:
        bench_drift(args.seeds)
        return
    if args.cells_only:
        bench_cells(args.seeds)
        return
    if args.matched:
        bench_matched(args.seeds)
        return
    if not args.recovery_only:
        bench_million(drift=args.rows_drift, times=not args.no_times)
    if not args.rows_only:
        bench_recovery(args.seeds, not args.no_variants)
        bench_cells(args.seeds)
        bench_drift(args.seeds)


if __name__ == "__main__":
    main()
