"""The database backend: the engine's questions answered from ``SearchEntry`` rows.

It is the embedded default (no engine configured) and the fallback when the
engine is down, so it answers exactly what ``faceted.EngineBackend`` answers:
the same facets, filters, sorts, snippets, suggestions, similar resources and
peers. Each indexed document is one ``SearchEntry`` whose ``terms`` hold its
words already normalised by ``search.text`` (folded, stemmed, title | body |
answer) and one ``SearchEntryValue`` row per facet value.

Matching runs on the vendor's full-text index (migration 0002): SQLite's FTS5
(bm25 weighs title 3, answer 2, body 1, as the engine's fields) or
PostgreSQL's text search (a GIN-indexed tsvector column generated from
``terms``, ts_rank with the same weights). Elsewhere, or on SQLite without FTS5, LIKE
queries on ``terms`` give the same matches, more slowly and ranked by date.
Since the text is normalised in Python, every vendor matches the same tokens.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import threading
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import BooleanField, CharField, F, Max, Q, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.safestring import mark_safe

from . import text
from .faceted import PEER_TYPES, SIMILAR_STOP_WORDS, SIMILAR_TYPES
from .facets import FACETS, FACETS_BY_NAME
from .models import SearchEntry, SearchEntryValue
from .query import Hit, RawResults, SearchQuery

if TYPE_CHECKING:
    from .documents import SearchDocument
    from .indexing import Change

logger = logging.getLogger(__name__)

# A deck's words are mostly on its pages: slides are candidates too, standing for their deck.
WITH_PAGES = {"deck": "slide"}
# Decks rarely run past this many pages; their text makes the example of "similar".
MAX_DECK_PAGES = 300
# Not facets, but kept as value rows too: "find peers" weighs resources by their
# institutions' size, and visibility filters like a facet (see ``entry_for``).
EXTRA_VALUES = (("institution_size", "institution_sizes"),)
# How the engine's fields weigh (faceted.WEIGHTED_FIELDS): title, body, accepted answer.
TITLE_WEIGHT, BODY_WEIGHT, ANSWER_WEIGHT = 3.0, 1.0, 2.0
# The engine's terms facets return at most 200 values each.
MAX_FACET_VALUES = 200
# more_like_this's max_query_terms, and how many ranked candidates are rescored in Python.
MAX_QUERY_TERMS = 30
CANDIDATES = 200
MAX_NEAR_SPELLINGS = 20
CONTEXT_BOOSTS = {"institution_kind": 1.5, "institution_size": 1.2, "platform": 1.2}
HIT_FIELDS = (
    "family",
    "doc_id",
    "type",
    "object_id",
    "title",
    "body",
    "accepted_answer",
    "terms",
    "url",
    "language",
    "date",
    "page_number",
    "deck_title",
    "authors",
)
FTS_TABLE = "search_entry_fts"
FTS_OBJECTS = (
    FTS_TABLE,
    f"{FTS_TABLE}_vocab",
    f"{FTS_TABLE}_insert",
    f"{FTS_TABLE}_delete",
    f"{FTS_TABLE}_update",
)


# Below this many matches, facets are counted from the matched entries' own value rows.
FEW_MATCHES = 20_000


# --- Writing ------------------------------------------------------------------


def _date(value) -> dt.datetime | None:
    if not value:
        return None
    if isinstance(value, str):
        value = parse_datetime(value) or dt.datetime.fromisoformat(value)
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    if timezone.is_naive(value):
        value = timezone.make_aware(value, dt.UTC)
    return value


def facet_values(source: dict) -> list[tuple[str, str]]:
    """(facet name, value) rows of one document: lists give several rows, numbers strings."""
    fields = [(facet.name, facet.field) for facet in FACETS] + list(EXTRA_VALUES)
    rows = []
    for name, field in fields:
        found = source.get(field)
        for value in found if isinstance(found, list | tuple) else [found]:
            if value is not None and value != "":
                rows.append((name, str(value)[:200]))
    return list(dict.fromkeys(rows))


def entry_for(family: str, document: SearchDocument) -> tuple[SearchEntry, list[tuple[str, str]]]:
    """The unsaved entry holding one document, and its facet values."""
    source = document.source()
    language = source.get("language") or ""
    if isinstance(language, list):
        language = language[0] if language else ""
    title = source.get("title") or ""
    body = source.get("body") or ""
    answer = source.get("accepted_answer") or ""
    entry = SearchEntry(
        family=family,
        doc_id=str(document.meta.id),
        type=source.get("type") or "",
        object_id=str(source.get("object_id") or document.meta.id)[:40],
        parent=source.get("parent") or "",
        title=title,
        body=body,
        accepted_answer=answer,
        # Tags (topics, institutions, authors) are matched like the body but never quoted.
        terms=text.index_terms(title, "\n".join(filter(None, [body, source.get("tags")])), answer),
        url=(source.get("url") or "")[:500],
        language=str(language)[:10],
        date=_date(source.get("date")),
        page_number=source.get("page_number"),
        deck_title=(source.get("deck_title") or "")[:255],
        visibility=source.get("visibility") or "public",
        authors=list(source.get("authors") or []),
    )
    return entry, [*facet_values(source), ("visibility", entry.visibility)]


def _delete(entries: QuerySet) -> int:
    ids = list(entries.values_list("id", flat=True))
    if ids:
        SearchEntryValue.objects.filter(entry_id__in=ids).delete()
        SearchEntry.objects.filter(id__in=ids).only("id").delete()
    return len(ids)


def store(family: str, documents: Sequence[SearchDocument]) -> int:
    """Writes (or replaces) documents of one family in bulk; the caller holds the transaction."""
    built = {}
    for document in documents:
        entry, values = entry_for(family, document)
        built[entry.doc_id] = (entry, values)
    if not built:
        return 0
    _delete(SearchEntry.objects.filter(family=family, doc_id__in=list(built)))
    entries = SearchEntry.objects.bulk_create([entry for entry, _values in built.values()])
    rows = [
        (entry.id, facet, value)
        for entry, (_entry, values) in zip(entries, built.values(), strict=True)
        for facet, value in values
    ]
    # Ten-odd value rows a document: one executemany, not ten model instances each.
    table = connection.ops.quote_name(SearchEntryValue._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (entry_id, facet, value) VALUES (%s, %s, %s)",  # noqa: S608
            rows,
        )
    return len(entries)


def apply(change: Change) -> None:
    """Brings the stored copy of one family in line with a change, in one transaction."""
    family = change.family.family
    stale = Q()
    if change.group:
        stale |= Q(parent=change.group)
    if change.removed:
        stale |= Q(doc_id__in=change.removed)
    with transaction.atomic():
        if stale:
            _delete(SearchEntry.objects.filter(stale, family=family))
        store(family, change.documents)


class StoreRebuild:
    """Rewrites one family's entries chunk by chunk, then drops those no chunk rewrote.

    Search keeps answering throughout: an old entry stays until its
    replacement is written, and ids only grow, so whatever is left at or
    below the starting id is what the rows no longer produce.
    """

    def __init__(self, family: str):
        self.family = family
        self.boundary = SearchEntry.objects.aggregate(last=Max("id"))["last"] or 0
        self.written = 0

    def write(self, documents: Sequence[SearchDocument]) -> None:
        with transaction.atomic():
            self.written += store(self.family, documents)

    def finish(self, chunk_size: int = 1000) -> int:
        stale = SearchEntry.objects.filter(family=self.family, id__lte=self.boundary)
        removed = 0
        while True:
            with transaction.atomic():
                deleted = _delete(stale.order_by("id")[:chunk_size])
            removed += deleted
            if deleted < chunk_size:
                return removed


# --- Sets of entries --------------------------------------------------------------


@dataclass(frozen=True)
class _Sql:
    """A SELECT of one column named ``entry_id``, with its parameters."""

    sql: str
    params: tuple = ()


def _compiled(queryset: QuerySet) -> _Sql:
    sql, params = queryset.query.sql_with_params()
    return _Sql(sql, tuple(params))


class _Set(ABC):
    """Entries a query keeps (``within``) or leaves out (``without``).

    Written two ways: as a set the database builds once and probes for each
    row (cheap per row, but the whole set is read), or, when only a few rows
    are checked (``seek``), as an index lookup for each of them.
    """

    @abstractmethod
    def holds(self, column: str, *, seek: bool) -> tuple[str, tuple]:
        """SQL saying that ``column`` (an entry id) is in the set, with its parameters."""


@dataclass(frozen=True)
class _Ids(_Set):
    query: _Sql

    def holds(self, column, *, seek):
        test = column if seek else f"+{column}"
        return f"{test} IN ({self.query.sql})", self.query.params


_VALUES_TABLE = "search_searchentryvalue"


@dataclass(frozen=True)
class _Posting(_Set):
    """The entries holding one of ``values`` for ``facet`` (the covering index answers)."""

    facet: str
    values: tuple[str, ...]

    def holds(self, column, *, seek):
        marks = ", ".join(["%s"] * len(self.values))
        rows = (
            f"FROM {_VALUES_TABLE} posting WHERE posting.facet = %s AND posting.value IN ({marks})"
        )
        params = (self.facet, *self.values)
        if seek:
            return f"EXISTS (SELECT 1 {rows} AND posting.entry_id = {column})", params
        return f"+{column} IN (SELECT posting.entry_id {rows})", params


@dataclass(frozen=True)
class _Public(_Set):
    """What a visitor may see: every entry but a few members-only ones."""

    def holds(self, column, *, seek):
        params = ("visibility", "public")
        if seek:
            # "facet || ''" steers SQLite to the entry's own rows (the entry_id index).
            return (
                f"NOT EXISTS (SELECT 1 FROM {_VALUES_TABLE} posting "  # noqa: S608
                f"WHERE posting.entry_id = {column} AND posting.facet || '' = %s "
                "AND NOT posting.value = %s)",
                params,
            )
        # Leaving out the few hidden entries beats listing every public one.
        return (
            f"+{column} NOT IN (SELECT posting.entry_id FROM {_VALUES_TABLE} posting "  # noqa: S608
            "WHERE posting.facet = %s AND NOT posting.value = %s)",
            params,
        )


def _posting(facet: str, values: Iterable[str]) -> _Posting:
    return _Posting(facet, tuple(sorted(values)))


def _public(public_only: bool) -> list[_Set]:
    return [_Public()] if public_only else []


def _entries_where(**conditions) -> _Ids:
    return _Ids(_compiled(SearchEntry.objects.filter(**conditions).values(entry_id=F("id"))))


def _conditions(
    column: str, within: Sequence[_Set], without: Sequence[_Set] = (), *, seek: bool = False
) -> tuple[str, tuple]:
    """SQL conditions, each after " AND", that ``column`` is in every ``within`` set, no other."""
    sql, params = "", ()
    for kept, sets in ((True, within), (False, without)):
        for entries in sets:
            condition, values = entries.holds(column, seek=seek)
            sql += f" AND {condition}" if kept else f" AND NOT {condition}"
            params += values
    return sql, params


def _where(within: Sequence[_Set], without: Sequence[_Set] = (), *, seek: bool = False) -> Q:
    conditions, params = _conditions("search_searchentry.id", within, without, seek=seek)
    if not conditions:
        return Q()
    return Q(_raw("1 = 1" + conditions, params, output_field=BooleanField()))


def _newest(
    matched: _Sql | None,
    within: Sequence[_Set],
    without: Sequence[_Set] = (),
    *,
    few: bool = False,
    limit: int,
    offset: int = 0,
) -> list[int]:
    """Ids of the entries, newest first.

    Few matches are fetched by id and sorted; otherwise SQLite walks the date
    index and keeps the entries in the sets ("+id" stops it from fetching
    every member of a set instead).
    """
    rows = SearchEntry.objects.all()
    if matched is not None:
        test = "search_searchentry.id IN" if few else "+search_searchentry.id IN"
        rows = rows.filter(
            _raw(f"{test} ({matched.sql})", matched.params, output_field=BooleanField())
        )
    rows = rows.filter(_where(within, without, seek=few)).order_by(*NEWEST)
    return list(rows.values_list("id", flat=True)[offset : offset + limit])


def _in_order(ids: Sequence[int]) -> list[SearchEntry]:
    found = SearchEntry.objects.only(*HIT_FIELDS).in_bulk(list(ids))
    return [found[pk] for pk in ids if pk in found]


# --- Full-text dialects -----------------------------------------------------------


def _joined(items: Sequence[str], operator: str) -> str:
    """``items`` joined by ``operator`` in a balanced tree (FTS5 limits expression depth)."""
    if len(items) <= 8:
        return "(" + f" {operator} ".join(items) + ")"
    middle = len(items) // 2
    left, right = _joined(items[:middle], operator), _joined(items[middle:], operator)
    return f"({left} {operator} {right})"


def _raw(sql: str, params: Sequence, **options) -> RawSQL:
    """SQL built from this module's constants only; whatever a reader typed is a parameter."""
    return RawSQL(sql, params, **options)  # noqa: S611


