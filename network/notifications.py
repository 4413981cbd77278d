"""In-site notifications, with an e-mail copy sent from the worker.

Callers say what happened (``kind``) and with which values; the sentence is
written in the reader's language when the notification is shown or mailed.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Member, Notification, NotificationEmails

MESSAGES = {
    "casestudy_submitted": _("“%(title)s” is waiting for your review."),
    "casestudy_published": _("Your case study “%(title)s” is published."),
    "casestudy_changes_requested": _("A moderator asks for changes to “%(title)s”: %(comment)s"),
    "membership_requested": _("%(member)s asks to join %(institution)s."),
    "membership_verified": _("You are now verified at %(institution)s."),
    "membership_declined": _("Your request to %(institution)s was declined."),
    "forum_reply": _("%(name)s replied in “%(thread)s”."),
    "forum_mention": _("%(name)s mentioned you in “%(thread)s”."),
    "forum_post_approved": _("Your post in “%(thread)s” is approved and visible."),
    "forum_post_hidden": _("A moderator hid your post in “%(thread)s”: %(reason)s"),
    "forum_thread_split": _(
        "Replies in “%(thread)s” were moved to a separate debate: “%(debate)s”."
    ),
    "forum_suspended": _("You cannot post in the forums until %(until)s: %(reason)s"),
    "forum_flagged": _("A post in “%(thread)s” was flagged: %(reason)s"),
    "saved_search_match": _("New for your saved search “%(name)s”: %(title)s"),
}


def notify(
    recipient: Member,
    kind: str,
    *,
    url: str = "",
    actor: Member | None = None,
    email: bool = True,
    **params: str,
) -> Notification:
    if kind not in MESSAGES:
        raise ValueError(f"Unknown notification kind: {kind}")
    notification = Notification.objects.create(
        recipient=recipient, kind=kind, url=url, actor=actor, params=params
    )
    if email and recipient.notification_emails == NotificationEmails.IMMEDIATELY:
        from .tasks import email_notification

        transaction.on_commit(lambda: email_notification.delay(notification.pk))
    return notification


def message_for(notification: Notification) -> str:
    template = MESSAGES.get(notification.kind)
    if template is None:
        return ""
    try:
        return str(template) % notification.params
    except (KeyError, TypeError, ValueError):
        return str(template)


def unread(member: Member) -> QuerySet[Notification]:
    return member.notifications.filter(read_at__isnull=True)


def mark_all_read(member: Member) -> int:
    return unread(member).update(read_at=timezone.now())
