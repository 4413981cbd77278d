"""The search JSON API and the suggestions behind search-as-you-type, against the real engine."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from casestudies.models import Slide, SlideDeck
from network.models import InstitutionKind
from search import bridge, engine
from search.facets import FACETS
from search.indexing import index_object, refresh_all
from tests.casestudies.builders import publish_case_study

pytestmark = pytest.mark.opensearch

API = "/api/search/"
SUGGEST = "/api/search/suggest/"


def index(*objects) -> None:
    for obj in objects:
        index_object(obj._meta.app_label, obj._meta.model_name, obj.pk)
    refresh_all()


def api(client, params=None, **headers) -> dict:
    response = client.get(API, params or {}, headers=headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


@pytest.fixture
def corpus(member, institution_factory, home_page, trusted_member, thread_factory):
    museum = institution_factory(name="Musée des Confluences", kind=InstitutionKind.ART_MUSEUM)
    centre = institution_factory(
        name="Science Hall", kind=InstitutionKind.SCIENCE_CENTRE, country="BE"
    )
    live = publish_case_study(
        author=member, institution=museum, title="Live-tweeting our opening night"
    )
    trolls = publish_case_study(
        author=member,
        institution=museum,
        title="Trolls at night on Instagram",
        summary="A calm answer to trolls, every night.",
        topics=("moderation",),
    )
    french = publish_case_study(
        author=member,
        institution=centre,
        language="fr",
        title="Répondre aux trolls sans s'épuiser",
        summary="Une charte de modération contre les trolls.",
        topics=("moderation", "community-management"),
    )
    thread = thread_factory(
        trusted_member,
        title="How do you handle trolls?",
        body="Some paste <script>alert('x')</script> under our posts: trolls again.",
    )
    deck = SlideDeck.objects.create(
        title="Moderation in practice", slug="moderation-practice", owner=member, language="en"
    )
    for number, text in enumerate(["Moderation in practice", "Three rules against trolls"], 1):
        Slide.objects.create(deck=deck, number=number, text=text, thumbnail="t.png", image="i.png")
    deck.status = SlideDeck.Status.READY
    deck.page_count = 2
    deck.save()
    index(live, trolls, french, thread, deck, museum, centre)
    return {"live": live, "trolls": trolls, "french": french, "thread": thread, "deck": deck}


def _page_state(client, params) -> tuple[int, dict, list[str]]:
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    total = int(soup.select_one("[data-search-total]")["data-search-total"])
    facets: dict[str, dict[str, tuple[int, bool]]] = {}
    for box in soup.select('input[type="checkbox"][form="search-form"]'):
        facets.setdefault(box["name"], {})[box["value"]] = (
            int(box["data-count"]),
            box.has_attr("checked"),
        )
    links = [link["href"] for link in soup.select(".search-hit__title a")]
    return total, facets, links


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "trolls"},
        {"q": "trolls", "type": "case_study"},
        {"q": "trolls", "type": ["case_study", "slide"], "topic": "moderation"},
        {"q": "trolls", "language": "fr"},
        {"institution_kind": InstitutionKind.SCIENCE_CENTRE, "sort": "newest"},
        {"q": "nothing like this anywhere"},
    ],
)
def test_the_api_and_the_page_agree_on_totals_facet_counts_and_results(client, corpus, params):
    page_total, page_facets, page_links = _page_state(client, params)
    data = api(client, params)

    assert data["total"] == page_total
    api_facets = {
        name: {value["value"]: (value["count"], value["selected"]) for value in values}
        for name, values in data["facets"].items()
    }
    # The page leaves out a facet with no value at all (an event facet without events).
    assert {name: values for name, values in api_facets.items() if values} == page_facets
    assert [result["url"].removeprefix("http://testserver") for result in data["results"]] == (
        page_links
    )


def test_every_facet_is_a_repeatable_parameter_and_appears_in_the_answer(client, corpus):
    data = api(client, {"q": "trolls", "type": ["case_study", "thread"], "country": "BE"})

    assert set(data["facets"]) == {facet.name for facet in FACETS}
    selected = {
        name: [value["value"] for value in values if value["selected"]]
        for name, values in data["facets"].items()
    }
    assert selected["type"] == ["case_study", "thread"]
    assert selected["country"] == ["BE"]
    assert data["total"] == 1
    assert data["results"][0]["title"] == "Répondre aux trolls sans s'épuiser"


def test_a_result_carries_the_documented_fields(client, corpus):
    data = api(client, {"q": "trolls"})

    assert set(data) >= {"total", "page", "pages", "results", "facets", "backend"}
    assert (data["page"], data["pages"], data["backend"]) == (1, 1, "engine")
    results = {result["title"]: result for result in data["results"]}
    slide = results["Three rules against trolls"]
    assert slide["type"] == "slide"
    assert slide["page"] == 2
    assert slide["url"] == f"http://testserver{corpus['deck'].slide_url(2)}"
    assert slide["id"] == str(corpus["deck"].pk)
    case_study = results["Trolls at night on Instagram"]
    assert set(case_study) == {
        "type",
        "id",
        "title",
        "url",
        "snippet",
        "language",
        "date",
        "page",
    }
    assert case_study["type"] == "case_study"
    assert case_study["id"] == str(corpus["trolls"].pk)
    assert case_study["page"] is None
    assert case_study["language"] == "en"
    assert case_study["url"].startswith("http://testserver/")
    assert dt.datetime.fromisoformat(case_study["date"]).tzinfo is not None
    assert "<mark>" in case_study["snippet"]
    assert results["Répondre aux trolls sans s'épuiser"]["language"] == "fr"
    type_facet = {value["value"]: value for value in data["facets"]["type"]}
    assert type_facet["case_study"] == {
        "value": "case_study",
        "label": "Case study",
        "count": 2,
        "selected": False,
    }


def test_a_snippet_is_escaped_html_with_marks(client, corpus):
    data = api(client, {"q": "trolls", "type": "thread"})

    snippet = data["results"][0]["snippet"]
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "<mark>trolls</mark>" in snippet


def test_labels_follow_lang_then_accept_language_and_default_to_english(client, corpus):
    def label(data, facet, value):
        return next(item["label"] for item in data["facets"][facet] if item["value"] == value)

    english = api(client, {"q": "trolls"})
    french = api(client, {"q": "trolls", "lang": "fr"})
    accepted = api(client, {"q": "trolls"}, accept_language="fr-FR,fr;q=0.9")
    overridden = api(client, {"q": "trolls", "lang": "en"}, accept_language="fr")
    unknown = api(client, {"q": "trolls", "lang": "xx"})

    assert label(english, "type", "case_study") == "Case study"
    assert label(french, "type", "case_study") == "Étude de cas"
    assert label(french, "topic", "moderation") == "Modération et gestion des trolls"
    assert label(accepted, "type", "case_study") == "Étude de cas"
    assert label(overridden, "type", "case_study") == "Case study"
    assert label(unknown, "type", "case_study") == "Case study"
    assert translation.get_language() == "en"


def test_pages_are_counted_and_a_page_past_the_end_is_empty(client, db, institution_factory):
    index(*[institution_factory(name=f"Museum number {n}") for n in range(25)])

    first = api(client, {"type": "institution"})
    second = api(client, {"type": "institution", "page": 2})
    beyond = api(client, {"type": "institution", "page": 999999})

    assert (first["total"], first["pages"], len(first["results"])) == (25, 2, 20)
    assert (second["page"], len(second["results"])) == (2, 5)
    assert {result["title"] for result in first["results"]}.isdisjoint(
        result["title"] for result in second["results"]
    )
    assert (beyond["total"], beyond["page"], beyond["results"]) == (25, 500, [])


ODD_PARAMETERS = [
    {"page": "abc"},
    {"page": "-1"},
    {"page": "999999"},
    {"page": ""},
    {"q": "x" * 5000},
    {"q": "trolls " * 900},
    {"q": "<script>alert(1)</script>"},
    {"q": '"(unbalanced* OR ~ ^ / \\'},
    {"sort": "sideways"},
    {"lang": "zz"},
    {"type": ["", "nonsense"]},
    {"year": ["abc", "99999999999", "2024"]},
    {"topic": [f"topic-{n}" for n in range(80)]},
    {"institution_kind": "x" * 600},
    {"q": "caf\u00e9 \U0001f600 \u202e"},
    {"q": "trolls\x00", "topic": "\x00", "event": "a\x00b"},
    {"q": "\u0436" * 150},
]


def test_odd_parameters_never_break_the_api(client, corpus):
    for params in ODD_PARAMETERS:
        response = client.get(API, params)

        assert response.status_code == 200, params
        assert isinstance(response.json()["total"], int)
    for text in ("x" * 5000, "<script>", "\u202e", " "):
        assert client.get(SUGGEST, {"q": text, "lang": "zz"}).status_code == 200, text
    long_query = api(client, {"q": "trolls " * 900})
    assert long_query["total"] == api(client, {"q": "trolls"})["total"]


def test_the_api_only_answers_reads(client, corpus):
    assert client.post(API, {"q": "trolls"}).status_code == 405
    assert client.post(SUGGEST, {"q": "trolls"}).status_code == 405


def test_members_only_profiles_are_left_out_for_anonymous_callers(client, db, member_factory):
    public = member_factory(display_name="Camille Troll-Expert", profile_visibility="public")
    private = member_factory(display_name="Dominique Troll-Watcher", profile_visibility="members")
    index(public, private)

    anonymous = api(client, {"q": "troll", "type": "member"})
    client.force_login(public)
    signed_in = api(client, {"q": "troll", "type": "member"})

    assert [result["title"] for result in anonymous["results"]] == ["Camille Troll-Expert"]
    assert signed_in["total"] == 2


def test_suggestions_complete_titles_as_they_are_typed(client, corpus):
    response = client.get(SUGGEST, {"q": "live-tw"})

    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert suggestions[0]["title"] == "Live-tweeting our opening night"
    assert suggestions[0]["type"] == "case_study"
    assert suggestions[0]["url"] == f"http://testserver{corpus['live'].url}"
    assert {"type", "title", "url"} <= set(suggestions[0])


def test_suggestions_need_two_characters_and_never_list_slides(client, corpus):
    too_short = client.get(SUGGEST, {"q": "t"}).json()
    missing = client.get(SUGGEST).json()
    titles = [
        item["title"] for item in client.get(SUGGEST, {"q": "three rul"}).json()["suggestions"]
    ]
    decks = [
        item["type"] for item in client.get(SUGGEST, {"q": "moderation in"}).json()["suggestions"]
    ]

    assert too_short == {"suggestions": []}
    assert missing == {"suggestions": []}
    assert titles == []
    assert decks == ["deck"]


def test_suggestions_leave_out_members_only_profiles_for_anonymous_callers(
    client, db, member_factory
):
    public = member_factory(display_name="Camille Troll-Expert", profile_visibility="public")
    private = member_factory(display_name="Dominique Troll-Watcher", profile_visibility="members")
    index(public, private)

    anonymous = client.get(SUGGEST, {"q": "dominique"}).json()["suggestions"]
    client.force_login(public)
    signed_in = client.get(SUGGEST, {"q": "dominique"}).json()["suggestions"]

    assert anonymous == []
    assert [item["title"] for item in signed_in] == ["Dominique Troll-Watcher"]


def test_suggestion_labels_follow_the_requested_language(client, corpus):
    french = client.get(SUGGEST, {"q": "live-tw", "lang": "fr"}).json()["suggestions"]

    assert french[0]["label"] == "Étude de cas"


@pytest.fixture
def engine_down(settings):
    """Points the engine client at a closed port, as if the engine had stopped."""
    original = settings.SEARCH_URL
    settings.SEARCH_URL = "http://127.0.0.1:9"
    engine.client.cache_clear()
    bridge.register()
    yield
    settings.SEARCH_URL = original
    engine.client.cache_clear()
    bridge.register()


def test_when_the_engine_is_down_the_api_answers_from_the_database(client, corpus, engine_down):
    data = api(client, {"q": "trolls"})

    assert data["backend"] == "database"
    assert data["degraded"] is True
    assert "Trolls at night on Instagram" in [result["title"] for result in data["results"]]
