"""Calibration benchmark.

    .venv/bin/python bench/bench_calibrate.py [--rows-only] [--seeds 20]

1. Wall time and peak memory of ``calibrate`` on 1,000,000 scores
   (50,000 candidates, 500 interviewers, 4 per loop, 5 dimensions).
2. Recovery sweep: "gap closed" per simulated design, for the
   interval-censored model and the additive least-squares fallback.
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

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from scorecards.calibration import calibrate, read_scores_csv  # noqa: E402
from scorecards.calibration.recovery import recovery  # noqa: E402
from scorecards.calibration.simulate import DESIGNS, Design, simulate  # noqa: E402


def bench_million() -> None:
    design = Design("million", n_candidates=50_000, n_interviewers=500, panel=(4, 4))
    t0 = time.perf_counter()
    sim = simulate(design, seed=7)
    t_sim = time.perf_counter() - t0
    scores = sim.scores
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
    print(f"model={model['kind']} iterations={model['iterations']} converged={model['converged']}")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "scores.csv")
        scores.to_csv(path, index=False)
        t0 = time.perf_counter()
        read_scores_csv(path)
        print(f"read_scores_csv of the same 1M rows as CSV: {time.perf_counter() - t0:.1f}s")
    print(f"spearman(severity, true)={spearmanr(sev, sim.true_severity[sev.index])[0]:.3f}  "
          f"spearman(adjusted, true)={spearmanr(adj, sim.true_quality[adj.index])[0]:.3f}  "
          f"spearman(raw, true)={spearmanr(sim.raw_means()[adj.index], sim.true_quality[adj.index])[0]:.3f}")


def bench_recovery(seeds: int) -> None:
    print(f"\nrecovery sweep, {seeds} seeds per design (gap closed = ratio of mean gains)")
    print(f"{'design':<15} {'cands':>5} {'pool':>4} {'censored':>9} {'additive':>9} {'plain LS':>9} "
          f"{'sev rho':>8} {'raw rho':>8} {'oracle rho':>10}")
    for design in DESIGNS:
        r = recovery(design, seeds=range(seeds))
        print(f"{design.name:<15} {design.n_candidates:>5} {design.n_interviewers:>4} "
              f"{r['gap_closed']['interval-censored']:>9.3f} {r['gap_closed']['additive']:>9.3f} "
              f"{r['gap_closed']['least-squares']:>9.3f} "
              f"{r['severity_rho']['interval-censored']:>8.3f} {r['raw_rho']:>8.3f} {r['oracle_rho']:>10.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--rows-only", action="store_true")
    parser.add_argument("--recovery-only", action="store_true")
    args = parser.parse_args()
    print(f"machine: {platform.machine()} nproc={os.cpu_count()} python {platform.python_version()}")
    if not args.recovery_only:
        bench_million()
    if not args.rows_only:
        bench_recovery(args.seeds)


if __name__ == "__main__":
    main()
