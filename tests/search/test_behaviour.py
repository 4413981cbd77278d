"""What a reader of the search page gets, asked the same way of both backends.

Every test indexes real objects (through ``index_object``, or through the
signals when it follows an update) and asks ``run_search`` with one backend
forced: the engine when ``SEARCH_URL`` is set, the database backend when it is
empty. Each answer must name the backend that was asked, so a silent fallback
to the database cannot pass for the engine; questions the service does not
label (similar resources, an impossible filter) go to the backend object itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from urllib.parse import urlencode

import pytest
from allauth.account.models import EmailAddress
from django.http import QueryDict
from django.utils import timezone

from casestudies.models import Slide, SlideDeck
from forums import moderation
from forums.answers import accept_answer
from forums.models import Thread
from forums.posting import edit_post
from network.models import Topic
from search.database import DatabaseBackend
from search.faceted import EngineBackend
from search.facets import RESOURCE_TYPES
from search.indexing import index_object, refresh_all
from search.query import PER_PAGE, SearchQuery, SearchResults
from search.service import run_search
from tests.casestudies.builders import publish_case_study
from tests.forums.conftest import moderators_room  # noqa: F401  (the forum's fixture, reused here)

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[pytest.param("engine", marks=pytest.mark.opensearch), "database"])
def backend(request, settings) -> str:
    if request.param == "database":
        settings.SEARCH_URL = ""
    return request.param


@pytest.fixture
def search(backend):
    """Asks the search service as the search page does, with ``backend`` forced."""

    def ask(
        text: str = "",
        *,
        viewer=None,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = PER_PAGE,
        **facets: tuple[str, ...],
    ) -> SearchResults:
        pairs = [("q", text), ("sort", sort), ("page", str(page))]
        pairs += [(name, value) for name, values in facets.items() for value in values]
        query = replace(SearchQuery.from_params(QueryDict(urlencode(pairs))), per_page=per_page)
        if backend == "engine":
            refresh_all()
        results = run_search(query, viewer)
        assert (results.backend, results.degraded) == (backend, False)
        return results

    return ask


@pytest.fixture
def asked_backend(backend):
    """The backend itself, so that a failing engine cannot hand over to the database unseen."""
    return EngineBackend() if backend == "engine" else DatabaseBackend()


def _index(*objects) -> None:
    for obj in objects:
        index_object(obj._meta.app_label, obj._meta.model_name, obj.pk)


def _titles(results: SearchResults) -> list[str]:
    return sorted(hit.title for hit in results.hits)


def _found(results: SearchResults) -> set[tuple[str, str]]:
    return {(hit.type, hit.title) for hit in results.hits}


def _counts(results: SearchResults, facet: str) -> dict[str, int]:
    """The facet's values that have a count, with their counts."""
    return {value.value: value.count for value in results.facets[facet] if value.count}


def _deck(
    owner, *, title: str, pages: list[str], slug: str, status=SlideDeck.Status.READY, **fields
):
    deck = SlideDeck.objects.create(
        title=title, slug=slug, owner=owner, language=fields.pop("language", "fr"), **fields
    )
    for number, text in enumerate(pages, start=1):
        Slide.objects.create(deck=deck, number=number, text=text, thumbnail="t.png", image="i.png")
    deck.status = status
    deck.page_count = len(pages)
    deck.save()
    return deck


def _thread(thread_factory, author, title: str, body: str, *, language: str = "en", **changes):
    thread = thread_factory(author, title=title, body=body)
    changes = {"language": language, **changes}
    Thread.objects.filter(pk=thread.pk).update(**changes)
    thread.refresh_from_db()
    return thread


# --- Synonyms across languages -------------------------------------------------------------


