"""The take-home grading pipeline: static analysis, hidden-holdout scoring, sandboxed re-run.

Each stage is a plain function that can run alone (the worker runs them one
by one and reports progress); :func:`grade` runs the chosen stages and builds
the report. Nothing here touches the database.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from .bundle import bundle_write
from .findings import finding
from .report import report_build
from .sandbox import SandboxLimits, SandboxUnavailable, sandbox_available, sandbox_run, scratch_prepare
from .scoring import (N_BOOT, METRICS, claim_metric, holdout_score, labels_read, predictions_aligned,
                      predictions_check, predictions_compare, score_findings)
from .tasks import TaskSpec
from .uploads import (DEFAULT_LIMITS, CodeUpload, UploadLimits, predictions_validate, project_materialize,
                      submission_validate)

STAGES = ("static", "holdout", "rerun")


def _analyzer():
    try:
        from cases.leakage import Context, analyze_file
    except ImportError:
        return None
    return Context, analyze_file


def stage_static(*, task: TaskSpec, code: CodeUpload, project_dir: str | Path) -> dict[str, Any]:
    """Leakage and evaluation findings of every code file, judged against the task's context."""
    analyzer = _analyzer()
    if analyzer is None:
        return {"findings": [], "files": [], "skipped": "the static analyzer (cases.leakage) is not installed"}
    Context, analyze_file = analyzer
    context = Context.from_dict(task.context())
    project_dir = Path(project_dir)
    findings, files = [], []
    for name in code.files:
        result = analyze_file(str(project_dir / name), context=context)
        files.append({"path": name, "error": result.error})
        for item in result.findings:
            raw = item.to_dict()
            findings.append(finding(code=raw["code"], severity=raw["severity"], message=raw["message"], file=name,
                                    line=raw.get("line"), cell=raw.get("cell"), dimension=raw.get("dimension"),
                                    **({"inferred": True} if raw.get("inferred") else {})))
    return {"findings": findings, "files": files}


def stage_holdout(*, task: TaskSpec, predictions: pd.DataFrame, labels: pd.DataFrame,
                  claims: dict[str, float] | None = None, n_boot: int = N_BOOT) -> dict[str, Any]:
    """The task's metric (and every claimed metric that can be computed) on the hidden labels."""
    claims = claims or {}
    ids = labels[task.id_column].astype(str)
    invalid = predictions_check(predictions, ids, task=task)
    if invalid:
        return {"metrics": {}, "findings": invalid}
    pred = predictions_aligned(predictions, ids, task=task)
    y = labels[task.target].to_numpy(dtype=float)
    names = [task.metric]
    for claimed in claims:
        mapped = claim_metric(claimed)
        if mapped and mapped[0] not in names and METRICS[mapped[0]].classification == task.is_classification:
            names.append(mapped[0])
    metrics = {name: holdout_score(pred, y, metric=name, n_boot=n_boot) for name in names}
    return {"metrics": metrics, "findings": score_findings(task=task, metrics=metrics, claims=claims)}


