"""Entry points: analyse one source text or one file; never executes the analysed code."""
from __future__ import annotations

import ast
import gc
import os
import warnings

from .interp import Interpreter
from .rules import run_rules
from .source import SourceError, load_source, picked_after
from .types import DIMENSION_BY_CODE, SEVERITY_BY_CODE, Context, FileResult, Finding


def analyze_source(source: str | bytes, *, path: str, context: Context | None = None) -> FileResult:
    context = context or Context()
    try:
        src = load_source(source, path=path)
    except SourceError as exc:
        return FileResult(path=path, error=str(exc), findings=[])
    # the parse and the pass allocate many small objects and free them by reference counting; the cyclic
    # collector would walk the whole syntax tree again and again while they run
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyze(src, path, context)
    finally:
        if collecting:
            gc.enable()


def _analyze(src, path: str, context: Context) -> FileResult:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(src.text, filename=path)
    except SyntaxError as exc:
        line = exc.lineno or 0
        where = f"line {line}"
        if src.cells is not None and 0 < line <= len(src.cells):
            where += f" (cell {src.cells[line - 1]})"
        return FileResult(path=path, error=f"syntax error at {where}: {exc.msg}", findings=[])
    except (ValueError, RecursionError, MemoryError) as exc:
        return FileResult(path=path, error=f"cannot parse: {exc.__class__.__name__}: {exc}", findings=[])
    interp = Interpreter(task=context)
    try:
        interp.run(tree, lambda line, until=None: picked_after(src, line, interp.row_orderings, until))
        raws = run_rules(interp, context)
    except RecursionError:
        return FileResult(path=path, error="cannot analyse: expressions nested too deeply", findings=[])
    except Exception as exc:  # a construct the interpreter mishandles must not stop a grading run
        return FileResult(path=path, error=f"cannot analyse: internal error {exc.__class__.__name__} "
                                           f"near line {interp.line}", findings=[])
    findings = []
    for raw in raws:
        cell = None
        if src.cells is not None and 0 < raw.line <= len(src.cells):
            cell = src.cells[raw.line - 1]
        findings.append(Finding(code=raw.code, line=raw.line, cell=cell, severity=SEVERITY_BY_CODE[raw.code],
                                message=raw.message, dimension=DIMENSION_BY_CODE[raw.code],
                                inferred=raw.inferred))
    return FileResult(path=path, error=None, findings=findings)


def analyze_file(path: str | os.PathLike, *, context: Context | None = None) -> FileResult:
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        return FileResult(path=name, error="is a directory, not a .py or .ipynb file", findings=[])
    except OSError as exc:
        return FileResult(path=name, error=f"cannot read file: {exc.strerror or exc}", findings=[])
    return analyze_source(data, path=name, context=context)