NEWEST = (F("date").desc(nulls_last=True), F("id").desc())


def _spelling_ranges(words: Iterable[str]) -> list[tuple[str, str, int, int]]:
    """(from, to, shortest, longest) of the stored words each word may be a typo of."""
    ranges = []
    for word in sorted(words):
        edits = text.allowed_edits(word)
        first = word[0]
        ranges.append((first, chr(ord(first) + 1), len(word) - edits, len(word) + edits))
    return ranges


class _TextIndex(ABC):
    """How one database matches, ranks and lists the normalised terms.

    ``few`` says the caller expects few matches: filters are then checked
    entry by entry rather than built as whole sets.
    """

    @abstractmethod
    def ids(self, units: Sequence[text.Unit]) -> _Sql:
        """The entries matching every unit."""

    def ranked(
        self,
        units: Sequence[text.Unit],
        within: Sequence[_Set] = (),
        without: Sequence[_Set] = (),
        *,
        few: bool = False,
        limit: int,
        offset: int = 0,
    ) -> list[int]:
        """Ids of the matching entries, best first (the newest where ranks tie)."""
        return _newest(self.ids(units), within, without, few=few, limit=limit, offset=offset)

    @abstractmethod
    def titles_starting(
        self,
        complete: Sequence[str],
        prefixes: Sequence[str],
        within: Sequence[_Set],
        without: Sequence[_Set],
        limit: int,
    ) -> list[int]:
        """Ids of the entries whose title holds ``complete`` and a word starting with a prefix."""

    @abstractmethod
    def vocabulary(self, exact: Iterable[str], near: Iterable[str]) -> dict[str, int]:
        """How many entries hold each ``exact`` word, and each stored word near a ``near`` one."""