def stage_rerun(*, task: TaskSpec, code: CodeUpload, predictions: pd.DataFrame, bundle_dir: str | Path,
                workdir: str | Path, limits: SandboxLimits | None = None, python: str | None = None) -> dict[str, Any]:
    """Run the code in the sandbox on the public bundle and compare its predictions with the submitted ones."""
    workdir = Path(workdir)
    limits = limits or SandboxLimits.from_bounds(task.rerun)
    if not sandbox_available():
        return {"rerun": {"status": "skipped", "seconds": 0.0, "log_tail": "",
                          "reason": "bubblewrap is not installed; the re-run was not attempted"}, "findings": []}
    project = workdir / "project"
    if not project.exists():
        project_materialize(code, project)
    scratch = scratch_prepare(scratch=workdir / "scratch", bundle_dir=bundle_dir, project_dir=project)
    try:
        result = sandbox_run(scratch=scratch, entry=code.entry_point, limits=limits, python=python,
                             log_path=workdir / "rerun.log")
    except SandboxUnavailable as exc:
        return {"rerun": {"status": "skipped", "seconds": 0.0, "log_tail": "", "reason": str(exc)}, "findings": []}
    found = []
    if result.status != "ok":
        found.append(finding(code="SUB-RUN-FAILED", severity="high", file=code.entry_point,
                             message=f"the sandboxed re-run did not produce predictions: {result.reason} "
                                     f"(status {result.status}, {result.seconds:.1f} s); see the log tail",
                             status=result.status, log_tail=result.log_tail))
    else:
        try:
            rerun = predictions_validate(result.predictions_path, id_column=task.id_column, require_columns=False)
        except Exception as exc:  # an unreadable file is as much a difference as a wrong value
            message = getattr(exc, "message", str(exc))
            found.append(finding(code="SUB-NOT-REPRODUCIBLE", severity="high", file="predictions.csv",
                                 message=f"the re-run wrote a predictions.csv that cannot be read: {message}"))
        else:
            differ = predictions_compare(predictions, rerun, id_column=task.id_column)
            if differ:
                found.append(differ)
    return {"rerun": result.to_dict(), "findings": found}


def grade(*, task: TaskSpec, code_path: str | Path, predictions_path: str | Path,
          memo_path: str | Path | None = None, metrics_path: str | Path | None = None,
          hidden_labels_path: str | Path, workdir: str | Path, stages: tuple[str, ...] = STAGES,
          on_stage: Callable[[str], None] | None = None, bundle_dir: str | Path | None = None,
          limits: SandboxLimits | None = None, upload_limits: UploadLimits = DEFAULT_LIMITS,
          n_boot: int = N_BOOT) -> dict[str, Any]:
    """Grade one submission and return the report (see cases.takehome.report).

    Raises ``UploadError`` when the submission cannot be accepted at all (code
    that is not Python, a zip that escapes its folder, an unreadable file);
    predictions with wrong columns or rows are graded and reported.
    """
    unknown = set(stages) - set(STAGES)
    if unknown:
        raise ValueError(f"unknown stage(s) {sorted(unknown)}; stages are {', '.join(STAGES)}")
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    submission = submission_validate(code_path=code_path, predictions_path=predictions_path,
                                     id_column=task.id_column, memo_path=memo_path, metrics_path=metrics_path,
                                     limits=upload_limits, require_columns=False)
    project = workdir / "project"
    project_materialize(submission.code, project, limits=upload_limits)
    findings: list[dict[str, Any]] = []
    metrics: dict[str, Any] = {}
    rerun = None
    notes: dict[str, Any] = {}
    timings: dict[str, float] = {}
    for stage in STAGES:
        if stage not in stages:
            continue
        if on_stage:
            on_stage(stage)
        started = time.perf_counter()
        if stage == "static":
            out = stage_static(task=task, code=submission.code, project_dir=project)
            notes["static"] = {k: v for k, v in out.items() if k != "findings"}
        elif stage == "holdout":
            out = stage_holdout(task=task, predictions=submission.predictions,
                                labels=labels_read(hidden_labels_path, task=task), claims=submission.claims,
                                n_boot=n_boot)
            metrics = out["metrics"]
        else:
            if bundle_dir is None:
                bundle_dir = workdir / "bundle"
                bundle_write(task, bundle_dir)
            out = stage_rerun(task=task, code=submission.code, predictions=submission.predictions,
                              bundle_dir=bundle_dir, workdir=workdir, limits=limits)
            rerun = out["rerun"]
        findings.extend(out["findings"])
        timings[stage] = round(time.perf_counter() - started, 3)
    if rerun is None:
        rerun = {"status": "skipped", "seconds": 0.0, "log_tail": "", "reason": "the re-run stage was not run"}
    report = report_build(task=task, metrics=metrics, findings=findings, rerun=rerun, stages=tuple(
        s for s in STAGES if s in stages), claims=submission.claims)
    report["static"] = notes.get("static")
    report["timings"] = timings
    report["memo"] = {"words": len(submission.memo.split())} if submission.memo else None
    return report
