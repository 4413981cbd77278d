"""Saved searches: saving and managing them over HTTP, and alerts when new resources are indexed.

Alert tests run twice: on the engine (the real percolator) and without one
(``SEARCH_URL`` empty, each saved search is run on the database backend).
"""

import pytest
from django.http import QueryDict
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import reverse

from network.models import Notification
from network.notifications import message_for
from search import engine, indexing, percolation
from search.models import SavedSearch, SavedSearchMatch
from search.query import SearchQuery
from search.views_saved import MAX_SAVED_SEARCHES
from tests.casestudies.builders import publish_case_study

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[pytest.param("engine", marks=pytest.mark.opensearch), "database"])
def backend(request, settings):
    """Which way alerts are matched: the engine's percolator, or the database backend."""
    if request.param == "database":
        settings.SEARCH_URL = ""
    return request.param


@pytest.fixture
def searcher(client, member_factory):
    """A signed-in member who will save searches."""
    person = member_factory(display_name="Searching Peer")
    client.force_login(person)
    return person


@pytest.fixture
def save_search(client, django_capture_on_commit_callbacks):
    """Saves a search as the signed-in member does from the search page."""

    def save(querystring: str, *, name: str = "My search", alert: bool = True):
        data = {"name": name, "querystring": querystring}
        if alert:
            data["alert"] = "on"
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("saved_searches:create"), data)

    return save


@pytest.fixture
def publish(home_page, institution, django_capture_on_commit_callbacks):
    """Publishes a case study; indexing (and so alerting) runs after the commit."""

    def make(author, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return publish_case_study(author=author, institution=institution, **fields)

    return make


def _alerts_for(member):
    return list(Notification.objects.filter(recipient=member, kind="saved_search_match"))


# Saving and managing over HTTP


def test_a_member_saves_the_current_search_with_its_facets_and_without_its_page(
    client, searcher, save_search
):
    response = save_search("q=reels&topic=social-media-strategy&type=case_study&page=3")

    saved = SavedSearch.objects.get(member=searcher)
    assert response.status_code == 302
    assert response.url == reverse("saved_searches:list")
    assert saved.name == "My search"
    assert saved.alert is True
    assert SearchQuery.from_params(QueryDict(saved.querystring)) == SearchQuery(
        text="reels", filters={"type": ("case_study",), "topic": ("social-media-strategy",)}
    )


def test_the_saved_list_shows_the_search_in_words_and_links_back_to_the_search_page(
    client, searcher, save_search
):
    save_search("q=reels&topic=social-media-strategy", name="Reels ideas")

    page = client.get(reverse("saved_searches:list")).content.decode()

    assert "Reels ideas" in page
    assert "Words: “reels”" in page
    assert "Topic: Social-media strategy" in page
    assert f'href="{reverse("search:search")}?q=reels&amp;topic=social-media-strategy"' in page
    assert "Alerts on" in page


def test_the_saved_list_needs_a_bounded_number_of_queries_however_many_searches(
    client, searcher, django_assert_max_num_queries
):
    SavedSearch.objects.bulk_create(
        SavedSearch(
            member=searcher,
            name=f"Search {n}",
            querystring=f"q=word{n}&topic=moderation&platform=tiktok&country=FR&licence=cc-by",
        )
        for n in range(30)
    )

    with django_assert_max_num_queries(12):
        page = client.get(reverse("saved_searches:list"))

    assert page.content.decode().count('class="card"') == 30


def test_a_search_with_neither_words_nor_filters_cannot_be_saved(client, searcher, save_search):
    response = save_search("sort=newest&page=2")

    assert response.status_code == 200
    assert "Type some words or choose a filter before saving a search." in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_a_member_cannot_keep_more_than_fifty_saved_searches(client, searcher, save_search):
    SavedSearch.objects.bulk_create(
        SavedSearch(member=searcher, name=f"Search {n}", querystring=f"q=word{n}", alert=False)
        for n in range(MAX_SAVED_SEARCHES)
    )

    response = save_search("q=one+more")

    assert response.status_code == 200
    assert "You already have 50 saved searches" in response.content.decode()
    assert SavedSearch.objects.filter(member=searcher).count() == MAX_SAVED_SEARCHES


def test_the_save_form_opened_from_a_search_address_is_prefilled(client, searcher):
    page = client.get(reverse("saved_searches:create") + "?q=night+tours&language=fr").content

    assert b'value="night tours"' in page
    assert b'name="querystring" value="q=night+tours&amp;language=fr"' in page


def test_alerts_can_be_turned_off_and_on_again(client, searcher, save_search):
    save_search("q=reels")
    saved = SavedSearch.objects.get()
    toggle = reverse("saved_searches:toggle_alert", kwargs={"pk": saved.pk})

    client.post(toggle)
    assert SavedSearch.objects.get().alert is False
    assert "Alerts off" in client.get(reverse("saved_searches:list")).content.decode()

    client.post(toggle)
    assert SavedSearch.objects.get().alert is True


def test_deleting_asks_for_confirmation_first(client, searcher, save_search):
    save_search("q=reels", name="Reels ideas")
    delete = reverse("saved_searches:delete", kwargs={"pk": SavedSearch.objects.get().pk})

    confirmation = client.get(delete)
    assert confirmation.status_code == 200
    assert "Delete the saved search “Reels ideas”?" in confirmation.content.decode()
    assert SavedSearch.objects.exists()

    response = client.post(delete)
    assert response.status_code == 302
    assert not SavedSearch.objects.exists()


def test_another_member_can_neither_see_nor_change_nor_delete_a_saved_search(
    client, member_factory
):
    owner, intruder = member_factory(), member_factory()
    saved = SavedSearch.objects.create(member=owner, name="Private plans", querystring="q=budget")
    client.force_login(intruder)

    listing = client.get(reverse("saved_searches:list")).content.decode()
    toggled = client.post(reverse("saved_searches:toggle_alert", kwargs={"pk": saved.pk}))
    confirmation = client.get(reverse("saved_searches:delete", kwargs={"pk": saved.pk}))
    deleted = client.post(reverse("saved_searches:delete", kwargs={"pk": saved.pk}))

    assert "Private plans" not in listing
    assert (toggled.status_code, confirmation.status_code, deleted.status_code) == (404, 404, 404)
    assert SavedSearch.objects.get().alert is True


def test_anonymous_visitors_are_sent_to_sign_in(client):
    for url in (
        reverse("saved_searches:list"),
        reverse("saved_searches:create") + "?q=reels",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))

    response = client.post(reverse("saved_searches:create"), {"name": "x", "querystring": "q=x"})
    assert response.status_code == 302
    assert not SavedSearch.objects.exists()


