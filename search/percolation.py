"""The engine's percolator: alerting saved searches stored as queries, matched by new documents.

Each saved search with ``alert`` on is stored, under its primary key, as the
query the search page would run for it (``search.faceted.text_query`` plus
every facet as a filter). The index's mappings and analysis are the union of
the families' own, so a percolated document is analysed exactly as it is when
indexed and a stored query exactly as when a member types it.

The database is the reference: ``in_step`` rebuilds the stored queries from it
when the index is missing (a wiped engine) or holds a different number of
queries (a registration lost while the engine was down).
"""

from __future__ import annotations

from collections.abc import Iterator

from django.conf import settings
from elasticsearch_dsl import Q
from opensearchpy import helpers
from opensearchpy.exceptions import RequestError

from . import engine
from .alerts import search_query_of
from .documents import FAMILIES, index_prefix
from .faceted import text_query
from .facets import FACETS_BY_NAME
from .models import SavedSearch
from .query import SearchQuery

QUERY_FIELD = "query"


def index_name() -> str:
    return f"{index_prefix()}-saved-searches"


def index_body() -> dict:
    """The families' field mappings and analysers merged, plus the percolator field."""
    analysis: dict[str, dict] = {}
    properties: dict[str, dict] = {}
    for family in FAMILIES:
        body = family.index_body()
        for section, entries in body["settings"].get("analysis", {}).items():
            analysis.setdefault(section, {}).update(entries)
        properties.update(body["mappings"]["properties"])
    properties[QUERY_FIELD] = {"type": "percolator"}
    return {
        "settings": {
            "number_of_shards": 1,
            "number_of_replicas": getattr(settings, "SEARCH_INDEX_REPLICAS", 0),
            "analysis": analysis,
        },
        "mappings": {"properties": properties},
    }


def query_for(search_query: SearchQuery) -> dict:
    """The search page's query for these words and facets, as the percolator stores it."""
    filters = [
        Q("terms", **{FACETS_BY_NAME[name].field: list(values)})
        for name, values in search_query.filters.items()
    ]
    must = [text_query(search_query.text)] if search_query.text else [Q("match_all")]
    return Q("bool", must=must, filter=filters).to_dict()


def _stored(saved_search: SavedSearch) -> dict:
    return {QUERY_FIELD: query_for(search_query_of(saved_search))}


def _create_index() -> None:
    try:
        engine.client().indices.create(index=index_name(), body=index_body())
    except RequestError as error:
        # Another worker created it between our check and our request.
        if error.error != "resource_already_exists_exception":
            raise


def _alerting():
    return SavedSearch.objects.filter(alert=True)


def sync() -> None:
    """Stores every alerting saved search and drops the queries of every other one."""
    client = engine.client()
    if not client.indices.exists(index=index_name()):
        _create_index()
    else:
        # Fields added to the documents since the index was created (stored queries name them).
        client.indices.put_mapping(index=index_name(), body=index_body()["mappings"])
    wanted = {str(saved.pk): saved for saved in _alerting()}
    stored = {
        hit["_id"]
        for hit in helpers.scan(
            client, index=index_name(), query={"query": {"match_all": {}}, "_source": False}
        )
    }
    actions = [
        {"_index": index_name(), "_id": pk, "_source": _stored(saved)}
        for pk, saved in wanted.items()
    ]
    actions += [
        {"_op_type": "delete", "_index": index_name(), "_id": pk} for pk in stored - wanted.keys()
    ]
    if actions:
        helpers.bulk(client, actions, refresh="true")


def rebuild() -> None:
    """Recreates the index, for new mappings or an edited synonyms file."""
    engine.client().indices.delete(index=index_name(), ignore=[404])
    sync()


def in_step() -> None:
    """Repairs the stored queries when they cannot be the database's (cheap when they are)."""
    client = engine.client()
    if not client.indices.exists(index=index_name()):
        sync()
        return
    stored = client.count(index=index_name())["count"]
    if stored != _alerting().count():
        sync()


def register(saved_search: SavedSearch) -> None:
    """Stores (or replaces) the query of one saved search, or drops it when alerts are off."""
    if not saved_search.alert:
        unregister(saved_search.pk)
        return
    in_step()
    engine.client().index(
        index=index_name(), id=str(saved_search.pk), body=_stored(saved_search), refresh="true"
    )


def unregister(pk: int) -> None:
    client = engine.client()
    if client.indices.exists(index=index_name()):
        client.delete(index=index_name(), id=str(pk), ignore=[404], refresh="true")


def register_by_pk(pk: int) -> None:
    """Brings one saved search's stored query in line with its row (deleted rows included)."""
    saved_search = SavedSearch.objects.filter(pk=pk).first()
    if saved_search is None:
        unregister(pk)
    else:
        register(saved_search)


def matches(documents: list[dict]) -> Iterator[tuple[int, int]]:
    """(saved search pk, position of the document) for every stored query a document matches."""
    if not documents:
        return
    in_step()
    body = {
        "query": {"percolate": {"field": QUERY_FIELD, "documents": documents}},
        "_source": False,
    }
    for hit in helpers.scan(engine.client(), index=index_name(), query=body):
        slots = hit.get("fields", {}).get("_percolator_document_slot", [0])
        for slot in slots:
            yield int(hit["_id"]), int(slot)
