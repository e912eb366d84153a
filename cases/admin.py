from django.contrib import admin

from .models import CaseStudy


@admin.register(CaseStudy)
class CaseStudyAdmin(admin.ModelAdmin):
    list_display = ("title", "blueprint", "kind", "duration_minutes")
    list_filter = ("kind", "blueprint")
    search_fields = ("title", "slug", "scenario")
    filter_horizontal = ("dimensions",)


from .models import GradingRun, Invitation, Submission, TakeHomeTask  # noqa: E402


@admin.register(TakeHomeTask)
class TakeHomeTaskAdmin(admin.ModelAdmin):
    list_display = ("slug", "title", "case_study", "time_box_minutes", "max_submissions", "metric")
    search_fields = ("slug", "title")


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ("candidate", "task", "created_at", "expires_at", "started_at", "deadline_at")
    list_filter = ("task",)
    search_fields = ("candidate__name", "candidate__email")
    readonly_fields = ("token",)


class GradingRunInline(admin.TabularInline):
    model = GradingRun
    extra = 0
    fields = ("reason", "status", "stage", "attempts", "requeues", "started_at", "finished_at", "failure_reason")
    readonly_fields = fields
    can_delete = False


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ("id", "candidate", "task", "status", "submitted_at", "graded_at")
    list_filter = ("status", "task")
    search_fields = ("candidate__name", "fingerprint")
    readonly_fields = ("files", "fingerprint", "storage_dir", "report", "metrics", "findings", "suggested_scores")
    inlines = [GradingRunInline]


@admin.register(GradingRun)
class GradingRunAdmin(admin.ModelAdmin):
    list_display = ("id", "submission", "reason", "status", "stage", "attempts", "requeues", "heartbeat_at")
    list_filter = ("status", "reason")
    readonly_fields = ("lease_token", "lease_owner", "report", "timings", "log_tail")
