"""Unreadable input gives a clear error and no findings, never a traceback."""
from __future__ import annotations

import json

import pytest

from cases.leakage import Context, FileResult, Finding, analyze_file, analyze_source


def test_syntax_error_names_the_line():
    result = analyze_source("import pandas as pd\nx = (1,\n", path="bad.py")
    assert result.findings == []
    assert result.error.startswith("syntax error at line")


def test_syntax_error_in_a_notebook_names_the_cell():
    nb = {"cells": [{"cell_type": "markdown", "source": "x"},
                    {"cell_type": "code", "source": "a = 1\n"},
                    {"cell_type": "code", "source": "def f(:\n    pass\n"}], "nbformat": 4}
    result = analyze_source(json.dumps(nb), path="bad.ipynb")
    assert "cell 2" in result.error and result.findings == []


@pytest.mark.parametrize("text, reason", [
    ('{"cells": [', "invalid notebook JSON"),
    ('{"nbformat": 4}', "invalid notebook"),
    ('{"cells": [{"cell_type": "markdown", "source": "only prose"}], "nbformat": 4}', "no code cells"),
])
def test_invalid_notebooks(text, reason):
    result = analyze_source(text, path="x.ipynb")
    assert reason in result.error and result.findings == []


@pytest.mark.parametrize("data", [b"", b"   \n\n", ""])
def test_empty_file(data):
    assert analyze_source(data, path="empty.py").error == "empty file"


def test_binary_file(tmp_path):
    path = tmp_path / "model.py"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in analyze_file(path).error
    latin = tmp_path / "latin.py"
    latin.write_bytes("x = 'café'\n".encode("latin-1"))
    assert "binary or non-UTF-8" in analyze_file(latin).error


def test_missing_file_and_directory(tmp_path):
    assert "cannot read file" in analyze_file(tmp_path / "nope.py").error
    assert "directory" in analyze_file(tmp_path).error


def test_magics_and_shell_escapes_are_tolerated():
    nb = {"cells": [{"cell_type": "code", "source": ["%load_ext autoreload\n", "%autoreload 2\n",
                                                      "!pip install xgboost\n", "files = !ls\n",
                                                      "import pandas as pd\n", "df?\n"]},
                    {"cell_type": "code", "source": ["%%bash\n", "echo hi && ls -la | wc -l\n"]},
                    {"cell_type": "code", "source": ["%%timeit\n", "x = [i for i in range(10)]\n"]}],
          "nbformat": 4}
    result = analyze_source(json.dumps(nb), path="magic.ipynb")
    assert result.error is None and result.findings == []


def test_result_shapes():
    result = analyze_source("x = 1\n", path="a.py", context=Context())
    assert isinstance(result, FileResult)
    assert result.to_dict() == {"path": "a.py", "error": None, "findings": []}
    finding = Finding(code="LK-PREP", line=3, cell=None, severity="medium", message="m", dimension="evaluation-rigor")
    assert set(finding.to_dict()) == {"code", "line", "cell", "severity", "message", "dimension", "inferred"}


def test_context_from_task_json():
    ctx = Context.from_dict({"slug": "churn", "target": "churned", "id_column": "customer_id", "metric": "roc_auc",
                             "leaky_columns": ["refund"], "positive_rate": "0.05", "time_box_minutes": 240})
    assert ctx == Context(target="churned", id_column="customer_id", leaky_columns=("refund",), positive_rate=0.05)
    assert not ctx.is_empty and Context().is_empty and Context.from_dict({"slug": "x"}).is_empty


def test_deeply_nested_code_is_an_error_not_a_crash():
    src = "x = " + "(" * 300 + "1" + ")" * 300 + "\n"
    result = analyze_source(src, path="deep.py")
    assert result.findings == []


def test_unusual_constructs_are_analysed_without_error():
    from pathlib import Path

    result = analyze_file(Path(__file__).parent / "data" / "odd_constructs.py")
    assert result.error is None
    reuse = sorted(f.line for f in result.findings if f.code == "LK-TEST-REUSE")
    # lgb.train(valid_sets=[test]) and xgb.train(evals=[test]) with early stopping
    assert reuse == [69, 71]