def test_a_french_query_finds_an_english_case_study_through_the_synonyms(
    search, member, institution, home_page
):
    english = publish_case_study(
        author=member,
        institution=institution,
        title="Growing our social media audience",
        summary="Three years of social media posts, measured.",
    )
    french = publish_case_study(
        author=member,
        institution=institution,
        language="fr",
        title="Recruter un gestionnaire de communauté",
        summary="Une fiche de poste et un entretien.",
        topics=("community-management",),
    )
    _index(english, french)

    assert _found(search("réseaux sociaux")) == {("case_study", english.title)}
    assert _found(search("RS")) == {("case_study", english.title)}


def test_an_english_query_finds_a_french_case_study_through_the_synonyms(
    search, member, institution, home_page
):
    english = publish_case_study(
        author=member,
        institution=institution,
        title="Growing our social media audience",
        summary="Three years of posts, measured.",
    )
    french = publish_case_study(
        author=member,
        institution=institution,
        language="fr",
        title="Recruter un gestionnaire de communauté",
        summary="Une fiche de poste et un entretien.",
    )
    _index(english, french)

    assert _found(search("community manager")) == {("case_study", french.title)}
    assert _found(search("CM")) == {("case_study", french.title)}


# --- Slide decks: a fact deep inside a deck ------------------------------------------------


def test_a_fact_on_page_eleven_of_thirteen_is_found_and_links_to_that_page(search, member):
    pages = [f"Slide {number}: our Instagram plan." for number in range(1, 14)]
    pages[10] = "Les vidéos courtes ont triplé les abonnés du musée.\nChiffres de 2024."
    deck = _deck(member, title="Reels that worked", pages=pages, slug="reels")
    _index(deck)

    results = search("videos courtes abonnes")

    assert [(hit.type, hit.page, hit.id) for hit in results.hits] == [("slide", 11, str(deck.pk))]
    hit = results.hits[0]
    assert hit.url.endswith(deck.slide_url(11))
    assert hit.title == "Les vidéos courtes ont triplé les abonnés du musée."
    assert hit.context == deck.title


def test_a_deck_is_found_once_by_its_title_and_its_pages_only_by_their_own_text(search, member):
    deck = _deck(
        member,
        title="Reels that worked",
        pages=["Welcome", "Budget and reels", "Thanks"],
        slug="reels",
        description="What short videos did for us.",
    )
    _index(deck)

    assert [(hit.type, hit.page) for hit in search("worked").hits] == [("deck", None)]
    assert sorted((hit.type, hit.page or 0) for hit in search("reels").hits) == [
        ("deck", 0),
        ("slide", 2),
    ]


# --- Matching: folding, stemming, spelling -------------------------------------------------


def test_accents_and_case_are_folded_both_ways(search, trusted_member, thread_factory):
    accented = _thread(thread_factory, trusted_member, "Notre Musée sur TikTok", "Vidéos.")
    plain = _thread(thread_factory, trusted_member, "Le musee en ligne", "Photos.")
    other = _thread(thread_factory, trusted_member, "Budget for ads", "How much?")
    _index(accented, plain, other)

    expected = [plain.title, accented.title]
    assert _titles(search("musee")) == sorted(expected)
    assert _titles(search("MUSÉE")) == sorted(expected)
    assert _titles(search("Musée")) == sorted(expected)


def test_french_and_english_words_are_stemmed_so_plural_and_singular_meet(
    search, trusted_member, thread_factory
):
    french = _thread(
        thread_factory,
        trusted_member,
        "Nos bibliothèques partenaires",
        "Un partenariat par an.",
        language="fr",
    )
    english = _thread(thread_factory, trusted_member, "One museum, one post a day", "Routine.")
    troll = _thread(thread_factory, trusted_member, "A troll on every post", "Ignore it.")
    _index(french, english, troll)

    assert _titles(search("bibliothèque")) == [french.title]
    assert _titles(search("museums")) == [english.title]
    assert _titles(search("trolls")) == [troll.title]


