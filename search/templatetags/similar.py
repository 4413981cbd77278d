"""``{% similar_resources obj %}``: resources of every type close to a case study, deck or thread.

The list is cached for a few minutes per document, audience and language, so
that a busy page asks the engine (or the database backend) once in a while
rather than on every view. It is an aside: whatever goes wrong is logged and
the host page renders without it.
"""

from __future__ import annotations

import logging

from django import template
from django.core.cache import cache
from django.utils.translation import get_language

from search import service
from search.documents import CaseStudyDocument, DeckPageDocument, SearchDocument, ThreadDocument
from search.query import Hit

logger = logging.getLogger(__name__)
register = template.Library()

CACHE_SECONDS = 10 * 60

# A deck stands for itself through its first document, the deck's own (not a slide).
_FAMILY_OF_MODEL: dict[str, type[SearchDocument]] = {
    "casestudies.casestudypage": CaseStudyDocument,
    "casestudies.slidedeck": DeckPageDocument,
    "forums.thread": ThreadDocument,
}


def document_of(obj) -> tuple[str, str]:
    """(family, doc_id) of the document that stands for ``obj`` in the search indices."""
    family = _FAMILY_OF_MODEL[obj._meta.label_lower]
    return family.family, family.doc_id(obj.pk)


def cached_similar(obj, viewer) -> list[Hit]:
    family, doc_id = document_of(obj)
    audience = "public" if service.public_only(viewer) else "members"
    key = f"search:similar:{family}:{doc_id}:{audience}:{get_language()}"
    hits = cache.get(key)
    if hits is None:
        hits = service.similar_resources(family, doc_id, viewer)
        cache.set(key, hits, CACHE_SECONDS)
    return hits


@register.inclusion_tag("search/similar.html", takes_context=True)
def similar_resources(context, obj) -> dict:
    request = context.get("request")
    if request is None:
        return {"hits": []}
    try:
        hits = cached_similar(obj, request.user)
    except Exception:
        logger.exception("Similar resources of %r could not be listed", obj)
        hits = []
    return {"hits": hits}
