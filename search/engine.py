"""The one module that talks to the search engine's client.

Other apps never import opensearch-py; they describe what to index and call
the functions of this package.
"""

from __future__ import annotations

from functools import cache

from django.conf import settings


class EngineUnavailable(Exception):
    """The engine is configured but could not be reached."""


def engine_configured() -> bool:
    return bool(settings.SEARCH_URL)


@cache
def client():
    from opensearchpy import OpenSearch

    return OpenSearch(
        hosts=[settings.SEARCH_URL], timeout=10, max_retries=1, retry_on_timeout=False
    )


def engine_info() -> dict[str, str]:
    """Name, distribution and version of the configured engine, for health checks."""
    from opensearchpy.exceptions import ConnectionError as EngineConnectionError
    from opensearchpy.exceptions import TransportError

    try:
        info = client().info()
    except (EngineConnectionError, TransportError) as error:
        raise EngineUnavailable(str(error)) from error
    version = info.get("version", {})
    return {
        "name": info.get("name", ""),
        "cluster": info.get("cluster_name", ""),
        "distribution": version.get("distribution", "elasticsearch"),
        "version": version.get("number", ""),
    }
