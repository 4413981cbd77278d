"""The forum's rules about members: trust, suspensions and posting rate limits.

A new member is not trusted: their first posts wait for a moderator, and
their links and mentions are limited. Moderators are always trusted.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from .querysets import is_moderator


@dataclass(frozen=True)
class Limits:
    held_posts: int  # the first N posts of a new member wait for approval
    trusted_after: int  # published posts that make a member trusted
    untrusted_links: int
    untrusted_mentions: int
    trusted_mentions: int
    posts_per_member: int  # per RATE_WINDOW_SECONDS
    posts_per_ip: int
    auto_hide_flags: int  # distinct trusted flaggers that hide a post


LIMITS = Limits(**settings.FORUM_LIMITS)
RATE_WINDOW_SECONDS = 600


def published_post_count(member) -> int:
    return member.forum_posts.filter(status="published", is_hidden=False).count()


def is_trusted(member) -> bool:
    if not member.is_authenticated:
        return False
    return is_moderator(member) or published_post_count(member) >= LIMITS.trusted_after


def must_hold_for_approval(member) -> bool:
    if is_moderator(member):
        return False
    return member.forum_posts.filter(status="published").count() < LIMITS.held_posts


def active_suspension(member):
    if not member.is_authenticated:
        return None
    now = timezone.now()
    return member.forum_suspensions.filter(
        starts_at__lte=now, ends_at__gt=now, lifted_at__isnull=True
    ).first()


def take_posting_slot(member, ip_address: str | None) -> bool:
    """Counts one post against the member's and the address's budget; False when either is spent."""
    if is_moderator(member):
        return True
    window = int(timezone.now().timestamp()) // RATE_WINDOW_SECONDS
    keys = [(f"forum-posts:member:{member.pk}:{window}", LIMITS.posts_per_member)]
    if ip_address:
        keys.append((f"forum-posts:ip:{ip_address}:{window}", LIMITS.posts_per_ip))
    for key, limit in keys:
        cache.add(key, 0, RATE_WINDOW_SECONDS)
        if cache.incr(key) > limit:
            return False
    return True
