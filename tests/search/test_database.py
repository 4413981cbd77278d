import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from search import database, text
from search.database import DatabaseBackend, matching_documents
from search.documents import (
    CaseStudyDocument,
    DeckPageDocument,
    InstitutionDocument,
    MemberDocument,
    SessionDocument,
    ThreadDocument,
)
from search.indexing import Change, apply, index_object
from search.models import SearchEntry
from search.query import SearchQuery

pytestmark = pytest.mark.django_db

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _database_only(settings):
    """These tests ask the database backend alone; the engine has its own suite."""
    settings.SEARCH_URL = ""


@pytest.fixture(params=["few matches", "many matches"])
def plan(request, monkeypatch):
    """Both ways of filtering: entry by entry (few matches) and by whole sets (many)."""
    monkeypatch.setattr(database, "FEW_MATCHES", 10**9 if request.param == "few matches" else 0)
    return request.param


def _document(family=CaseStudyDocument, pk=1, *, day=1, **fields):
    values = {
        "type": "case_study",
        "title": f"Resource {pk}",
        "object_id": str(pk),
        "url": f"/resources/{pk}/",
        "date": START + dt.timedelta(days=day),
        "visibility": "public",
        **fields,
    }
    return family(meta={"id": str(pk)}, **values)


def _index(*documents, family=CaseStudyDocument, **change):
    apply(Change(family, list(documents), **change))


def _search(text_="", *, public_only=True, **options):
    filters = {name: tuple(values) for name, values in options.pop("filters", {}).items() if values}
    return DatabaseBackend().search(
        SearchQuery(text=text_, filters=filters, **options), public_only=public_only
    )


def _ids(results):
    return [hit.id for hit in results.hits]


def test_folding_lowers_case_and_removes_accents_and_ligatures():
    assert text.fold("Musées") == "musees"
    assert text.fold("MUSÉE d’Orsay") == "musee d’orsay"
    assert text.fold("Œuvres") == "oeuvres"


def test_words_drop_french_elisions_and_english_possessives():
    assert text.words("L'équipe du musée's d’Orsay") == ["equipe", "du", "musee", "orsay"]


def test_french_and_english_plural_and_feminine_forms_share_a_stem():
    pairs = [
        ("reseaux", "reseau"),
        ("sociaux", "social"),
        ("bibliotheques", "bibliotheque"),
        ("museums", "museum"),
        ("communities", "community"),
        ("animatrice", "animateur"),
        ("creatives", "creatif"),
        ("tweeting", "tweets"),
    ]
    assert [(text.stem(one), text.stem(other)) for one, other in pairs] == [
        (text.stem(other), text.stem(other)) for _one, other in pairs
    ]


def test_typo_tolerance_follows_the_engine_fuzziness_auto_4_8():
    vocabulary = ["cat", "trol", "troll", "gestionnair", "gestionair", "musuem", "museum"]

    assert text.near_spellings("cta", vocabulary) == []
    assert text.near_spellings("trols", vocabulary) == ["trol", "troll"]
    assert text.near_spellings("gestionnaire", vocabulary) == ["gestionnair", "gestionair"]
    assert text.near_spellings("museum", vocabulary) == ["musuem"]


def test_synonym_rules_expand_equivalents_both_ways_and_arrows_one_way():
    rules = text.Synonyms.from_rules(["cm, community manager", "twitter => x, bluesky"])

    [manager] = text.query_units("Community Managers", rules)
    [cm] = text.query_units("CM", rules)
    [twitter] = text.query_units("Twitter", rules)
    [x] = text.query_units("x", rules)

    assert manager.phrases == cm.phrases == {("cm",), ("communiti", "manager")}
    assert twitter.phrases == {("x",), ("blueski",)}
    assert x.phrases == {("x",)}


def test_index_terms_keep_title_body_and_answer_apart():
    assert text.index_terms("Les Musées", "Réseaux sociaux", "") == "les mus | reseau social | "


def test_a_french_query_finds_an_english_resource_through_the_synonyms_and_the_reverse():
    _index(
        _document(pk=1, title="Our social media at night", body="Answering after hours."),
        _document(pk=2, title="Le gestionnaire de communauté", body="Un métier jeune."),
    )

    assert _ids(_search("réseaux sociaux")) == ["1"]
    assert _ids(_search("RS")) == ["1"]
    assert _ids(_search("community manager")) == ["2"]
    assert _ids(_search("CM")) == ["2"]


