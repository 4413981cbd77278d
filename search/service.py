"""What views and other apps call to search: one entry point per question.

The engine answers when one is configured and reachable; otherwise the
database backend does, and the results say so (``degraded``) so the page can
tell its reader that search runs in a reduced mode.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from . import engine
from .facets import FACETS
from .query import Hit, SearchQuery, SearchResults

logger = logging.getLogger(__name__)


def _backends():
    from .database import DatabaseBackend

    if engine.engine_configured():
        from .faceted import EngineBackend

        return [EngineBackend(), DatabaseBackend()]
    return [DatabaseBackend()]


def _ask(question):
    """Runs ``question(backend)`` on the first backend that answers.

    Returns the answer, the backend that gave it, and whether that was a fallback.
    """
    backends = _backends()
    for position, backend in enumerate(backends):
        try:
            return question(backend), backend, position > 0
        except engine.EngineUnavailable as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
    raise engine.EngineUnavailable("no search backend answered")


def public_only(viewer) -> bool:
    return not (viewer is not None and viewer.is_authenticated)


def run_search(query: SearchQuery, viewer) -> SearchResults:
    raw, backend, degraded = _ask(
        lambda backend: backend.search(query, public_only=public_only(viewer))
    )
    facets = {
        facet.name: facet.values(raw.counts.get(facet.name, {}), query.selected(facet.name))
        for facet in FACETS
    }
    return SearchResults(
        query=query,
        total=raw.total,
        hits=raw.hits,
        facets=facets,
        backend=backend.name,
        degraded=degraded,
    )


def suggestions(text: str, viewer, *, limit: int = 8) -> list[Hit]:
    text = " ".join(text.split())[:100]
    if len(text) < 2:
        return []
    hits, _backend, _degraded = _ask(
        lambda backend: backend.suggest(text, public_only=public_only(viewer), limit=limit)
    )
    return hits


def similar_resources(family: str, doc_id: str, viewer, *, limit: int = 5) -> list[Hit]:
    hits, _backend, _degraded = _ask(
        lambda backend: backend.similar(
            family, doc_id, public_only=public_only(viewer), limit=limit
        )
    )
    return hits


@dataclass(frozen=True)
class PeerResults:
    resources: list[Hit]
    # (member, the resources of the list they wrote), closest first.
    peers: list[tuple[object, list[Hit]]]
    degraded: bool


def find_peers(problem: str, member, *, limit: int = 10) -> PeerResults:
    """The closest case studies and threads to a problem, and the members who wrote them."""
    from network.models import Member, Membership

    institutions = [
        membership.institution
        for membership in Membership.objects.verified()
        .filter(member=member)
        .select_related("institution")
    ]
    context = {
        "institution_kinds": sorted({institution.kind for institution in institutions}),
        "institution_sizes": sorted({institution.size_band for institution in institutions}),
        "platforms": sorted(member.platforms.values_list("slug", flat=True)),
    }
    hits, _backend, degraded = _ask(
        lambda backend: backend.peers(problem, public_only=False, limit=limit, **context)
    )
    order: dict[int, list[Hit]] = {}
    for hit in hits:
        for author in hit.authors:
            if author != member.pk:
                order.setdefault(author, []).append(hit)
    people = Member.objects.visible_to(member).filter(pk__in=order).in_bulk()
    peers = [(people[pk], written) for pk, written in order.items() if pk in people]
    return PeerResults(resources=hits, peers=peers, degraded=degraded)
