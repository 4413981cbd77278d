"""Flagging, the moderators' queue and log, and the moderators' actions."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views_moderation as views

urlpatterns = [
    path(_("forums/posts/<int:pk>/flag/"), views.flag, name="flag"),
    path(_("forums/moderation/"), views.moderation_queue, name="moderation_queue"),
    path(_("forums/moderation/log/"), views.moderation_log, name="moderation_log"),
    path(_("forums/moderation/posts/<int:pk>/hide/"), views.hide, name="mod_hide"),
    path(_("forums/moderation/posts/<int:pk>/unhide/"), views.unhide, name="mod_unhide"),
    path(_("forums/moderation/posts/<int:pk>/delete/"), views.delete, name="mod_delete"),
    path(_("forums/moderation/posts/<int:pk>/approve/"), views.approve, name="mod_approve"),
    path(
        _("forums/moderation/posts/<int:pk>/dismiss-flags/"),
        views.dismiss_flags,
        name="mod_dismiss_flags",
    ),
    path(_("forums/moderation/threads/<int:pk>/lock/"), views.lock, name="mod_lock"),
    path(_("forums/moderation/threads/<int:pk>/unlock/"), views.unlock, name="mod_unlock"),
    path(_("forums/moderation/threads/<int:pk>/pin/"), views.pin, name="mod_pin"),
    path(_("forums/moderation/threads/<int:pk>/unpin/"), views.unpin, name="mod_unpin"),
    path(_("forums/moderation/threads/<int:pk>/move/"), views.move, name="mod_move"),
    path(_("forums/moderation/threads/<int:pk>/split/"), views.split, name="mod_split"),
    path(_("forums/moderation/threads/<int:pk>/slow-mode/"), views.slow_mode, name="mod_slow_mode"),
    path(_("forums/moderation/members/<int:pk>/suspend/"), views.suspend, name="mod_suspend"),
    path(
        _("forums/moderation/suspensions/<int:pk>/lift/"),
        views.lift_suspension,
        name="mod_lift_suspension",
    ),
]