class _Fts5(_TextIndex):
    """SQLite FTS5: a contentless table with title, body and answer columns (migration 0002).

    Filters are checked on each match ("+rowid IN …", or EXISTS): a plain
    "rowid IN (…)" would be handed to FTS5, which then runs the whole
    full-text query again for every id of the set.
    """

    @staticmethod
    def _phrase(phrase: text.Phrase) -> str:
        return '"' + " ".join(phrase) + '"'

    def expression(self, units: Sequence[text.Unit]) -> str:
        groups = [_joined(sorted(map(self._phrase, unit.phrases)), "OR") for unit in units]
        return _joined(groups, "AND")

    def ids(self, units):
        return _Sql(
            f"SELECT rowid AS entry_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",  # noqa: S608
            (self.expression(units),),
        )

    def _ranked(self, expression, within, without, weights, *, few, limit, offset) -> list[int]:
        conditions, params = _conditions(f"{FTS_TABLE}.rowid", within, without, seek=few)
        sql = (
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s{conditions} "  # noqa: S608
            f"ORDER BY bm25({FTS_TABLE}, %s, %s, %s), rowid DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, (expression, *params, *weights, limit, offset))
            return [pk for (pk,) in cursor.fetchall()]

    def ranked(self, units, within=(), without=(), *, few=False, limit, offset=0):
        weights = (TITLE_WEIGHT, BODY_WEIGHT, ANSWER_WEIGHT)
        return self._ranked(
            self.expression(units), within, without, weights, few=few, limit=limit, offset=offset
        )

    def titles_starting(self, complete, prefixes, within, without, limit):
        starts = _joined([self._phrase((prefix,)) + " *" for prefix in prefixes], "OR")
        expression = _joined([*(self._phrase((word,)) for word in complete), starts], "AND")
        return self._ranked(
            "{title} : " + expression,
            within,
            without,
            (1.0, 0.0, 0.0),
            few=True,
            limit=limit,
            offset=0,
        )

    def vocabulary(self, exact, near):
        lookups = [("term = %s", (word,)) for word in sorted(set(exact))]
        lookups += [
            ("term >= %s AND term < %s AND length(term) BETWEEN %s AND %s", bounds)
            for bounds in _spelling_ranges(set(near))
        ]
        found: dict[str, int] = {}
        # SQLite allows 500 SELECTs in one compound statement.
        for start in range(0, len(lookups), 400):
            chunk = lookups[start : start + 400]
            sql = " UNION ALL ".join(
                f"SELECT term, doc FROM {FTS_TABLE}_vocab WHERE {where}"  # noqa: S608
                for where, _params in chunk
            )
            with connection.cursor() as cursor:
                cursor.execute(sql, [value for _where, params in chunk for value in params])
                found.update(cursor.fetchall())
        return found


# The weighted vector of the terms, a column generated by PostgreSQL (migration 0002):
# title A, body D, answer B.
_POSTGRES_VECTOR = "search_searchentry.terms_vector"
# ts_rank's weights are {D, C, B, A}: body 1, answer 2, title 3, as the engine's fields.
_POSTGRES_WEIGHTS = (
    f"'{{{BODY_WEIGHT / 10}, 0, {ANSWER_WEIGHT / 10}, {TITLE_WEIGHT / 10}}}'::float4[]"
)


class _Postgres(_TextIndex):
    """PostgreSQL text search over the GIN-indexed ``terms_vector`` (migration 0002)."""

    @staticmethod
    def _phrase(phrase: text.Phrase) -> str:
        return "(" + " <-> ".join(f"'{word}'" for word in phrase) + ")"

    def expression(self, units: Sequence[text.Unit]) -> str:
        groups = [_joined(sorted(map(self._phrase, unit.phrases)), "|") for unit in units]
        return _joined(groups, "&")

    @staticmethod
    def _matching(expression: str) -> Q:
        return Q(
            _raw(
                f"{_POSTGRES_VECTOR} @@ to_tsquery('simple', %s)",
                [expression],
                output_field=BooleanField(),
            )
        )

    def ids(self, units):
        return _Sql(
            "SELECT search_searchentry.id AS entry_id FROM search_searchentry "  # noqa: S608
            f"WHERE {_POSTGRES_VECTOR} @@ to_tsquery('simple', %s)",
            (self.expression(units),),
        )

    def _ranked(self, expression, within, without, weights: str, *, few, limit, offset):
        entries = SearchEntry.objects.filter(
            self._matching(expression), _where(within, without, seek=few)
        )
        rank = f"-ts_rank({weights}{_POSTGRES_VECTOR}, to_tsquery('simple', %s))"
        rows = entries.annotate(rank=_raw(rank, [expression])).order_by("rank", *NEWEST)
        return list(rows.values_list("id", flat=True)[offset : offset + limit])

    def ranked(self, units, within=(), without=(), *, few=False, limit, offset=0):
        weights = f"{_POSTGRES_WEIGHTS}, "
        return self._ranked(
            self.expression(units), within, without, weights, few=few, limit=limit, offset=offset
        )

    def titles_starting(self, complete, prefixes, within, without, limit):
        # ":A" keeps to the title's words, ":*A" to the title's words starting so.
        starts = _joined([f"'{prefix}':*A" for prefix in prefixes], "|")
        expression = _joined([*(f"'{word}':A" for word in complete), starts], "&")
        return self._ranked(expression, within, without, "", few=True, limit=limit, offset=0)

    def vocabulary(self, exact, near):
        known = _POSTGRES_VOCABULARY.current()
        found = {word: known[word] for word in set(exact) if word in known}
        for first, _after, shortest, longest in _spelling_ranges(set(near)):
            for word in _POSTGRES_VOCABULARY.starting_with(first):
                if shortest <= len(word) <= longest:
                    found[word] = known[word]
        return found


class _PostgresVocabulary:
    """How many entries hold each term, kept per process: ts_stat has to read every row.

    New rows (ids only grow) are counted as they appear; replaced or deleted
    rows are forgotten by a full recount once they drift the counts by more
    than 5 % (at once on small tables).
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._database = None
        self._counts: Counter = Counter()
        self._last_id = 0
        self._rows = 0
        self._by_letter: dict[str, list[str]] | None = None

    def _count(self, since: int) -> tuple[Counter, int]:
        rows = f"SELECT {_POSTGRES_VECTOR} FROM search_searchentry WHERE id > {int(since)}"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute("SELECT word, ndoc FROM ts_stat(%s)", [rows])
            counts = Counter(dict(cursor.fetchall()))
            cursor.execute("SELECT count(*) FROM search_searchentry WHERE id > %s", [since])
            return counts, cursor.fetchone()[0]

    def current(self) -> Counter:
        with connection.cursor() as cursor:
            cursor.execute("SELECT coalesce(max(id), 0), count(*) FROM search_searchentry")
            last_id, total = cursor.fetchone()
        with self._lock:
            database = connection.settings_dict["NAME"]
            if database != self._database or last_id < self._last_id:
                self._database, self._counts, self._last_id, self._rows = database, Counter(), 0, 0
            if last_id > self._last_id:
                counts, rows = self._count(self._last_id)
                self._counts.update(counts)
                self._rows += rows
                self._last_id = last_id
                self._by_letter = None
            drift = abs(self._rows - total)
            if drift and (total < 5000 or drift > total * 0.05):
                self._counts, self._rows = self._count(0)
                self._by_letter = None
            return self._counts

    def starting_with(self, letter: str) -> list[str]:
        with self._lock:
            if self._by_letter is None:
                grouped: dict[str, list[str]] = {}
                for word in self._counts:
                    grouped.setdefault(word[:1], []).append(word)
                self._by_letter = grouped
            return self._by_letter.get(letter, [])


_POSTGRES_VOCABULARY = _PostgresVocabulary()


class _Like(_TextIndex):
    """Any database: LIKE on the space-padded ``terms``, newest first; slow but the same matches."""

    @staticmethod
    def _contains(phrase: text.Phrase) -> Q:
        return Q(padded_terms__contains=f" {' '.join(phrase)} ")

    @staticmethod
    def _padded() -> QuerySet:
        return SearchEntry.objects.annotate(
            padded_terms=Concat(Value(" "), F("terms"), Value(" "), output_field=CharField())
        )

    def ids(self, units):
        condition = Q()
        for unit in units:
            either = Q()
            for phrase in sorted(unit.phrases):
                either |= self._contains(phrase)
            condition &= either
        return _compiled(self._padded().filter(condition).values(entry_id=F("id")))

    def titles_starting(self, complete, prefixes, within, without, limit):
        candidates = self._padded().filter(_where(within, without))
        for word in complete:
            candidates = candidates.filter(self._contains((word,)))
        either = Q()
        for prefix in prefixes:
            either |= Q(padded_terms__contains=f" {prefix}")
        rows = candidates.filter(either).order_by(*NEWEST).values_list("id", "terms")
        found = [pk for pk, terms in rows[:CANDIDATES] if _title_starts(terms, complete, prefixes)]
        return found[:limit]

    def vocabulary(self, exact, near):
        exact, ranges = set(exact), _spelling_ranges(set(near))
        counts: Counter = Counter()
        for terms in SearchEntry.objects.values_list("terms", flat=True).iterator(chunk_size=2000):
            counts.update(set(_tokens(terms)))
        return {
            word: count
            for word, count in counts.items()
            if word in exact
            or any(
                start <= word < end and low <= len(word) <= high for start, end, low, high in ranges
            )
        }


def _title_starts(terms: str, complete: Sequence[str], prefixes: Sequence[str]) -> bool:
    title = terms.split(text.PART_SEPARATOR.strip())[0].split()
    return all(word in title for word in complete) and any(
        word.startswith(prefix) for word in title for prefix in prefixes
    )


_FTS5, _POSTGRES, _LIKE = _Fts5(), _Postgres(), _Like()
_fts5_ready: dict[str, bool] = {}


def _sqlite_fts5_ready() -> bool:
    """Whether migration 0002 built the FTS5 index here, and its triggers still keep it."""
    database = str(connection.settings_dict["NAME"])
    if database not in _fts5_ready:
        with connection.cursor() as cursor:
            cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
            compiled = cursor.fetchone()[0]
            cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE %s", [f"{FTS_TABLE}%"])
            found = {name for (name,) in cursor.fetchall()}
        ready = bool(compiled) and found >= set(FTS_OBJECTS)
        if not ready:
            logger.warning(
                "SQLite full-text index missing or incomplete: database search uses LIKE queries. "
                "Run migration search 0002's SQL again (see its docstring)."
            )
        _fts5_ready[database] = ready
    return _fts5_ready[database]


def text_index() -> _TextIndex:
    if connection.vendor == "postgresql":
        return _POSTGRES
    if connection.vendor == "sqlite" and _sqlite_fts5_ready():
        return _FTS5
    return _LIKE


# --- Questions ----------------------------------------------------------------


def _tokens(terms: str) -> list[str]:
    return [word for word in terms.split() if word != "|"]


def _holds(tokens: Sequence[str], phrase: text.Phrase) -> bool:
    if len(phrase) == 1:
        return phrase[0] in tokens
    size = len(phrase)
    return any(tuple(tokens[i : i + size]) == phrase for i in range(len(tokens) - size + 1))


# The engine's stop words for "similar", stemmed as ``terms`` are.
_STOPPED = frozenset(text.stem(word) for word in SIMILAR_STOP_WORDS)


def _and_pages(types: Sequence[str]) -> list[str]:
    return [*types, *(WITH_PAGES[name] for name in types if name in WITH_PAGES)]


def _one_per_resource(hits: list[Hit], limit: int) -> list[Hit]:
    """Hits in rank order, one per resource: a deck's own hit over any of its pages'."""
    chosen: dict[tuple[str, str], Hit] = {}
    for hit in hits:
        key = ("deck" if hit.type == "slide" else hit.type, hit.id)
        if key not in chosen or (hit.type == "deck" and chosen[key].type == "slide"):
            # Replacing keeps the place of the deck's best-ranked hit.
            chosen[key] = hit
    return list(chosen.values())[:limit]


def _idf(frequency: int, total: int) -> float:
    """Lucene's BM25 idf: rare words weigh more."""
    return math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))


