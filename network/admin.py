from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import Institution, InstitutionSocialAccount, Member, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "institution"
    extra = 0
    autocomplete_fields = ["member"]
    readonly_fields = ["requested_at", "decided_at", "decided_by"]


class SocialAccountInline(admin.TabularInline):
    model = InstitutionSocialAccount
    extra = 0


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "city", "size_band"]
    list_filter = ["kind", "size_band", "country"]
    search_fields = ["name", "city"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SocialAccountInline, MembershipInline]


@admin.register(Member)
class MemberAdmin(UserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "job_title", "is_active", "is_staff"]
    search_fields = ["email", "display_name"]
    fieldsets = [
        (None, {"fields": ["email", "password", "handle"]}),
        (
            "Profile",
            {
                "fields": [
                    "display_name",
                    "job_title",
                    "bio",
                    "avatar",
                    "expertise",
                    "platforms",
                    "languages",
                    "profile_visibility",
                    "preferred_language",
                    "time_zone",
                ]
            },
        ),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]
    filter_horizontal = ["groups", "expertise", "platforms"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["member", "institution", "role", "status", "requested_at"]
    list_filter = ["status", "role"]
    autocomplete_fields = ["member", "institution"]