def test_accents_and_case_are_folded_both_ways():
    _index(
        _document(pk=1, title="Les Musées de Lyon"),
        _document(pk=2, title="Musee sans accent"),
    )

    assert sorted(_ids(_search("MUSÉE"))) == ["1", "2"]
    assert sorted(_ids(_search("musees"))) == ["1", "2"]


def test_plural_and_singular_find_each_other_in_french_and_english():
    _index(
        _document(pk=1, title="Bibliothèque municipale"),
        _document(pk=2, title="Museum of the Moving Image"),
    )

    assert _ids(_search("bibliotheques")) == ["1"]
    assert _ids(_search("museums")) == ["2"]


def test_spelling_mistakes_are_tolerated_but_not_in_short_words():
    _index(
        _document(pk=1, title="Community managers and trolls"),
        _document(pk=2, title="A cat in the gallery"),
    )

    assert _ids(_search("comunity managr")) == ["1"]
    assert _ids(_search("trols")) == ["1"]
    assert _ids(_search("cta")) == []


def test_every_word_must_match_somewhere_in_title_body_or_answer():
    _index(
        _document(
            ThreadDocument, pk=1, type="thread", title="Trolls", accepted_answer="Mute them."
        ),
        _document(ThreadDocument, pk=2, type="thread", title="Trolls", body="No idea."),
        family=ThreadDocument,
    )

    assert _ids(_search("trolls mute")) == ["1"]
    assert _search("trolls mute nothingatall").total == 0


def test_a_query_of_punctuation_only_finds_nothing():
    _index(_document(pk=1, title="Anything"))

    results = _search("?!")

    assert (results.total, results.hits) == (0, [])


def test_query_syntax_and_other_scripts_are_searched_as_plain_words(plan):
    _index(
        _document(pk=1, title="Музей истории", body="Not AND or NOT near here"),
        _document(pk=2, title="Quotes", body='He said "hello" (twice)'),
    )
    hostile = ['"unbalanced', "NEAR(a b)", "title:quotes", "*", "x" * 200, "'); DROP TABLE x; --"]

    assert _ids(_search("музей")) == ["1"]
    assert _ids(_search("and NOT near")) == ["1"]
    assert _ids(_search('"hello')) == ["2"]
    assert [_search(query).total for query in hostile] == [0, 0, 0, 0, 0, 0]
    assert [hit.title for hit in DatabaseBackend().suggest('"mu', public_only=True)] == []


@pytest.mark.sqlite_only
def test_without_its_triggers_the_full_text_index_gives_way_to_like_queries(monkeypatch):
    _index(_document(pk=1, title="Trolls at night"))
    monkeypatch.setattr(database, "_fts5_ready", {})
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TRIGGER {database.FTS_TABLE}_insert")

    assert database.text_index() is database._LIKE
    assert _ids(_search("troll")) == ["1"]


def _facetted_corpus():
    _index(
        _document(pk=1, title="Trolls one", topics=["trolls"], language="fr", year=2023),
        _document(pk=2, title="Trolls two", topics=["trolls", "live"], language="en", year=2024),
        _document(pk=3, title="Trolls three", topics=["live"], language="en", year=2024),
        _document(pk=4, title="Trolls four", topics=["tools"], language="fr", year=2022),
    )
    _index(
        _document(ThreadDocument, pk=5, type="thread", title="Trolls five", topics=["trolls"]),
        family=ThreadDocument,
    )


def test_facet_counts_count_every_value_of_the_matching_resources(plan):
    _facetted_corpus()

    results = _search("trolls")

    assert results.total == 5
    assert results.counts["type"] == {"case_study": 4, "thread": 1}
    assert results.counts["topic"] == {"trolls": 3, "live": 2, "tools": 1}
    assert results.counts["language"] == {"en": 2, "fr": 2}
    assert results.counts["year"] == {"2024": 2, "2023": 1, "2022": 1}


def test_several_values_of_one_facet_are_or_and_do_not_shrink_their_own_counts(plan):
    _facetted_corpus()

    results = _search("trolls", filters={"topic": ["trolls", "tools"]})

    assert sorted(_ids(results)) == ["1", "2", "4", "5"]
    assert results.total == 4
    assert results.counts["topic"] == {"trolls": 3, "live": 2, "tools": 1}


def test_a_selection_in_another_facet_shrinks_the_counts(plan):
    _facetted_corpus()

    results = _search("trolls", filters={"topic": ["trolls", "tools"], "language": ["fr"]})

    assert sorted(_ids(results)) == ["1", "4"]
    assert results.counts["topic"] == {"trolls": 1, "tools": 1}
    assert results.counts["language"] == {"fr": 2, "en": 1}
    assert results.counts["type"] == {"case_study": 2}