@dataclass(frozen=True)
class _Question:
    """A text parsed once: its units (widened with near spellings) and how often words occur."""

    index: _TextIndex
    units: list[text.Unit]
    frequencies: dict[str, int]
    # Text was given, but none of it can be searched (only punctuation, say).
    nothing: bool = False

    @classmethod
    def parse(cls, query_text: str) -> _Question:
        index = text_index()
        units = text.query_units(query_text) if query_text else []
        if not units:
            return cls(index, [], {}, nothing=bool(query_text))
        typed = {
            unit.typed for unit in units if unit.typed.isalpha() and text.allowed_edits(unit.typed)
        }
        words = {word for unit in units for phrase in unit.phrases for word in phrase}
        known = index.vocabulary(words, typed)
        widened = []
        for unit in units:
            if unit.typed in typed:
                near = text.near_spellings(unit.typed, known)
                near = sorted(near, key=lambda word: (-known[word], word))[:MAX_NEAR_SPELLINGS]
                unit = unit.widened(near)
            widened.append(unit)
        return cls(index, widened, known)

    def frequency(self, unit: text.Unit) -> int:
        """At most how many entries hold the unit: the sum over its phrases of their rarest word."""
        return sum(min(self.frequencies.get(word, 0) for word in phrase) for phrase in unit.phrases)

    @property
    def few(self) -> bool:
        """Whether every word together can match only a few entries (an upper bound)."""
        return bool(self.units) and min(map(self.frequency, self.units)) < FEW_MATCHES

    def matched(self) -> _Sql | None:
        return self.index.ids(self.units) if self.units else None


