from celery import shared_task

from .services import catalogue_load


@shared_task(name="hiring.catalogue_reload")
def catalogue_reload() -> dict:
    """Reload the catalogue data files; idempotent, so a repeated delivery changes nothing."""
    summary = catalogue_load()
    return {"changed": len(summary.changed), "unchanged": len(summary.unchanged)}
