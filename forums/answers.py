"""Accepted answers: the thread's author (or a moderator) marks the reply that solved it."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction

from network.models import Member

from .models import Post, Thread
from .querysets import is_moderator


def can_choose_answer(thread: Thread, member: Member) -> bool:
    if not member.is_authenticated:
        return False
    return is_moderator(member) or (thread.author_id == member.pk and not thread.is_locked)


def can_be_accepted(post: Post) -> bool:
    """A visible reply: the opening post asks the question, so it cannot answer it."""
    if post.status != Post.Status.PUBLISHED or post.is_hidden:
        return False
    opening = post.thread.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()
    return post.pk != opening


@transaction.atomic
def accept_answer(post: Post, *, by: Member) -> None:
    thread = Thread.objects.select_for_update().get(pk=post.thread_id)
    if not can_choose_answer(thread, by) or not can_be_accepted(post):
        raise PermissionDenied
    thread.accepted_post = post
    thread.save(update_fields=["accepted_post"])


@transaction.atomic
def withdraw_answer(thread: Thread, *, by: Member) -> None:
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if not can_choose_answer(thread, by):
        raise PermissionDenied
    thread.accepted_post = None
    thread.save(update_fields=["accepted_post"])