def _filters(query: SearchQuery) -> dict[str, tuple[str, ...]]:
    return {
        name: values for name, values in query.filters.items() if name in FACETS_BY_NAME and values
    }


def _store_version() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0), count(*) FROM search_searchentry")
        last_id, rows = cursor.fetchone()
    return f"{last_id}-{rows}"


def _counts_sql(
    facets: Sequence[str], within: Sequence[_Set], *, matched: bool, few: bool
) -> tuple[str, tuple]:
    """One facet-counting SELECT over the entries ``matched`` (the CTE) and in ``within``."""
    marks = ", ".join(["%s"] * len(facets))
    if few:
        # Walk the few matched entries' own rows ("facet || ''" keeps SQLite off the
        # facet index), each entry checked once against the filters.
        conditions, params = _conditions("matched.entry_id", within, seek=True)
        scope = f"SELECT matched.entry_id FROM matched WHERE 1 = 1{conditions}"  # noqa: S608
        return (
            f"SELECT facet, value, COUNT(*) FROM {_VALUES_TABLE} "  # noqa: S608
            f"WHERE facet || '' IN ({marks}) AND entry_id IN ({scope}) GROUP BY facet, value",
            (*facets, *params),
        )
    sets = [_Ids(_Sql("SELECT entry_id FROM matched")), *within] if matched else within
    conditions, params = _conditions("entry_id", sets)
    return (
        f"SELECT facet, value, COUNT(*) FROM {_VALUES_TABLE} "  # noqa: S608
        f"WHERE facet IN ({marks}){conditions} GROUP BY facet, value",
        (*facets, *params),
    )