def test_a_type_selection_gives_the_total_of_the_selected_types():
    _facetted_corpus()

    results = _search("", filters={"type": ["thread"]})

    assert (results.total, _ids(results)) == (1, ["5"])
    assert results.counts["type"] == {"case_study": 4, "thread": 1}


def test_facet_counts_follow_changes_to_the_store():
    _facetted_corpus()
    assert _search("").counts["language"] == {"en": 2, "fr": 2}

    _index(_document(pk=6, title="Another", language="en"))
    _index(family=CaseStudyDocument, removed=["1"])

    assert _search("").counts["language"] == {"en": 3, "fr": 1}


def test_members_only_entries_are_found_by_members_and_never_by_visitors(plan):
    _index(
        _document(MemberDocument, pk=1, type="member", title="Ada Public", visibility="public"),
        _document(MemberDocument, pk=2, type="member", title="Ada Private", visibility="members"),
        family=MemberDocument,
    )

    visitor = _search("ada")
    member = _search("ada", public_only=False)

    assert (_ids(visitor), visitor.counts["type"]) == (["1"], {"member": 1})
    assert (sorted(_ids(member)), member.counts["type"]) == (["1", "2"], {"member": 2})
    assert _ids(_search("", filters={"type": ["member"]})) == ["1"]


def test_relevance_puts_title_matches_first_and_newest_sorts_by_date(plan):
    _index(
        _document(pk=1, title="Trolls on a Sunday", body="We answered.", day=1),
        _document(pk=2, title="Weekend notes", body="Some trolls came.", day=9),
    )

    assert _ids(_search("trolls")) == ["1", "2"]
    assert _ids(_search("trolls", sort="newest")) == ["2", "1"]


def test_an_empty_query_browses_everything_newest_first():
    _index(*(_document(pk=pk, day=pk) for pk in range(1, 4)))

    results = _search("")

    assert (results.total, _ids(results)) == (3, ["3", "2", "1"])


def test_pagination_splits_the_results_and_keeps_the_total(plan):
    _index(*(_document(pk=pk, title=f"Trolls {pk}", day=pk) for pk in range(1, 26)))

    first = _search("trolls", sort="newest")
    second = _search("trolls", sort="newest", page=2)

    assert (first.total, second.total) == (25, 25)
    assert len(first.hits) == 20
    assert _ids(second) == [str(pk) for pk in range(5, 0, -1)]


def test_snippets_mark_the_matched_words_and_escape_the_body():
    _index(
        _document(
            pk=1,
            title="Pranks",
            body="Someone posted <script>alert('x')</script> under our trolls thread.",
        )
    )

    [hit] = _search("trolls").hits

    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in hit.snippet
    assert "<mark>trolls</mark>" in hit.snippet


def test_a_snippet_is_a_passage_around_the_first_match_of_a_long_body():
    body = (
        " ".join(["filler"] * 100) + " the vernissage was live-tweeted " + " ".join(["end"] * 100)
    )
    _index(_document(pk=1, title="Evening", body=body))

    [hit] = _search("vernissage").hits

    assert "<mark>vernissage</mark>" in hit.snippet
    assert len(hit.snippet) < 260
    assert hit.snippet.startswith("filler")


def test_a_multi_word_synonym_is_marked_as_one_phrase():
    _index(_document(pk=1, title="Jobs", body="Our gestionnaire de communauté left."))

    [hit] = _search("community manager").hits

    assert hit.snippet == "Our <mark>gestionnaire de communauté</mark> left."


def test_a_title_only_match_shows_the_start_of_the_body_unmarked():
    _index(_document(pk=1, title="Trolls", body="A calm story about nothing."))

    [hit] = _search("trolls").hits

    assert hit.snippet == "A calm story about nothing."


def _deck(pages: dict[int, str], *, pk=7, title="Reels that worked"):
    common = {
        "deck_title": title,
        "parent": DeckPageDocument.parent_key(pk),
        "object_id": str(pk),
        "language": "fr",
    }
    documents = [
        DeckPageDocument(
            meta={"id": DeckPageDocument.doc_id(pk)},
            type="deck",
            title=title,
            url=f"/decks/{pk}/",
            date=START,
            visibility="public",
            **common,
        )
    ]
    for number, page in pages.items():
        documents.append(
            DeckPageDocument(
                meta={"id": DeckPageDocument.doc_id(pk, number)},
                type="slide",
                title=page.splitlines()[0],
                body=page,
                page_number=number,
                url=f"/decks/{pk}/slides/{number}/",
                date=START,
                visibility="public",
                **common,
            )
        )
    apply(Change(DeckPageDocument, documents, group=DeckPageDocument.parent_key(pk)))


