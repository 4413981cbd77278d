"""The engine backend: elasticsearch-dsl ``FacetedSearch`` over every family's alias.

``FacetedSearch`` puts the facet selections in a ``post_filter`` and computes
each facet's counts under every *other* facet's selection, so choosing several
values of one facet (OR) never shrinks that facet's own counts. The text query
matches through three analysed views of each field (folded, French, English,
with the synonyms file applied at query time) plus a typo-tolerant clause.

"Similar resources" and "find peers" also read the pages of decks, whose words
are mostly there, and keep one hit per deck.
"""

from __future__ import annotations

import datetime as dt
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from elasticsearch_dsl import FacetedSearch, Integer, Q, Search, TermsFacet
from opensearchpy.exceptions import ConnectionError as EngineConnectionError
from opensearchpy.exceptions import ConnectionTimeout, TransportError

from . import engine
from .documents import SearchDocument, all_aliases, family_named
from .facets import FACETS
from .query import Hit, RawResults, SearchQuery

WEIGHTED_FIELDS = ("title^3", "body", "accepted_answer^2", "tags")
SNIPPET_LENGTH = 180
# Private-use characters mark highlights so that the text can be escaped first.
_MARK_START, _MARK_END = "\ue000", "\ue001"
SUMMARY_SOURCE = [
    "type",
    "object_id",
    "title",
    "url",
    "language",
    "date",
    "page_number",
    "authors",
    "deck_title",
]
# Beyond this many words a query is a pasted passage: near spellings are sought in one clause.
MAX_FUZZY_WORDS = 12
MAX_FUZZY_WORD_LENGTH = 30
MAX_HIGHLIGHT_WORDS = 60
SIMILAR_FIELDS = ("title", "body", "accepted_answer")
SIMILAR_SOURCE = "type,object_id,parent,title,body,accepted_answer"
# Decks rarely run past this many pages; their text makes the example of "similar".
MAX_DECK_PAGES = 300
# Words too common to make two resources alike (folded, as the analysed text is).
SIMILAR_STOP_WORDS = (  # noqa: SIM905 (reads better as one block)
    "about all also and any are aux avec but can car ces cet cette chez comme could dans "
    "des donc elle elles entre est etait ete faire fait for from had has have here how "
    "ils into its just les leur leurs lui mais more most nos not notre nous ont onto our "
    "ours par pas plus pour que qui quoi sans ses should some son sont sous sur than that "
    "the their them then there these they this those tous tout toutes une very vos votre "
    "vous was were what when where which who why will with would you your"
).split()
_STOP = frozenset(SIMILAR_STOP_WORDS)
# Resource types offered as "similar" or as a peer's experience.
SIMILAR_TYPES = ["case_study", "deck", "session", "thread", "event"]
PEER_TYPES = ["case_study", "thread", "deck", "session"]
# A deck's words are mostly on its pages: its slides are searched too, one hit per deck kept.
_WITH_PAGES = {"deck": "slide"}


def _fields(suffix: str) -> list[str]:
    fields = []
    for weighted in WEIGHTED_FIELDS:
        name, _, boost = weighted.partition("^")
        fields.append(f"{name}{suffix}^{boost}" if boost else f"{name}{suffix}")
    return fields


def text_query(text: str, *, operator: str = "and", minimum_should_match: str | None = None):
    """Every word in some field, through any of the folded, French or English analysis."""
    extra = {"minimum_should_match": minimum_should_match} if minimum_should_match else {}
    analysed = [
        Q(
            "multi_match",
            query=text,
            type="cross_fields",
            fields=_fields(suffix),
            operator=operator,
            **extra,
        )
        for suffix in ("", ".fr", ".en")
    ]
    return Q("dis_max", queries=[*analysed, _typo_tolerant(text, operator, extra)], tie_breaker=0.2)


def _fuzzy(text: str, **options):
    return Q(
        "multi_match",
        query=text,
        fields=list(WEIGHTED_FIELDS),
        fuzziness="AUTO:4,8",
        prefix_length=1,
        analyzer="folded_index",
        **options,
    )


def _typo_tolerant(text: str, operator: str, extra: dict):
    """Near spellings; with "and", each word on its own so a title word and a body word meet."""
    # Punctuation alone analyses to nothing, and a clause of nothing would match nothing.
    # Very long words are left to the exact clauses: their automata get too large to build.
    words = [
        word
        for word in text.split()
        if any(char.isalnum() for char in word) and len(word) <= MAX_FUZZY_WORD_LENGTH
    ]
    if not words:
        return Q("match_none")
    if operator != "and" or len(words) < 2 or len(words) > MAX_FUZZY_WORDS:
        return _fuzzy(" ".join(words), operator=operator, boost=0.4, **extra)
    return Q("bool", must=[_fuzzy(word, operator="and") for word in words], boost=0.4)


ENGINE_ERRORS = (EngineConnectionError, ConnectionTimeout)


# A value an ``Integer`` field can hold: anything else in the URL would make the engine answer 400.
_INTEGER = re.compile(r"-?\d{1,9}")


