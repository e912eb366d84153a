from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import Dimension, RoleBlueprint, RubricVersion, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = BaseUserAdmin.fieldsets + (("Profile", {"fields": ("display_name",)}),)
    list_display = ("username", "display_name", "email", "is_staff", "is_active")


class DimensionInline(admin.TabularInline):
    model = Dimension
    extra = 0
    fields = ("position", "slug", "name", "weight")


@admin.register(RoleBlueprint)
class RoleBlueprintAdmin(admin.ModelAdmin):
    list_display = ("title", "level", "slug", "updated_at")
    list_filter = ("level",)
    search_fields = ("title", "slug")
    inlines = [DimensionInline]


class RubricVersionInline(admin.StackedInline):
    model = RubricVersion
    extra = 0
    readonly_fields = ("version", "created_at", "created_by", "used_at")


@admin.register(Dimension)
class DimensionAdmin(admin.ModelAdmin):
    list_display = ("name", "blueprint", "weight", "position")
    list_filter = ("blueprint",)
    search_fields = ("name", "slug")
    inlines = [RubricVersionInline]


@admin.register(RubricVersion)
class RubricVersionAdmin(admin.ModelAdmin):
    list_display = ("dimension", "version", "created_at", "used_at")
    list_filter = ("dimension__blueprint",)
    readonly_fields = ("used_at",)
