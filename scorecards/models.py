"""Candidates, interview loops, interviews, scorecards and their audit trail."""
import uuid
import zoneinfo
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q


class Candidate(models.Model):
    """Someone being assessed; not a user of the platform."""

    name = models.CharField(max_length=200)
    email = models.EmailField()
    external_id = models.CharField(max_length=100, blank=True, help_text="The id in the applicant tracking system.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["external_id"], condition=~Q(external_id=""),
                                    name="candidate_unique_external_id"),
        ]

    def __str__(self):
        return self.name


class LoopStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SCHEDULED = "scheduled", "Scheduled"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETE = "complete", "Complete"
    CANCELLED = "cancelled", "Cancelled"


class Loop(models.Model):
    """A candidate's interviews for one role blueprint, scored on the rubric versions pinned at creation."""

    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="loops")
    blueprint = models.ForeignKey("hiring.RoleBlueprint", on_delete=models.PROTECT, related_name="loops")
    status = models.CharField(max_length=20, choices=LoopStatus.choices, default=LoopStatus.DRAFT)
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.candidate} — {self.blueprint}"


class LoopRubric(models.Model):
    """Which rubric version of a blueprint dimension a loop is scored on."""

    loop = models.ForeignKey(Loop, on_delete=models.CASCADE, related_name="rubrics")
    dimension = models.ForeignKey("hiring.Dimension", on_delete=models.PROTECT, related_name="+")
    rubric = models.ForeignKey("hiring.RubricVersion", on_delete=models.PROTECT, related_name="loop_pins")

    class Meta:
        ordering = ["loop", "dimension__position", "id"]
        constraints = [models.UniqueConstraint(fields=["loop", "dimension"], name="looprubric_unique_dimension")]

    def __str__(self):
        return f"{self.loop_id}: {self.rubric}"


def _new_uid() -> str:
    return f"{uuid.uuid4()}@hiring"


def time_zone_names() -> list[str]:
    """Every IANA zone name this system knows, sorted."""
    return sorted(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"“{value}” is not a known time zone; use an IANA name such as Europe/London.",
                              code="invalid")


class Interview(models.Model):
    loop = models.ForeignKey(Loop, on_delete=models.CASCADE, related_name="interviews")
    title = models.CharField(max_length=200)
    case_study = models.ForeignKey("cases.CaseStudy", null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="interviews")
    dimensions = models.ManyToManyField("hiring.Dimension", related_name="interviews", blank=True)
    interviewers = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="interviews", blank=True)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    location = models.CharField(max_length=300, blank=True)
    video_link = models.URLField(max_length=500, blank=True)
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone],
                                 help_text="The IANA zone the times were entered in and are shown in.")
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # iCalendar identity: one UID for the event's life, SEQUENCE raised by every update sent.
    ical_uid = models.CharField(max_length=100, unique=True, default=_new_uid, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="interview_ends_after_start"),
        ]

    def __str__(self):
        return self.title

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone or "UTC")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def local(self, value: datetime) -> datetime:
        """`value` on the interview's wall clock."""
        return value.astimezone(self.zone)

    @property
    def slot_label(self) -> str:
        """"2030-03-04 05:00–06:00 EST (America/New_York)": the slot in the interview's zone, named."""
        start, end = self.local(self.starts_at), self.local(self.ends_at)
        end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
        name = start.tzname()
        if start.tzname() != end.tzname():
            name = f"{start.tzname()}/{end.tzname()}"
        zone = "" if self.time_zone in ("UTC", name) else f" ({self.time_zone})"
        return f"{start:%Y-%m-%d %H:%M}–{end_text} {name}{zone}"


class InvitationMethod(models.TextChoices):
    REQUEST = "REQUEST", "Invitation or update"
    CANCEL = "CANCEL", "Cancellation"


class InvitationLog(models.Model):
    """One calendar invitation sent (or queued to send after commit) to one attendee."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="invitations")
    recipient_name = models.CharField(max_length=200)
    recipient_email = models.EmailField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    candidate = models.ForeignKey(Candidate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    sequence = models.PositiveIntegerField()
    method = models.CharField(max_length=10, choices=InvitationMethod.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0, help_text="Sends tried, including the one that succeeded.")
    last_error = models.TextField(blank=True, help_text="Why the last failed send failed.")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.method} #{self.sequence} {self.interview} → {self.recipient_email}"


class Recommendation(models.TextChoices):
    STRONG_NO = "strong_no", "Strong no"
    NO = "no", "No"
    YES = "yes", "Yes"
    STRONG_YES = "strong_yes", "Strong yes"


class ScorecardStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"


class Scorecard(models.Model):
    """One interviewer's scores for one interview; immutable once submitted except by audited amendment."""

    interview = models.ForeignKey(Interview, on_delete=models.PROTECT, related_name="scorecards")
    interviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="scorecards")
    status = models.CharField(max_length=20, choices=ScorecardStatus.choices, default=ScorecardStatus.DRAFT)
    recommendation = models.CharField(max_length=20, choices=Recommendation.choices, blank=True)
    summary = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=0, help_text="0 while a draft; 1 when submitted; +1 per amendment.")
    submitted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["interview__starts_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "interviewer"], name="scorecard_one_per_interviewer"),
        ]

    def __str__(self):
        return f"{self.interviewer} on {self.interview}"

    @property
    def is_submitted(self) -> bool:
        return self.status == ScorecardStatus.SUBMITTED


