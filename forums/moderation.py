"""What moderators do to posts, threads and members, each move logged.

Every action checks that ``by`` is a moderator (the author of a thread is
not), runs in one transaction and writes a ``ModerationLogEntry``. Input that
makes no sense (no reason where one is owed, a split without replies, a move
to the same category) raises ``ModerationRefused`` before anything changes.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from network.models import Member
from network.notifications import notify

from . import posting
from .models import Category, Flag, ModerationLogEntry, Post, Subscription, Suspension, Thread
from .querysets import is_moderator

Action = ModerationLogEntry.Action

SLOW_MODE_CHOICES = (0, 30, 60, 300, 900, 3600)
MAX_SUSPENSION_DAYS = 3650


class ModerationRefused(Exception):
    """The action cannot be done as asked; the message says why, in the moderator's language."""


def hide_post(post: Post, *, by: Member, reason: str = "") -> None:
    _require_moderator(by)
    reason = _required_reason(reason)
    with transaction.atomic():
        post.is_hidden = True
        post.hidden_by_flags = False
        post.hidden_reason = reason[:300]
        post.save(update_fields=["is_hidden", "hidden_by_flags", "hidden_reason"])
        _log(Action.HIDE, by, post=post, reason=reason)
        if post.author is not None and post.author != by:
            notify(
                post.author,
                "forum_post_hidden",
                url=post.get_absolute_url(),
                actor=by,
                thread=post.thread.title,
                reason=reason,
            )


def unhide_post(post: Post, *, by: Member, reason: str = "") -> None:
    _require_moderator(by)
    with transaction.atomic():
        _show_again(post)
        resolved = _resolve_open_flags(post, by)
        _log(
            Action.UNHIDE,
            by,
            post=post,
            reason=reason,
            resolved_flags=resolved,
        )


def delete_post(post: Post, *, by: Member, reason: str = "") -> None:
    """Deletes for good; deleting a thread's opening post deletes the whole thread."""
    _require_moderator(by)
    reason = _required_reason(reason)
    with transaction.atomic():
        thread = Thread.objects.select_for_update().get(pk=post.thread_id)
        first = thread.posts.order_by("created_at", "pk").first()
        details = {
            "post_id": post.pk,
            "author_id": post.author_id,
            "body": post.body,
            "thread_id": thread.pk,
            "thread_title": thread.title,
        }
        if first is None or first.pk == post.pk:
            details["thread_deleted"] = True
            details["posts_deleted"] = thread.posts.count()
            _log(Action.DELETE, by, member=post.author, reason=reason, **details)
            thread.delete()
            return
        post.delete()
        _recount(thread)
        _log(Action.DELETE, by, thread=thread, member=post.author, reason=reason, **details)


def lock_thread(thread: Thread, *, by: Member, reason: str = "") -> None:
    _set_thread_flag(thread, "is_locked", True, Action.LOCK, by, reason)


def unlock_thread(thread: Thread, *, by: Member, reason: str = "") -> None:
    _set_thread_flag(thread, "is_locked", False, Action.UNLOCK, by, reason)


def pin_thread(thread: Thread, *, by: Member, reason: str = "") -> None:
    _set_thread_flag(thread, "is_pinned", True, Action.PIN, by, reason)


def unpin_thread(thread: Thread, *, by: Member, reason: str = "") -> None:
    _set_thread_flag(thread, "is_pinned", False, Action.UNPIN, by, reason)


def move_thread(thread: Thread, category: Category, *, by: Member, reason: str = "") -> None:
    _require_moderator(by)
    if category.pk == thread.category_id:
        raise ModerationRefused(_("The thread is already in this category."))
    with transaction.atomic():
        origin = thread.category
        thread.category = category
        thread.save(update_fields=["category"])
        _log(
            Action.MOVE,
            by,
            thread=thread,
            reason=reason,
            from_category=origin.slug,
            to_category=category.slug,
        )


