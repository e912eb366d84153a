import pytest
from django.contrib.auth.models import Group

from hiring.models import Role

pytestmark = pytest.mark.django_db


def test_every_role_is_a_group_with_permissions():
    groups = {g.name: g for g in Group.objects.prefetch_related("permissions")}
    assert set(Role.values) <= set(groups)
    manager = {p.codename for p in groups[Role.HIRING_MANAGER].permissions.all()}
    interviewer = {p.codename for p in groups[Role.INTERVIEWER].permissions.all()}
    assert {"change_roleblueprint", "change_dimension", "add_casestudy"} <= manager
    assert "view_roleblueprint" in interviewer and "change_roleblueprint" not in interviewer
    assert groups[Role.ADMIN].permissions.count() > len(manager)


def test_user_roles_come_from_groups(make_user):
    user = make_user(Role.RECRUITER, Role.INTERVIEWER)
    assert user.has_role(Role.RECRUITER) and user.has_role(Role.INTERVIEWER)
    assert not user.has_role(Role.HIRING_MANAGER)
    assert user.has_perm("hiring.view_roleblueprint")
    assert not user.has_perm("hiring.change_roleblueprint")


def test_unknown_role_is_refused(db):
    from django.core.exceptions import ValidationError

    from hiring.services import user_create

    with pytest.raises(ValidationError, match="Unknown role"):
        user_create(username="x", password="pw-123-abc-XYZ", roles=["wizard"])