def test_saving_without_the_csrf_token_is_refused(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = client.post(
        reverse("saved_searches:create"), {"name": "Reels", "querystring": "q=reels"}
    )

    assert response.status_code == 403
    assert not SavedSearch.objects.exists()


def test_the_search_page_form_offers_members_to_save_and_visitors_to_sign_in(member):
    from django.contrib.auth.models import AnonymousUser

    query = SearchQuery(text="reels", filters={"topic": ("moderation",)}, page=2)
    request = RequestFactory().get("/en/search/?q=reels&topic=moderation&page=2")
    request.user = member

    for_member = render_to_string(
        "search/includes/save_search.html", {"query": query}, request=request
    )
    request.user = AnonymousUser()
    for_visitor = render_to_string(
        "search/includes/save_search.html", {"query": query}, request=request
    )

    assert f'action="{reverse("saved_searches:create")}"' in for_member
    assert 'name="csrfmiddlewaretoken"' in for_member
    assert 'name="querystring" value="q=reels&amp;topic=moderation&amp;page=2"' in for_member
    assert 'name="alert" checked' in for_member
    assert reverse("account_login") in for_visitor
    assert "<form" not in for_visitor


# Alerts as new resources are indexed


def test_a_new_matching_case_study_alerts_the_member_exactly_once(
    backend, searcher, member_factory, save_search, publish
):
    save_search("q=social+media&type=case_study", name="Social media")

    page = publish(member_factory(), title="Our social media at night")
    indexing.index_object("casestudies", "casestudypage", page.pk)

    alerts = _alerts_for(searcher)
    assert len(alerts) == 1
    assert alerts[0].url == page.url
    assert message_for(alerts[0]) == (
        "New for your saved search “Social media”: Our social media at night"
    )
    assert SavedSearchMatch.objects.get().doc_id == str(page.pk)


def test_a_new_matching_forum_thread_alerts_the_member(
    backend,
    searcher,
    trusted_member,
    thread_factory,
    save_search,
    django_capture_on_commit_callbacks,
):
    save_search("q=trolls", name="Trolls")

    with django_capture_on_commit_callbacks(execute=True):
        thread = thread_factory(trusted_member, title="Trolls every night", body="What to do?")

    assert [alert.url for alert in _alerts_for(searcher)] == [thread.get_absolute_url()]


def test_only_the_saved_searches_a_resource_matches_alert(
    backend, searcher, member_factory, save_search, publish
):
    save_search("q=podcast", name="Podcasts")
    save_search("q=night", name="Night")

    publish(member_factory(), title="Our social media at night")

    assert [alert.params["name"] for alert in _alerts_for(searcher)] == ["Night"]


def test_members_are_not_alerted_about_their_own_resources(
    backend, client, searcher, member_factory, save_search, publish
):
    save_search("q=social+media", name="Social media")
    colleague = member_factory()
    client.force_login(colleague)
    save_search("q=social+media", name="Social media too")

    publish(searcher, title="Our social media at night")

    assert _alerts_for(searcher) == []
    assert len(_alerts_for(colleague)) == 1


def test_the_facet_filters_of_a_saved_search_are_respected(
    backend, searcher, member_factory, save_search, publish
):
    save_search("q=social+media&topic=moderation", name="Moderating social media")
    author = member_factory()

    publish(author, title="Social media for live events", topics=("live-coverage",))
    assert _alerts_for(searcher) == []

    moderated = publish(author, title="Social media trolls", topics=("moderation",))
    assert [alert.url for alert in _alerts_for(searcher)] == [moderated.url]


def test_a_french_saved_search_is_alerted_to_an_english_resource_through_the_synonyms(
    backend, searcher, member_factory, save_search, publish
):
    save_search("q=réseaux+sociaux", name="Réseaux sociaux")

    page = publish(member_factory(), title="Our social media at night")

    assert [alert.url for alert in _alerts_for(searcher)] == [page.url]


def test_resources_published_before_the_search_was_saved_are_not_news(
    backend, searcher, member_factory, save_search, publish
):
    author = member_factory()
    older = publish(author, title="Our social media at night")
    save_search("q=social+media", name="Social media")

    indexing.index_object("casestudies", "casestudypage", older.pk)
    newer = publish(author, title="Social media in the morning")

    assert [alert.url for alert in _alerts_for(searcher)] == [newer.url]


def test_a_search_with_alerts_off_alerts_nobody(
    backend, client, searcher, member_factory, save_search, publish
):
    save_search("q=social+media", name="Social media", alert=False)
    colleague = member_factory()
    client.force_login(colleague)
    save_search("q=social+media", name="Social media too")

    publish(member_factory(), title="Our social media at night")

    assert _alerts_for(searcher) == []
    assert len(_alerts_for(colleague)) == 1


def test_a_deactivated_member_is_not_alerted(
    backend, client, searcher, member_factory, save_search, publish
):
    save_search("q=social+media", name="Social media")
    colleague = member_factory()
    client.force_login(colleague)
    save_search("q=social+media", name="Social media too")
    searcher.is_active = False
    searcher.save()

    publish(member_factory(), title="Our social media at night")

    assert _alerts_for(searcher) == []
    assert len(_alerts_for(colleague)) == 1


def test_each_member_is_alerted_for_their_own_matching_searches(
    backend, client, searcher, member_factory, save_search, publish
):
    save_search("q=social+media", name="Social media")
    save_search("q=night", name="Night")
    save_search("q=podcast", name="Podcasts")
    colleague = member_factory()
    client.force_login(colleague)
    save_search("q=social+media", name="Their social media")

    publish(member_factory(), title="Our social media at night")

    assert sorted(alert.params["name"] for alert in _alerts_for(searcher)) == [
        "Night",
        "Social media",
    ]
    assert [alert.params["name"] for alert in _alerts_for(colleague)] == ["Their social media"]


# The percolator itself


@pytest.mark.opensearch
def test_the_percolator_holds_one_query_per_alerting_search(
    client, searcher, save_search, django_capture_on_commit_callbacks
):
    save_search("q=reels", name="Reels")
    save_search("q=stories", name="Stories")
    reels, stories = SavedSearch.objects.order_by("name")

    def stored():
        engine.client().indices.refresh(index=percolation.index_name())
        hits = engine.client().search(index=percolation.index_name(), body={"size": 100})
        return sorted(hit["_id"] for hit in hits["hits"]["hits"])

    assert stored() == sorted([str(reels.pk), str(stories.pk)])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("saved_searches:toggle_alert", kwargs={"pk": reels.pk}))
    assert stored() == [str(stories.pk)]

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("saved_searches:delete", kwargs={"pk": stories.pk}))
    assert stored() == []


@pytest.mark.opensearch
def test_a_wiped_percolator_is_rebuilt_from_the_database(
    searcher, member_factory, save_search, publish
):
    save_search("q=social+media", name="Social media")
    engine.client().indices.delete(index=percolation.index_name())

    page = publish(member_factory(), title="Our social media at night")

    assert [alert.url for alert in _alerts_for(searcher)] == [page.url]
    assert engine.client().count(index=percolation.index_name())["count"] == 1
