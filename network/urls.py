from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views, views_follows

app_name = "network"

urlpatterns = [
    path(_("members/"), views.member_directory, name="member_directory"),
    path(_("members/<slug:handle>/"), views.member_detail, name="member_detail"),
    path(_("profile/"), views.profile_edit, name="profile_edit"),
    path(_("institutions/"), views.institution_directory, name="institution_directory"),
    path(_("institutions/new/"), views.institution_create, name="institution_create"),
    path(_("institutions/<slug:slug>/"), views.institution_detail, name="institution_detail"),
    path(_("institutions/<slug:slug>/join/"), views.institution_join, name="institution_join"),
    path(_("institutions/<slug:slug>/claim/"), views.institution_claim, name="institution_claim"),
    path(_("memberships/<int:pk>/decide/"), views.membership_decide, name="membership_decide"),
    path(_("memberships/<int:pk>/leave/"), views.membership_leave, name="membership_leave"),
    path(_("notifications/"), views.notification_list, name="notifications"),
    path(_("follows/topics/"), views_follows.follow_topics, name="follow_topics"),
    path(_("follows/<str:kind>/<int:pk>/"), views_follows.follow_toggle, name="follow_toggle"),
]