def test_spelling_mistakes_are_tolerated(search, trusted_member, thread_factory):
    manager = _thread(
        thread_factory, trusted_member, "Our community manager works nights", "Is that fair?"
    )
    trolls = _thread(thread_factory, trusted_member, "Handling trolls", "Mute, then report.")
    other = _thread(thread_factory, trusted_member, "Budget for ads", "How much?")
    _index(manager, trolls, other)

    assert _titles(search("comunity managr")) == [manager.title]
    assert _titles(search("trols")) == [trolls.title]
    # One misspelt word of the title, one of the body, and stray punctuation.
    assert _titles(search("trols reprot !")) == [trolls.title]


# --- Facets ---------------------------------------------------------------------------------


@pytest.fixture
def mixed_resources(member, institution, home_page, category, trusted_member, thread_factory):
    """Two case studies, a thread and a two-page deck, over three topics and two languages."""
    category.topic = Topic.objects.get(slug="moderation")
    category.save()
    live = publish_case_study(
        author=member, institution=institution, title="Live-tweeting our opening night"
    )
    moderated = publish_case_study(
        author=member,
        institution=institution,
        language="fr",
        title="Modérer les commentaires",
        topics=("moderation",),
        period_start=2019,
    )
    thread = _thread(thread_factory, trusted_member, "Trolls at midnight", "Help please.")
    deck = _deck(member, title="Measuring reach", pages=["Reach", "Impressions"], slug="reach")
    deck.topics.set(Topic.objects.filter(slug="analytics"))
    deck.save()
    _index(live, moderated, thread, deck)
    return {"live": live, "moderated": moderated, "thread": thread, "deck": deck}


def test_facets_count_each_type_topic_and_language(search, mixed_resources):
    results = search()

    assert results.total == 6
    assert _counts(results, "type") == {"case_study": 2, "thread": 1, "deck": 1, "slide": 2}
    assert _counts(results, "topic") == {"live-coverage": 1, "moderation": 2, "analytics": 3}
    assert _counts(results, "language") == {"en": 2, "fr": 4}


def test_facets_list_every_value_of_their_vocabulary_zero_counts_included(search, mixed_resources):
    results = search()

    type_counts = {value.value: value.count for value in results.facets["type"]}
    topic_counts = {value.value: value.count for value in results.facets["topic"]}
    assert set(type_counts) >= set(RESOURCE_TYPES)
    assert type_counts["event"] == type_counts["member"] == 0
    assert set(topic_counts) >= set(Topic.objects.values_list("slug", flat=True))
    assert topic_counts["accessibility"] == 0


def test_two_topics_selected_match_either_and_keep_the_topic_counts_whole(search, mixed_resources):
    unfiltered = search()
    either = search(topic=("live-coverage", "moderation"))

    assert either.total == 3
    assert _titles(either) == sorted(
        [
            mixed_resources["live"].title,
            mixed_resources["moderated"].title,
            mixed_resources["thread"].title,
        ]
    )
    assert _counts(either, "topic") == _counts(unfiltered, "topic")
    selected = sorted(value.value for value in either.facets["topic"] if value.selected)
    assert selected == ["live-coverage", "moderation"]
    assert _counts(either, "type") == {"case_study": 2, "thread": 1}


def test_a_filter_on_another_facet_shrinks_the_topic_counts(search, mixed_resources):
    results = search(type=("case_study",))

    assert results.total == 2
    assert _counts(results, "topic") == {"live-coverage": 1, "moderation": 1}
    # The type facet's own selection leaves the other types counted.
    assert _counts(results, "type") == {"case_study": 2, "thread": 1, "deck": 1, "slide": 2}


def test_facets_follow_the_text_query(search, mixed_resources):
    results = search("midnight")

    assert results.total == 1
    assert _counts(results, "type") == {"thread": 1}
    assert _counts(results, "topic") == {"moderation": 1}


