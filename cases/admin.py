from django.contrib import admin

from .models import CaseStudy


@admin.register(CaseStudy)
class CaseStudyAdmin(admin.ModelAdmin):
    list_display = ("title", "blueprint", "kind", "duration_minutes")
    list_filter = ("kind", "blueprint")
    search_fields = ("title", "slug", "scenario")
    filter_horizontal = ("dimensions",)
