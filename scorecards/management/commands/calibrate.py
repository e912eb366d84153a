"""python manage.py calibrate --input scores.csv [--scale-min 1] [--scale-max 5] [--format json|text]"""

import json

from django.core.management.base import BaseCommand, CommandError

from scorecards.calibration import CalibrationInputError, calibrate, format_text, read_scores_csv


class Command(BaseCommand):
    help = (
        "Calibrate interview scores: interviewer severity, adjusted candidate "
        "means with 95% intervals, reliability and flags (see CALIBRATION.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, help="CSV: candidate,interviewer,dimension,score[,loop,stage,submitted_at]")
        parser.add_argument("--scale-min", type=float, default=1.0)
        parser.add_argument("--scale-max", type=float, default=5.0)
        parser.add_argument("--format", choices=["json", "text"], default="json")
        parser.add_argument(
            "--model", choices=["auto", "interval-censored", "additive"], default="auto",
            help="auto: interval-censored for integer scores, additive otherwise",
        )

    def handle(self, *args, **options):
        try:
            scores = read_scores_csv(
                options["input"], scale_min=options["scale_min"], scale_max=options["scale_max"]
            )
            result = calibrate(
                scores, scale_min=options["scale_min"], scale_max=options["scale_max"],
                model=options["model"],
            )
        except (CalibrationInputError, ValueError) as exc:
            raise CommandError(str(exc), returncode=1) from exc
        if options["format"] == "json":
            self.stdout.write(json.dumps(result, allow_nan=False))
        else:
            self.stdout.write(format_text(result), ending="")
