"""What a member sees when reading the forums: categories, threads and pages of posts.

Every listing starts from the visibility querysets (``Thread.objects.visible_to``,
``Post.objects.visible_to``) and adds what the page shows in a fixed number of
queries, however long the thread: authors, reaction counts, revision counts,
the reader's own flags, reactions, read marker and subscription.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html import unescape
from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from network.models import Member

from . import answers, discussions, policy
from .models import Category, Flag, Post, PostRevision, Reaction, ReadMarker, Subscription, Thread
from .posting import MENTION, can_post_in, can_read
from .querysets import is_moderator

POSTS_PER_PAGE = 20
THREADS_PER_PAGE = 25


def readable_categories(member) -> QuerySet[Category]:
    categories = Category.objects.all()
    if not is_moderator(member):
        categories = categories.filter(access=Category.Access.EVERYONE)
    return categories


def categories_with_activity(member) -> list[Category]:
    """Readable categories with how many threads the reader can open and when they last moved."""
    activity = {
        row["category"]: row
        for row in readable_threads(member)
        .order_by()
        .values("category")
        .annotate(thread_count=Count("pk"), last_activity=Max("last_post_at"))
    }
    categories = list(readable_categories(member))
    for category in categories:
        row = activity.get(category.pk, {})
        category.thread_count = row.get("thread_count", 0)
        category.last_activity = row.get("last_activity")
    return categories


def readable_threads(member) -> QuerySet[Thread]:
    """Threads the reader may open; one whose opening post still waits shows only to its author."""
    threads = Thread.objects.visible_to(member)
    if is_moderator(member):
        return threads
    published = Post.objects.filter(thread=OuterRef("pk"), status=Post.Status.PUBLISHED)
    started = Q(Exists(published))
    if member.is_authenticated:
        started |= Q(author=member)
    return threads.filter(started)


def threads_in(category: Category, member) -> QuerySet[Thread]:
    """A category's threads, pinned first, each marked unread when it moved since the last visit."""
    threads = (
        readable_threads(member)
        .filter(category=category)
        .select_related("author")
        .order_by("-is_pinned", "-last_post_at", "-pk")
    )
    if not member.is_authenticated:
        return threads.annotate(is_unread=Value(False, output_field=BooleanField()))
    marker = ReadMarker.objects.filter(thread=OuterRef("pk"), member=member).values("read_at")
    return threads.annotate(my_read_at=Subquery(marker[:1])).annotate(
        is_unread=Case(
            When(Q(my_read_at__isnull=True) | Q(last_post_at__gt=F("my_read_at")), then=True),
            default=False,
            output_field=BooleanField(),
        )
    )


def thread_for_reader(member, pk: int) -> Thread:
    """The thread with the reader's marker and subscription level; DoesNotExist when not theirs."""
    first_post = Post.objects.filter(thread=OuterRef("pk")).order_by("created_at", "pk")
    threads = (
        readable_threads(member)
        .select_related("category", "author", "split_from__category")
        .annotate(
            opening_post_id=Subquery(first_post.values("pk")[:1]),
            has_debates=Exists(Thread.objects.filter(split_from=OuterRef("pk"))),
        )
    )
    if member.is_authenticated:
        mine = {"thread": OuterRef("pk"), "member": member}
        threads = threads.annotate(
            my_read_at=Subquery(ReadMarker.objects.filter(**mine).values("read_at")[:1]),
            my_level=Subquery(Subscription.objects.filter(**mine).values("level")[:1]),
        )
    return threads.get(pk=pk)


def listed_posts(thread: Thread, member) -> QuerySet[Post]:
    """The posts as listed in the thread: a hidden post keeps its place, shown as a notice."""
    posts = Post.objects.filter(thread=thread)
    if not is_moderator(member):
        posts = posts.visible_to(member) | posts.filter(
            status=Post.Status.PUBLISHED, is_hidden=True
        )
    return posts.order_by("created_at", "pk")


def with_page_data(posts: QuerySet[Post], member) -> QuerySet[Post]:
    revisions = (
        PostRevision.objects.filter(post=OuterRef("pk"))
        .order_by()
        .values("post")
        .annotate(n=Count("pk"))
        .values("n")
    )
    posts = posts.select_related("author").annotate(revision_count=Coalesce(Subquery(revisions), 0))
    if member.is_authenticated:
        mine = Flag.objects.filter(post=OuterRef("pk"), member=member)
        posts = posts.annotate(flagged_by_me=Exists(mine))
    else:
        posts = posts.annotate(flagged_by_me=Value(False, output_field=BooleanField()))
    if is_moderator(member):
        flags = Flag.objects.select_related("member")
        posts = posts.prefetch_related(Prefetch("flags", queryset=flags))
    return posts


