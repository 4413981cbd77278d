from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views_events as views

urlpatterns = [
    path(_("events/<int:event_id>/calendar.ics"), views.event_calendar, name="event_calendar"),
    path(_("events/<int:event_id>/sessions/add/"), views.session_add, name="session_add"),
    path(
        _("events/<int:event_id>/programme/import/"),
        views.programme_import,
        name="programme_import",
    ),
    path(_("events/<int:event_id>/live/"), views.live_post, name="live_post"),
    path(_("sessions/<int:pk>/edit/"), views.session_edit, name="session_edit"),
    path(_("sessions/<int:pk>/delete/"), views.session_delete, name="session_delete"),
    path(_("sessions/<int:pk>/calendar.ics"), views.session_calendar, name="session_calendar"),
    path(_("live/<int:pk>/delete/"), views.live_post_delete, name="live_post_delete"),
]
