"""Grade one take-home submission synchronously: static analysis, hidden holdout, sandboxed re-run."""
import json
import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cases.takehome.bundle import bundle_write, hidden_labels_write, task_data
from cases.takehome.pipeline import STAGES, grade
from cases.takehome.report import report_text
from cases.takehome.sandbox import SandboxLimits
from cases.takehome.tasks import RerunBounds, UnknownTask, task_get
from cases.takehome.uploads import UploadError

LIMIT_NAMES = tuple(RerunBounds.__dataclass_fields__)


def _limit(text: str) -> tuple[str, int]:
    name, _, value = text.partition("=")
    name = name.strip().replace("-", "_")
    if name not in LIMIT_NAMES or not value.strip().isdigit():
        raise CommandError(f"--limit takes NAME=INTEGER with NAME one of {', '.join(LIMIT_NAMES)}; got {text!r}")
    return name, int(value)


class Command(BaseCommand):
    help = ("Grade a take-home submission and print the report. The hidden labels are generated from the task's "
            "seeded data set into a private temporary directory; no database is used.")

    def add_arguments(self, parser):
        parser.add_argument("--task", required=True, help="task slug")
        parser.add_argument("--code", required=True, help=".py, .ipynb or .zip")
        parser.add_argument("--predictions", required=True, help="predictions.csv")
        parser.add_argument("--memo", help="memo (markdown)")
        parser.add_argument("--metrics", help="claimed metrics (JSON object of scikit-learn scorer names)")
        parser.add_argument("--format", choices=("json", "text"), default="json")
        parser.add_argument("--stages", default=",".join(STAGES),
                            help=f"comma-separated stages to run (default: {','.join(STAGES)})")
        parser.add_argument("--size", type=int, default=None,
                            help="data set size the bundle was made with, when not the task's (task_bundle --size)")
        parser.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE",
                            help=f"override a re-run bound ({', '.join(LIMIT_NAMES)})")
        parser.add_argument("--n-boot", type=int, default=1000, help="bootstrap replicates for the intervals")

    def handle(self, *args, **options):
        try:
            task = task_get(options["task"]).with_size(options["size"])
        except UnknownTask as exc:
            raise CommandError(str(exc)) from None
        overrides = dict(_limit(text) for text in options["limit"])
        if overrides:
            task = task.with_rerun(**overrides)
        stages = tuple(s.strip() for s in options["stages"].split(",") if s.strip())
        unknown = set(stages) - set(STAGES)
        if unknown:
            raise CommandError(f"unknown stage(s) {', '.join(sorted(unknown))}; stages are {', '.join(STAGES)}")
        for key in ("code", "predictions", "memo", "metrics"):
            if options[key] and not Path(options[key]).is_file():
                raise CommandError(f"--{key}: no such file {options[key]}")
        data = task_data(task=task)
        with tempfile.TemporaryDirectory(prefix="takehome-labels-") as private, \
                tempfile.TemporaryDirectory(prefix="takehome-grade-") as workdir:
            os.chmod(private, 0o700)
            labels = hidden_labels_write(task, Path(private) / "labels.csv", data=data)
            bundle = Path(workdir) / "bundle"
            bundle_write(task, bundle, data=data)
            try:
                report = grade(task=task, code_path=options["code"], predictions_path=options["predictions"],
                               memo_path=options["memo"], metrics_path=options["metrics"],
                               hidden_labels_path=labels, workdir=Path(workdir) / "work", stages=stages,
                               bundle_dir=bundle, limits=SandboxLimits.from_bounds(task.rerun),
                               n_boot=options["n_boot"])
            except UploadError as exc:
                raise CommandError(f"submission refused ({exc.field}): {exc.message}") from None
        if options["format"] == "text":
            self.stdout.write(report_text(report), ending="")
        else:
            self.stdout.write(json.dumps(report, indent=2, default=str))
