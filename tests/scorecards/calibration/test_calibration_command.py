"""manage.py calibrate: JSON and text output, exit code 1 on malformed input."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from scorecards.calibration.simulate import DESIGNS, simulate

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def scores_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("calibrate") / "scores.csv"
    simulate(DESIGNS[0], seed=8).scores.to_csv(path, index=False)
    return path


def run(*args):
    out = io.StringIO()
    call_command("calibrate", *args, stdout=out)
    return out.getvalue()


def test_json_output_has_the_contract_keys(scores_csv):
    result = json.loads(run("--input", str(scores_csv), "--format", "json"))
    assert set(result) >= {"candidates", "interviewers", "dimensions", "reliability"}
    assert {"candidate", "n_scores", "n_interviewers", "raw_mean", "adjusted_mean",
            "ci_low", "ci_high"} <= set(result["candidates"][0])
    assert {"interviewer", "n_scores", "severity", "ci_low", "ci_high", "flags"} <= set(
        result["interviewers"][0])
    assert {"dimension", "mean"} <= set(result["dimensions"][0])
    assert {"units", "krippendorff_alpha_ordinal", "krippendorff_alpha_interval", "icc"} <= set(
        result["reliability"])


def test_text_output_is_readable(scores_csv):
    text = run("--input", str(scores_csv), "--format", "text")
    assert text.startswith("Calibration of ")
    assert "Candidates (best first)" in text and "Interviewers" in text
    assert "Krippendorff's alpha" in text


def test_malformed_input_raises_command_error_naming_the_row(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("candidate,interviewer,dimension,score\nc1,alice,x,4\nc1,bob,x,9\n")
    with pytest.raises(CommandError) as err:
        run("--input", str(bad))
    assert err.value.returncode == 1
    assert "row 2 (c1,bob,x,9)" in str(err.value)


def test_scale_options_are_honoured(tmp_path):
    path = tmp_path / "ten.csv"
    path.write_text("candidate,interviewer,dimension,score\nc1,alice,x,9\nc1,bob,x,7\nc2,alice,x,3\n")
    with pytest.raises(CommandError):
        run("--input", str(path))
    result = json.loads(run("--input", str(path), "--scale-min", "1", "--scale-max", "10"))
    assert result["model"]["scale_max"] == 10


def test_process_exit_codes(tmp_path, scores_csv):
    bad = tmp_path / "bad.csv"
    bad.write_text("candidate,interviewer,dimension,score\nc1,alice,x,4\nc1,alice,x,3\n")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    failed = subprocess.run(
        [sys.executable, "manage.py", "calibrate", "--input", str(bad)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert failed.returncode == 1
    assert "row 2 (c1,alice,x,3)" in failed.stderr and "duplicate" in failed.stderr
    ok = subprocess.run(
        [sys.executable, "manage.py", "calibrate", "--input", str(scores_csv), "--format", "json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["candidates"]
