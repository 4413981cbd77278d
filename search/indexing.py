"""Writing to and deleting from the search indices, one changed object at a time.

``index_object`` and ``remove_object`` take primitive arguments (what the tasks
receive), recompute the object's documents from the database and write them to
both backends (the database copy, then the engine when one is configured), so
running them twice, late or out of order leaves the indices right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.apps import apps
from opensearchpy import helpers

from . import engine
from .documents import (
    FAMILIES,
    CaseStudyDocument,
    DeckPageDocument,
    InstitutionDocument,
    MemberDocument,
    SearchDocument,
    SessionDocument,
    ThreadDocument,
)

# Which family a model's changes land in; a post changes its thread's document.
_FAMILY_OF_MODEL: dict[str, type[SearchDocument]] = {
    "casestudies.casestudypage": CaseStudyDocument,
    "casestudies.slidedeck": DeckPageDocument,
    "casestudies.eventpage": SessionDocument,
    "casestudies.eventsession": SessionDocument,
    "forums.thread": ThreadDocument,
    "network.member": MemberDocument,
    "network.institution": InstitutionDocument,
}

INDEXED_MODELS = tuple(_FAMILY_OF_MODEL)


def new_index_name(family: type[SearchDocument]) -> str:
    return f"{family.alias()}-{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S%f}"


def create_index(family: type[SearchDocument], name: str) -> None:
    engine.client().indices.create(index=name, body=family.index_body())


def ensure_index(family: type[SearchDocument]) -> None:
    """Creates the family's first index behind its alias when there is none yet."""
    indices = engine.client().indices
    if indices.exists_alias(name=family.alias()):
        return
    name = new_index_name(family)
    create_index(family, name)
    indices.put_alias(index=name, name=family.alias())


def bulk_actions(index: str, documents: list[SearchDocument]) -> list[dict]:
    return [
        {"_index": index, "_id": document.meta.id, "_source": document.source()}
        for document in documents
    ]


def _write(family: type[SearchDocument], documents: list[SearchDocument]) -> None:
    if documents:
        helpers.bulk(engine.client(), bulk_actions(family.alias(), documents))


def _delete(family: type[SearchDocument], doc_id: str) -> None:
    engine.client().delete(index=family.alias(), id=doc_id, ignore=[404])


def _delete_group(family: type[SearchDocument], parent: str) -> None:
    client = engine.client()
    # A deck's pages may have just been written: make them visible to the query first.
    client.indices.refresh(index=family.alias())
    client.delete_by_query(
        index=family.alias(),
        body={"query": {"term": {"parent": parent}}},
        params={"conflicts": "proceed"},
    )


def _load(model_label: str, pk: int):
    model = apps.get_model(model_label)
    return model._default_manager.filter(pk=pk).first()


@dataclass
class Change:
    """What one row's change does to a family: documents to write, and what they replace.

    ``group`` (a deck's or an event's parent key) is emptied first; ``removed``
    lists single documents that must no longer be found.
    """

    family: type[SearchDocument]
    documents: list[SearchDocument] = field(default_factory=list)
    group: str | None = None
    removed: list[str] = field(default_factory=list)


def change_for(label: str, pk: int) -> Change:
    family = _FAMILY_OF_MODEL[label]
    obj = _load(label, pk)
    if family is DeckPageDocument:
        documents = family.documents_for(obj) if obj is not None else []
        return Change(family, documents, group=family.parent_key(pk))
    if label == "casestudies.eventpage":
        event_document = SessionDocument.from_event(obj) if obj is not None else None
        if event_document is None:
            return Change(family, group=SessionDocument.parent_key(pk))
        documents = [event_document]
        for session in obj.sessions.all():
            documents += SessionDocument.documents_for(session)
        return Change(family, documents, group=SessionDocument.parent_key(pk))
    documents = family.documents_for(obj) if obj is not None else []
    return Change(family, documents, removed=[] if documents else [family.doc_id(pk)])


def apply_to_engine(change: Change) -> None:
    family = change.family
    ensure_index(family)
    if change.group:
        _delete_group(family, change.group)
    for doc_id in change.removed:
        _delete(family, doc_id)
    _write(family, change.documents)


def apply(change: Change) -> None:
    """The database copy first (it never fails for lack of a server), then the engine."""
    from . import alerts, database

    database.apply(change)
    if engine.engine_configured():
        apply_to_engine(change)
    alerts.announce(change.family, change.documents)


def index_object(app_label: str, model_name: str, pk: int) -> int:
    """Brings both backends in line with one row; returns how many documents it now has."""
    label = f"{app_label}.{model_name}".lower()
    if label == "forums.post":
        post = _load(label, pk)
        if post is None:
            return 0
        return index_object("forums", "thread", post.thread_id)
    change = change_for(label, pk)
    apply(change)
    return len(change.documents)


def remove_object(app_label: str, model_name: str, pk: int) -> None:
    """Removes every document of one row (a deck's pages, an event's sessions)."""
    label = f"{app_label}.{model_name}".lower()
    family = _FAMILY_OF_MODEL[label]
    if family is DeckPageDocument:
        change = Change(family, group=family.parent_key(pk))
    elif label == "casestudies.eventpage":
        change = Change(family, group=SessionDocument.parent_key(pk))
    else:
        change = Change(family, removed=[family.doc_id(pk)])
    apply(change)


def refresh_all() -> None:
    """Makes every write searchable now (tests and the rebuild's end use it)."""
    aliases = ",".join(family.alias() for family in FAMILIES)
    engine.client().indices.refresh(index=aliases, params={"ignore_unavailable": "true"})
