"""Writes for the catalogue and the people who use it."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction

from .models import SCALE, Dimension, Role, RoleBlueprint, RubricVersion, User

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"

# Which model permissions each role's group carries (the admin role carries all).
_ROLE_PERMISSIONS = {
    Role.RECRUITER: ["view_roleblueprint", "view_dimension", "view_rubricversion", "view_casestudy"],
    Role.INTERVIEWER: ["view_roleblueprint", "view_dimension", "view_rubricversion", "view_casestudy"],
    Role.HIRING_MANAGER: [
        f"{action}_{model}"
        for model in ("roleblueprint", "dimension", "rubricversion", "casestudy")
        for action in ("view", "add", "change")
    ],
}
_EXTRA_ROLE_PERMISSIONS: dict[str, list[str]] = {}


def role_permissions_extend(*, role: str, codenames: list[str]) -> None:
    """Lets another app grant its own model permissions to a role (applied by roles_sync)."""
    _EXTRA_ROLE_PERMISSIONS.setdefault(role, []).extend(codenames)


def roles_sync() -> None:
    """Create the role groups and give them their permissions; safe to run any number of times."""
    for role in Role:
        group, _ = Group.objects.get_or_create(name=role.value)
        if role == Role.ADMIN:
            perms = Permission.objects.filter(content_type__app_label__in=["hiring", "cases", "scorecards"])
        else:
            codenames = _ROLE_PERMISSIONS.get(role, []) + _EXTRA_ROLE_PERMISSIONS.get(role, [])
            perms = Permission.objects.filter(
                codename__in=codenames, content_type__app_label__in=["hiring", "cases", "scorecards"]
            )
        group.permissions.set(perms)


@transaction.atomic
def user_create(*, username: str, password: str, roles: list[str], email: str = "", display_name: str = "",
                is_staff: bool | None = None) -> User:
    unknown = set(roles) - set(Role.values)
    if unknown:
        raise ValidationError({"roles": f"Unknown role(s): {', '.join(sorted(unknown))}."})
    user, created = User.objects.get_or_create(username=username, defaults={"email": email})
    user.email = email or user.email
    user.display_name = display_name or user.display_name
    user.is_staff = (Role.ADMIN in roles) if is_staff is None else is_staff
    user.is_superuser = Role.ADMIN in roles
    user.set_password(password)
    user.full_clean()
    user.save()
    if Group.objects.filter(name__in=roles).count() != len(set(roles)):
        roles_sync()
    user.groups.set(Group.objects.filter(name__in=roles))
    return user


# --- rubrics -----------------------------------------------------------------------------------

def _anchors_clean(anchors: dict) -> dict[int, str]:
    cleaned = {}
    for level in SCALE:
        text = anchors.get(level, anchors.get(str(level)))
        if not isinstance(text, str) or not text.strip():
            raise ValidationError({"anchors": f"Level {level} needs a written anchor."})
        cleaned[level] = text.strip()
    extra = {str(k) for k in anchors} - {str(level) for level in SCALE}
    if extra:
        raise ValidationError({"anchors": f"Levels must be 1 to 5; got {', '.join(sorted(extra))}."})
    return cleaned


@transaction.atomic
def rubric_update(*, dimension: Dimension, anchors: dict, by: User | None = None) -> tuple[RubricVersion, bool]:
    """Record new anchors for a dimension.

    Identical anchors change nothing. A version nothing has been scored on yet is rewritten in place;
    a used version is never touched: the edit becomes a new version and scores keep the old one.
    Returns the current version and whether anything changed.
    """
    cleaned = _anchors_clean(anchors)
    current = RubricVersion.objects.select_for_update().filter(dimension=dimension).order_by("-version").first()
    if current is not None and current.anchors == cleaned:
        return current, False
    if current is not None and current.used_at is None:
        for level, text in cleaned.items():
            setattr(current, f"anchor_{level}", text)
        current.save()
        return current, True
    version = RubricVersion(
        dimension=dimension, version=(current.version + 1) if current else 1, created_by=by,
        **{f"anchor_{level}": text for level, text in cleaned.items()},
    )
    version.full_clean()
    version.save()
    return version, True


def rubric_mark_used(*, rubric: RubricVersion, when) -> None:
    RubricVersion.objects.filter(pk=rubric.pk, used_at__isnull=True).update(used_at=when)


# --- blueprints --------------------------------------------------------------------------------

BLUEPRINT_FIELDS = ("title", "level", "purpose", "responsibilities", "required_skills", "kpis",
                    "strong_signals", "weak_signals", "red_flags")


def _assign(instance, values: dict) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


@transaction.atomic
def blueprint_upsert(*, data: dict, by: User | None = None) -> tuple[RoleBlueprint, bool]:
    """Create or update a blueprint with its dimensions and rubrics from one dict (the data-file shape).

    Returns the blueprint and whether anything changed; the same data twice changes nothing.
    """
    blueprint = RoleBlueprint.objects.filter(slug=data["slug"]).first()
    created = blueprint is None
    blueprint = blueprint or RoleBlueprint(slug=data["slug"])
    changed = _assign(blueprint, {name: data[name] for name in BLUEPRINT_FIELDS if name in data}) or created
    if changed:
        blueprint.full_clean()
        blueprint.save()
    dims = data.get("dimensions", [])
    total = sum(Decimal(str(d["weight"])) for d in dims)
    if dims and abs(total - 1) > Decimal("0.001"):
        raise ValidationError({"dimensions": f"Weights of {blueprint.slug} sum to {total}, not 1."})
    for position, dim in enumerate(dims):
        dimension = Dimension.objects.filter(blueprint=blueprint, slug=dim["slug"]).first()
        fresh = dimension is None
        dimension = dimension or Dimension(blueprint=blueprint, slug=dim["slug"])
        if _assign(dimension, {
            "name": dim["name"], "description": dim.get("description", ""),
            "weight": Decimal(str(dim["weight"])).quantize(Decimal("0.0001")), "position": position,
        }) or fresh:
            dimension.full_clean()
            dimension.save()
            changed = True
        _, rubric_changed = rubric_update(dimension=dimension, anchors=dim["anchors"], by=by)
        changed = changed or rubric_changed
    return blueprint, changed


def catalogue_files() -> list[Path]:
    return sorted((CATALOGUE_DIR / "blueprints").glob("*.yaml"))


def catalogue_read(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def faq_entries() -> list[dict]:
    path = CATALOGUE_DIR / "faq.yaml"
    return catalogue_read(path) if path.exists() else []


@dataclass
class LoadSummary:
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def record(self, label: str, changed: bool) -> None:
        (self.changed if changed else self.unchanged).append(label)


@transaction.atomic
def catalogue_load(*, paths: list[Path] | None = None) -> LoadSummary:
    """Load every blueprint file with its case studies, then whatever other apps register."""
    from cases.services import case_study_upsert

    summary = LoadSummary()
    for path in paths or catalogue_files():
        data = catalogue_read(path)
        blueprint, changed = blueprint_upsert(data=data)
        summary.record(f"blueprint {blueprint.slug}", changed)
        for case in data.get("case_studies", []):
            study, case_changed = case_study_upsert(blueprint=blueprint, data=case)
            summary.record(f"case study {study.slug}", case_changed)
    for loader in CATALOGUE_LOADERS:
        for label, changed in loader():
            summary.record(label, changed)
    return summary


# Other apps append callables returning [(label, changed)] (e.g. take-home tasks).
CATALOGUE_LOADERS: list = []


@transaction.atomic
def blueprint_save(*, values: dict, instance: RoleBlueprint | None = None) -> RoleBlueprint:
    """Create a blueprint, or update the given one with `values` (API edits)."""
    blueprint = instance or RoleBlueprint()
    _assign(blueprint, values)
    blueprint.full_clean()
    blueprint.save()
    return blueprint


@transaction.atomic
def dimension_save(*, values: dict, instance: Dimension | None = None, by: User | None = None) -> Dimension:
    """Create or edit a dimension; new anchors go through rubric_update (and its versioning)."""
    anchors = values.pop("anchors", None)
    if instance is None and anchors is None:
        raise ValidationError({"anchors": "A new dimension needs its five anchors."})
    dimension = instance or Dimension()
    if instance is not None:
        values.pop("blueprint", None)
        values.pop("slug", None)
    _assign(dimension, values)
    dimension.full_clean()
    dimension.save()
    if anchors is not None:
        rubric_update(dimension=dimension, anchors={int(k.split("_")[1]): v for k, v in anchors.items()}, by=by)
    return dimension
