"""Members flagging posts for the moderators, and the auto-hide that follows.

A member flags a post once. When enough distinct trusted members have open
flags on the same post, it is hidden until a moderator reviews it: the
community can put out a fire at night, but only its established members can.
"""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from network.models import Member
from network.notifications import notify

from . import policy
from .models import Flag, ModerationLogEntry, Post, Thread

ALREADY_FLAGGED = gettext_lazy(
    "You have already flagged this post. The moderators will look at it."
)


class FlagRefused(Exception):
    """The flag cannot be recorded; the message says why, in the member's language."""


def flag_post(post: Post, member: Member, *, reason: str, details: str = "") -> Flag:
    if not member.is_authenticated:
        raise PermissionDenied
    if not flaggable_posts(member).filter(pk=post.pk).exists():
        raise PermissionDenied
    if post.author_id == member.pk:
        raise FlagRefused(_("You cannot flag your own post."))
    if reason not in Flag.Reason.values:
        raise FlagRefused(_("Choose why you are flagging this post."))
    if Flag.objects.filter(post=post, member=member).exists():
        raise FlagRefused(ALREADY_FLAGGED)
    try:
        with transaction.atomic():
            post = Post.objects.select_for_update().get(pk=post.pk)
            flag = Flag.objects.create(
                post=post, member=member, reason=reason, details=details.strip()[:500]
            )
            _hide_when_enough_trusted_flags(post)
            _tell_moderators(flag)
    except IntegrityError as error:
        raise FlagRefused(ALREADY_FLAGGED) from error
    return flag


def flaggable_posts(member) -> QuerySet[Post]:
    """The posts a member can see, in threads they can read."""
    return Post.objects.visible_to(member).filter(thread__in=Thread.objects.visible_to(member))


def trusted_flagger_count(post: Post) -> int:
    flaggers = Member.objects.filter(
        forum_flags__post=post, forum_flags__resolved_at__isnull=True
    ).distinct()
    return sum(1 for flagger in flaggers if policy.is_trusted(flagger))


def moderators() -> QuerySet[Member]:
    """Active members holding ``network.moderate_forums``, through a role or directly."""
    perm = {"codename": "moderate_forums", "content_type__app_label": "network"}
    granted = Q(groups__permissions__in=Permission.objects.filter(**perm)) | Q(
        user_permissions__in=Permission.objects.filter(**perm)
    )
    return Member.objects.filter(granted | Q(is_superuser=True), is_active=True).distinct()


def _hide_when_enough_trusted_flags(post: Post) -> None:
    if post.is_hidden:
        return
    count = trusted_flagger_count(post)
    if count < policy.LIMITS.auto_hide_flags:
        return
    post.is_hidden = True
    post.hidden_by_flags = True
    post.hidden_reason = _("Hidden after several members flagged it")
    post.save(update_fields=["is_hidden", "hidden_by_flags", "hidden_reason"])
    ModerationLogEntry.objects.create(
        moderator=None,
        action=ModerationLogEntry.Action.AUTO_HIDE,
        thread_id=post.thread_id,
        post=post,
        member_id=post.author_id,
        details={"trusted_flags": count},
    )


def _tell_moderators(flag: Flag) -> None:
    thread = flag.post.thread
    for moderator in moderators().exclude(pk=flag.member_id):
        notify(
            moderator,
            "forum_flagged",
            url=flag.post.get_absolute_url(),
            actor=flag.member,
            email=False,
            thread=thread.title,
            reason=str(flag.get_reason_display()),
        )
