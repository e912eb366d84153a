from django.db import models


class CaseStudyKind(models.TextChoices):
    PRODUCT_DESIGN = "product_design", "ML product design"
    EXPERIMENT_INTERPRETATION = "experiment_interpretation", "Experiment interpretation"
    ERROR_ANALYSIS = "error_analysis", "Error analysis"
    INCIDENT_SIMULATION = "incident_simulation", "Production incident simulation"
    TAKE_HOME = "take_home", "Time-boxed take-home"


class CaseStudy(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    blueprint = models.ForeignKey("hiring.RoleBlueprint", on_delete=models.CASCADE, related_name="case_studies")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=40, choices=CaseStudyKind.choices)
    duration_minutes = models.PositiveIntegerField()
    scenario = models.TextField()
    asks = models.JSONField(default=list, blank=True)
    listen_for = models.JSONField(default=list, blank=True)
    red_flags = models.JSONField(default=list, blank=True)
    dimensions = models.ManyToManyField("hiring.Dimension", related_name="case_studies", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["blueprint", "slug"]
        verbose_name_plural = "case studies"

    def __str__(self):
        return self.title
