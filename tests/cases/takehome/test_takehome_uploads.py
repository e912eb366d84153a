"""Upload validation: every refusal says what to fix."""
import io
import json
import stat
import zipfile

import pytest

from cases.takehome.uploads import (UploadError, UploadLimits, code_validate, memo_validate, metrics_validate,
                                    notebook_to_script, predictions_validate, project_materialize, safe_extract)

NOTEBOOK = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
    {"cell_type": "markdown", "id": "a", "metadata": {}, "source": "# Title"},
    {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": None, "outputs": [],
     "source": "%matplotlib inline\nimport os\n!pip install foo\nx = 1"},
    {"cell_type": "code", "id": "c", "metadata": {}, "execution_count": None, "outputs": [],
     "source": "%%time\ny = x + 1"},
    {"cell_type": "code", "id": "d", "metadata": {}, "execution_count": None, "outputs": [],
     "source": "%%bash\nls -la"},
]}


def write(path, content):
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


def make_zip(path, members, *, symlink=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink[0])
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, symlink[1])
    return path


def refused(field, match, fn, *args, **kwargs):
    with pytest.raises(UploadError, match=match) as caught:
        fn(*args, **kwargs)
    assert caught.value.field == field
    return caught.value


# --------------------------------------------------------------------------- code

def test_script_notebook_and_zip_are_accepted(tmp_path):
    assert code_validate(write(tmp_path / "a.py", "print(1)\n")).kind == "script"
    assert code_validate(write(tmp_path / "n.ipynb", json.dumps(NOTEBOOK))).kind == "notebook"
    project = code_validate(make_zip(tmp_path / "p.zip", {"proj/main.py": "import util\n", "proj/util.py": "x=1\n"}))
    assert (project.kind, project.entry_point, project.root_prefix) == ("project", "main.py", "proj/")
    single = code_validate(make_zip(tmp_path / "s.zip", {"run.ipynb": json.dumps(NOTEBOOK), "lib/a.py": ""}))
    assert single.entry_point == "run.ipynb"


def test_other_file_types_are_refused(tmp_path):
    refused("code", r"one \.py script, one \.ipynb notebook or a \.zip", code_validate, write(tmp_path / "a.R", "x"))


def test_syntax_error_is_refused_with_its_line(tmp_path):
    err = refused("code", "line 3", code_validate, write(tmp_path / "a.py", "import os\nx = 1\ndef f(:\n"))
    assert "a.py" in err.message


def test_notebook_syntax_error_names_cell_and_line(tmp_path):
    nb = json.loads(json.dumps(NOTEBOOK))
    nb["cells"][2]["source"] = "%%time\ny = (x + 1"
    err = refused("code", "cell 2", code_validate, write(tmp_path / "n.ipynb", json.dumps(nb)))
    assert "line 2" in err.message


def test_invalid_notebooks_are_refused(tmp_path):
    refused("code", "not valid JSON", code_validate, write(tmp_path / "a.ipynb", "{nope"))
    refused("code", "version 4", code_validate, write(tmp_path / "b.ipynb", json.dumps({"nbformat": 3, "cells": []})))
    broken = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "id": "x"}]}
    refused("code", "not a valid notebook", code_validate, write(tmp_path / "c.ipynb", json.dumps(broken)))


def test_non_utf8_script_is_refused(tmp_path):
    refused("code", "UTF-8", code_validate, write(tmp_path / "a.py", b"x = '\xff\xfe'\n"))


def test_size_limits_apply_and_can_be_overridden(tmp_path):
    script = write(tmp_path / "a.py", "x = 1\n" * 100)
    refused("code", "limit", code_validate, script, limits=UploadLimits(script_bytes=100))
    assert code_validate(script, limits=UploadLimits(script_bytes=10_000)).kind == "script"