def test_a_fact_on_one_page_of_a_deck_is_found_and_names_its_page():
    _deck(
        {number: f"Slide {number}: our plan." for number in range(1, 14)}
        | {11: "Les vidéos courtes ont triplé les abonnés du musée."}
    )

    [hit] = _search("videos abonnes").hits

    assert (hit.type, hit.id, hit.page, hit.url) == ("slide", "7", 11, "/decks/7/slides/11/")
    assert hit.context == "Reels that worked"


def test_a_group_is_replaced_as_a_whole_and_removed_documents_disappear():
    _deck({1: "Old page one", 2: "Old page two"})
    _deck({1: "New page one"})

    assert sorted(SearchEntry.objects.values_list("doc_id", flat=True)) == ["7-0", "7-1"]
    assert _search("old").total == 0

    apply(Change(DeckPageDocument, group=DeckPageDocument.parent_key(7)))

    assert not SearchEntry.objects.exists()


def test_suggestions_are_titles_holding_the_typed_words_with_the_last_one_a_prefix():
    _index(
        _document(pk=1, title="Community managers at night", day=2),
        _document(pk=2, title="Communication plan", day=1),
        _document(pk=3, title="Museum night", day=3),
    )
    _deck({1: "Community slide"})

    assert sorted(hit.id for hit in DatabaseBackend().suggest("commu", public_only=True)) == [
        "1",
        "2",
    ]
    assert [hit.title for hit in DatabaseBackend().suggest("community man", public_only=True)] == [
        "Community managers at night"
    ]
    assert DatabaseBackend().suggest("night comm", public_only=True)[0].title == (
        "Community managers at night"
    )


def test_similar_resources_share_distinctive_words_across_types_but_not_the_same_event(plan):
    shared = "Instagram moderation of trolls every Sunday evening with volunteers"
    _index(
        _document(
            SessionDocument,
            pk="event-1",
            type="event",
            title="Trolls day",
            body=shared,
            parent="event-1",
        ),
        _document(
            SessionDocument,
            pk="session-2",
            type="session",
            title="Trolls session",
            body=shared,
            parent="event-1",
        ),
        family=SessionDocument,
    )
    _index(
        _document(pk=3, title="Sunday trolls", body="Instagram moderation with volunteers"),
        _document(pk=4, title="Budgets", body="Paying for advertising"),
    )
    _index(
        _document(InstitutionDocument, pk=5, type="institution", title="Trolls", body=shared),
        family=InstitutionDocument,
    )

    similar = DatabaseBackend().similar("events", "event-1", public_only=True)

    assert [hit.id for hit in similar] == ["3"]


def test_similar_resources_reach_a_deck_through_its_pages_once_and_a_deck_brings_its_pages():
    _deck({1: "Welcome", 2: "Trolls insult curators on Instagram", 3: "Instagram trolls again"})
    _index(_document(pk=3, title="Instagram trolls", body="Insults to our curators"))

    like_case_study = DatabaseBackend().similar("casestudies", "3", public_only=True)
    like_deck = DatabaseBackend().similar("decks", "7-0", public_only=True)

    assert [(hit.type, hit.id) for hit in like_case_study] == [("slide", "7")]
    assert [(hit.type, hit.id) for hit in like_deck] == [("case_study", "3")]


def test_peers_share_some_words_of_the_problem_and_prefer_the_same_context(plan):
    problem = "Trolls insult our curators on Instagram every Sunday, how do you moderate?"
    _index(
        _document(pk=1, title="Moderating trolls on Instagram", institution_kinds=["library"]),
        _document(pk=2, title="Instagram trolls on Sundays", institution_kinds=["art_museum"]),
        _document(pk=3, title="Budget for posters", institution_kinds=["art_museum"]),
    )
    _index(
        _document(MemberDocument, pk=4, type="member", title="Trolls Instagram moderation"),
        family=MemberDocument,
    )

    for kind, first in (("library", "1"), ("art_museum", "2")):
        peers = DatabaseBackend().peers(
            problem,
            institution_kinds=[kind],
            institution_sizes=[],
            platforms=[],
            public_only=True,
        )
        assert peers[0].id == first
        assert sorted(hit.id for hit in peers) == ["1", "2"]


