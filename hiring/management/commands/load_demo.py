from django.core.management.base import BaseCommand

from hiring.demo import DEMO_LOADERS, demo_users_create


class Command(BaseCommand):
    help = "Create demo users (printed with their passwords) and the demo data of every app. Idempotent."

    def handle(self, *args, **options):
        users = demo_users_create()
        for loader in DEMO_LOADERS:
            for line in loader():
                self.stdout.write(f"  {line}")
        self.stdout.write(self.style.SUCCESS("Demo users (username / password / role):"))
        for username, password, roles in users:
            self.stdout.write(f"  {username:<14} {password:<16} {', '.join(roles)}")