def test_notebook_becomes_a_script_with_magics_neutralised_and_lines_kept():
    script = notebook_to_script(NOTEBOOK)
    lines = script.source.splitlines()
    assert lines[0].startswith("pass") and lines[1] == "import os" and lines[2].startswith("pass")
    assert lines[3] == "x = 1" and lines[4] == "" and lines[5] == "y = x + 1"
    assert all(line.startswith("#") for line in lines[6:8])
    namespace = {}
    exec(compile(script.source, "nb", "exec"), namespace)
    assert namespace["y"] == 2
    assert script.locate(6) == (2, 2)  # cell indexes count every cell, markdown included


# --------------------------------------------------------------------------- zips

def test_zip_path_escapes_are_refused(tmp_path):
    refused("code", "outside the project", code_validate, make_zip(tmp_path / "a.zip", {"main.py": "", "../x.py": ""}))
    refused("code", "absolute path", code_validate, make_zip(tmp_path / "b.zip", {"main.py": "", "/etc/x.py": ""}))
    refused("code", "backslashes", code_validate, make_zip(tmp_path / "c.zip", {"main.py": "", "a\\..\\x": ""}))


def test_zip_symlinks_are_refused(tmp_path):
    path = make_zip(tmp_path / "a.zip", {"main.py": ""}, symlink=("labels.csv", "/etc/passwd"))
    refused("code", "symbolic link", code_validate, path)
    refused("code", "symbolic link", safe_extract, path, tmp_path / "out")
    assert not (tmp_path / "out" / "labels.csv").exists()