def split_into_debate(
    thread: Thread, posts: Iterable[Post], *, by: Member, title: str, reason: str = ""
) -> Thread:
    """Gives a heated side-conversation its own thread, linked both ways through ``split_from``.

    Returns the new debate thread. The replies keep their authors, dates and order.
    """
    _require_moderator(by)
    title = (title or "").strip()
    if not title:
        raise ModerationRefused(_("Give the debate thread a title."))
    reason = _required_reason(reason)
    post_ids = {post.pk for post in posts}
    if not post_ids:
        raise ModerationRefused(_("Select at least one reply to move into the debate."))
    with transaction.atomic():
        thread = Thread.objects.select_for_update().get(pk=thread.pk)
        moved = list(thread.posts.filter(pk__in=post_ids).order_by("created_at", "pk"))
        if len(moved) != len(post_ids):
            raise ModerationRefused(_("Only replies from this thread can be moved."))
        first = thread.posts.order_by("created_at", "pk").first()
        if first is not None and first.pk in post_ids:
            raise ModerationRefused(_("The opening post stays in its thread: select replies only."))
        debate = Thread.objects.create(
            category=thread.category,
            title=title[:200],
            author=moved[0].author,
            language=thread.language,
            created_at=moved[0].created_at,
            last_post_at=moved[0].created_at,
            split_from=thread,
        )
        Post.objects.filter(pk__in=post_ids).update(thread=debate)
        if thread.accepted_post_id in post_ids:
            thread.accepted_post = None
            thread.save(update_fields=["accepted_post"])
        _recount(thread)
        _recount(debate)
        authors = {post.author for post in moved if post.author is not None}
        for author in authors:
            Subscription.objects.get_or_create(member=author, thread=debate)
        _log(
            Action.SPLIT,
            by,
            thread=thread,
            reason=reason,
            debate_id=debate.pk,
            debate_title=debate.title,
            post_ids=sorted(post_ids),
        )
        for author in authors:
            if author == by:
                continue
            notify(
                author,
                "forum_thread_split",
                url=debate.get_absolute_url(),
                actor=by,
                thread=thread.title,
                debate=debate.title,
            )
    return debate


def set_slow_mode(thread: Thread, seconds: int, *, by: Member, reason: str = "") -> None:
    _require_moderator(by)
    if seconds not in SLOW_MODE_CHOICES:
        raise ModerationRefused(_("Choose one of the slow mode durations offered."))
    with transaction.atomic():
        thread.slow_mode_seconds = seconds
        thread.save(update_fields=["slow_mode_seconds"])
        _log(Action.SLOW_MODE, by, thread=thread, reason=reason, seconds=seconds)


def suspend_member(
    member: Member,
    *,
    by: Member,
    days_or_until: int | datetime.date | datetime.datetime,
    reason: str = "",
) -> Suspension:
    """Stops a member posting until a date; they see the reason on the forum pages."""
    _require_moderator(by)
    reason = _required_reason(reason)
    if member.pk == by.pk:
        raise ModerationRefused(_("You cannot suspend yourself."))
    now = timezone.now()
    ends_at = _suspension_end(days_or_until, now)
    if ends_at <= now:
        raise ModerationRefused(_("The end of the suspension must be in the future."))
    if ends_at > now + datetime.timedelta(days=MAX_SUSPENSION_DAYS):
        raise ModerationRefused(_("A suspension can last ten years at most."))
    with transaction.atomic():
        suspension = Suspension.objects.create(
            member=member, reason=reason[:500], starts_at=now, ends_at=ends_at, created_by=by
        )
        _log(
            Action.SUSPEND,
            by,
            member=member,
            reason=reason,
            suspension_id=suspension.pk,
            ends_at=ends_at.isoformat(),
        )
        notify(
            member,
            "forum_suspended",
            actor=by,
            until=date_format(timezone.localtime(ends_at), "DATETIME_FORMAT"),
            reason=reason,
        )
    return suspension