def test_a_selected_year_narrows_and_a_value_that_cannot_exist_breaks_nothing(
    search, asked_backend, mixed_resources
):
    assert _titles(search(year=("2019",))) == [mixed_resources["moderated"].title]
    assert search(year=("1850",)).total == 0
    nope = search(type=("nope",))
    assert (nope.total, nope.hits) == (0, [])
    assert [value.value for value in nope.facets["type"] if value.selected] == ["nope"]
    # A year that is no year is no filter in a URL; asked directly, it matches nothing.
    assert search(year=("abc",)).total == search().total
    for impossible in ("abc", "9" * 20):
        query = SearchQuery(filters={"year": (impossible,)})
        assert asked_backend.search(query, public_only=True).total == 0


# --- Sort, pages, snippets ------------------------------------------------------------------


def test_relevance_puts_the_best_match_first_and_newest_the_latest(
    search, trusted_member, thread_factory
):
    now = timezone.now()
    strong = _thread(
        thread_factory,
        trusted_member,
        "Handling trolls on Instagram",
        "Trolls everywhere: we mute trolls, then we report trolls.",
        last_post_at=now - dt.timedelta(days=30),
    )
    weak = _thread(
        thread_factory,
        trusted_member,
        "Weekly planning",
        "Posts planned for the week; one troll came by on Tuesday.",
        last_post_at=now,
    )
    _index(strong, weak)

    assert [hit.title for hit in search("trolls").hits] == [strong.title, weak.title]
    assert [hit.title for hit in search("trolls", sort="newest").hits] == [weak.title, strong.title]


def test_an_accepted_answer_weighs_more_than_an_ordinary_reply(
    search, trusted_member, moderator, thread_factory, reply_factory
):
    now = timezone.now()
    answered = _thread(
        thread_factory,
        trusted_member,
        "Night shifts",
        "Who answers at night?",
        last_post_at=now - dt.timedelta(days=30),
    )
    answer = reply_factory(answered, moderator, body="A rota of volunteers answers at night.")
    accept_answer(answer, by=trusted_member)
    chatted = _thread(
        thread_factory, trusted_member, "Night owls", "Who stays late?", last_post_at=now
    )
    reply_factory(chatted, moderator, body="A rota of volunteers answers at night.")
    _index(answered, chatted)

    assert [hit.title for hit in search("rota volunteers").hits] == [
        answered.title,
        chatted.title,
    ]


def test_the_second_page_holds_the_rest_and_the_total_stays_the_same(
    search, trusted_member, thread_factory
):
    now = timezone.now()
    threads = [
        _thread(
            thread_factory,
            trusted_member,
            f"Weekend rota number {number}",
            "Who covers Sunday?",
            last_post_at=now - dt.timedelta(hours=number),
        )
        for number in range(1, 6)
    ]
    _index(*threads)

    first = search("rota", sort="newest", per_page=3)
    second = search("rota", sort="newest", per_page=3, page=2)

    assert first.total == second.total == 5
    assert [hit.title for hit in first.hits + second.hits] == [thread.title for thread in threads]
    assert first.has_next and not second.has_next


def test_snippets_mark_the_matched_words_and_escape_html_from_the_body(
    search, trusted_member, thread_factory
):
    thread = _thread(
        thread_factory,
        trusted_member,
        "Strange comment",
        "The trolls pasted <script>alert(1)</script> under our photo.",
    )
    _index(thread)

    snippet = search("trolls").hits[0].snippet

    assert "<mark>trolls</mark>" in snippet
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet


@pytest.mark.parametrize(
    "text", ["<script>alert(1)</script>", '"unbalanced', "AND OR NOT *", "title:(", "é" * 200]
)
def test_odd_queries_answer_with_nothing_rather_than_fail(
    search, trusted_member, thread_factory, text
):
    _index(_thread(thread_factory, trusted_member, "Budget for ads", "How much?"))

    assert search(text).hits == []


# --- Never returned ---------------------------------------------------------------------------


def test_an_unpublished_case_study_is_never_returned(search, member, institution, home_page):
    page = publish_case_study(author=member, institution=institution, title="Secret pilot")
    page.unpublish()
    _index(page)

    assert search("secret pilot", viewer=member).hits == []


