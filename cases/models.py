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


# --- take-home tasks ---------------------------------------------------------------------------

class TakeHomeTask(models.Model):
    """A take-home task of a case study, mirrored from the task catalogue (cases/takehome_tasks.yaml)."""

    slug = models.SlugField(max_length=80, unique=True)
    case_study = models.ForeignKey(CaseStudy, on_delete=models.PROTECT, related_name="takehome_tasks")
    title = models.CharField(max_length=200)
    brief = models.TextField()
    time_box_minutes = models.PositiveIntegerField()
    link_valid_days = models.PositiveIntegerField()
    max_submissions = models.PositiveIntegerField()
    metric = models.CharField(max_length=40)
    context = models.JSONField(default=dict, blank=True)
    dimensions = models.JSONField(default=list, blank=True)
    honest_ceiling = models.FloatField()
    claim_tolerance = models.FloatField()
    rerun_bounds = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.title


class Invitation(models.Model):
    """A candidate's unguessable, expiring link to one take-home task."""

    task = models.ForeignKey(TakeHomeTask, on_delete=models.PROTECT, related_name="invitations")
    candidate = models.ForeignKey("scorecards.Candidate", on_delete=models.PROTECT, related_name="takehome_invitations")
    token = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey("hiring.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(help_text="The link stops working at this time unless the clock has started.")
    started_at = models.DateTimeField(null=True, blank=True, help_text="When the candidate started the clock.")
    deadline_at = models.DateTimeField(null=True, blank=True, help_text="Start + time box + grace; uploads stop here.")
    email_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.candidate} — {self.task.slug}"


class SubmissionStatus(models.TextChoices):
    SUBMITTED = "submitted", "Submitted"
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    GRADED = "graded", "Graded"
    FAILED = "failed", "Failed"


class Submission(models.Model):
    """What a candidate handed in; the files are immutable once accepted."""

    invitation = models.ForeignKey(Invitation, on_delete=models.PROTECT, related_name="submissions")
    task = models.ForeignKey(TakeHomeTask, on_delete=models.PROTECT, related_name="submissions")
    candidate = models.ForeignKey("scorecards.Candidate", on_delete=models.PROTECT, related_name="takehome_submissions")
    status = models.CharField(max_length=20, choices=SubmissionStatus.choices, default=SubmissionStatus.SUBMITTED)
    failure_reason = models.TextField(blank=True)
    storage_dir = models.CharField(max_length=300, help_text="Folder of the files, relative to MEDIA_ROOT.")
    files = models.JSONField(default=dict, help_text="{field: {name, size, sha256}} of every accepted file.")
    fingerprint = models.CharField(max_length=64, help_text="sha256 over the files' own sha256s.")
    submitted_at = models.DateTimeField(auto_now_add=True)
    graded_at = models.DateTimeField(null=True, blank=True)
    report = models.JSONField(null=True, blank=True)
    metrics = models.JSONField(default=dict, blank=True)
    findings = models.JSONField(default=list, blank=True)
    suggested_scores = models.JSONField(default=dict, blank=True)
    rerun_log_tail = models.TextField(blank=True)

    class Meta:
        ordering = ["-submitted_at", "-id"]
        constraints = [
            # One accepted copy of the same files per candidate and task; a failed grading frees it.
            models.UniqueConstraint(fields=["candidate", "task", "fingerprint"], condition=~models.Q(status="failed"),
                                    name="submission_unique_files"),
        ]

    def __str__(self):
        return f"submission {self.pk} ({self.status})"


class GradingRunStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    GRADED = "graded", "Graded"
    FAILED = "failed", "Failed"


class GradingRun(models.Model):
    """One grading of a submission; the row is also the lease a worker holds while it grades."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="runs")
    reason = models.CharField(max_length=20, default="initial", help_text="initial or regrade")
    requested_by = models.ForeignKey("hiring.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=20, choices=GradingRunStatus.choices, default=GradingRunStatus.QUEUED)
    stage = models.CharField(max_length=20, blank=True)
    stages_done = models.JSONField(default=list, blank=True)
    lease_token = models.CharField(max_length=32, blank=True)
    lease_owner = models.CharField(max_length=200, blank=True)
    attempts = models.PositiveIntegerField(default=0, help_text="How many times a worker claimed this run.")
    requeues = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    queued_at = models.DateTimeField(null=True, blank=True, help_text="When the job was last sent to the queue.")
    first_started_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    failure_reason = models.TextField(blank=True)
    report = models.JSONField(null=True, blank=True)
    timings = models.JSONField(default=dict, blank=True)
    log_tail = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # At most one unfinished run per submission.
            models.UniqueConstraint(fields=["submission"], condition=models.Q(status__in=["queued", "running"]),
                                    name="gradingrun_one_open_per_submission"),
        ]

    def __str__(self):
        return f"run {self.pk} of submission {self.submission_id} ({self.status})"
