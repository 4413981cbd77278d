"""Saved-search alerts: each new resource is matched against the searches members keep.

``announce`` runs after every index write (``search.indexing.apply``). With an
engine, one percolate request matches the batch of documents against every
stored query (``search.percolation``); without one, each alerting saved search
is run on the database backend. Either way a (saved search, document) pair is
announced once: ``SavedSearchMatch`` records it in the same transaction as the
notification, so a re-index, a retried task or a concurrent worker never
alerts twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import QueryDict
from django.utils import timezone

from . import engine
from .models import SavedSearch, SavedSearchMatch
from .query import SearchQuery

# Resources people publish; members, institutions and single slides (the deck is
# announced instead) are not news.
ANNOUNCED_TYPES = frozenset({"case_study", "deck", "event", "session", "thread"})
# What any signed-in member may see; saved searches belong to members.
VISIBLE_TO_MEMBERS = frozenset({"public", "members"})


def search_query_of(saved_search: SavedSearch) -> SearchQuery:
    return SearchQuery.from_params(QueryDict(saved_search.querystring))


def _moment(value) -> dt.datetime | None:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time.min)
    if isinstance(value, dt.datetime) and timezone.is_naive(value):
        value = timezone.make_aware(value, dt.UTC)
    return value


def _is_news_for(saved_search: SavedSearch, document, moment: dt.datetime) -> bool:
    member = saved_search.member
    return (
        moment > saved_search.created_at
        and member.pk not in list(document.authors or ())
        and document.visibility in VISIBLE_TO_MEMBERS
    )


def _database_matches(
    searches: Iterable[SavedSearch], family: str, documents
) -> Iterator[tuple[int, int]]:
    """Runs each saved search on the database backend, restricted to the new documents."""
    from .database import matching_documents

    slots = {(family, str(document.meta.id)): slot for slot, document in enumerate(documents)}
    for saved_search in searches:
        found = matching_documents(search_query_of(saved_search), slots, public_only=False)
        for key in found:
            yield saved_search.pk, slots[key]


def _engine_matches(documents) -> Iterator[tuple[int, int]]:
    from . import percolation

    return percolation.matches([document.source() for document in documents])


def _announce_once(saved_search: SavedSearch, family: str, document) -> bool:
    from network.notifications import notify

    with transaction.atomic():
        _match, created = SavedSearchMatch.objects.get_or_create(
            saved_search=saved_search, family=family, doc_id=str(document.meta.id)
        )
        if created:
            notify(
                saved_search.member,
                "saved_search_match",
                url=document.url,
                name=saved_search.name,
                title=document.title,
            )
    return created


def announce(family, documents) -> int:
    """Notifies members of the new documents their alerting saved searches match.

    Returns how many notifications were sent.
    """
    fresh = [
        (document, moment)
        for document in documents
        if document.type in ANNOUNCED_TYPES and (moment := _moment(document.date)) is not None
    ]
    if not fresh:
        return 0
    newest = max(moment for _document, moment in fresh)
    searches = {
        saved_search.pk: saved_search
        for saved_search in SavedSearch.objects.filter(
            alert=True, member__is_active=True, created_at__lt=newest
        ).select_related("member")
    }
    if not searches:
        return 0
    candidates = [document for document, _moment_ in fresh]
    if engine.engine_configured():
        pairs = set(_engine_matches(candidates))
    else:
        pairs = set(_database_matches(searches.values(), family.family, candidates))
    sent = 0
    for pk, slot in sorted(pairs):
        saved_search = searches.get(pk)
        document, moment = fresh[slot]
        if saved_search is not None and _is_news_for(saved_search, document, moment):
            sent += _announce_once(saved_search, family.family, document)
    return sent


def _register_after_commit(sender, instance, raw=False, **kwargs):
    if raw or not engine.engine_configured():
        return
    from . import percolation

    pk = instance.pk
    # robust: an engine outage is logged; percolation.in_step repairs the index later.
    transaction.on_commit(lambda: percolation.register_by_pk(pk), robust=True)


def connect() -> None:
    """Keeps the percolator in step with saved searches (called from SearchConfig.ready)."""
    post_save.connect(
        _register_after_commit, sender=SavedSearch, dispatch_uid="search-saved-search-save"
    )
    post_delete.connect(
        _register_after_commit, sender=SavedSearch, dispatch_uid="search-saved-search-delete"
    )