def test_encrypted_and_duplicated_members_are_refused(tmp_path):
    path = make_zip(tmp_path / "enc.zip", {"main.py": "x = 1\n"})
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # general-purpose flag, bit 0
        at = data.find(signature)
        data[at + offset] |= 0x1
    refused("code", "encrypted", code_validate, write(tmp_path / "enc2.zip", bytes(data)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("main.py", "x = 1\n")
        zf.writestr("./main.py", "x = 2\n")
    refused("code", "appears twice", safe_extract, write(tmp_path / "dup.zip", buffer.getvalue()), tmp_path / "out")


def test_oversized_zip_member_code_is_refused(tmp_path):
    path = make_zip(tmp_path / "big.zip", {"main.py": "x = 1\n" * 2000})
    refused("code", "larger than", code_validate, path, limits=UploadLimits(notebook_bytes=1000))


def test_zip_bombs_are_refused(tmp_path):
    bomb = make_zip(tmp_path / "bomb.zip", {"main.py": "", "data.bin": b"\0" * (8 * 1024 * 1024)})
    assert bomb.stat().st_size < 100_000
    refused("code", "zip bomb", code_validate, bomb)
    refused("code", "unpacks to more than", code_validate, bomb,
            limits=UploadLimits(zip_uncompressed_bytes=1024 * 1024, zip_ratio=10_000))
    many = make_zip(tmp_path / "many.zip", {f"m{i}.txt": "" for i in range(30)} | {"main.py": ""})
    refused("code", "entries", code_validate, many, limits=UploadLimits(zip_members=10))


def test_safe_extract_stops_members_that_lie_about_their_size(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("main.py", "x = 1\n" * 1000)
    data = bytearray(buffer.getvalue())
    # Rewrite the declared uncompressed size (central directory) to 10 bytes.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    local = data.find(b"PK\x03\x04")
    data[local + 22:local + 26] = (10).to_bytes(4, "little")
    path = write(tmp_path / "liar.zip", bytes(data))
    refused("code", "declared size|corrupt", safe_extract, path, tmp_path / "out")
    written = tmp_path / "out" / "main.py"
    assert not written.exists() or written.stat().st_size <= 10


def test_zip_entry_point_rules(tmp_path):
    refused("code", "no entry point", code_validate, make_zip(tmp_path / "a.zip", {"src/a.py": "", "README.md": ""}))
    refused("code", "several possible entry points", code_validate,
            make_zip(tmp_path / "b.zip", {"a.py": "", "b.py": ""}))
    refused("code", "empty", code_validate, make_zip(tmp_path / "c.zip", {}))
    refused("code", "syntax error at line 1", code_validate, make_zip(tmp_path / "d.zip", {"main.py": "def (:"}))
    refused("code", "not a readable zip", code_validate, write(tmp_path / "e.zip", "not a zip"))


def test_project_materialize_strips_the_wrapping_folder(tmp_path):
    code = code_validate(make_zip(tmp_path / "p.zip", {"proj/main.py": "x=1\n", "proj/pkg/u.py": "",
                                                        "__MACOSX/proj/._main.py": "junk"}))
    entry = project_materialize(code, tmp_path / "out")
    assert entry == tmp_path / "out" / "main.py" and entry.read_text() == "x=1\n"
    assert (tmp_path / "out" / "pkg" / "u.py").exists() and not (tmp_path / "out" / "__MACOSX").exists()


# --------------------------------------------------------------------------- predictions, memo, metrics

def test_predictions_columns_must_be_exact(tmp_path):
    ok = write(tmp_path / "p.csv", "snapshot_id,prediction\nsnap-000001,0.2\n")
    assert list(predictions_validate(ok, id_column="snapshot_id").columns) == ["snapshot_id", "prediction"]
    err = refused("predictions", "missing column", predictions_validate,
                  write(tmp_path / "q.csv", "id,proba\nsnap-000001,0.2\n"), id_column="snapshot_id")
    assert "snapshot_id" in err.message and "unexpected column(s) id, proba" in err.message
    refused("predictions", "unexpected column", predictions_validate,
            write(tmp_path / "r.csv", "snapshot_id,prediction,extra\na,0.1,1\n"), id_column="snapshot_id")


def test_predictions_must_parse(tmp_path):
    refused("predictions", "empty", predictions_validate, write(tmp_path / "e.csv", ""), id_column="x")
    refused("predictions", "not a readable CSV", predictions_validate,
            write(tmp_path / "b.csv", 'x,prediction\n"a,0.1\nb,0.2,3,4\n'), id_column="x")
    refused("predictions", "UTF-8", predictions_validate, write(tmp_path / "u.csv", b"x,prediction\n\xff,1\n"),
            id_column="x")
    refused("predictions", "limit", predictions_validate, write(tmp_path / "big.csv", "x,prediction\n" + "a,1\n" * 100),
            id_column="x", limits=UploadLimits(predictions_bytes=50))


def test_memo_rules(tmp_path):
    assert memo_validate(write(tmp_path / "m.md", "# Memo\nok")) == "# Memo\nok"
    refused("memo", "markdown", memo_validate, write(tmp_path / "m.docx", "x"))
    refused("memo", "UTF-8", memo_validate, write(tmp_path / "n.md", b"\xff\xfe bad"))
    refused("memo", "empty", memo_validate, write(tmp_path / "o.md", "  \n"))
    refused("memo", "NUL", memo_validate, write(tmp_path / "q.md", "# a\x00b"))
    refused("memo", "limit", memo_validate, write(tmp_path / "p.md", "x" * 300), limits=UploadLimits(memo_bytes=100))


def test_claimed_metrics_rules(tmp_path):
    assert metrics_validate(write(tmp_path / "a.json", '{"roc_auc": 0.8, "neg_log_loss": -0.3}')) == {
        "roc_auc": 0.8, "neg_log_loss": -0.3}
    refused("metrics", "not valid JSON", metrics_validate, write(tmp_path / "b.json", "{roc_auc: 1}"))
    refused("metrics", "one JSON object", metrics_validate, write(tmp_path / "c.json", "[0.8]"))
    refused("metrics", "unknown metric name.*auc", metrics_validate, write(tmp_path / "d.json", '{"auc": 0.8}'))
    refused("metrics", "finite number", metrics_validate, write(tmp_path / "e.json", '{"roc_auc": "high"}'))
    refused("metrics", "finite number", metrics_validate, write(tmp_path / "f.json", '{"roc_auc": NaN}'))
    refused("metrics", "finite number", metrics_validate, write(tmp_path / "g.json", '{"roc_auc": true}'))