@dataclass(frozen=True)
class ReactionCount:
    kind: str
    label: str
    count: int
    mine: bool


def attach_reactions(posts: list[Post], member) -> None:
    """Sets ``post.reaction_counts``: every kind, its count and whether the reader gave it."""
    counts: dict[tuple[int, str], tuple[int, bool]] = {}
    if posts:
        rows = (
            Reaction.objects.filter(post__in=[post.pk for post in posts])
            .order_by()
            .values("post_id", "kind")
            .annotate(n=Count("pk"), mine=Count("pk", filter=Q(member_id=member.pk or 0)))
        )
        counts = {(row["post_id"], row["kind"]): (row["n"], row["mine"] > 0) for row in rows}
    for post in posts:
        post.reaction_counts = [
            ReactionCount(kind, str(label), *counts.get((post.pk, kind), (0, False)))
            for kind, label in Reaction.Kind.choices
        ]
        post.reaction_total = sum(reaction.count for reaction in post.reaction_counts)


def attach_display_html(posts: list[Post]) -> None:
    """Sets ``post.display_html``: stored HTML, mentions linked, outside images dropped."""
    handles = {handle.lower() for post in posts for handle in MENTION.findall(post.body)}
    known: set[str] = set()
    if handles:
        known = set(
            Member.objects.filter(handle__in=handles, is_active=True).values_list(
                "handle", flat=True
            )
        )
    for post in posts:
        post.display_html = display_html(post.body_html, known)


# nh3 serialises attributes in double quotes, so a ">" can only sit inside quotes.
_TAG = re.compile(r'(<(?:[^>"]|"[^"]*")*>)')
_TAG_NAME = re.compile(r"</?([a-zA-Z0-9]+)")
_ATTRIBUTE = r'\s{name}="([^"]*)"'
_NO_MENTIONS_INSIDE = {"a", "code", "pre"}


def display_html(body_html: str, known_handles: set[str] = frozenset()) -> SafeString:
    """Sanitised post HTML, finished for the forum.

    Images show only when they were uploaded here (``MEDIA_URL``/forum/); any
    other image is replaced by its description. ``@handle`` of an existing member
    becomes a link to their profile, except inside links and code.
    """
    pieces = []
    depth = 0
    for piece in _TAG.split(body_html):
        if piece.startswith("<"):
            name = (_TAG_NAME.match(piece) or [None, ""])[1].lower()
            if name in _NO_MENTIONS_INSIDE:
                depth += -1 if piece.startswith("</") else 1
            elif name == "img":
                piece = _checked_image(piece)
            pieces.append(piece)
        elif depth <= 0 and known_handles and "@" in piece:
            pieces.append(MENTION.sub(lambda match: _mention_link(match, known_handles), piece))
        else:
            pieces.append(piece)
    return mark_safe("".join(pieces))  # noqa: S308 - built from nh3 output and escaped values


_FORUM_IMAGE_PATH = re.compile(r"[A-Za-z0-9_/-]+\.webp")


def is_forum_image(src: str) -> bool:
    """Stored by ``forum_images``: under MEDIA_URL/forum/, a plain path with no way out of it."""
    prefix = f"{settings.MEDIA_URL}forum/"
    return src.startswith(prefix) and bool(_FORUM_IMAGE_PATH.fullmatch(src[len(prefix) :]))


def _checked_image(tag: str) -> str:
    src = re.search(_ATTRIBUTE.format(name="src"), tag)
    if src and is_forum_image(unescape(src[1])):
        return tag
    alt = re.search(_ATTRIBUTE.format(name="alt"), tag)
    description = unescape(alt[1]) if alt else ""
    return f'<span class="forum-image-removed">[{escape(description or "image")}]</span>'


def _mention_link(match: re.Match, known_handles: set[str]) -> str:
    handle = match[1].lower()
    if handle not in known_handles:
        return match[0]
    url = reverse("network:member_detail", kwargs={"handle": handle})
    return f'<a class="mention" href="{escape(url)}">@{escape(match[1])}</a>'


