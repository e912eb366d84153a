"""Writes for case studies and take-homes."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from hiring.models import RoleBlueprint

from .models import CaseStudy

CASE_FIELDS = ("title", "kind", "duration_minutes", "scenario", "asks", "listen_for", "red_flags")


@transaction.atomic
def case_study_upsert(*, blueprint: RoleBlueprint, data: dict) -> tuple[CaseStudy, bool]:
    """Create or update a case study from its data-file shape; the same data twice changes nothing."""
    study = CaseStudy.objects.filter(slug=data["slug"]).first()
    created = study is None
    study = study or CaseStudy(slug=data["slug"])
    values = {"blueprint_id": blueprint.pk, **{name: data[name] for name in CASE_FIELDS if name in data}}
    changed = created
    for name, value in values.items():
        if getattr(study, name) != value:
            setattr(study, name, value)
            changed = True
    if changed:
        study.full_clean()
        study.save()
    wanted = list(blueprint.dimensions.filter(slug__in=data.get("dimensions", [])))
    missing = set(data.get("dimensions", [])) - {d.slug for d in wanted}
    if missing:
        raise ValidationError({"dimensions": f"{study.slug}: no dimension {', '.join(sorted(missing))} in {blueprint.slug}."})
    if {d.pk for d in wanted} != set(study.dimensions.values_list("pk", flat=True)):
        study.dimensions.set(wanted)
        changed = True
    return study, changed


@transaction.atomic
def case_study_save(*, values: dict, instance: CaseStudy | None = None) -> CaseStudy:
    """Create or edit a case study through the API."""
    dimension_slugs = values.pop("dimension_slugs", None)
    study = instance or CaseStudy()
    for name, value in values.items():
        setattr(study, name, value)
    study.full_clean()
    study.save()
    if dimension_slugs is not None:
        study.dimensions.set(study.blueprint.dimensions.filter(slug__in=dimension_slugs))
    return study