def _facet_counts(
    question: _Question, public_only: bool, filters: dict[str, tuple[str, ...]]
) -> dict[str, dict[str, int]]:
    """Each facet counted under every other facet's selection, in one query.

    The text's matches are computed once (a CTE) for every facet. Without
    text, the answer only changes with the store, so it is cached until an
    entry is written or removed (ids only grow: any write moves the version).
    """
    public = _public(public_only)
    unselected = [facet.name for facet in FACETS if facet.name not in filters]
    scopes = []
    if unselected:
        scopes.append((unselected, [_posting(name, values) for name, values in filters.items()]))
    for own in filters:
        others = [_posting(name, values) for name, values in filters.items() if name != own]
        scopes.append(([own], others))
    matched = question.matched()
    parts = [
        _counts_sql(facets, [*public, *postings], matched=matched is not None, few=question.few)
        for facets, postings in scopes
    ]
    sql = " UNION ALL ".join(part for part, _params in parts)
    params = tuple(value for _part, values in parts for value in values)
    key = None
    if matched is None:
        digest = hashlib.sha256(repr((sql, params)).encode()).hexdigest()
        key = f"search:database:counts:{_store_version()}:{digest}"
        cached = cache.get(key)
        if cached is not None:
            return cached
    else:
        sql, params = f"WITH matched AS ({matched.sql}) {sql}", (*matched.params, *params)
    counts: dict[str, dict[str, int]] = {facet.name: {} for facet in FACETS}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, count in cursor.fetchall():
            counts[facet][value] = count
    if key:
        cache.set(key, counts, 600)
    return counts


