"""Reactions: a quick "Helpful", "Thanks" or "Same here" on someone else's post."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from network.models import Member

from .models import Post, Reaction
from .posting import can_read


def can_react(post: Post, member: Member) -> bool:
    """A published, visible post that someone else wrote, in a thread the member can read."""
    return (
        member.is_authenticated
        and post.author_id != member.pk
        and post.status == Post.Status.PUBLISHED
        and not post.is_hidden
        and can_read(member, post.thread)
    )


def toggle_reaction(post: Post, *, by: Member, kind: str) -> bool:
    """Gives the reaction, or takes it back when it was given; True when it is now given."""
    if kind not in Reaction.Kind.values:
        raise ValueError(f"Unknown reaction: {kind}")
    if not can_react(post, by):
        raise PermissionDenied
    removed, _details = Reaction.objects.filter(post=post, member=by, kind=kind).delete()
    if removed:
        return False
    try:
        with transaction.atomic():
            Reaction.objects.create(post=post, member=by, kind=kind)
    except IntegrityError:
        pass  # the same click arrived twice: it is given either way
    return True
