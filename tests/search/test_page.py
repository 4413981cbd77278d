"""The search page, through HTTP, against the real engine."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from casestudies.models import Slide, SlideDeck
from network.models import InstitutionKind
from search import bridge, engine
from search.indexing import index_object, refresh_all
from search.templatetags.search_urls import page_numbers
from tests.casestudies.builders import publish_case_study
from tests.factories import PASSWORD

pytestmark = pytest.mark.opensearch


def index(*objects) -> None:
    for obj in objects:
        index_object(obj._meta.app_label, obj._meta.model_name, obj.pk)
    refresh_all()


def search_url(language: str = "en") -> str:
    with translation.override(language):
        return reverse("search:search")


def page(client, params=None, *, language: str = "en") -> BeautifulSoup:
    response = client.get(search_url(language), params or {})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def total_on(soup: BeautifulSoup) -> int:
    return int(soup.select_one("[data-search-total]")["data-search-total"])


def facet_counts(soup: BeautifulSoup) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for box in soup.select('input[type="checkbox"][form="search-form"]'):
        counts.setdefault(box["name"], {})[box["value"]] = int(box["data-count"])
    return counts


def result_titles(soup: BeautifulSoup) -> list[str]:
    return [link.get_text(strip=True) for link in soup.select(".search-hit__title a")]


@pytest.fixture
def corpus(member, institution_factory, home_page, category, trusted_member, thread_factory):
    """Three case studies, a thread and a deck about trolls and live coverage, indexed."""
    museum = institution_factory(name="Musée des Confluences", kind=InstitutionKind.ART_MUSEUM)
    library = institution_factory(name="Science Hall", kind=InstitutionKind.SCIENCE_CENTRE)
    live = publish_case_study(
        author=member,
        institution=museum,
        title="Live-tweeting our opening night",
        topics=("live-coverage",),
    )
    night_trolls = publish_case_study(
        author=member,
        institution=museum,
        title="Trolls at night on Instagram",
        summary="A calm answer to trolls, every night.",
        topics=("moderation",),
    )
    french_trolls = publish_case_study(
        author=member,
        institution=library,
        language="fr",
        title="Répondre aux trolls sans s'épuiser",
        summary="Une charte de modération contre les trolls.",
        topics=("moderation", "community-management"),
    )
    thread = thread_factory(
        trusted_member, title="How do you handle trolls?", body="We get trolls every weekend."
    )
    deck = SlideDeck.objects.create(
        title="Moderation in practice", slug="moderation-practice", owner=member, language="en"
    )
    for number, text in enumerate(
        ["Moderation in practice", "Our team", "Three rules against trolls"], start=1
    ):
        Slide.objects.create(deck=deck, number=number, text=text, thumbnail="t.png", image="i.png")
    deck.status = SlideDeck.Status.READY
    deck.page_count = 3
    deck.save()
    index(live, night_trolls, french_trolls, thread, deck)
    return {
        "live": live,
        "night_trolls": night_trolls,
        "french_trolls": french_trolls,
        "thread": thread,
        "deck": deck,
    }


def test_a_search_lists_highlighted_results_with_their_type_and_a_slide_hit_names_its_page(
    client, corpus
):
    soup = page(client, {"q": "trolls"})

    hits = {
        hit.select_one(".search-hit__title a").get_text(strip=True): hit
        for hit in soup.select(".search-hit")
    }
    slide = hits["Three rules against trolls"]
    assert slide.select_one(".search-hit__type").get_text(strip=True) == "Slide"
    assert slide.select_one(".search-hit__context").get_text(strip=True) == (
        "Slide 3 · Moderation in practice"
    )
    assert slide.select_one(".search-hit__title a")["href"] == corpus["deck"].slide_url(3)
    assert hits["How do you handle trolls?"].select_one(".search-hit__type").get_text(
        strip=True
    ) == ("Forum thread")
    assert "trolls" in hits["How do you handle trolls?"].select_one("mark").get_text().lower()
    assert hits["Trolls at night on Instagram"].select_one("time")["datetime"]
    assert total_on(soup) == len(hits)


def test_each_facet_lists_every_value_of_its_vocabulary_with_its_count(client, corpus):
    soup = page(client, {"q": "trolls"})

    counts = facet_counts(soup)
    assert counts["type"] == {
        "case_study": 2,
        "deck": 0,
        "slide": 1,
        "event": 0,
        "session": 0,
        "thread": 1,
        "member": 0,
        "institution": 0,
    }
    assert counts["topic"]["moderation"] == 2
    assert counts["topic"]["accessibility"] == 0
    assert counts["language"] == {"en": 3, "fr": 1}
    empty = soup.select_one('input[name="topic"][value="accessibility"]').find_parent("li")
    assert "facet__value--empty" in empty["class"]
    assert empty.select_one(".facet__label").get_text(strip=True) == "Accessibility"
    legends = [legend.get_text(strip=True) for legend in soup.select("fieldset.facet legend")]
    assert legends[:3] == ["Resource type", "Topic", "Platform"]


def test_selecting_several_values_of_one_facet_keeps_that_facets_counts(client, corpus):
    unfiltered = page(client, {"q": "trolls"})
    one = page(client, {"q": "trolls", "type": "case_study"})
    two = page(client, {"q": "trolls", "type": ["case_study", "thread"]})

    assert facet_counts(one)["type"] == facet_counts(unfiltered)["type"]
    assert facet_counts(two)["type"] == facet_counts(unfiltered)["type"]
    assert total_on(one) == 2
    assert total_on(two) == 3
    assert facet_counts(two)["topic"]["moderation"] == 2
    checked = [box["value"] for box in two.select('input[name="type"][checked]')]
    assert checked == ["case_study", "thread"]


def test_a_chip_links_to_the_same_search_without_that_one_value(client, corpus):
    soup = page(
        client,
        {"q": "trolls", "type": ["case_study", "thread"], "topic": "moderation", "sort": "newest"},
    )

    chips = {
        (chip["data-facet"], chip["data-value"]): chip["href"]
        for chip in soup.select(".search-chip[data-facet]")
    }
    assert set(chips) == {("type", "case_study"), ("type", "thread"), ("topic", "moderation")}
    assert chips[("type", "thread")] == (
        f"{search_url()}?q=trolls&type=case_study&topic=moderation&sort=newest"
    )
    after = page(client, {"q": "trolls", "type": "case_study", "topic": "moderation"})
    assert total_on(after) == 2
    words_chip = soup.select(".search-chip")[0]
    assert "trolls" in words_chip.get_text()
    assert words_chip["href"] == (
        f"{search_url()}?type=case_study&type=thread&topic=moderation&sort=newest"
    )


def test_the_form_works_without_javascript(client, corpus):
    soup = page(client, {"q": "trolls"})

    form = soup.select_one("form#search-form")
    assert form["method"] == "get"
    assert form["action"] == search_url()
    assert form.select_one('input[name="q"]')["value"] == "trolls"
    controls = soup.select('[form="search-form"][name]')
    assert {control["name"] for control in controls} >= {"type", "topic", "language", "sort"}
    apply = soup.select_one('button[type="submit"][form="search-form"]')
    assert apply.get_text(strip=True) == "Apply filters"
    assert not soup.select("[onclick], [onchange], [style], script:not([src])")

    # What a browser sends when the visitor ticks "Forum thread" and presses the button.
    submitted = page(client, {"q": "trolls", "type": "thread", "sort": "relevance"})
    assert result_titles(submitted) == ["How do you handle trolls?"]
    assert submitted.select_one('input[name="type"][value="thread"]').has_attr("checked")


@pytest.mark.parametrize("sort", ["relevance", "newest"])
def test_the_sort_menu_keeps_its_choice(client, corpus, sort):
    soup = page(client, {"q": "trolls", "sort": sort})

    assert soup.select_one("#search-sort option[selected]")["value"] == sort


def test_pages_link_to_each_other_with_rel_prev_and_next(client, db, institution_factory):
    institutions = [institution_factory(name=f"Museum number {n}") for n in range(45)]
    index(*institutions)

    first = page(client, {"type": "institution"})
    second = page(client, {"type": "institution", "page": 2})
    last = page(client, {"type": "institution", "page": 3})

    assert total_on(first) == 45
    assert len(first.select(".search-hit")) == 20
    assert first.select_one('a[rel="next"]')["href"] == f"{search_url()}?type=institution&page=2"
    assert first.select_one('a[rel="prev"]') is None
    assert first.select_one('link[rel="next"]')["href"] == f"{search_url()}?type=institution&page=2"
    assert second.select_one('a[rel="prev"]')["href"] == f"{search_url()}?type=institution"
    assert second.select_one('a[rel="next"]')["href"] == f"{search_url()}?type=institution&page=3"
    numbers = [link.get_text(" ", strip=True) for link in second.select(".search-pagination li a")]
    assert numbers == ["Previous page", "Page 1", "Page 2", "Page 3", "Next page"]
    assert second.select_one('.search-pagination a[aria-current="page"]').get_text(
        " ", strip=True
    ) == ("Page 2")
    assert len(last.select(".search-hit")) == 5
    assert last.select_one('a[rel="next"]') is None
    assert second.select_one("ol.search-results__list")["start"] == "21"


def test_long_result_lists_show_the_pages_around_the_current_one_with_gaps():
    assert page_numbers(1, 1) == [1]
    assert page_numbers(2, 3) == [1, 2, 3]
    assert page_numbers(6, 20) == [1, None, 4, 5, 6, 7, 8, None, 20]
    assert page_numbers(4, 20) == [1, 2, 3, 4, 5, 6, None, 20]
    assert page_numbers(20, 20) == [1, None, 18, 19, 20]


def test_without_a_query_the_page_browses_everything_newest_first(client, corpus):
    soup = page(client)

    assert "newest first" in soup.select_one("#results-heading").get_text()
    dates = [time["datetime"] for time in soup.select(".search-hit time")]
    assert dates == sorted(dates, reverse=True)
    assert total_on(soup) >= 5
    assert not soup.select(".search-chip")


def test_a_search_without_results_suggests_removing_the_filters(client, corpus):
    soup = page(client, {"q": "trolls", "type": "event", "topic": "moderation"})

    assert total_on(soup) == 0
    tips = soup.select_one(".search-empty")
    removal = tips.find("a", string="search without any filter")
    assert removal["href"] == f"{search_url()}?q=trolls"
    assert len(soup.select(".search-chip[data-facet]")) == 2


def test_a_page_past_the_last_result_offers_the_first_page(client, corpus):
    soup = page(client, {"q": "trolls", "page": 40})

    assert total_on(soup) == 4
    back = soup.select_one(".search-empty a")
    assert back["href"] == f"{search_url()}?q=trolls"


def test_a_script_in_the_query_is_shown_as_text(client, corpus, trusted_member, thread_factory):
    thread = thread_factory(
        trusted_member,
        title="Trolls posting <script>alert('title')</script>",
        body="They paste <script>alert('body')</script> into trolls replies.",
    )
    index(thread)

    response = client.get(search_url(), {"q": "<script>alert('q')</script> trolls"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert(&#x27;q&#x27;)&lt;/script&gt;" in content
    soup = BeautifulSoup(content, "html.parser")
    assert all(script.has_attr("src") for script in soup.find_all("script"))


ODD_PARAMETERS = [
    {"page": "abc"},
    {"page": "-4"},
    {"page": "999999"},
    {"page": "1e9"},
    {"q": "trolls " * 800},
    {"q": '"unbalanced (query* AND OR ~ ^ /'},
    {"sort": "sideways"},
    {"type": ["", "nonsense", "case_study"]},
    {"year": ["abc", "2024", "99999999999"]},
    {"topic": [f"topic-{n}" for n in range(80)]},
    {"country": "x" * 600},
    {"q": "caf\u00e9 \U0001f600 \u202e"},
]


def test_odd_parameters_never_break_the_page(client, corpus):
    for params in ODD_PARAMETERS:
        response = client.get(search_url(), params)

        assert response.status_code == 200, params


def test_the_page_is_in_french_under_the_french_prefix(client, corpus):
    soup = page(client, {"q": "trolls"}, language="fr")

    assert soup.html["lang"] == "fr"
    assert search_url("fr").startswith("/fr/")
    legends = [legend.get_text(strip=True) for legend in soup.select("fieldset.facet legend")]
    assert "Thème" in legends
    label = soup.select_one('input[name="type"][value="case_study"]').find_next("label")
    assert label.select_one(".facet__label").get_text(strip=True) == "Étude de cas"
    moderation = soup.select_one('input[name="topic"][value="moderation"]').find_next("label")
    assert moderation.select_one(".facet__label").get_text(strip=True) == (
        "Modération et gestion des trolls"
    )
    assert soup.select_one("[data-search-apply]").get_text(strip=True) == "Appliquer les filtres"


def test_anonymous_visitors_do_not_find_members_only_profiles_but_members_do(
    client, db, member_factory
):
    public = member_factory(display_name="Camille Troll-Expert", profile_visibility="public")
    private = member_factory(display_name="Dominique Troll-Watcher", profile_visibility="members")
    index(public, private)

    anonymous = result_titles(page(client, {"q": "troll", "type": "member"}))
    client.login(email=public.email, password=PASSWORD)
    signed_in = result_titles(page(client, {"q": "troll", "type": "member"}))

    assert anonymous == ["Camille Troll-Expert"]
    assert sorted(signed_in) == ["Camille Troll-Expert", "Dominique Troll-Watcher"]


def test_the_header_search_box_leads_to_the_search_page_on_every_other_page(client, corpus):
    other = BeautifulSoup(client.get(reverse("network:member_directory")).content, "html.parser")
    search_page = page(client)

    box = other.select_one('form.site-search[role="search"]')
    assert box["action"] == search_url()
    field = box.select_one('input[name="q"]')
    assert other.select_one(f'label[for="{field["id"]}"]').get_text(strip=True)
    assert field["data-search-suggest"] == reverse("search_api:suggest")
    assert search_page.select_one("form.site-search") is None
    assert search_page.select_one("input#search-q")["data-search-suggest"] == reverse(
        "search_api:suggest"
    )


def test_the_page_has_landmarks_headings_and_a_live_result_count(client, corpus):
    soup = page(client, {"q": "trolls", "topic": "moderation"})

    assert soup.select_one("main h1").get_text(strip=True) == "Search"
    assert soup.select_one('form#search-form[role="search"]')
    assert soup.select_one('aside[aria-labelledby="filters-heading"] h2#filters-heading')
    assert soup.select_one('section[aria-labelledby="results-heading"] h2#results-heading')
    count = soup.select_one("[data-search-total]")
    assert count["aria-live"] == "polite"
    assert "2 results" in count.get_text(" ", strip=True)
    for fieldset in soup.select("fieldset.facet"):
        assert fieldset.legend.get_text(strip=True)
    for box in soup.select('input[type="checkbox"]'):
        assert soup.select_one(f'label[for="{box["id"]}"]')
    assert soup.select_one("details[data-search-filters][open] > summary")


def test_a_search_needs_a_small_number_of_queries_whatever_the_number_of_results(
    client, corpus, member_factory, institution_factory, django_assert_max_num_queries
):
    # Facet labels come from three small vocabularies; results come from the engine alone.
    with django_assert_max_num_queries(7):
        client.get(search_url(), {"q": "trolls", "topic": "moderation"})
    index(*[institution_factory(name=f"Trolls museum {n}") for n in range(25)])
    with django_assert_max_num_queries(7):
        client.get(search_url(), {"q": "trolls"})

    client.force_login(member_factory())
    with django_assert_max_num_queries(10):
        client.get(search_url(), {"q": "trolls", "type": ["case_study", "thread"]})


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


def test_when_the_engine_is_down_the_page_answers_from_the_database_and_says_so(
    client, corpus, engine_down
):
    soup = page(client, {"q": "trolls"})
    french = page(client, {"q": "trolls"}, language="fr")

    notice = soup.select_one(".search-notice")
    assert notice["role"] == "status"
    assert "The search engine is unavailable" in notice.get_text()
    assert french.select_one(".search-notice")
    assert "Trolls at night on Instagram" in result_titles(soup)
    assert total_on(soup) == 4


def test_while_the_engine_answers_there_is_no_notice(client, corpus):
    soup = page(client, {"q": "trolls"})

    assert soup.select_one(".search-notice") is None