def _top(counts: dict[str, int]) -> dict[str, int]:
    best = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:MAX_FACET_VALUES]
    return dict(best)


def _hit(entry: SearchEntry, phrases: Iterable[text.Phrase] | None = None) -> Hit:
    """A result; ``phrases`` None for lists the engine shows without snippets."""
    snippet = mark_safe("")
    if phrases is not None:
        snippet = text.snippet(
            title=entry.title,
            body=entry.body,
            accepted_answer=entry.accepted_answer,
            phrases=phrases,
        )
    return Hit(
        type=entry.type,
        id=entry.object_id,
        title=entry.title,
        url=entry.url,
        snippet=snippet,
        language=entry.language,
        date=entry.date,
        page=entry.page_number,
        authors=tuple(entry.authors or ()),
        context=entry.deck_title if entry.type == "slide" else "",
    )


def matching_documents(
    query: SearchQuery, documents: Iterable[tuple[str, str]], *, public_only: bool
) -> set[tuple[str, str]]:
    """Which of the (family, doc id) documents the query finds: saved-search alerts ask this."""
    among = Q()
    for family, doc_id in documents:
        among |= Q(family=family, doc_id=str(doc_id))
    question = _Question.parse(query.text)
    if not among or question.nothing:
        return set()
    within = [*_public(public_only)]
    within += [_posting(name, values) for name, values in _filters(query).items()]
    matched = question.matched()
    if matched is not None:
        within.append(_Ids(matched))
    entries = SearchEntry.objects.filter(among).filter(_where(within, seek=True))
    return set(entries.values_list("family", "doc_id"))


