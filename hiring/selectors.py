from django.db.models import Count, Prefetch, QuerySet

from cases.models import CaseStudy

from .models import Dimension, RoleBlueprint, RubricVersion


def blueprint_list() -> QuerySet[RoleBlueprint]:
    return RoleBlueprint.objects.annotate(n_dimensions=Count("dimensions", distinct=True)).order_by("title")


def blueprint_detail_queryset() -> QuerySet[RoleBlueprint]:
    return RoleBlueprint.objects.prefetch_related(
        Prefetch("dimensions", queryset=dimension_list()),
        Prefetch("case_studies", queryset=case_study_list()),
    )


def dimension_list() -> QuerySet[Dimension]:
    return Dimension.objects.select_related("blueprint").prefetch_related(
        Prefetch("rubric_versions", queryset=RubricVersion.objects.order_by("-version"))
    ).order_by("blueprint__title", "position")


def case_study_list() -> QuerySet[CaseStudy]:
    return CaseStudy.objects.select_related("blueprint").prefetch_related("dimensions").order_by("blueprint__title", "slug")
