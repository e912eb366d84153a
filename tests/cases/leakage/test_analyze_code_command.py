"""`manage.py analyze_code`: flags, --task, JSON shape, exit status; no database needed."""
from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

HERE = Path(__file__).parent
LEAKY = HERE / "corpus" / "001_churn_prep_scale_before_split.py"
LEAKY_NB = HERE / "corpus" / "002_pricing_prep_scale_before_split.ipynb"
TEMPORAL = HERE / "heldout" / "h13_fraud_sorted_stratified_cv.py"


def run(*args) -> tuple[int, str]:
    out = io.StringIO()
    try:
        call_command("analyze_code", *map(str, args), stdout=out)
        status = 0
    except SystemExit as exc:
        status = exc.code
    return status, out.getvalue()


def test_json_output_follows_the_contract():
    status, out = run("--format", "json", "--target", "price", LEAKY_NB)
    assert status == 0
    payload = json.loads(out)
    [entry] = payload["files"]
    assert entry["path"] == str(LEAKY_NB) and entry["error"] is None
    prep = next(f for f in entry["findings"] if f["code"] == "LK-PREP")
    assert {"code", "line", "cell", "severity", "message"} <= set(prep)
    assert isinstance(prep["cell"], int) and prep["severity"] == "medium"


def test_context_flags_switch_codes_on_and_off():
    _, out = run("--format", "json", "--target", "is_fraud", TEMPORAL)
    assert "LK-TEMPORAL" not in out
    _, out = run("--format", "json", "--target", "is_fraud", "--time-column", "event_time", TEMPORAL)
    assert "LK-TEMPORAL" in out
    kept = HERE / "corpus" / "134_churn_feature_leaky_kept.ipynb"
    _, out = run("--format", "json", "--target", "churned", "--id-column", "customer_id", kept)
    assert "LK-FEATURE" not in out
    _, out = run("--format", "json", "--leaky-column", "x", "--leaky-column", "cancellation_reason_code",
                 "--id-column", "customer_id", kept)
    assert "LK-FEATURE" in out


def test_errors_are_reported_for_every_file_then_exit_1(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(:\n")
    status, out = run("--format", "json", bad, LEAKY, tmp_path / "missing.ipynb")
    assert status == 1
    files = json.loads(out)["files"]
    assert [bool(f["error"]) for f in files] == [True, False, True]
    assert files[0]["findings"] == [] and files[1]["findings"]


def test_text_format(tmp_path):
    status, out = run(LEAKY)
    assert status == 0
    assert f"{LEAKY}:" in out and "LK-PREP [medium]" in out
    clean = tmp_path / "clean.py"
    clean.write_text("print('hello')\n")
    assert run(clean)[1].strip() == f"{clean}: no findings"


def test_task_context_is_read_and_flags_override_it(monkeypatch):
    fake = types.ModuleType("cases.takehome.tasks")

    def task_context(slug):
        if slug != "fraud-demo":
            raise KeyError(slug)
        return {"target": "is_fraud", "time_column": "event_time", "positive_rate": 0.03}

    fake.task_context = task_context
    monkeypatch.setitem(sys.modules, "cases.takehome.tasks", fake)
    _, out = run("--format", "json", "--task", "fraud-demo", TEMPORAL)
    assert "LK-TEMPORAL" in out
    with pytest.raises(CommandError, match="unknown task"):
        run("--task", "nope", TEMPORAL)


def test_missing_task_catalogue_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "cases.takehome.tasks", None)
    with pytest.raises(CommandError, match="unknown task"):
        run("--task", "anything", LEAKY)
