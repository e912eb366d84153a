from django.contrib.auth.models import AbstractUser
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

LEVELS = [("lead", "Lead"), ("principal", "Principal"), ("director", "Director")]
SCALE = range(1, 6)


class Role(models.TextChoices):
    RECRUITER = "recruiter", "Recruiter"
    INTERVIEWER = "interviewer", "Interviewer"
    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    ADMIN = "admin", "Admin"


class User(AbstractUser):
    """A member of staff. Candidates are not users; they reach their pages by link."""

    display_name = models.CharField(max_length=150, blank=True)

    def __str__(self):
        return self.display_name or self.get_full_name() or self.username

    @property
    def roles(self) -> set[str]:
        if not hasattr(self, "_roles_cache"):
            self._roles_cache = set(self.groups.values_list("name", flat=True))
            if self.is_superuser:
                self._roles_cache.add(Role.ADMIN)
        return self._roles_cache

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles & set(roles))


class RoleBlueprint(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    level = models.CharField(max_length=20, choices=LEVELS)
    purpose = models.TextField()
    responsibilities = models.JSONField(default=list, blank=True)
    required_skills = models.JSONField(default=list, blank=True)
    kpis = models.JSONField(default=list, blank=True)
    strong_signals = models.JSONField(default=list, blank=True)
    weak_signals = models.JSONField(default=list, blank=True)
    red_flags = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class Dimension(models.Model):
    """A scorecard dimension of a blueprint, with a versioned anchored rubric."""

    blueprint = models.ForeignKey(RoleBlueprint, on_delete=models.CASCADE, related_name="dimensions")
    slug = models.SlugField(max_length=80)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    weight = models.DecimalField(max_digits=5, decimal_places=4, validators=[MinValueValidator(0), MaxValueValidator(1)])
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["blueprint", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["blueprint", "slug"], name="dimension_unique_slug")]

    def __str__(self):
        return f"{self.blueprint.slug}/{self.slug}"

    @property
    def current_rubric(self):
        # Reads the prefetched versions when there are any, so lists do not query once per row.
        return max(self.rubric_versions.all(), key=lambda rubric: rubric.version, default=None)


class RubricVersion(models.Model):
    """One immutable-once-used version of a dimension's five anchors."""

    dimension = models.ForeignKey(Dimension, on_delete=models.CASCADE, related_name="rubric_versions")
    version = models.PositiveIntegerField()
    anchor_1 = models.TextField()
    anchor_2 = models.TextField()
    anchor_3 = models.TextField()
    anchor_4 = models.TextField()
    anchor_5 = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    used_at = models.DateTimeField(null=True, blank=True, help_text="Set when a score first points at this version.")

    class Meta:
        ordering = ["dimension", "version"]
        constraints = [models.UniqueConstraint(fields=["dimension", "version"], name="rubric_unique_version")]

    def __str__(self):
        return f"{self.dimension} v{self.version}"

    @property
    def anchors(self) -> dict[int, str]:
        return {level: getattr(self, f"anchor_{level}") for level in SCALE}
