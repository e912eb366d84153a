from django.contrib import admin

from .models import (
    AuditEvent,
    Candidate,
    DimensionScore,
    Interview,
    InvitationLog,
    Loop,
    LoopRubric,
    ReminderLog,
    Scorecard,
    ScorecardVersion,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records of what happened: browsable, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Candidate)
class CandidateAdmin(admin.ModelAdmin):
    list_display = ("name", "email", "external_id", "created_at")
    search_fields = ("name", "email", "external_id")


class LoopRubricInline(admin.TabularInline):
    model = LoopRubric
    extra = 0
    can_delete = False
    readonly_fields = ("dimension", "rubric")

    def has_add_permission(self, request, obj=None):
        return False


class InterviewInline(admin.TabularInline):
    model = Interview
    extra = 0
    fields = ("title", "starts_at", "ends_at", "location", "cancelled_at", "sequence")
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Loop)
class LoopAdmin(admin.ModelAdmin):
    """Loops change through the pages and API (which send the invitations); the admin shows them."""

    list_display = ("candidate", "blueprint", "status", "created_at")
    list_filter = ("status", "blueprint")
    search_fields = ("candidate__name", "candidate__email")
    readonly_fields = ("candidate", "blueprint", "status", "created_by", "created_at", "updated_at")
    inlines = [LoopRubricInline, InterviewInline]


@admin.register(LoopRubric)
class LoopRubricAdmin(ReadOnlyAdmin):
    list_display = ("loop", "dimension", "rubric")


@admin.register(Interview)
class InterviewAdmin(ReadOnlyAdmin):
    list_display = ("title", "loop", "starts_at", "ends_at", "cancelled_at", "sequence")
    list_filter = ("loop__status",)
    search_fields = ("title", "loop__candidate__name")


@admin.register(InvitationLog)
class InvitationLogAdmin(ReadOnlyAdmin):
    list_display = ("interview", "recipient_email", "method", "sequence", "created_at", "sent_at", "attempts")
    list_filter = ("method",)
    search_fields = ("recipient_email", "recipient_name")


class DimensionScoreInline(admin.TabularInline):
    model = DimensionScore
    extra = 0
    fields = ("dimension", "rubric", "score", "not_assessed", "not_assessed_reason", "evidence")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Scorecard)
class ScorecardAdmin(ReadOnlyAdmin):
    list_display = ("interviewer", "interview", "status", "version", "recommendation", "submitted_at")
    list_filter = ("status", "recommendation")
    search_fields = ("interviewer__username", "interview__loop__candidate__name")
    inlines = [DimensionScoreInline]


@admin.register(DimensionScore)
class DimensionScoreAdmin(ReadOnlyAdmin):
    list_display = ("scorecard", "dimension", "score", "not_assessed")


@admin.register(ScorecardVersion)
class ScorecardVersionAdmin(ReadOnlyAdmin):
    list_display = ("scorecard", "version", "created_by", "created_at", "reason")


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "actor", "action", "object_type", "object_id")
    list_filter = ("action", "object_type")


@admin.register(ReminderLog)
class ReminderLogAdmin(ReadOnlyAdmin):
    list_display = ("interview", "interviewer", "slot", "created_at")
from . import calibration_admin  # noqa: E402,F401  (calibration runs, decisions, demographic records)
