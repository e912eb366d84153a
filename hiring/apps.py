from django.apps import AppConfig


class HiringConfig(AppConfig):
    name = "hiring"
    verbose_name = "Hiring catalogue and people"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .services import roles_sync

        # After every app: permissions of apps migrated later exist only once their own signal ran.
        post_migrate.connect(lambda **kwargs: roles_sync(), weak=False, dispatch_uid="hiring.roles_sync")
