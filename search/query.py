"""What a search asks and what it answers, whatever backend runs it.

The whole state of a search lives in its URL parameters: ``q``, one repeatable
parameter per facet, ``sort`` and ``page``. ``SearchQuery`` parses them
leniently (a bad page number is page 1, an unknown sort is relevance) so that
no hand-edited address can break the page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from math import ceil
from urllib.parse import urlencode

from django.utils.safestring import SafeString

from .facets import FACETS, FacetValue

SORTS = ("relevance", "newest")
PER_PAGE = 20
MAX_PAGE = 500
MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 30
# A value a numeric facet cannot hold matches nothing anywhere: it is not a filter at all.
_VALUE_PATTERNS = {"year": re.compile(r"\d{1,4}")}


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def from_params(cls, params) -> SearchQuery:
        """Reads a QueryDict (or any mapping with ``getlist``) such as ``request.GET``."""
        filters = {}
        for facet in FACETS:
            # PostgreSQL text cannot hold NUL: such a byte is no part of any value.
            values = [
                value.replace("\x00", "").strip()[:200] for value in params.getlist(facet.name)
            ]
            pattern = _VALUE_PATTERNS.get(facet.name)
            values = [
                value
                for value in dict.fromkeys(values)
                if value and (pattern is None or pattern.fullmatch(value))
            ]
            if values:
                filters[facet.name] = tuple(values[:MAX_VALUES_PER_FACET])
        try:
            page = min(max(int(params.get("page", 1)), 1), MAX_PAGE)
        except (TypeError, ValueError):
            page = 1
        sort = params.get("sort", "relevance")
        return cls(
            text=" ".join(params.get("q", "").split())[:MAX_QUERY_LENGTH],
            filters=filters,
            sort=sort if sort in SORTS else "relevance",
            page=page,
        )

    @property
    def is_empty(self) -> bool:
        return not self.text and not self.filters

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def selected(self, facet_name: str) -> tuple[str, ...]:
        return self.filters.get(facet_name, ())

    def params(self) -> list[tuple[str, str]]:
        pairs = [("q", self.text)] if self.text else []
        for facet in FACETS:
            pairs += [(facet.name, value) for value in self.selected(facet.name)]
        if self.sort != "relevance":
            pairs.append(("sort", self.sort))
        if self.page > 1:
            pairs.append(("page", str(self.page)))
        return pairs

    def querystring(self) -> str:
        return urlencode(self.params())

    def at_page(self, page: int) -> SearchQuery:
        return replace(self, page=page)

    def without(self, facet_name: str, value: str) -> SearchQuery:
        """The same search with one facet value removed, back on page 1."""
        filters = dict(self.filters)
        remaining = tuple(item for item in filters.get(facet_name, ()) if item != value)
        if remaining:
            filters[facet_name] = remaining
        else:
            filters.pop(facet_name, None)
        return replace(self, filters=filters, page=1)

    def without_text(self) -> SearchQuery:
        return replace(self, text="", page=1)


@dataclass(frozen=True)
class Hit:
    type: str
    id: str
    title: str
    url: str
    # Escaped text in which the matched words are wrapped in <mark>.
    snippet: SafeString
    language: str
    date: dt.datetime | None
    page: int | None = None
    authors: tuple[int, ...] = ()
    # The deck a slide belongs to, to name it in the results.
    context: str = ""


@dataclass(frozen=True)
class RawResults:
    """What a backend returns: counts are {facet name: {value: count}}."""

    total: int
    hits: list[Hit]
    counts: dict[str, dict[str, int]]


@dataclass(frozen=True)
class SearchResults:
    query: SearchQuery
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    # "engine" or "database"; ``degraded`` when the engine was down and the database answered.
    backend: str
    degraded: bool = False

    @property
    def page_count(self) -> int:
        return min(max(ceil(self.total / self.query.per_page), 1), MAX_PAGE)

    @property
    def has_next(self) -> bool:
        return self.query.page < self.page_count

    @property
    def has_previous(self) -> bool:
        return self.query.page > 1
