"""Reference submissions graded through ``grade_submission``: each gets the SUB-* codes it deserves."""
import json
import zipfile
from io import StringIO

import pandas as pd
import pytest
from django.core.management import CommandError, call_command

from cases.takehome.tasks import task_get

from .support import SUBMISSIONS, codes, grade_command, sub_codes

MEMO = "# Memo\n\nTime-based validation, unseen customers on the validation side.\n"


@pytest.fixture(scope="module")
def memo(tmp_path_factory):
    path = tmp_path_factory.mktemp("memo") / "memo.md"
    path.write_text(MEMO)
    return path


@pytest.fixture(scope="module")
def honest_report(honest_run, memo):
    return grade_command("--code", str(SUBMISSIONS / "honest.py"), "--predictions",
                         str(honest_run / "predictions.csv"), "--metrics", str(honest_run / "metrics.json"),
                         "--memo", str(memo))


def test_honest_submission_gets_no_submission_code(honest_report):
    assert sub_codes(honest_report) == set()
    assert honest_report["status"] == "graded"
    assert honest_report["rerun"]["status"] == "ok"
    metric = honest_report["metrics"]["roc_auc"]
    assert 0.6 < metric["value"] < task_get("churn-snapshots").honest_ceiling
    assert metric["ci_low"] < metric["value"] < metric["ci_high"]
    assert honest_report["suggested_scores"]["craft-reproducibility"] == 5
    assert honest_report["machine_suggested"] is True
    assert set(honest_report["by_dimension"]) >= {"evaluation-rigor", "craft-reproducibility"}
    assert honest_report["memo"]["words"] == len(MEMO.split())


def test_honest_submission_has_no_leakage_finding(honest_report):
    if honest_report["static"].get("skipped"):
        pytest.skip(honest_report["static"]["skipped"])
    assert not {code for code in codes(honest_report) if code.startswith("LK-")}
    assert honest_report["suggested_scores"]["evaluation-rigor"] >= 4


def test_report_matches_the_contract_shape(honest_report):
    assert {"status", "metrics", "findings", "suggested_scores", "rerun"} <= set(honest_report)
    assert {"status", "seconds", "log_tail"} <= set(honest_report["rerun"])
    for item in honest_report["findings"]:
        assert {"code", "file", "line", "cell", "severity", "message", "dimension"} <= set(item)


def test_over_claiming_submission_gets_claim_gap(honest_run, tmp_path):
    claims = tmp_path / "metrics.json"
    claims.write_text(json.dumps({"roc_auc": 0.97}))
    report = grade_command("--code", str(SUBMISSIONS / "honest.py"), "--predictions",
                           str(honest_run / "predictions.csv"), "--metrics", str(claims), "--stages", "holdout")
    assert sub_codes(report) == {"SUB-CLAIM-GAP"}
    gap = next(f for f in report["findings"] if f["code"] == "SUB-CLAIM-GAP")
    assert gap["evidence"]["claimed"] == 0.97
    assert gap["evidence"]["holdout"] == pytest.approx(report["metrics"]["roc_auc"]["value"])
    assert report["suggested_scores"]["evaluation-rigor"] <= 4


def test_broken_predictions_get_invalid_predictions_naming_rows(honest_run, tmp_path):
    frame = pd.read_csv(honest_run / "predictions.csv", dtype={"snapshot_id": str})
    dropped = frame["snapshot_id"].iloc[3]
    frame = frame.drop(index=3)
    frame.loc[5, "prediction"] = float("nan")
    frame.loc[7, "prediction"] = 1.7
    frame = pd.concat([frame, frame.iloc[[0]]])
    broken = tmp_path / "predictions.csv"
    frame.to_csv(broken, index=False)
    report = grade_command("--code", str(SUBMISSIONS / "honest.py"), "--predictions", str(broken),
                           "--stages", "static,holdout")
    assert "SUB-INVALID-PREDICTIONS" in sub_codes(report)
    messages = " | ".join(f["message"] for f in report["findings"] if f["code"] == "SUB-INVALID-PREDICTIONS")
    assert dropped in messages  # the missing id is named
    assert "more than once" in messages and "outside [0, 1]" in messages and "NaN" in messages
    assert report["metrics"] == {}


def test_leaky_submission_gets_suspicious_score(leaky_run):
    report = grade_command("--code", str(SUBMISSIONS / "leaky.py"), "--predictions",
                           str(leaky_run / "predictions.csv"), "--stages", "static,holdout")
    assert "SUB-SUSPICIOUS-SCORE" in sub_codes(report)
    assert report["metrics"]["roc_auc"]["value"] > task_get("churn-snapshots").honest_ceiling
    assert report["suggested_scores"]["evaluation-rigor"] <= 2