class NumberFacet(TermsFacet):
    """A terms facet over a numeric field, such as the year, whose values arrive as URL text.

    A value that is no number selects nothing (the selection stays visible and
    removable) instead of making the whole request fail.
    """

    def add_filter(self, filter_values):
        if not filter_values:
            return None
        numbers = [int(value) for value in filter_values if _INTEGER.fullmatch(str(value))]
        return super().add_filter(numbers) if numbers else Q("match_none")


def _facet_for(facet) -> TermsFacet:
    field = SearchDocument._doc_type.mapping.resolve_field(facet.field)
    kind = NumberFacet if isinstance(field, Integer) else TermsFacet
    return kind(field=facet.field, size=200, min_doc_count=1)


class ResourceSearch(FacetedSearch):
    facets = {facet.name: _facet_for(facet) for facet in FACETS}
    fields = list(WEIGHTED_FIELDS)

    def __init__(self, query: SearchQuery, *, public_only: bool):
        self.index = all_aliases()
        self.public_only = public_only
        self.search_query = query
        if query.sort == "newest" or not query.text:
            sort = [{"date": {"order": "desc", "missing": "_last"}}, "_score"]
        else:
            sort = ["_score", {"date": {"order": "desc", "missing": "_last"}}]
        super().__init__(query.text or None, dict(query.filters), sort)

    def search(self):
        search = super().search().source(SUMMARY_SOURCE).extra(track_total_hits=True)
        search = search.params(ignore_unavailable=True)
        return _visible(search, self.public_only)

    def query(self, search, query):
        return search.query(text_query(query)) if query else search

    def highlight(self, search):
        return _highlighted(search)


def _visible(search: Search, public_only: bool) -> Search:
    return search.filter("term", visibility="public") if public_only else search


def _highlighted(search: Search, *, words: str | None = None) -> Search:
    """Marks matched words; ``words`` stands in for a query the highlighter cannot read."""
    names = [
        f"{name}{suffix}"
        for name in ("accepted_answer", "body", "title")
        for suffix in ("", ".fr", ".en")
    ]
    extra = {}
    if words:
        kept = [word for word in words.split() if len(word) > 2 and word.lower() not in _STOP]
        distinct = " ".join(list(dict.fromkeys(kept))[:MAX_HIGHLIGHT_WORDS])
        extra["highlight_query"] = Q("multi_match", query=distinct, fields=names).to_dict()
    # no_match_size: a passage of the body even where only the title matched.
    return search.highlight_options(
        **extra,
        pre_tags=[_MARK_START],
        post_tags=[_MARK_END],
        fragment_size=SNIPPET_LENGTH,
        number_of_fragments=1,
        no_match_size=SNIPPET_LENGTH,
    ).highlight(*names)


def snippet_html(fragment: str) -> SafeString:
    # The passage is escaped before the marks go in, so only <mark> is markup.
    return mark_safe(  # noqa: S308
        escape(" ".join(fragment.split()))
        .replace(_MARK_START, "<mark>")
        .replace(_MARK_END, "</mark>")
        .replace("</mark> <mark>", " ")
    )


def _best_fragment(highlight) -> str:
    if not highlight:
        return ""
    found = highlight.to_dict()
    marked = [fragments[0] for fragments in found.values() if _MARK_START in fragments[0]]
    # Prefer a marked passage of the body or answer over the (already shown) title.
    for name, fragments in found.items():
        if not name.startswith("title") and _MARK_START in fragments[0]:
            return fragments[0]
    if found.get("body"):
        return found["body"][0]
    return marked[0] if marked else ""


def _date(value) -> dt.datetime | None:
    if not value:
        return None
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def hit_from(document) -> Hit:
    source = document.to_dict()
    language = source.get("language") or ""
    if isinstance(language, list):
        language = language[0] if language else ""
    return Hit(
        type=source.get("type", ""),
        id=str(source.get("object_id", document.meta.id)),
        title=source.get("title", ""),
        url=source.get("url", ""),
        snippet=snippet_html(_best_fragment(getattr(document.meta, "highlight", None))),
        language=language,
        date=_date(source.get("date")),
        page=source.get("page_number"),
        authors=tuple(source.get("authors") or ()),
        context=source.get("deck_title", "") if source.get("type") == "slide" else "",
    )


def _texts_of_group(family, group: str) -> list[str]:
    """The text of every page of a deck (its other documents)."""
    pages = Search(index=family.alias()).filter("term", parent=group).exclude("term", type="deck")
    pages = pages.source(["body"]).params(ignore_unavailable=True)[:MAX_DECK_PAGES]
    return [page.body for page in pages.execute() if getattr(page, "body", "")]


# Enough candidates that a deck found through several of its pages still leaves ``limit`` others.
_OVERFETCH = 3


def _and_pages(types: list[str]) -> list[str]:
    return types + [_WITH_PAGES[name] for name in types if name in _WITH_PAGES]


def _one_per_resource(documents, limit: int) -> list[Hit]:
    """Hits in rank order, one per resource: a deck's own document over any of its pages."""
    chosen: dict[tuple[str, str], Hit] = {}
    for document in documents:
        hit = hit_from(document)
        key = ("deck" if hit.type == "slide" else hit.type, hit.id)
        if key not in chosen or (hit.type == "deck" and chosen[key].type == "slide"):
            # Replacing keeps the place of the deck's best-ranked document.
            chosen[key] = hit
    return list(chosen.values())[:limit]