def test_saved_search_alerts_can_ask_which_new_documents_a_query_finds(plan):
    _facetted_corpus()

    found = matching_documents(
        SearchQuery(text="trolls", filters={"language": ("fr",)}),
        [("casestudies", "1"), ("casestudies", "2"), ("threads", "5")],
        public_only=True,
    )

    assert found == {("casestudies", "1")}


def test_the_number_of_queries_does_not_grow_with_the_filters(django_assert_max_num_queries):
    _facetted_corpus()
    _search("trolls")

    with django_assert_max_num_queries(4):
        _search("trols", filters={"topic": ["trolls"]})
    with django_assert_max_num_queries(4):
        _search("trols", filters={"topic": ["trolls"], "language": ["fr"], "year": ["2023"]})


def test_the_like_fallback_finds_the_same_resources(monkeypatch):
    _facetted_corpus()
    _index(_document(pk=9, title="Le gestionnaire de communauté", body="Les trols du dimanche."))
    questions = ["trolls", "community manager", "trols dimanche", ""]
    expected = [
        (sorted(_ids(results)), results.counts)
        for results in (_search(question) for question in questions)
    ]

    monkeypatch.setattr(database, "text_index", lambda: database._LIKE)

    assert [
        (sorted(_ids(results)), results.counts)
        for results in (_search(question) for question in questions)
    ] == expected


def test_real_threads_are_indexed_and_hidden_ones_removed(
    trusted_member, thread_factory, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = thread_factory(trusted_member, title="Budget for ads", body="How much do you pay?")

    assert _ids(_search("budget ads")) == [str(thread.pk)]

    with django_capture_on_commit_callbacks(execute=True):
        thread.is_hidden = True
        thread.save()

    assert _search("budget ads").total == 0


def _rebuild(*args) -> str:
    out = StringIO()
    call_command("rebuild_search_index", *args, stdout=out)
    return out.getvalue()


def test_rebuilding_the_database_copy_rewrites_it_from_the_rows_and_drops_stale_entries(
    institution_factory,
):
    louvre = institution_factory(name="Musée du Louvre")
    orsay = institution_factory(name="Musée d'Orsay")
    _index(_document(InstitutionDocument, pk=999, type="institution"), family=InstitutionDocument)

    output = _rebuild("--backend", "database", "--family", "institutions", "--chunk-size", "1")

    assert "2/2 institutions (database)" in output
    assert sorted(SearchEntry.objects.values_list("doc_id", flat=True)) == sorted(
        [str(louvre.pk), str(orsay.pk)]
    )
    assert len(_search("musee").hits) == 2


def test_without_an_engine_a_rebuild_rebuilds_the_database_copy_alone(institution):
    output = _rebuild("--family", "institutions")

    assert "1/1 institutions (database)" in output
    assert _ids(_search(institution.name)) == [str(institution.pk)]


def test_rebuilding_the_engine_without_one_is_refused_with_a_clear_message():
    with pytest.raises(CommandError, match="SEARCH_URL"):
        _rebuild("--backend", "engine")


def test_the_store_rebuild_keeps_answering_until_it_finishes():
    _index(_document(pk=1, title="Old trolls"), _document(pk=2, title="Gone trolls"))
    rebuild = database.StoreRebuild("casestudies")

    rebuild.write([_document(pk=1, title="New trolls")])

    assert sorted(_ids(_search("trolls"))) == ["1", "2"]
    assert rebuild.finish() == 1
    assert _ids(_search("trolls")) == ["1"]


def test_index_object_writes_the_database_copy_of_an_institution(institution):
    index_object("network", "institution", institution.pk)

    [hit] = _search(institution.name).hits

    assert (hit.type, hit.id, hit.url) == (
        "institution",
        str(institution.pk),
        institution.get_absolute_url(),
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_full_text_migration_is_reversible():
    executor = MigrationExecutor(connection)
    executor.migrate([("search", "0001_initial")])
    executor.loader.build_graph()
    executor.migrate([("search", "0002_full_text_index")])
    database._fts5_ready.clear()

    _index(_document(pk=1, title="Trolls after a round trip"))

    assert _ids(_search("trolls")) == ["1"]
    if connection.vendor == "sqlite":
        assert database.text_index() is database._FTS5


@pytest.mark.postgres
def test_postgresql_matches_through_its_gin_index():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_entry_terms_gin'")
        [(definition,)] = cursor.fetchall()

    assert "gin" in definition.lower()
    assert database.text_index() is database._POSTGRES
