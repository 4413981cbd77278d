"""The thin bridge between elasticsearch-dsl and the OpenSearch client.

elasticsearch-dsl only builds request bodies; it sends them through whatever
object is registered as its connection and reads back the response. The
elasticsearch 8 client refuses to talk to OpenSearch, so the registered
connection is this adapter over opensearch-py. It implements only the two
calls that ``Search`` makes, ``search`` and ``count``, and returns the
response wrapped so that ``.body`` (what dsl reads) is the decoded JSON.

Index management, alias switches and bulk writes do not go through dsl at all:
``search/indexing.py`` and the rebuild command call opensearch-py directly with
bodies that dsl computes (``Index.to_dict()``, ``Document.to_dict()``). That
keeps the adapter small and honest instead of emulating the whole ES client.
"""

from __future__ import annotations

from typing import Any

from elasticsearch_dsl import connections

from search import engine


class Response(dict):
    """A response body that also answers to ``.body``, as the ES 8 client's does."""

    @property
    def body(self) -> dict[str, Any]:
        return self


def _query_params(params: dict[str, Any]) -> dict[str, Any] | None:
    """URL parameters as opensearch-py sends them (booleans spelled as the engine expects)."""
    if not params:
        return None
    return {
        name: ("true" if value else "false") if isinstance(value, bool) else value
        for name, value in params.items()
    }


class OpenSearchBridge:
    def __init__(self, client) -> None:
        self.client = client

    def search(self, *, index=None, body=None, **params) -> Response:
        return Response(
            self.client.search(index=index, body=body or {}, params=_query_params(params))
        )

    def count(self, *, index=None, query=None, **params) -> Response:
        body = {"query": query} if query else None
        return Response(self.client.count(index=index, body=body, params=_query_params(params)))


def register() -> OpenSearchBridge:
    """Registers the bridge as dsl's default connection (done when search is configured)."""
    bridge = OpenSearchBridge(engine.client())
    connections.add_connection("default", bridge)
    return bridge
