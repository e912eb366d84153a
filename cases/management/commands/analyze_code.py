"""`manage.py analyze_code`: static leakage / evaluation-soundness findings for scripts and notebooks.

Runs without a database or a worker and never executes the analysed code.
Exit status 1 when any file could not be read or parsed (after every file is
reported), else 0, findings or not.
"""
from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from cases.leakage import Context, analyze_file


class Command(BaseCommand):
    help = "Report leakage (LK-*) and evaluation-soundness (EV-*) findings for .py scripts and .ipynb notebooks."

    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="a .py script or an .ipynb notebook")
        parser.add_argument("--target", help="label column")
        parser.add_argument("--time-column", dest="time_column", help="rows are time-ordered by this column")
        parser.add_argument("--group-column", dest="group_column", help="entity with several rows")
        parser.add_argument("--leaky-column", dest="leaky_columns", action="append", default=[],
                            help="a column known only after the outcome (repeatable)")
        parser.add_argument("--id-column", dest="id_column", help="row identifier column")
        parser.add_argument("--positive-rate", dest="positive_rate", type=float,
                            help="share of the positive class")
        parser.add_argument("--task", help="take the context from this take-home task; flags override it")
        parser.add_argument("--format", choices=("json", "text"), default="text")

    def handle(self, *args, **opts):
        context = self._context(opts)
        results = [analyze_file(path, context=context) for path in opts["paths"]]
        if opts["format"] == "json":
            self.stdout.write(json.dumps({"files": [r.to_dict() for r in results]}, indent=2))
        else:
            self._text(results)
        if any(r.error for r in results):
            self.stdout.flush()
            sys.exit(1)

    @staticmethod
    def _context(opts) -> Context:
        values: dict = {}
        if opts.get("task"):
            values.update(_task_context(opts["task"]))
        for key in ("target", "time_column", "group_column", "id_column", "positive_rate"):
            if opts.get(key) is not None:
                values[key] = opts[key]
        if opts.get("leaky_columns"):
            values["leaky_columns"] = list(opts["leaky_columns"])
        if values.get("positive_rate") is not None and not 0 <= float(values["positive_rate"]) <= 1:
            raise CommandError("--positive-rate must lie in [0, 1]")
        return Context.from_dict(values)

    def _text(self, results):
        for result in results:
            if result.error:
                self.stdout.write(f"{result.path}: error: {result.error}")
                continue
            if not result.findings:
                self.stdout.write(f"{result.path}: no findings")
                continue
            for f in result.findings:
                where = f"{result.path}:{f.line}" + (f" (cell {f.cell})" if f.cell is not None else "")
                inferred = " [inferred]" if f.inferred else ""
                self.stdout.write(f"{where}: {f.code} [{f.severity}]{inferred} {f.message}")


def _task_context(slug: str) -> dict:
    try:
        from cases.takehome.tasks import task_context
    except ImportError:
        raise CommandError(f"unknown task {slug!r}: the take-home task catalogue is not available") from None
    try:
        return dict(task_context(slug))
    except KeyError:
        raise CommandError(f"unknown task {slug!r}") from None