class DatabaseBackend:
    name = "database"

    def search(self, query: SearchQuery, *, public_only: bool) -> RawResults:
        question = _Question.parse(query.text)
        if question.nothing:
            return RawResults(total=0, hits=[], counts={facet.name: {} for facet in FACETS})
        filters = _filters(query)
        counts = _facet_counts(question, public_only, filters)
        types = counts["type"]
        total = sum(count for value, count in types.items() if value in filters.get("type", types))
        within = [*_public(public_only)]
        within += [_posting(name, values) for name, values in filters.items()]
        page = {"few": question.few, "limit": query.per_page, "offset": query.offset}
        if question.units and query.sort == "relevance":
            ids = question.index.ranked(question.units, within, **page)
        else:
            ids = _newest(question.matched(), within, **page)
        phrases = text.all_phrases(question.units)
        return RawResults(
            total=total,
            hits=[_hit(entry, phrases) for entry in _in_order(ids)],
            counts={name: _top(values) for name, values in counts.items()},
        )

    def suggest(self, text_: str, *, public_only: bool, limit: int = 8) -> list[Hit]:
        """Titles holding the typed words, the last one as a prefix (slides left out)."""
        typed = text.words(text_)
        if not typed:
            return []
        complete = [text.stem(word) for word in typed[:-1]]
        prefixes = sorted({typed[-1], text.stem(typed[-1])})
        ids = text_index().titles_starting(
            complete, prefixes, _public(public_only), [_posting("type", ["slide"])], limit
        )
        return [_hit(entry) for entry in _in_order(ids)]

    def similar(self, family: str, doc_id: str, *, public_only: bool, limit: int = 5) -> list[Hit]:
        """Resources of every type that share the most distinctive words with one document.

        As the engine's more_like_this: the example is the document's text (a
        deck's with its pages'), short and stop words left out, its 30 most
        distinctive words asked for, 15 % of them needed.
        """
        source = (
            SearchEntry.objects.filter(family=family, doc_id=str(doc_id))
            .only("id", "type", "terms", "parent")
            .first()
        )
        if source is None:
            return []
        example = _tokens(source.terms)
        if source.type == "deck" and source.parent:
            pages = SearchEntry.objects.filter(family=family, parent=source.parent).exclude(
                type="deck"
            )
            for terms in pages.values_list("terms", flat=True)[:MAX_DECK_PAGES]:
                example += _tokens(terms)
        occurrences = Counter(word for word in example if len(word) >= 3 and word not in _STOPPED)
        index = text_index()
        frequencies = index.vocabulary(occurrences, ())
        total = SearchEntry.objects.count()
        weight = {word: _idf(count, total) for word, count in frequencies.items()}
        chosen = sorted(weight, key=lambda word: (-occurrences[word] * weight[word], word))
        units = {text.Unit(frozenset({(word,)})): weight[word] for word in chosen[:MAX_QUERY_TERMS]}
        if not units:
            return []
        without = [_entries_where(id=source.id)]
        if source.parent:
            without.append(_entries_where(parent=source.parent))
        within = [*_public(public_only), _posting("type", _and_pages(SIMILAR_TYPES))]
        few = sum(frequencies[word] for word in chosen[:MAX_QUERY_TERMS]) < FEW_MATCHES
        # more_like_this's minimum_should_match "15%".
        needed = max(1, math.floor(len(units) * 0.15))
        return self._rescored(
            index, units, (within, without, few), needed, {}, limit, snippets=False
        )

    def peers(
        self,
        text_: str,
        *,
        institution_kinds: list[str],
        institution_sizes: list[str],
        platforms: list[str],
        public_only: bool,
        limit: int = 10,
    ) -> list[Hit]:
        """Case studies, threads and talks closest to a problem statement, nudged by context."""
        question = _Question.parse(text_)
        total = SearchEntry.objects.count()
        weight = {
            unit: _idf(question.frequency(unit), total)
            for unit in question.units
            if question.frequency(unit)
        }
        strongest = sorted(weight, key=lambda unit: -weight[unit])[:MAX_QUERY_TERMS]
        units = {unit: weight[unit] for unit in strongest}
        if not units:
            return []
        # The engine's minimum_should_match "2<35%": all of one or two words, else 35 %.
        needed = len(units) if len(units) <= 2 else max(1, math.floor(len(units) * 0.35))
        context = {
            "institution_kind": set(institution_kinds),
            "institution_size": set(institution_sizes),
            "platform": set(platforms),
        }
        within = [*_public(public_only), _posting("type", _and_pages(PEER_TYPES))]
        few = sum(map(question.frequency, units)) < FEW_MATCHES
        return self._rescored(
            question.index, units, (within, [], few), needed, context, limit, snippets=True
        )

    @staticmethod
    def _rescored(
        index: _TextIndex,
        units: dict[text.Unit, float],
        candidates: tuple[list[_Set], list[_Set], bool],
        needed: int,
        context: dict[str, set[str]],
        limit: int,
        *,
        snippets: bool,
    ) -> list[Hit]:
        """The best-ranked candidates holding enough units, scored alike on every database.

        ``units`` maps each unit to its weight (its idf): a candidate scores the
        weights of the units it holds, plus the engine's boosts for each
        matching context facet. ``candidates`` are the (within, without, few)
        of the ranked query that finds them.
        """
        within, without, few = candidates
        phrases = text.all_phrases(units)
        ids = index.ranked([text.Unit(phrases)], within, without, few=few, limit=CANDIDATES)
        ranked = _in_order(ids)
        context_values: dict[int, set[str]] = {}
        wanted = Q()
        for facet, values in context.items():
            if values:
                wanted |= Q(facet=facet, value__in=sorted(values))
        if wanted and ranked:
            rows = SearchEntryValue.objects.filter(wanted, entry__in=[entry.id for entry in ranked])
            for entry_id, facet in rows.values_list("entry_id", "facet"):
                context_values.setdefault(entry_id, set()).add(facet)
        scored = []
        for position, entry in enumerate(ranked):
            tokens = _tokens(entry.terms)
            held = [
                unit for unit in units if any(_holds(tokens, phrase) for phrase in unit.phrases)
            ]
            if len(held) < needed:
                continue
            score = sum(units[unit] for unit in held)
            score += sum(CONTEXT_BOOSTS[facet] for facet in context_values.get(entry.id, ()))
            scored.append((-score, position, entry))
        scored.sort(key=lambda item: item[:2])
        return _one_per_resource(
            [_hit(entry, phrases if snippets else None) for _score, _position, entry in scored],
            limit,
        )
