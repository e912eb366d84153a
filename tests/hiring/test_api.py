import pytest

from hiring.models import Dimension, Role, RubricVersion

pytestmark = pytest.mark.django_db


def test_admin_lists_the_three_roles(api_as, admin_user, catalogue):
    response = api_as(admin_user).get("/api/blueprints/")
    assert response.status_code == 200
    body = response.json()
    titles = {row["slug"] for row in body["results"]}
    assert {"lead-ml-scientist", "principal-ml-scientist", "director-ml-insights"} <= titles
    assert body["count"] == len(body["results"])
    assert all(row["n_dimensions"] >= 6 for row in body["results"])


def test_lists_are_paginated_and_filterable(api_as, interviewer, catalogue):
    client = api_as(interviewer)
    page = client.get("/api/dimensions/", {"page_size": 5}).json()
    assert page["count"] > 5 and len(page["results"]) == 5 and page["next"]
    second = client.get(page["next"]).json()
    assert {r["id"] for r in second["results"]}.isdisjoint({r["id"] for r in page["results"]})
    lead = client.get("/api/dimensions/", {"blueprint": "lead-ml-scientist"}).json()
    assert lead["count"] >= 6 and {r["blueprint"] for r in lead["results"]} == {"lead-ml-scientist"}
    directors = client.get("/api/blueprints/", {"level": "director"}).json()
    assert [r["slug"] for r in directors["results"]] == ["director-ml-insights"]
    takehomes = client.get("/api/case-studies/", {"kind": "take_home"}).json()
    assert takehomes["count"] >= 1 and all(r["kind"] == "take_home" for r in takehomes["results"])


def test_blueprint_detail_has_every_anchor(api_as, recruiter, catalogue):
    body = api_as(recruiter).get("/api/blueprints/lead-ml-scientist/").json()
    assert len(body["dimensions"]) >= 6
    for dim in body["dimensions"]:
        assert all(dim["rubric"][f"anchor_{level}"] for level in range(1, 6))
    assert len(body["case_studies"]) >= 3


def test_anonymous_gets_401_in_the_error_shape(api_as, catalogue):
    response = api_as().get("/api/blueprints/")
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["status"] == 401 and error["message"] and error["fields"] == {}


def test_unknown_slug_is_a_404_in_the_error_shape(api_as, admin_user, catalogue):
    response = api_as(admin_user).get("/api/blueprints/no-such-role/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("role", [Role.INTERVIEWER, Role.RECRUITER])
def test_readers_cannot_write(api_as, make_user, role, catalogue):
    response = api_as(make_user(role)).patch("/api/blueprints/lead-ml-scientist/", {"title": "X"}, format="json")
    assert response.status_code == 403
    assert response.json()["error"]["status"] == 403


@pytest.mark.parametrize("role", [Role.HIRING_MANAGER, Role.ADMIN])
def test_editors_create_a_blueprint_and_see_field_errors(api_as, make_user, role, catalogue):
    client = api_as(make_user(role))
    bad = client.post("/api/blueprints/", {"slug": "staff-ml", "title": "", "level": "emperor"}, format="json")
    assert bad.status_code == 400
    fields = bad.json()["error"]["fields"]
    assert {"title", "level", "purpose"} <= set(fields)
    good = client.post("/api/blueprints/", {"slug": "staff-ml", "title": "Staff ML Scientist", "level": "lead",
                                            "purpose": "Own a domain.", "red_flags": ["No baselines"]}, format="json")
    assert good.status_code == 201, good.json()
    assert client.get("/api/blueprints/staff-ml/").json()["red_flags"] == ["No baselines"]


def test_editing_anchors_of_a_used_rubric_makes_a_new_version(api_as, hiring_manager, catalogue):
    from django.utils import timezone

    dim = Dimension.objects.filter(blueprint__slug="lead-ml-scientist").first()
    used = dim.current_rubric
    RubricVersion.objects.filter(pk=used.pk).update(used_at=timezone.now())
    anchors = {f"anchor_{level}": f"Level {level}, rewritten." for level in range(1, 6)}
    response = api_as(hiring_manager).patch(f"/api/dimensions/{dim.pk}/", {"anchors": anchors}, format="json")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["rubric"]["version"] == used.version + 1 and body["rubric"]["anchor_3"] == "Level 3, rewritten."
    used.refresh_from_db()
    assert used.anchor_3 != "Level 3, rewritten."


def test_new_dimension_needs_anchors(api_as, admin_user, catalogue):
    client = api_as(admin_user)
    response = client.post("/api/dimensions/", {"blueprint": "lead-ml-scientist", "slug": "grit", "name": "Grit",
                                                "weight": "0.1"}, format="json")
    assert response.status_code == 400
    assert "anchors" in response.json()["error"]["fields"]


def test_case_study_dimensions_must_belong_to_its_blueprint(api_as, admin_user, catalogue):
    client = api_as(admin_user)
    response = client.post("/api/case-studies/", {
        "slug": "new-case", "blueprint": "lead-ml-scientist", "title": "New", "kind": "error_analysis",
        "duration_minutes": 45, "scenario": "A model regressed.", "dimension_slugs": ["not-a-dimension"],
    }, format="json")
    assert response.status_code == 400
    assert "not-a-dimension" in response.json()["error"]["fields"]["dimension_slugs"][0]
    ok = client.post("/api/case-studies/", {
        "slug": "new-case", "blueprint": "lead-ml-scientist", "title": "New", "kind": "error_analysis",
        "duration_minutes": 45, "scenario": "A model regressed.", "dimension_slugs": ["evaluation-rigor"],
    }, format="json")
    assert ok.status_code == 201, ok.json()
    assert ok.json()["dimensions"] == ["evaluation-rigor"]


def test_token_authentication_works(client, admin_user, catalogue):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=admin_user)
    response = client.get("/api/blueprints/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 200


def test_nul_characters_are_refused_cleanly(api_as, admin_user, catalogue):
    response = api_as(admin_user).get("/api/blueprints/", {"search": "a\x00b"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_characters"


def test_a_duplicate_slug_is_a_409_conflict(api_as, admin_user, catalogue):
    response = api_as(admin_user).post("/api/blueprints/", {"slug": "lead-ml-scientist", "title": "Again", "level": "lead",
                                                          "purpose": "Duplicate."}, format="json")
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "conflict" and "slug" in error["fields"]


def test_nul_characters_in_multipart_fields_are_refused(api_as, admin_user, catalogue):
    response = api_as(admin_user).post("/api/case-studies/", {
        "slug": "x", "blueprint": "lead-ml-scientist", "title": "bad\x00title", "kind": "error_analysis",
        "duration_minutes": 30, "scenario": "s"}, format="multipart")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_characters"