def lift_suspension(suspension: Suspension, *, by: Member, reason: str = "") -> None:
    _require_moderator(by)
    if suspension.lifted_at is not None:
        raise ModerationRefused(_("This suspension was already lifted."))
    with transaction.atomic():
        suspension.lifted_at = timezone.now()
        suspension.save(update_fields=["lifted_at"])
        _log(
            Action.LIFT_SUSPENSION,
            by,
            member=suspension.member,
            reason=reason,
            suspension_id=suspension.pk,
        )


def approve_post(post: Post, *, by: Member, reason: str = "") -> None:
    """Publishes a new member's held post, with the counters and notifications it missed."""
    _require_moderator(by)
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.status != Post.Status.PENDING:
            raise ModerationRefused(_("This post is already published."))
        post.status = Post.Status.PUBLISHED
        post.save(update_fields=["status"])
        posting.publish_effects(post)
        _log(Action.APPROVE, by, post=post, reason=reason)
        if post.author is not None:
            notify(
                post.author,
                "forum_post_approved",
                url=post.get_absolute_url(),
                actor=by,
                thread=post.thread.title,
            )


def dismiss_flags(post: Post, *, by: Member, reason: str = "") -> None:
    """Closes the open flags; a post the flags had hidden is shown again."""
    _require_moderator(by)
    with transaction.atomic():
        resolved = _resolve_open_flags(post, by)
        if not resolved and not post.hidden_by_flags:
            raise ModerationRefused(_("This post has no open flags."))
        if post.hidden_by_flags:
            _show_again(post)
        _log(
            Action.DISMISS_FLAGS,
            by,
            post=post,
            reason=reason,
            resolved_flags=resolved,
        )


def _require_moderator(member: Member) -> None:
    if not is_moderator(member):
        raise PermissionDenied


def _required_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ModerationRefused(_("Give a reason: it is kept in the moderation log."))
    return reason


def _log(action: str, by: Member | None, *, reason: str = "", **targets_and_details) -> None:
    """Writes the log entry; an entry about a post also names its thread and author."""
    targets = {
        key: targets_and_details.pop(key)
        for key in ("thread", "post", "member")
        if key in targets_and_details
    }
    post = targets.get("post")
    if post is not None:
        targets.setdefault("thread", post.thread)
        targets.setdefault("member", post.author)
    ModerationLogEntry.objects.create(
        moderator=by, action=action, reason=reason[:500], details=targets_and_details, **targets
    )


def _set_thread_flag(
    thread: Thread, field: str, value: bool, action: str, by: Member, reason: str
) -> None:
    _require_moderator(by)
    with transaction.atomic():
        setattr(thread, field, value)
        thread.save(update_fields=[field])
        _log(action, by, thread=thread, reason=reason)


def _show_again(post: Post) -> None:
    post.is_hidden = False
    post.hidden_by_flags = False
    post.hidden_reason = ""
    post.save(update_fields=["is_hidden", "hidden_by_flags", "hidden_reason"])


def _resolve_open_flags(post: Post, by: Member) -> int:
    return Flag.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=by
    )


def _recount(thread: Thread) -> None:
    """``post_count`` counts published posts, as ``posting.publish_effects`` does."""
    published = thread.posts.filter(status=Post.Status.PUBLISHED)
    thread.post_count = published.count()
    thread.last_post_at = published.aggregate(last=Max("created_at"))["last"] or thread.created_at
    thread.save(update_fields=["post_count", "last_post_at"])


def _suspension_end(
    days_or_until: int | datetime.date | datetime.datetime, now: datetime.datetime
) -> datetime.datetime:
    if isinstance(days_or_until, datetime.datetime):
        if timezone.is_naive(days_or_until):
            return timezone.make_aware(days_or_until)
        return days_or_until
    if isinstance(days_or_until, datetime.date):
        end_of_day = datetime.datetime.combine(days_or_until, datetime.time(23, 59, 59))
        return timezone.make_aware(end_of_day)
    if isinstance(days_or_until, int) and days_or_until > 0:
        return now + datetime.timedelta(days=days_or_until)
    raise ModerationRefused(_("Choose how long the suspension lasts."))
