import pytest
from django.apps import apps
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_pages_need_login(client, catalogue):
    response = client.get("/catalogue/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_home_page_is_per_role(client, recruiter, hiring_manager):
    client.force_login(recruiter)
    body = client.get("/").content.decode()
    assert 'data-role="Recruiter"' in body and 'data-role="Hiring manager"' not in body
    client.force_login(hiring_manager)
    body = client.get("/").content.decode()
    assert 'data-role="Hiring manager"' in body and 'data-role="Recruiter"' not in body


def test_blueprint_page_shows_every_anchor(client, interviewer, catalogue):
    from hiring.models import RoleBlueprint

    client.force_login(interviewer)
    blueprint = RoleBlueprint.objects.get(slug="principal-ml-scientist")
    body = client.get(reverse("blueprint-detail", args=[blueprint.slug])).content.decode()
    for dim in blueprint.dimensions.all():
        rubric = dim.current_rubric
        assert f'id="dim-{dim.slug}"' in body
        for level in range(1, 6):
            assert rubric.anchors[level].replace("'", "&#x27;").replace('"', "&quot;")[:40] in body


def test_case_study_and_faq_pages(client, interviewer, catalogue):
    from cases.models import CaseStudy

    client.force_login(interviewer)
    study = CaseStudy.objects.filter(kind="take_home").first()
    body = client.get(reverse("case-study-detail", args=[study.slug])).content.decode()
    assert study.title.replace("&", "&amp;") in body and "What to listen for" in body
    assert client.get("/catalogue/no-such/").status_code == 404
    faq = client.get(reverse("faq")).content.decode()
    assert faq.count("<details") >= 10


def test_admin_has_every_model(client, admin_user, catalogue):
    client.login(username=admin_user.username, password=PASSWORD)
    for app_label in ("hiring", "cases"):
        for model in apps.get_app_config(app_label).get_models():
            meta = model._meta
            assert client.get(reverse(f"admin:{app_label}_{meta.model_name}_changelist")).status_code == 200, meta.label
            obj = model.objects.first()
            if obj is not None:
                url = reverse(f"admin:{app_label}_{meta.model_name}_change", args=[obj.pk])
                assert client.get(url).status_code == 200, meta.label


def test_health(client):
    assert client.get("/health/").json() == {"status": "ok"}
