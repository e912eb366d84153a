from rest_framework.permissions import SAFE_METHODS, BasePermission

from hiring.models import Role

STAFF_ROLES = tuple(Role.values)


def role_permission(*, read: tuple[str, ...] = STAFF_ROLES, write: tuple[str, ...] = (Role.ADMIN,)):
    """A permission class: reading needs one of `read` roles, writing one of `write` roles."""

    class RolePermission(BasePermission):
        message = "Your role does not allow this."

        def has_permission(self, request, view):
            user = request.user
            if not (user and user.is_authenticated):
                return False
            return user.has_role(*(read if request.method in SAFE_METHODS else write))

    RolePermission.__name__ = f"RolePermission_{'_'.join(write)}"
    return RolePermission


CatalogueEditors = role_permission(write=(Role.ADMIN, Role.HIRING_MANAGER))
