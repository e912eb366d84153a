import pytest
from django.core.management import call_command

from cases.models import CaseStudy, CaseStudyKind
from hiring.models import Dimension, RoleBlueprint, RubricVersion
from hiring.services import catalogue_load, rubric_update

pytestmark = pytest.mark.django_db

REQUIRED = {"lead-ml-scientist", "principal-ml-scientist", "director-ml-insights"}


def test_load_catalogue_creates_three_blueprints_with_anchored_dimensions(catalogue):
    assert REQUIRED <= set(RoleBlueprint.objects.values_list("slug", flat=True))
    for blueprint in RoleBlueprint.objects.filter(slug__in=REQUIRED):
        dims = list(blueprint.dimensions.all())
        assert len(dims) >= 6, blueprint.slug
        assert abs(sum(d.weight for d in dims) - 1) < 0.001
        for dim in dims:
            anchors = dim.current_rubric.anchors
            assert set(anchors) == {1, 2, 3, 4, 5}
            assert all(text.strip() for text in anchors.values())
            assert len(set(anchors.values())) == 5, f"{dim}: anchors must differ"


def test_case_studies_cover_the_seeded_kinds(catalogue):
    assert CaseStudy.objects.count() >= 7
    kinds = set(CaseStudy.objects.values_list("kind", flat=True))
    assert {CaseStudyKind.PRODUCT_DESIGN, CaseStudyKind.TAKE_HOME} <= kinds
    assert CaseStudy.objects.filter(blueprint__slug="lead-ml-scientist").count() >= 3
    assert CaseStudy.objects.filter(blueprint__slug="principal-ml-scientist").count() >= 4
    for study in CaseStudy.objects.all():
        assessed = list(study.dimensions.all())
        assert assessed, f"{study.slug} assesses no dimension"
        assert all(d.blueprint_id == study.blueprint_id for d in assessed)


def test_every_blueprint_has_the_dimension_the_grader_reports_on(catalogue):
    for blueprint in RoleBlueprint.objects.filter(slug__in=REQUIRED):
        assert blueprint.dimensions.filter(slug="evaluation-rigor").exists(), blueprint.slug


def test_loading_twice_changes_nothing(catalogue):
    before = {
        "blueprints": list(RoleBlueprint.objects.order_by("pk").values_list("pk", "updated_at")),
        "rubrics": list(RubricVersion.objects.order_by("pk").values_list("pk", "version", "anchor_3")),
        "cases": list(CaseStudy.objects.order_by("pk").values_list("pk", "updated_at")),
    }
    summary = catalogue_load()
    assert summary.changed == []
    after = {
        "blueprints": list(RoleBlueprint.objects.order_by("pk").values_list("pk", "updated_at")),
        "rubrics": list(RubricVersion.objects.order_by("pk").values_list("pk", "version", "anchor_3")),
        "cases": list(CaseStudy.objects.order_by("pk").values_list("pk", "updated_at")),
    }
    assert after == before


def test_command_reports_and_is_idempotent(capsys):
    call_command("load_catalogue")
    first = capsys.readouterr().out
    call_command("load_catalogue")
    second = capsys.readouterr().out
    import re

    changed_first = int(re.search(r"Catalogue: (\d+) changed", first).group(1))
    assert changed_first >= 10  # three blueprints and at least seven case studies
    assert "Catalogue: 0 changed" in second


def test_loader_never_rewrites_a_used_rubric_version(catalogue):
    dim = Dimension.objects.filter(blueprint__slug="lead-ml-scientist").first()
    original = dim.current_rubric
    from django.utils import timezone

    RubricVersion.objects.filter(pk=original.pk).update(used_at=timezone.now(), anchor_5="edited locally")
    # The file still holds the original anchors: loading restores them as a new version, not in place.
    catalogue_load()
    original.refresh_from_db()
    assert original.anchor_5 == "edited locally"
    newest = dim.rubric_versions.order_by("-version").first()
    assert newest.version == original.version + 1
    assert newest.anchor_5 != "edited locally"


def test_rubric_update_versions_only_used_rubrics(catalogue):
    dim = Dimension.objects.filter(blueprint__slug="principal-ml-scientist").first()
    rubric = dim.current_rubric
    anchors = dict(rubric.anchors)

    same, changed = rubric_update(dimension=dim, anchors=anchors)
    assert (same.pk, changed) == (rubric.pk, False)

    anchors[4] = "A clearer description of a four."
    edited, changed = rubric_update(dimension=dim, anchors=anchors)
    assert changed and edited.pk == rubric.pk and edited.version == rubric.version  # unused: rewritten in place

    from django.utils import timezone

    RubricVersion.objects.filter(pk=rubric.pk).update(used_at=timezone.now())
    anchors[2] = "A clearer description of a two."
    newer, changed = rubric_update(dimension=dim, anchors=anchors)
    assert changed and newer.pk != rubric.pk and newer.version == rubric.version + 1
    rubric.refresh_from_db()
    assert rubric.anchor_2 != "A clearer description of a two."


def test_rubric_update_refuses_missing_levels(catalogue):
    from django.core.exceptions import ValidationError

    dim = Dimension.objects.first()
    with pytest.raises(ValidationError, match="Level 3"):
        rubric_update(dimension=dim, anchors={1: "a", 2: "b", 4: "d", 5: "e"})