def _engine_call(run):
    try:
        return run()
    except ENGINE_ERRORS as error:
        raise engine.EngineUnavailable(str(error)) from error
    except TransportError as error:
        if isinstance(error.status_code, int) and error.status_code >= 500:
            raise engine.EngineUnavailable(str(error)) from error
        raise


class EngineBackend:
    name = "engine"

    def search(self, query: SearchQuery, *, public_only: bool) -> RawResults:
        faceted = ResourceSearch(query, public_only=public_only)
        faceted = faceted[query.offset : query.offset + query.per_page]
        response = _engine_call(faceted.execute)
        counts = {
            name: {str(value): count for value, count, _selected in values}
            for name, values in response.facets.to_dict().items()
        }
        return RawResults(
            total=response.hits.total.value,
            hits=[hit_from(document) for document in response],
            counts=counts,
        )

    def suggest(self, text: str, *, public_only: bool, limit: int = 8) -> list[Hit]:
        """Titles that start with what has been typed so far, word by word."""
        search = Search(index=all_aliases()).params(ignore_unavailable=True)
        search = search.query(
            "multi_match",
            query=text,
            type="bool_prefix",
            fields=["title.suggest", "title.suggest._2gram", "title.suggest._3gram"],
            operator="and",
        ).exclude("term", type="slide")
        search = _visible(search, public_only).source(SUMMARY_SOURCE)[:limit]
        return [hit_from(document) for document in _engine_call(search.execute)]

    def similar(self, family: str, doc_id: str, *, public_only: bool, limit: int = 5) -> list[Hit]:
        """Resources of every type that share the most distinctive words with one document.

        The document's own text is sent as the example (a deck's with the text of
        its pages, where its words mostly are) rather than a reference to it: the
        engine only reads a referenced example's terms in its own index, which would
        leave the other families out.
        """
        source = family_named(family)
        found = _engine_call(
            lambda: engine.client().get(
                index=source.alias(), id=doc_id, params={"_source": SIMILAR_SOURCE}, ignore=[404]
            )
        )
        document = found.get("_source") if found.get("found") else None
        if not document:
            return []
        texts = [document.get(name) or "" for name in SIMILAR_FIELDS]
        group = document.get("parent")
        if document.get("type") == "deck" and group:
            texts += _engine_call(lambda: _texts_of_group(source, group))
        texts = [text for text in texts if text.strip()]
        if not texts:
            return []
        like = Q(
            "more_like_this",
            fields=list(SIMILAR_FIELDS),
            like=texts,
            min_term_freq=1,
            min_doc_freq=1,
            min_word_length=3,
            stop_words=SIMILAR_STOP_WORDS,
            max_query_terms=30,
            minimum_should_match="15%",
        )
        search = Search(index=all_aliases()).params(ignore_unavailable=True).query(like)
        search = search.filter("terms", type=_and_pages(SIMILAR_TYPES))
        if group:
            search = search.exclude("term", parent=group)
        itself = [
            Q("term", type=document.get("type")),
            Q("term", object_id=document.get("object_id")),
        ]
        search = search.exclude("bool", filter=itself)
        search = _highlighted(_visible(search, public_only)).source(SUMMARY_SOURCE)
        search = search[: limit * _OVERFETCH]
        return _one_per_resource(_engine_call(search.execute), limit)

    def peers(
        self,
        text: str,
        *,
        institution_kinds: list[str],
        institution_sizes: list[str],
        platforms: list[str],
        public_only: bool,
        limit: int = 10,
    ) -> list[Hit]:
        """Case studies, threads and talks closest to a problem statement, nudged by context.

        The statement is an example text (``more_like_this``): its most distinctive
        words are kept, common ones dropped, so a long statement stays one small query.
        """
        context = [
            Q("terms", institution_kinds=institution_kinds, boost=1.5),
            Q("terms", institution_sizes=institution_sizes, boost=1.2),
            Q("terms", platforms=platforms, boost=1.2),
        ]
        fields = [f"{name}{suffix}" for name in SIMILAR_FIELDS for suffix in ("", ".fr", ".en")]
        like = Q(
            "more_like_this",
            fields=fields,
            like=[text],
            min_term_freq=1,
            min_doc_freq=1,
            min_word_length=3,
            stop_words=SIMILAR_STOP_WORDS,
            max_query_terms=40,
            minimum_should_match="2<30%",
        )
        query = Q(
            "bool",
            must=[like],
            should=[
                clause
                for clause, values in zip(
                    context, (institution_kinds, institution_sizes, platforms), strict=True
                )
                if values
            ],
        )
        search = Search(index=all_aliases()).params(ignore_unavailable=True).query(query)
        search = _highlighted(search.filter("terms", type=_and_pages(PEER_TYPES)), words=text)
        search = _visible(search, public_only).source(SUMMARY_SOURCE)[: limit * _OVERFETCH]
        return _one_per_resource(_engine_call(search.execute), limit)
