"""Admin pages of calibration runs, hiring decisions and demographic records."""
from django.contrib import admin

from .models import CalibrationRun, DemographicRecord, HiringDecision


class _Record(admin.ModelAdmin):
    """Audit records: browsable, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CalibrationRun)
class CalibrationRunAdmin(_Record):
    list_display = ("id", "blueprint", "created_at", "status", "n_scores")
    list_filter = ("status", "blueprint")
    readonly_fields = ("blueprint", "created_at", "status", "message", "n_scores", "fingerprint", "provenance",
                       "result")


@admin.register(HiringDecision)
class HiringDecisionAdmin(_Record):
    list_display = ("id", "loop", "decision", "decided_by", "created_at", "calibration_run")
    list_filter = ("decision",)
    list_select_related = ("loop__candidate", "loop__blueprint", "decided_by")
    readonly_fields = ("loop", "decided_by", "decision", "rationale", "created_at", "calibration_run", "calibrated")


@admin.register(DemographicRecord)
class DemographicRecordAdmin(admin.ModelAdmin):
    """Self-reported and sensitive: only users holding the model's permissions (admins) see these."""

    list_display = ("id", "candidate", "groups", "updated_at")
    raw_id_fields = ("candidate",)
    readonly_fields = ("created_at", "updated_at")
