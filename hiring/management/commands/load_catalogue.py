from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from hiring.services import catalogue_load


class Command(BaseCommand):
    help = "Load the role blueprints, rubrics, case studies and take-home tasks from the data files. Idempotent."

    def handle(self, *args, **options):
        try:
            summary = catalogue_load()
        except (ValidationError, KeyError) as exc:
            raise CommandError(f"Catalogue data is invalid: {exc}") from exc
        for label in summary.changed:
            self.stdout.write(f"  loaded   {label}")
        self.stdout.write(self.style.SUCCESS(
            f"Catalogue: {len(summary.changed)} changed, {len(summary.unchanged)} unchanged."
        ))
