"""Write what a candidate downloads for a take-home task (never the hidden labels)."""
from django.core.management.base import BaseCommand, CommandError

from cases.takehome.bundle import bundle_write
from cases.takehome.tasks import UnknownTask, task_get, task_list


class Command(BaseCommand):
    help = "Write a take-home task's bundle (brief.md, task.json, train.csv, test.csv) into --out, or --list slugs."

    def add_arguments(self, parser):
        parser.add_argument("slug", nargs="?", help="task slug (see --list)")
        parser.add_argument("--out", help="directory to write the bundle into")
        parser.add_argument("--list", action="store_true", help="print the task slugs, one a line")
        parser.add_argument("--size", type=int, default=None,
                            help="data set size instead of the task's (smaller bundles for demos and tests)")

    def handle(self, *args, **options):
        if options["list"]:
            for task in task_list():
                self.stdout.write(task.slug)
            return
        if not options["slug"] or not options["out"]:
            raise CommandError("give a task SLUG and --out DIR, or --list")
        try:
            task = task_get(options["slug"])
        except UnknownTask as exc:
            raise CommandError(str(exc)) from None
        for path in bundle_write(task, options["out"], size=options["size"]):
            self.stdout.write(str(path))