def test_hidden_threads_and_threads_for_moderators_only_are_never_returned(
    search,
    trusted_member,
    moderator,
    thread_factory,
    moderators_room,  # noqa: F811
):
    hidden = _thread(thread_factory, trusted_member, "Zeppelin hidden", "Gone.", is_hidden=True)
    backroom = thread_factory(
        moderator, title="Zeppelin backroom", body="Between us.", in_category=moderators_room
    )
    shown = _thread(thread_factory, trusted_member, "Zeppelin shown", "Here.")
    _index(hidden, backroom, shown)

    assert _titles(search("zeppelin", viewer=moderator)) == [shown.title]


def test_a_post_hidden_by_a_moderator_cannot_be_found_by_its_text(
    search, trusted_member, moderator, thread_factory, reply_factory
):
    thread = _thread(thread_factory, trusted_member, "Opening night", "Any tips?")
    rude = reply_factory(thread, trusted_member, body="Zeppelin insults everyone.")
    moderation.hide_post(rude, by=moderator, reason="Insults")
    _index(thread)

    assert search("zeppelin", viewer=moderator).hits == []
    assert _titles(search("opening night")) == [thread.title]


def test_a_deck_that_is_not_ready_is_never_returned(search, member):
    processing = _deck(
        member,
        title="Zeppelin processing",
        pages=["Zeppelin page"],
        slug="processing",
        status=SlideDeck.Status.PROCESSING,
    )
    failed = _deck(
        member,
        title="Zeppelin failed",
        pages=["Zeppelin page"],
        slug="failed",
        status=SlideDeck.Status.FAILED,
    )
    _index(processing, failed)

    assert search("zeppelin", viewer=member).hits == []


def test_members_only_profiles_are_found_by_members_but_not_by_visitors(
    search, member, member_factory
):
    private = member_factory(display_name="Camille Zeppelin", profile_visibility="members")
    public = member_factory(display_name="Dominique Zeppelin", profile_visibility="public")
    _index(private, public)

    assert _found(search("zeppelin")) == {("member", "Dominique Zeppelin")}
    assert _found(search("zeppelin", viewer=member)) == {
        ("member", "Camille Zeppelin"),
        ("member", "Dominique Zeppelin"),
    }


def test_inactive_and_unverified_members_are_never_returned(search, member, member_factory):
    inactive = member_factory(display_name="Inactive Zeppelin", is_active=False)
    unverified = member_factory(display_name="Unverified Zeppelin")
    EmailAddress.objects.filter(user=unverified).update(verified=False)
    _index(inactive, unverified)

    assert search("zeppelin", viewer=member).hits == []


# --- Updates follow every change -------------------------------------------------------------


def test_search_follows_a_case_study_through_publish_edit_unpublish_and_republish(
    search, member, institution, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = publish_case_study(author=member, institution=institution, title="Attic tweets")
    assert _titles(search("attic")) == ["Attic tweets"]

    page.title = "Cellar tweets"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=member).publish()
    assert search("attic").hits == []
    assert _titles(search("cellar")) == ["Cellar tweets"]

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert search("cellar").hits == []

    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish()
    assert _titles(search("cellar")) == ["Cellar tweets"]


