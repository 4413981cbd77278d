"""Each test writes to its own indices (a unique prefix) and deletes them afterwards."""

from __future__ import annotations

import uuid

import pytest
from django.conf import settings as django_settings
from elasticsearch_dsl import Q, Search

from search import engine
from tests.forums.conftest import (  # noqa: F401  (the forum's fixtures, reused here)
    category,
    moderator,
    reply_factory,
    thread_factory,
    trusted_member,
)


@pytest.fixture(autouse=True)
def _own_indices(settings):
    settings.SEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:12]}"
    settings.SEARCH_AUTOSYNC = True
    yield settings.SEARCH_INDEX_PREFIX
    if django_settings.SEARCH_URL:
        client = engine.client()
        names = client.indices.get(index=f"{settings.SEARCH_INDEX_PREFIX}-*", ignore=[404])
        for name in names if isinstance(names, dict) and "error" not in names else []:
            client.indices.delete(index=name, ignore=[404])


@pytest.fixture
def find():
    """Searches one family as the search page will: every analysed variant of title and body."""

    def search(family, text: str, *, fields=("title", "body")):
        engine.client().indices.refresh(index=family.alias())
        variants = [f"{field}{suffix}" for field in fields for suffix in ("", ".fr", ".en")]
        query = Q("multi_match", query=text, fields=variants, operator="and")
        return list(Search(index=family.alias()).query(query).extra(size=50).execute())

    return search
