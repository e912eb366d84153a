"""Checks a submission before it is accepted: code, predictions, memo, claimed metrics.

Every refusal raises :class:`UploadError` with a message that says what to fix
and the ``field`` it concerns (``code``, ``predictions``, ``memo``, ``metrics``).
Limits are the defaults of :class:`UploadLimits`; callers may pass their own.
"""
from __future__ import annotations

import io
import json
import math
import posixpath
import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

KB = 1024
MB = 1024 * KB


@dataclass(frozen=True)
class UploadLimits:
    script_bytes: int = 1 * MB
    notebook_bytes: int = 20 * MB
    zip_bytes: int = 20 * MB
    zip_uncompressed_bytes: int = 64 * MB
    zip_members: int = 500
    zip_ratio: float = 100.0  # uncompressed / compressed, checked for members above zip_ratio_floor_bytes
    zip_ratio_floor_bytes: int = 1 * MB
    predictions_bytes: int = 64 * MB
    memo_bytes: int = 256 * KB
    metrics_bytes: int = 64 * KB


DEFAULT_LIMITS = UploadLimits()


class UploadError(ValueError):
    def __init__(self, message: str, *, field: str):
        super().__init__(message)
        self.message = message
        self.field = field

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


@dataclass(frozen=True)
class CodeUpload:
    kind: str  # "script" | "notebook" | "project"
    path: Path
    entry_point: str  # the file to run, relative to the project root ("main.py", "analysis.ipynb")
    root_prefix: str = ""  # a single folder wrapping the zip's content, stripped on extraction
    files: tuple[str, ...] = field(default_factory=tuple)  # code files of a project, relative to its root


def _size_check(path: Path, limit: int, *, field: str, what: str) -> None:
    if not path.is_file():
        raise UploadError(f"{what} {path.name!r} is missing or is not a regular file", field=field)
    size = path.stat().st_size
    if size > limit:
        raise UploadError(f"{what} {path.name!r} is {size / MB:.1f} MB; the limit is {limit / MB:.1f} MB — "
                          f"make it smaller", field=field)


def _decode(data: bytes, *, name: str, field: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UploadError(f"{name} is not valid UTF-8 (byte {exc.start}); save it as UTF-8", field=field) from None


# --------------------------------------------------------------------------- notebooks

@dataclass(frozen=True)
class NotebookScript:
    source: str
    cell_starts: tuple[tuple[int, int], ...]  # (cell index among all cells, first line in the script)

    def locate(self, line: int) -> tuple[int | None, int]:
        """(cell, line within that cell) of a 1-based script line."""
        cell, start = None, 1
        for index, first in self.cell_starts:
            if first <= line:
                cell, start = index, first
        return cell, line - start + 1


_KEEP_BODY_CELL_MAGICS = ("%%time", "%%timeit", "%%capture", "%%prun")


def _cell_lines(source: str | list[str]) -> list[str]:
    text = "".join(source) if isinstance(source, list) else source
    return text.split("\n")


def _strip_magics(lines: list[str]) -> list[str]:
    if lines and lines[0].lstrip().startswith("%%"):
        if lines[0].strip().split()[0] in _KEEP_BODY_CELL_MAGICS:
            return [""] + _strip_magics(lines[1:])
        return ["# " + line for line in lines]  # another language (bash, html, ...): not Python
    out = []
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):
            out.append(line[: len(line) - len(stripped)] + "pass  # " + stripped)
        else:
            out.append(line)
    return out