class DimensionScore(models.Model):
    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="scores")
    dimension = models.ForeignKey("hiring.Dimension", on_delete=models.PROTECT, related_name="+")
    rubric = models.ForeignKey("hiring.RubricVersion", on_delete=models.PROTECT, related_name="scores")
    score = models.PositiveSmallIntegerField(null=True, blank=True,
                                             validators=[MinValueValidator(1), MaxValueValidator(5)])
    not_assessed = models.BooleanField(default=False)
    not_assessed_reason = models.TextField(blank=True)
    evidence = models.TextField(blank=True)

    class Meta:
        ordering = ["scorecard", "dimension__position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["scorecard", "dimension"], name="score_one_per_dimension"),
            models.CheckConstraint(condition=Q(score__isnull=True) | Q(score__gte=1, score__lte=5),
                                   name="score_on_scale"),
        ]

    def __str__(self):
        return f"{self.dimension}: {self.score if self.score is not None else 'n/a'}"


class ScorecardVersion(models.Model):
    """A frozen copy of a scorecard as submitted or amended."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    snapshot = models.JSONField()
    reason = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["scorecard", "version"]
        constraints = [models.UniqueConstraint(fields=["scorecard", "version"], name="scorecardversion_unique")]

    def __str__(self):
        return f"{self.scorecard} v{self.version}"


class AuditEvent(models.Model):
    """Who did what to which record, and its state before and after."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    action = models.CharField(max_length=60)
    object_type = models.CharField(max_length=60)
    object_id = models.PositiveBigIntegerField()
    scorecard = models.ForeignKey(Scorecard, null=True, blank=True, on_delete=models.CASCADE,
                                  related_name="audit_events")
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self):
        return f"{self.action} {self.object_type}#{self.object_id}"


class ReminderLog(models.Model):
    """A reminder that an interviewer's scorecard is missing; `slot` n is due first_hours + n·repeat_hours after."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="reminders")
    interviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    slot = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "interviewer", "slot"], name="reminder_once_per_slot"),
        ]

    def __str__(self):
        return f"reminder {self.slot} for {self.interviewer} on {self.interview}"


# --- calibration -------------------------------------------------------------------------------

class CalibrationRunStatus(models.TextChoices):
    OK = "ok", "OK"
    FAILED = "failed", "Failed"


class CalibrationRun(models.Model):
    """One calibration of a blueprint's submitted scorecards, with the scorecard versions it came from."""

    blueprint = models.ForeignKey("hiring.RoleBlueprint", on_delete=models.CASCADE, related_name="calibration_runs")
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=CalibrationRunStatus.choices)
    message = models.TextField(blank=True)
    result = models.JSONField(null=True, blank=True, help_text="The calibration engine's output (CALIBRATION.md).")
    provenance = models.JSONField(default=list, help_text="[scorecard id, version] of every scorecard used.")
    fingerprint = models.CharField(max_length=64, help_text="sha256 of the provenance; equal inputs, equal runs.")
    n_scores = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["blueprint", "fingerprint"])]

    def __str__(self):
        return f"calibration {self.pk} of {self.blueprint} ({self.status})"

    @property
    def is_ok(self) -> bool:
        return self.status == CalibrationRunStatus.OK


class Decision(models.TextChoices):
    HIRE = "hire", "Hire"
    NO_HIRE = "no_hire", "No hire"
    HOLD = "hold", "Hold"


class HiringDecision(models.Model):
    """A hiring manager's decision on a loop: an audit record, never edited; a change is a new decision."""

    loop = models.ForeignKey(Loop, on_delete=models.PROTECT, related_name="decisions")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decision = models.CharField(max_length=10, choices=Decision.choices)
    rationale = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    calibration_run = models.ForeignKey(CalibrationRun, null=True, blank=True, on_delete=models.PROTECT,
                                        related_name="decisions")
    calibrated = models.JSONField(null=True, blank=True,
                                  help_text="The candidate's calibrated figures in that run when the decision was made.")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_decision_display()} on {self.loop}"


class DemographicRecord(models.Model):
    """A candidate's optional self-reported demographic group(s), kept apart from everything interviewers see."""

    candidate = models.OneToOneField(Candidate, on_delete=models.CASCADE, related_name="+")
    groups = models.JSONField(default=list, help_text="Self-reported group labels; empty when declined.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["candidate_id"]
        permissions = [("view_adverse_impact", "Can view adverse-impact statistics")]

    def __str__(self):
        return f"demographic record {self.pk}"
