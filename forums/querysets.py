"""Who sees which threads and posts: every forum view asks these."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


def is_moderator(member) -> bool:
    return bool(member and member.is_authenticated and member.has_perm("network.moderate_forums"))


class ThreadQuerySet(models.QuerySet):
    def visible_to(self, member) -> ThreadQuerySet:
        if is_moderator(member):
            return self
        return self.filter(is_hidden=False, category__access="everyone")


class PostQuerySet(models.QuerySet):
    def visible_to(self, member) -> PostQuerySet:
        """Published, unhidden posts; a member also sees their own posts waiting for approval."""
        if is_moderator(member):
            return self
        shown = Q(status="published", is_hidden=False)
        if member is not None and member.is_authenticated:
            shown |= Q(status="pending", author=member)
        return self.filter(shown)

    def public(self) -> PostQuerySet:
        return self.filter(status="published", is_hidden=False)