def notebook_to_script(notebook: dict[str, Any]) -> NotebookScript:
    """Code cells joined in order, IPython magics and shell escapes neutralised, line numbers kept."""
    parts: list[str] = []
    starts = []
    line = 1
    for index, cell in enumerate(notebook.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        lines = _strip_magics(_cell_lines(cell.get("source", "")))
        starts.append((index, line))
        parts.extend(lines)
        line += len(lines)
    return NotebookScript(source="\n".join(parts) + "\n", cell_starts=tuple(starts))


def notebook_load(text: str, *, name: str, field: str = "code") -> dict[str, Any]:
    import nbformat

    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UploadError(f"{name} is not valid JSON (line {exc.lineno}: {exc.msg}); export the notebook "
                          f"again from Jupyter", field=field) from None
    if not isinstance(raw, dict) or raw.get("nbformat") != 4:
        found = raw.get("nbformat") if isinstance(raw, dict) else type(raw).__name__
        raise UploadError(f"{name} is not a version 4 Jupyter notebook (nbformat {found!r}); save it with "
                          f"Jupyter 4 or later", field=field)
    try:
        nbformat.validate(nbformat.from_dict(raw))
    except nbformat.ValidationError as exc:
        raise UploadError(f"{name} is not a valid notebook: {str(exc).splitlines()[0]}", field=field) from None
    return raw


# --------------------------------------------------------------------------- python sources

def python_check(source: str, *, name: str, field: str = "code", script: NotebookScript | None = None) -> None:
    """Refuse source that does not compile, naming the line (and the cell for a notebook)."""
    try:
        compile(source, name, "exec", dont_inherit=True)
    except SyntaxError as exc:
        line = exc.lineno or 0
        where = f"line {line}"
        if script is not None:
            cell, cell_line = script.locate(line)
            where = f"cell {cell}, line {cell_line} (line {line} of the joined code cells)"
        raise UploadError(f"{name} has a syntax error at {where}: {exc.msg}; fix it so the file runs",
                          field=field) from None
    except ValueError as exc:  # e.g. null bytes
        raise UploadError(f"{name} cannot be compiled: {exc}", field=field) from None


def _check_source_file(name: str, data: bytes) -> None:
    text = _decode(data, name=name, field="code")
    if name.endswith(".ipynb"):
        notebook = notebook_load(text, name=name)
        script = notebook_to_script(notebook)
        python_check(script.source, name=name, script=script)
    else:
        python_check(text, name=name)


# --------------------------------------------------------------------------- zips

def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _member_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if "\\" in name:
        raise UploadError(f"zip member {name!r} uses backslashes; zip the folder with a standard tool",
                          field="code")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UploadError(f"zip member {name!r} has an absolute path; zip the project folder with relative paths",
                          field="code")
    parts = PurePosixPath(name).parts
    if ".." in parts:
        raise UploadError(f"zip member {name!r} points outside the project ('..'); remove it", field="code")
    if _is_symlink(info):
        raise UploadError(f"zip member {name!r} is a symbolic link; put the real file in the zip instead",
                          field="code")
    if info.flag_bits & 0x1:
        raise UploadError(f"zip member {name!r} is encrypted; upload an unencrypted zip", field="code")
    return posixpath.normpath(name)


def _ignored(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return bool(parts) and (parts[0] == "__MACOSX" or parts[-1] == ".DS_Store")


def _zip_members(zf: zipfile.ZipFile, limits: UploadLimits) -> list[tuple[zipfile.ZipInfo, str]]:
    infos = zf.infolist()
    if len(infos) > limits.zip_members:
        raise UploadError(f"the zip has {len(infos)} entries; the limit is {limits.zip_members} — keep only the "
                          f"code of the project (no data, no virtualenv)", field="code")
    total = 0
    members = []
    for info in infos:
        name = _member_name(info)
        if info.is_dir() or _ignored(name):
            continue
        total += info.file_size
        if total > limits.zip_uncompressed_bytes:
            raise UploadError(f"the zip unpacks to more than {limits.zip_uncompressed_bytes / MB:.0f} MB; "
                              f"leave data files and outputs out of it", field="code")
        if info.file_size > limits.zip_ratio_floor_bytes and \
                info.file_size > limits.zip_ratio * max(info.compress_size, 1):
            raise UploadError(f"zip member {name!r} expands {info.file_size / max(info.compress_size, 1):.0f} "
                              f"times (limit {limits.zip_ratio:.0f}); this looks like a zip bomb and is refused",
                              field="code")
        members.append((info, name))
    return members


def _root_prefix(names: list[str]) -> str:
    """A single folder that wraps every member (zipping a folder rather than its content)."""
    tops = {PurePosixPath(name).parts[0] for name in names}
    if len(tops) == 1 and all(len(PurePosixPath(name).parts) > 1 for name in names):
        return tops.pop() + "/"
    return ""


def _entry_point(names: list[str]) -> str:
    top = [name for name in names if "/" not in name]
    if "main.py" in top:
        return "main.py"
    runnable = [name for name in top if name.endswith((".py", ".ipynb"))]
    if len(runnable) == 1:
        return runnable[0]
    if not runnable:
        raise UploadError("the zip has no entry point: put main.py (or a single .py or .ipynb) at its top level",
                          field="code")
    raise UploadError(f"the zip has several possible entry points ({', '.join(sorted(runnable))}); name the one "
                      f"to run main.py", field="code")


def zip_inspect(path: Path, *, limits: UploadLimits = DEFAULT_LIMITS) -> CodeUpload:
    _size_check(path, limits.zip_bytes, field="code", what="zip")
    if not zipfile.is_zipfile(path):
        raise UploadError(f"{path.name} is not a readable zip archive", field="code")
    with zipfile.ZipFile(path) as zf:
        members = _zip_members(zf, limits)
        if not members:
            raise UploadError("the zip is empty; it must hold the project's code", field="code")
        names = [name for _, name in members]
        prefix = _root_prefix(names)
        relative = [name[len(prefix):] for name in names]
        entry = _entry_point(relative)
        code_files = []
        for (info, _), rel in zip(members, relative):
            if rel.endswith((".py", ".ipynb")):
                code_files.append(rel)
                data = _read_member(zf, info, limit=limits.notebook_bytes)
                _check_source_file(rel, data)
    return CodeUpload(kind="project", path=path, entry_point=entry, root_prefix=prefix, files=tuple(code_files))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, *, limit: int) -> bytes:
    with zf.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UploadError(f"zip member {info.filename!r} is larger than {limit / MB:.0f} MB", field="code")
    return data


def safe_extract(zip_path: str | Path, dest: str | Path, *, limits: UploadLimits = DEFAULT_LIMITS,
                 strip_prefix: str | None = None) -> list[Path]:
    """Extract a zip into ``dest`` refusing path escapes, symlinks and bombs; returns the files written.

    Sizes are counted while decompressing, so a member whose header understates
    its size is stopped at the limit rather than trusted.
    """
    zip_path, dest = Path(zip_path), Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    root = dest.resolve()
    written: list[Path] = []
    try:
        with zipfile.ZipFile(zip_path) as zf:
            _extract_members(zf, root, limits=limits, strip_prefix=strip_prefix, written=written)
    except zipfile.BadZipFile as exc:
        raise UploadError(f"the zip is corrupt ({exc}); create it again", field="code") from None
    return written


def _extract_members(zf: zipfile.ZipFile, root: Path, *, limits: UploadLimits, strip_prefix: str | None,
                     written: list[Path]) -> None:
    budget = limits.zip_uncompressed_bytes
    members = _zip_members(zf, limits)
    prefix = _root_prefix([name for _, name in members]) if strip_prefix is None else strip_prefix
    for info, name in members:
        rel = name[len(prefix):] if prefix and name.startswith(prefix) else name
        target = (root / rel).resolve()
        if root not in target.parents:
            raise UploadError(f"zip member {name!r} would land outside the project folder", field="code")
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise UploadError(f"zip member {name!r} appears twice; keep one copy", field="code")
        with zf.open(info) as source, open(target, "xb") as sink:
            copied = 0
            while chunk := source.read(64 * KB):
                copied += len(chunk)
                budget -= len(chunk)
                if copied > info.file_size or budget < 0:
                    raise UploadError(f"zip member {name!r} expands beyond its declared size or the "
                                      f"{limits.zip_uncompressed_bytes / MB:.0f} MB limit; refused",
                                      field="code")
                sink.write(chunk)
        written.append(target)


# --------------------------------------------------------------------------- entry points

def code_validate(path: str | Path, *, limits: UploadLimits = DEFAULT_LIMITS) -> CodeUpload:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".py":
        _size_check(path, limits.script_bytes, field="code", what="script")
        _check_source_file(path.name, path.read_bytes())
        return CodeUpload(kind="script", path=path, entry_point=path.name, files=(path.name,))
    if suffix == ".ipynb":
        _size_check(path, limits.notebook_bytes, field="code", what="notebook")
        _check_source_file(path.name, path.read_bytes())
        return CodeUpload(kind="notebook", path=path, entry_point=path.name, files=(path.name,))
    if suffix == ".zip":
        return zip_inspect(path, limits=limits)
    raise UploadError(f"code must be one .py script, one .ipynb notebook or a .zip of a project; got "
                      f"{path.name!r}", field="code")


def predictions_validate(path: str | Path, *, id_column: str, limits: UploadLimits = DEFAULT_LIMITS,
                         require_columns: bool = True) -> pd.DataFrame:
    """Parse predictions.csv (ids as text). With ``require_columns`` the columns must be exactly
    ``id_column`` and ``prediction``; row-level problems are left to scoring."""
    path = Path(path)
    _size_check(path, limits.predictions_bytes, field="predictions", what="predictions file")
    text = _decode(path.read_bytes(), name=path.name, field="predictions")
    if not text.strip():
        raise UploadError(f"{path.name} is empty; it needs a header {id_column},prediction and one row per id",
                          field="predictions")
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise UploadError(f"{path.name} is not a readable CSV: {str(exc).strip().splitlines()[0]}",
                          field="predictions") from None
    if require_columns:
        columns_problem = predictions_columns_problem(list(frame.columns), id_column=id_column)
        if columns_problem:
            raise UploadError(f"{path.name}: {columns_problem}", field="predictions")
    return frame


def predictions_columns_problem(columns: list[str], *, id_column: str) -> str | None:
    expected = [id_column, "prediction"]
    if sorted(columns) == sorted(expected):
        return None
    missing = [c for c in expected if c not in columns]
    extra = [str(c) for c in columns if c not in expected]
    parts = []
    if missing:
        parts.append(f"missing column(s) {', '.join(missing)}")
    if extra:
        parts.append(f"unexpected column(s) {', '.join(extra)}")
    if not parts:
        parts.append("duplicated column names")
    return f"the columns must be exactly {id_column},prediction — " + "; ".join(parts)


def memo_validate(path: str | Path, *, limits: UploadLimits = DEFAULT_LIMITS) -> str:
    path = Path(path)
    if path.suffix.lower() not in (".md", ".markdown", ".txt"):
        raise UploadError(f"the memo must be a markdown file (.md); got {path.name!r}", field="memo")
    _size_check(path, limits.memo_bytes, field="memo", what="memo")
    text = _decode(path.read_bytes(), name=path.name, field="memo")
    if not text.strip():
        raise UploadError("the memo is empty", field="memo")
    if "\x00" in text:
        raise UploadError("the memo contains NUL bytes; upload plain markdown", field="memo")
    return text


def metrics_validate(path: str | Path, *, limits: UploadLimits = DEFAULT_LIMITS) -> dict[str, float]:
    """Claimed metrics: a JSON object of scikit-learn scorer names to finite numbers."""
    from sklearn.metrics import get_scorer_names

    path = Path(path)
    _size_check(path, limits.metrics_bytes, field="metrics", what="metrics file")
    text = _decode(path.read_bytes(), name=path.name, field="metrics")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UploadError(f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg})", field="metrics") from None
    if not isinstance(raw, dict):
        raise UploadError(f'{path.name} must hold one JSON object such as {{"roc_auc": 0.81}}, not a '
                          f"{type(raw).__name__}", field="metrics")
    known = set(get_scorer_names())
    unknown = sorted(name for name in raw if name not in known)
    if unknown:
        raise UploadError(f"unknown metric name(s) {', '.join(unknown)}: use scikit-learn scorer names such as "
                          f"roc_auc, average_precision, accuracy, f1, neg_root_mean_squared_error", field="metrics")
    claims = {}
    for name, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise UploadError(f"metric {name!r} must be a finite number, got {value!r}", field="metrics")
        claims[name] = float(value)
    return claims


@dataclass(frozen=True)
class Submission:
    code: CodeUpload
    predictions: pd.DataFrame
    memo: str | None
    claims: dict[str, float]


def submission_validate(*, code_path: str | Path, predictions_path: str | Path, id_column: str,
                        memo_path: str | Path | None = None, metrics_path: str | Path | None = None,
                        limits: UploadLimits = DEFAULT_LIMITS, require_columns: bool = True) -> Submission:
    return Submission(
        code=code_validate(code_path, limits=limits),
        predictions=predictions_validate(predictions_path, id_column=id_column, limits=limits,
                                         require_columns=require_columns),
        memo=memo_validate(memo_path, limits=limits) if memo_path else None,
        claims=metrics_validate(metrics_path, limits=limits) if metrics_path else {},
    )


def project_materialize(code: CodeUpload, dest: str | Path, *, limits: UploadLimits = DEFAULT_LIMITS) -> Path:
    """Copy (script, notebook) or safely extract (zip) the code into ``dest``; returns the entry point path."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    if code.kind == "project":
        safe_extract(code.path, dest, limits=limits, strip_prefix=code.root_prefix)
    else:
        shutil.copyfile(code.path, dest / code.entry_point)
    return dest / code.entry_point
