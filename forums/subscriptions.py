"""How closely a member follows a thread or a whole category.

``posting.publish_effects`` reads these levels: watchers of a thread, and
watchers of its category who have not muted the thread, are told of each reply.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from network.models import Member

from .models import Category, Subscription, Thread
from .posting import can_read
from .querysets import is_moderator


def set_subscription(
    member: Member,
    *,
    thread: Thread | None = None,
    category: Category | None = None,
    level: str,
) -> Subscription:
    if (thread is None) == (category is None):
        raise ValueError("Subscribe to a thread or to a category, not both.")
    if level not in Subscription.Level.values:
        raise ValueError(f"Unknown level: {level}")
    if not member.is_authenticated:
        raise PermissionDenied
    if thread is not None and not can_read(member, thread):
        raise PermissionDenied
    if category is not None and not (
        category.access == Category.Access.EVERYONE or is_moderator(member)
    ):
        raise PermissionDenied
    target = {"thread": thread} if thread is not None else {"category": category}
    subscription, _created = Subscription.objects.update_or_create(
        member=member, **target, defaults={"level": level}
    )
    return subscription


def level_of(member: Member, *, thread: Thread | None = None, category: Category | None = None):
    """The member's level for the target; "normal" when they never chose one."""
    if not member.is_authenticated:
        return Subscription.Level.NORMAL
    target = {"thread": thread} if thread is not None else {"category": category}
    level = Subscription.objects.filter(member=member, **target).values_list("level", flat=True)
    return level.first() or Subscription.Level.NORMAL
