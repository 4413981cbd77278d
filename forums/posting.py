"""Starting threads, replying and editing, with the forum's rules applied.

Every rule is checked here, on the server: suspensions, locks, slow mode,
rate limits, the first-post hold for new members, and the cap on links and
mentions until a member is trusted. A broken rule raises ``PostingRefused``
with a message for the member; nothing is saved then.
"""

from __future__ import annotations

import re

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from network.markup import render_markdown
from network.models import Member
from network.notifications import notify

from . import policy
from .models import Category, Post, PostRevision, Subscription, Thread
from .querysets import is_moderator

MENTION = re.compile(r"(?<![\w@])@([a-z0-9][a-z0-9-]{1,79})", re.IGNORECASE)
LINK = re.compile(r"https?://", re.IGNORECASE)


class PostingRefused(Exception):
    """A rule stops this post; the message says which, in the member's language."""


def can_post_in(member: Member, category: Category) -> bool:
    if not member.is_authenticated:
        return False
    return category.access == Category.Access.EVERYONE or is_moderator(member)


@transaction.atomic
def start_thread(
    author: Member,
    category: Category,
    *,
    title: str,
    body: str,
    language: str,
    ip_address: str | None = None,
    subject=None,
) -> Thread:
    if not can_post_in(author, category):
        raise PermissionDenied
    _check_member_may_post(author, body, ip_address)
    thread = Thread.objects.create(
        category=category, title=title.strip(), author=author, language=language, subject=subject
    )
    _create_post(thread, author, body, ip_address)
    Subscription.objects.get_or_create(member=author, thread=thread)
    return thread


@transaction.atomic
def reply(thread: Thread, author: Member, *, body: str, ip_address: str | None = None) -> Post:
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if not can_post_in(author, thread.category) or (thread.is_hidden and not is_moderator(author)):
        raise PermissionDenied
    if thread.is_locked and not is_moderator(author):
        raise PostingRefused(_("This thread is locked: no new replies."))
    _check_slow_mode(thread, author)
    _check_member_may_post(author, body, ip_address)
    post = _create_post(thread, author, body, ip_address)
    Subscription.objects.get_or_create(
        member=author, thread=thread, defaults={"level": Subscription.Level.WATCH}
    )
    return post


@transaction.atomic
def edit_post(post: Post, editor: Member, *, body: str) -> Post:
    if editor.pk != post.author_id and not is_moderator(editor):
        raise PermissionDenied
    if post.thread.is_locked and not is_moderator(editor):
        raise PostingRefused(_("This thread is locked: posts can no longer be edited."))
    _check_links_and_mentions(editor, body)
    if body == post.body:
        return post
    PostRevision.objects.create(post=post, body=post.body, edited_by=editor)
    post.body = body
    post.body_html = render_markdown(body)
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "body_html", "edited_at"])
    return post


def _check_member_may_post(author: Member, body: str, ip_address: str | None) -> None:
    suspension = policy.active_suspension(author)
    if suspension is not None:
        raise PostingRefused(
            _("You cannot post until %(until)s. Reason given by the moderators: %(reason)s")
            % {
                "until": date_format(timezone.localtime(suspension.ends_at), "DATETIME_FORMAT"),
                "reason": suspension.reason,
            }
        )
    _check_links_and_mentions(author, body)
    if not policy.take_posting_slot(author, ip_address):
        raise PostingRefused(
            _("You are posting very quickly. Take a short break and try again in a few minutes.")
        )


def _check_links_and_mentions(author: Member, body: str) -> None:
    trusted = policy.is_trusted(author)
    mentions = len(set(MENTION.findall(body)))
    mention_cap = policy.LIMITS.trusted_mentions if trusted else policy.LIMITS.untrusted_mentions
    if mentions > mention_cap:
        raise PostingRefused(
            ngettext(
                "You can mention at most %(count)d member in one post.",
                "You can mention at most %(count)d members in one post.",
                mention_cap,
            )
            % {"count": mention_cap}
        )
    links = len(LINK.findall(body))
    if not trusted and links > policy.LIMITS.untrusted_links:
        raise PostingRefused(
            ngettext(
                "New members can include at most %(count)d link per post.",
                "New members can include at most %(count)d links per post.",
                policy.LIMITS.untrusted_links,
            )
            % {"count": policy.LIMITS.untrusted_links}
        )


def _check_slow_mode(thread: Thread, author: Member) -> None:
    if not thread.slow_mode_seconds or is_moderator(author):
        return
    last = thread.posts.filter(author=author).order_by("-created_at").first()
    if last is None:
        return
    wait = thread.slow_mode_seconds - (timezone.now() - last.created_at).total_seconds()
    if wait > 0:
        raise PostingRefused(
            _("Slow mode is on in this thread: you can post again in %(seconds)d seconds.")
            % {"seconds": int(wait) + 1}
        )


def _create_post(thread: Thread, author: Member, body: str, ip_address: str | None) -> Post:
    held = policy.must_hold_for_approval(author)
    post = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        body_html=render_markdown(body),
        status=Post.Status.PENDING if held else Post.Status.PUBLISHED,
        ip_address=ip_address,
    )
    if not held:
        publish_effects(post)
    return post


def publish_effects(post: Post) -> None:
    """What follows a post becoming visible: counters, then telling watchers and those mentioned."""
    Thread.objects.filter(pk=post.thread_id).update(
        post_count=F("post_count") + 1, last_post_at=post.created_at
    )
    thread = post.thread
    told: set[int] = {post.author_id}
    mentioned = [(member, "forum_mention") for member in mentioned_members(post.body)]
    watching = [(member, "forum_reply") for member in _watchers(thread)]
    # Mentions come first: a watcher who is also mentioned hears about the mention only.
    for member, kind in mentioned + watching:
        if member.pk in told or not can_read(member, thread):
            continue
        told.add(member.pk)
        notify(
            member,
            kind,
            url=post.get_absolute_url(),
            actor=post.author,
            name=str(post.author),
            thread=thread.title,
        )


def mentioned_members(body: str) -> list[Member]:
    handles = {handle.lower() for handle in MENTION.findall(body)}
    if not handles:
        return []
    return list(Member.objects.filter(handle__in=handles, is_active=True))


def can_read(member: Member, thread: Thread) -> bool:
    if is_moderator(member):
        return True
    return not thread.is_hidden and thread.category.access == Category.Access.EVERYONE


def _watchers(thread: Thread) -> list[Member]:
    """Members watching the thread, or its category without muting the thread."""
    thread_levels = dict(thread.subscriptions.values_list("member_id", "level"))
    watching = {m for m, level in thread_levels.items() if level == Subscription.Level.WATCH}
    category_watchers = thread.category.subscriptions.filter(
        level=Subscription.Level.WATCH
    ).values_list("member_id", flat=True)
    watching |= {m for m in category_watchers if m not in thread_levels}
    return list(Member.objects.filter(pk__in=watching, is_active=True))