def test_search_follows_a_deck_and_a_thread_when_they_are_deleted(
    search, trusted_member, moderator, thread_factory, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        deck = _deck(trusted_member, title="Zeppelin deck", pages=["Zeppelin"], slug="z")
        thread = thread_factory(trusted_member, title="Zeppelin thread", body="Up in the air.")
    assert sorted(hit.type for hit in search("zeppelin").hits) == ["deck", "slide", "thread"]

    with django_capture_on_commit_callbacks(execute=True):
        deck.delete()
        moderation.delete_post(thread.posts.get(), by=moderator, reason="Spam")

    assert search("zeppelin").hits == []


def test_search_follows_a_deck_that_becomes_ready_and_then_fails(
    search, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        deck = _deck(
            member,
            title="Zeppelin deck",
            pages=["Zeppelin"],
            slug="z",
            status=SlideDeck.Status.PROCESSING,
        )
    assert search("zeppelin").hits == []

    with django_capture_on_commit_callbacks(execute=True):
        deck.status = SlideDeck.Status.READY
        deck.save()
    assert sorted(hit.type for hit in search("zeppelin").hits) == ["deck", "slide"]

    with django_capture_on_commit_callbacks(execute=True):
        deck.status = SlideDeck.Status.FAILED
        deck.save()
    assert search("zeppelin").hits == []


def test_search_follows_an_edited_post(
    search, trusted_member, thread_factory, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = thread_factory(trusted_member, title="Opening night", body="Bring a zeppelin.")
    with django_capture_on_commit_callbacks(execute=True):
        edit_post(thread.posts.get(), trusted_member, body="Bring a lantern.")

    assert search("zeppelin").hits == []
    assert _titles(search("lantern")) == [thread.title]


def test_search_follows_a_moderator_hiding_and_unhiding_a_post(
    search,
    trusted_member,
    moderator,
    thread_factory,
    reply_factory,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = thread_factory(trusted_member, title="Opening night", body="Any tips?")
        answer = reply_factory(thread, trusted_member, body="Bring a zeppelin.")
    assert _titles(search("zeppelin")) == [thread.title]

    with django_capture_on_commit_callbacks(execute=True):
        moderation.hide_post(answer, by=moderator, reason="Off topic")
    assert search("zeppelin").hits == []
    assert _titles(search("opening night")) == [thread.title]

    with django_capture_on_commit_callbacks(execute=True):
        moderation.unhide_post(answer, by=moderator)
    assert _titles(search("zeppelin")) == [thread.title]


def test_a_thread_whose_opening_post_is_hidden_leaves_search_and_comes_back(
    search, trusted_member, moderator, thread_factory, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = thread_factory(trusted_member, title="Zeppelin sighting", body="Over the roof.")
    opening = thread.posts.get()

    with django_capture_on_commit_callbacks(execute=True):
        moderation.hide_post(opening, by=moderator, reason="Spam")
    assert search("zeppelin", viewer=moderator).hits == []

    with django_capture_on_commit_callbacks(execute=True):
        moderation.unhide_post(opening, by=moderator)
    assert _titles(search("zeppelin")) == [thread.title]


# --- Similar resources -------------------------------------------------------------------------


def _resources(hits) -> set[tuple[str, str]]:
    """What the hits stand for: a slide stands for its deck."""
    return {("deck" if hit.type == "slide" else hit.type, hit.id) for hit in hits}


def test_similar_resources_cross_types_and_reach_a_deck_through_its_pages(
    backend, asked_backend, member, institution, home_page, trusted_member, thread_factory
):
    case_study = publish_case_study(
        author=member,
        institution=institution,
        title="Taming Instagram trolls",
        summary="A moderation charter against trolls and insults on Instagram.",
    )
    thread = _thread(
        thread_factory,
        trusted_member,
        "Trolls insulting us on Instagram",
        "Trolls insult our community manager on Instagram. Would a moderation charter help?",
    )
    deck = _deck(
        member,
        title="Our autumn talk",
        pages=["Welcome", "Trolls and insults on Instagram: our moderation charter"],
        slug="autumn",
    )
    _index(case_study, thread, deck)
    if backend == "engine":
        refresh_all()

    like_case_study = asked_backend.similar("casestudies", str(case_study.pk), public_only=True)
    like_deck = asked_backend.similar("decks", f"{deck.pk}-0", public_only=True)

    assert _resources(like_case_study) >= {("thread", str(thread.pk)), ("deck", str(deck.pk))}
    assert ("case_study", str(case_study.pk)) not in _resources(like_case_study)
    assert _resources(like_deck) >= {
        ("case_study", str(case_study.pk)),
        ("thread", str(thread.pk)),
    }
    assert ("deck", str(deck.pk)) not in _resources(like_deck)