def page_of(post: Post, member) -> int:
    before = (
        listed_posts(post.thread, member)
        .filter(Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk))
        .count()
    )
    return before // POSTS_PER_PAGE + 1


def thread_page(thread: Thread, member, page_number) -> dict[str, Any]:
    """Everything the thread template shows, for one page of posts (a number, or "last")."""
    moderator = is_moderator(member)
    listed = listed_posts(thread, member)
    paginator = Paginator(with_page_data(listed, member), POSTS_PER_PAGE)
    page: Page = paginator.get_page(paginator.num_pages if page_number == "last" else page_number)
    posts = list(page.object_list)
    accepted = _accepted_post(thread, member, posts, listed)
    shown = [*posts, accepted] if accepted is not None and accepted not in posts else posts
    attach_reactions(shown, member)
    attach_display_html(shown)
    first_unread_pk = _first_unread_pk(thread, member, listed)
    on_page = {post.pk for post in posts}
    return {
        "thread": thread,
        "category": thread.category,
        "page": page,
        "posts": posts,
        "accepted_post": accepted,
        "is_moderator": moderator,
        "first_unread_pk": first_unread_pk if first_unread_pk in on_page else None,
        "first_unread_elsewhere": first_unread_pk not in on_page and first_unread_pk is not None,
        "first_unread_url": reverse("forums:post", kwargs={"pk": first_unread_pk})
        if first_unread_pk
        else "",
        "debates": list(readable_threads(member).filter(split_from=thread))
        if thread.has_debates
        else [],
        "original_thread": thread.split_from
        if thread.split_from and can_read(member, thread.split_from)
        else None,
        "subject": discussions.describe_subject(thread),
        "can_accept": answers.can_choose_answer(thread, member),
        "subscription_level": getattr(thread, "my_level", None) or Subscription.Level.NORMAL,
        "subscription_levels": Subscription.Level.choices,
        "move_categories": Category.objects.exclude(pk=thread.category_id) if moderator else (),
        **reply_state(member, thread.category, locked=thread.is_locked),
    }


def reply_state(member, category: Category | None, *, locked: bool = False) -> dict[str, Any]:
    """Whether the reader can post here, and if not, the sentence that says why."""
    if category is None or not member.is_authenticated or not can_post_in(member, category):
        return {"can_reply": False, "reply_refusal": ""}
    if locked and not is_moderator(member):
        return {"can_reply": False, "reply_refusal": _("This thread is locked: no new replies.")}
    suspension = policy.active_suspension(member)
    if suspension is not None:
        return {
            "can_reply": False,
            "reply_refusal": _(
                "You cannot post until %(until)s. Reason given by the moderators: %(reason)s"
            )
            % {
                "until": date_format(timezone.localtime(suspension.ends_at), "DATETIME_FORMAT"),
                "reason": suspension.reason,
            },
        }
    return {"can_reply": True, "reply_refusal": ""}


def record_reading(member, thread: Thread, page: Page) -> None:
    """Moves the reader's marker: to now on the last page, else to the last post they saw."""
    if not member.is_authenticated:
        return
    posts = list(page.object_list)
    if not page.has_next() or not posts:
        up_to = timezone.now()
    else:
        up_to = max(post.created_at for post in posts)
    if getattr(thread, "my_read_at", None) is None:
        ReadMarker.objects.get_or_create(member=member, thread=thread, defaults={"read_at": up_to})
        return
    ReadMarker.objects.filter(member=member, thread=thread, read_at__lt=up_to).update(read_at=up_to)


def _accepted_post(thread: Thread, member, posts: list[Post], listed) -> Post | None:
    if not thread.accepted_post_id:
        return None
    accepted = next((post for post in posts if post.pk == thread.accepted_post_id), None)
    if accepted is None:
        accepted = with_page_data(listed, member).filter(pk=thread.accepted_post_id).first()
    if accepted is None or accepted.status != Post.Status.PUBLISHED:
        return None
    if accepted.is_hidden and not is_moderator(member):
        return None
    return accepted


def _first_unread_pk(thread: Thread, member, listed) -> int | None:
    read_at: dt.datetime | None = getattr(thread, "my_read_at", None)
    if read_at is None or thread.last_post_at <= read_at:
        return None
    return (
        listed.filter(created_at__gt=read_at)
        .exclude(author=member)
        .values_list("pk", flat=True)
        .first()
    )