def test_leaky_submission_gets_lk_feature_from_the_analyzer(leaky_run):
    report = grade_command("--code", str(SUBMISSIONS / "leaky.py"), "--predictions",
                           str(leaky_run / "predictions.csv"), "--stages", "static")
    if report["static"].get("skipped"):
        pytest.skip(report["static"]["skipped"])
    assert "LK-FEATURE" in codes(report)


def test_infinite_loop_gets_run_failed(honest_run):
    report = grade_command("--code", str(SUBMISSIONS / "infinite_loop.py"), "--predictions",
                           str(honest_run / "predictions.csv"), "--stages", "rerun",
                           limits={"cpu_seconds": 3, "wall_seconds": 20})
    failed = [f for f in report["findings"] if f["code"] == "SUB-RUN-FAILED"]
    assert failed and report["rerun"]["status"] == "killed"
    assert "CPU" in failed[0]["message"]
    assert report["suggested_scores"]["craft-reproducibility"] <= 2


def test_memory_hog_gets_run_failed(honest_run):
    report = grade_command("--code", str(SUBMISSIONS / "memory_hog.py"), "--predictions",
                           str(honest_run / "predictions.csv"), "--stages", "rerun", limits={"memory_mb": 1024})
    failed = [f for f in report["findings"] if f["code"] == "SUB-RUN-FAILED"]
    assert failed and report["rerun"]["status"] in ("failed", "killed")
    assert "memory" in failed[0]["message"]
    assert "MemoryError" in failed[0]["evidence"]["log_tail"] or "allocate" in failed[0]["evidence"]["log_tail"]


def test_predictions_the_code_does_not_produce_get_not_reproducible(leaky_run, honest_run):
    # The honest code, submitted with the leaky model's predictions.
    report = grade_command("--code", str(SUBMISSIONS / "honest.py"), "--predictions",
                           str(leaky_run / "predictions.csv"), "--stages", "rerun")
    assert sub_codes(report) == {"SUB-NOT-REPRODUCIBLE"}
    assert report["rerun"]["status"] == "ok"


def test_code_that_fetches_from_the_network_gets_run_failed(honest_run):
    report = grade_command("--code", str(SUBMISSIONS / "network_fetch.py"), "--predictions",
                           str(honest_run / "predictions.csv"), "--stages", "rerun")
    failed = [f for f in report["findings"] if f["code"] == "SUB-RUN-FAILED"]
    assert failed and "network" in failed[0]["message"]


def test_notebook_and_zip_projects_rerun_like_the_script(honest_run, tmp_path):
    source = (SUBMISSIONS / "honest.py").read_text()
    head, tail = source.split("cut = ", 1)
    notebook = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "markdown", "id": "m0", "metadata": {}, "source": "# Churn"},
        {"cell_type": "code", "id": "c1", "metadata": {}, "execution_count": None, "outputs": [],
         "source": "%matplotlib inline\n" + head},
        {"cell_type": "code", "id": "c2", "metadata": {}, "execution_count": None, "outputs": [],
         "source": "cut = " + tail},
    ]}
    nb_path = tmp_path / "analysis.ipynb"
    nb_path.write_text(json.dumps(notebook))
    zip_path = tmp_path / "project.zip"
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("churn/main.py", "import model_code  # importing the module trains and predicts\n")
        zf.writestr("churn/model_code.py", source)
        zf.writestr("churn/predictions.csv", "snapshot_id,prediction\n")  # stale output must not count
    for code in (nb_path, zip_path):
        report = grade_command("--code", str(code), "--predictions", str(honest_run / "predictions.csv"),
                               "--stages", "rerun")
        assert report["rerun"]["status"] == "ok", report["rerun"]
        assert sub_codes(report) == set()


def test_text_format_and_refusals(honest_run, tmp_path):
    out = StringIO()
    call_command("grade_submission", "--task", "churn-snapshots", "--size", "600", "--code",
                 str(SUBMISSIONS / "honest.py"), "--predictions", str(honest_run / "predictions.csv"),
                 "--stages", "holdout", "--format", "text", stdout=out)
    text = out.getvalue()
    assert "roc_auc" in text and "Suggested scores" in text
    bad = tmp_path / "broken.py"
    bad.write_text("import pandas\ndef f(:\n")
    with pytest.raises(CommandError, match="line 2"):
        call_command("grade_submission", "--task", "churn-snapshots", "--size", "600", "--code", str(bad),
                     "--predictions", str(honest_run / "predictions.csv"), stdout=StringIO())
    with pytest.raises(CommandError, match="NAME=INTEGER"):
        call_command("grade_submission", "--task", "churn-snapshots", "--code", str(bad), "--predictions", str(bad),
                     "--limit", "gpu_seconds=3", stdout=StringIO())
    with pytest.raises(CommandError, match="unknown take-home task"):
        call_command("grade_submission", "--task", "nope", "--code", str(bad), "--predictions", str(bad),
                     stdout=StringIO())
