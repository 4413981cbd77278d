"""Receivers that queue (re)indexing after commit whenever searchable content changes.

Receivers only send primitive arguments (app label, model name, id) to the
tasks. Deletes are queued from ``pre_delete``, while the row and its relations
still exist. ``SEARCH_AUTOSYNC`` is the one switch (on by default); the tasks keep the
database backend's copy in step, and the engine's when one is configured.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.signals import page_published, page_unpublished

from . import tasks


def autosync_enabled() -> bool:
    return getattr(settings, "SEARCH_AUTOSYNC", True)


def _queue(task, app_label: str, model_name: str, pk: int) -> None:
    if not autosync_enabled() or pk is None:
        return
    # robust: a broker or engine outage is logged (reconcile catches up), never a failed save.
    transaction.on_commit(lambda: task.delay(app_label, model_name, pk), robust=True)


def queue_index(instance) -> None:
    meta = instance._meta
    _queue(tasks.index_object, meta.app_label, meta.model_name, instance.pk)


def queue_remove(instance) -> None:
    meta = instance._meta
    _queue(tasks.remove_object, meta.app_label, meta.model_name, instance.pk)


# Saves that touch none of the indexed fields (a sign-in, a new password).
_UNINDEXED_FIELDS = frozenset({"last_login", "password"})


def _reindex_on_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields and set(update_fields) <= _UNINDEXED_FIELDS):
        return
    queue_index(instance)


def _remove_on_delete(sender, instance, **kwargs):
    queue_remove(instance)


def _reindex_on_publication(sender, instance, **kwargs):
    queue_index(instance.specific)


def _reindex_thread_of_post(sender, instance, raw=False, **kwargs):
    # Saving or deleting a post changes its thread's document (its text, its accepted answer).
    if not raw:
        _queue(tasks.index_object, "forums", "thread", instance.thread_id)


def _reindex_member(sender, instance, raw=False, **kwargs):
    # A verified e-mail address or institution changes whether and how a member is listed.
    if not raw:
        _queue(tasks.index_object, "network", "member", instance.user_id)


def _reindex_member_of_membership(sender, instance, raw=False, **kwargs):
    if not raw:
        _queue(tasks.index_object, "network", "member", instance.member_id)


def _reindex_restricted_pages(sender, instance, **kwargs):
    """A view restriction added or lifted changes whether a page and its children may be found."""
    from casestudies.models import CaseStudyPage, EventPage

    for model in (CaseStudyPage, EventPage):
        pages = model.objects.descendant_of(instance.page, inclusive=True)
        for pk in pages.values_list("pk", flat=True):
            _queue(tasks.index_object, model._meta.app_label, model._meta.model_name, pk)


def _reindex_threads_of_category(sender, instance, raw=False, **kwargs):
    # A category turned moderators-only takes its threads out of search, and back.
    if not raw:
        for pk in instance.threads.values_list("pk", flat=True):
            _queue(tasks.index_object, "forums", "thread", pk)


def connect() -> None:
    from allauth.account.models import EmailAddress
    from wagtail.models import PageViewRestriction

    from casestudies.models import CaseStudyPage, EventPage, EventSession, SlideDeck
    from forums.models import Category, Post, Thread
    from network.models import Institution, Member, Membership

    for model in (CaseStudyPage, EventPage, EventSession, SlideDeck, Thread, Member, Institution):
        uid = f"search-{model._meta.label_lower}"
        post_save.connect(_reindex_on_save, sender=model, dispatch_uid=f"{uid}-save")
        pre_delete.connect(_remove_on_delete, sender=model, dispatch_uid=f"{uid}-delete")
    for page_model in (CaseStudyPage, EventPage):
        uid = f"search-{page_model._meta.label_lower}"
        page_published.connect(
            _reindex_on_publication, sender=page_model, dispatch_uid=f"{uid}-published"
        )
        page_unpublished.connect(
            _reindex_on_publication, sender=page_model, dispatch_uid=f"{uid}-unpublished"
        )
    post_save.connect(_reindex_thread_of_post, sender=Post, dispatch_uid="search-post-save")
    pre_delete.connect(_reindex_thread_of_post, sender=Post, dispatch_uid="search-post-delete")
    post_save.connect(_reindex_member, sender=EmailAddress, dispatch_uid="search-email-save")
    post_save.connect(
        _reindex_member_of_membership, sender=Membership, dispatch_uid="search-membership-save"
    )
    post_save.connect(
        _reindex_restricted_pages, sender=PageViewRestriction, dispatch_uid="search-pvr-save"
    )
    post_delete.connect(
        _reindex_restricted_pages, sender=PageViewRestriction, dispatch_uid="search-pvr-delete"
    )
    post_save.connect(
        _reindex_threads_of_category, sender=Category, dispatch_uid="search-category-save"
    )
