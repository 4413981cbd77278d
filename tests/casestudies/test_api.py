"""The read-only JSON API: public content only, stable shapes, JSON errors, bounded queries."""

import datetime as dt

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from casestudies import api
from casestudies.models import CaseStudyOutcome, CaseStudyResource, EventSession, Slide
from tests.casestudies.builders import publish_case_study, publish_event
from tests.casestudies.test_feeds import build_deck

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(member_factory, institution, membership_factory):
    author = member_factory(display_name="Camille Martin")
    membership_factory(member=author, institution=institution)
    return author


def get_json(client, path, status=200, **params):
    response = client.get(path, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_case_study_list_gives_published_case_studies_newest_first_with_paging_fields(
    client, author, institution
):
    older = publish_case_study(author=author, institution=institution, title="Older")
    newer = publish_case_study(author=author, institution=institution, title="Newer")
    draft = publish_case_study(author=author, institution=institution, title="Withdrawn")
    draft.unpublish()

    data = get_json(client, "/api/case-studies/")

    assert {key: data[key] for key in ("count", "page", "pages", "next", "previous")} == {
        "count": 2,
        "page": 1,
        "pages": 1,
        "next": None,
        "previous": None,
    }
    assert [item["id"] for item in data["results"]] == [newer.pk, older.pk]
    first = data["results"][0]
    assert first["url"] == f"{settings.SITE_URL}{newer.url}"
    assert first["api_url"] == f"{settings.SITE_URL}/api/case-studies/{newer.pk}/"
    assert first["authors"] == [
        {"name": "Camille Martin", "url": f"{settings.SITE_URL}{author.get_absolute_url()}"}
    ]
    assert first["topics"] == [
        {
            "slug": "live-coverage",
            "name_en": "Live coverage of events",
            "name_fr": "Couverture en direct d'événements",
        }
    ]


def test_lists_are_paged_twenty_at_a_time_with_full_next_and_previous_links(client, member):
    for number in range(21):
        build_deck(member, title=f"Deck {number}")

    first = get_json(client, "/api/decks/", language="en")
    second = get_json(client, "/api/decks/", language="en", page=2)

    assert (first["count"], first["pages"], len(first["results"])) == (21, 2, 20)
    assert first["next"] == f"{settings.SITE_URL}/api/decks/?language=en&page=2"
    assert first["previous"] is None
    assert len(second["results"]) == 1
    assert second["previous"] == f"{settings.SITE_URL}/api/decks/?language=en&page=1"


@pytest.mark.parametrize("page", ["0", "3", "two", "-1", "1.5", "²"])
def test_a_page_that_does_not_exist_is_a_json_400(client, member, page):
    build_deck(member)

    data = get_json(client, "/api/decks/", status=400, page=page)

    assert "page" in data["detail"]


def test_case_studies_filter_by_language_topics_and_institution(
    client, author, institution, institution_factory
):
    other = institution_factory()
    analytics = publish_case_study(
        author=author, institution=institution, title="Analytics", topics=("analytics",)
    )
    moderation = publish_case_study(
        author=author, institution=other, title="Moderation", topics=("moderation",)
    )
    french = publish_case_study(author=author, institution=institution, language="fr")

    def ids(**params):
        return {item["id"] for item in get_json(client, "/api/case-studies/", **params)["results"]}

    assert ids(language="fr") == {french.pk}
    assert ids(topic=["analytics", "moderation"]) == {analytics.pk, moderation.pk}
    assert ids(topic="analytics") == {analytics.pk}
    assert ids(institution=other.slug) == {moderation.pk}
    assert ids(institution=institution.slug, language="en") == {analytics.pk}


@pytest.mark.parametrize(
    "params", [{"language": "de"}, {"topic": "tiktk"}, {"institution": "nowhere"}]
)
def test_unknown_filter_values_are_a_json_400_that_says_why(client, params):
    data = get_json(client, "/api/case-studies/", status=400, **params)

    assert next(iter(params.values())) in data["detail"]


def test_case_study_detail_gives_everything_with_sanitised_html_beside_the_markdown(
    client, author, institution
):
    page = publish_case_study(
        author=author,
        institution=institution,
        external_authors="Léa Dubois, Sam Roy",
        period_end=2025,
        licence="cc-by-sa",
        lessons='Plan ahead. <script>alert("x")</script> [link](javascript:alert(1))',
    )
    page.outcomes = [
        CaseStudyOutcome(label="Followers", before=1200, after=1850.5, unit="followers")
    ]
    page.resource_links = [CaseStudyResource(title="Charter", url="https://example.org/c.pdf")]
    page.save_revision(user=author).publish()
    french = publish_case_study(
        author=author, institution=institution, language="fr", translation_key=page.translation_key
    )

    data = get_json(client, f"/api/case-studies/{page.pk}/")

    assert data["language"] == "en"
    assert data["translations"] == [
        {
            "language": "fr",
            "url": f"{settings.SITE_URL}{french.url}",
            "api_url": f"{settings.SITE_URL}/api/case-studies/{french.pk}/",
        }
    ]
    assert data["external_authors"] == ["Léa Dubois", "Sam Roy"]
    assert data["institutions"] == [
        {
            "name": institution.name,
            "slug": institution.slug,
            "country": "FR",
            "url": f"{settings.SITE_URL}{institution.get_absolute_url()}",
        }
    ]
    assert data["period"] == {"start": 2024, "end": 2025}
    assert data["licence"] == {
        "code": "cc-by-sa",
        "url": "https://creativecommons.org/licenses/by-sa/4.0/",
    }
    assert (data["budget_band"], data["team_size"]) == ("none", "2-5")
    actions = data["sections"]["actions"]
    assert actions == {
        "markdown": "We prepared **visuals** and a running order.",
        "html": "<p>We prepared <strong>visuals</strong> and a running order.</p>\n",
    }
    lessons = data["sections"]["lessons"]["html"]
    assert "<script" not in lessons
    assert 'href="javascript' not in lessons
    assert data["outcomes"] == [
        {"label": "Followers", "before": 1200, "after": 1850.5, "unit": "followers"}
    ]
    assert data["resources"] == [{"title": "Charter", "url": "https://example.org/c.pdf"}]
    assert data["first_published_at"].endswith("+00:00")
    assert data["last_published_at"] >= data["first_published_at"]


def test_unpublished_private_or_unknown_case_studies_are_a_json_404(client, author, institution):
    page = publish_case_study(author=author, institution=institution)
    page.unpublish()
    private = publish_case_study(author=author, institution=institution, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    withdrawn = get_json(client, f"/api/case-studies/{page.pk}/", status=404)
    restricted = get_json(client, f"/api/case-studies/{private.pk}/", status=404)
    unknown = get_json(client, "/api/case-studies/999999/", status=404)

    assert withdrawn == restricted == unknown
    assert withdrawn["detail"]
    assert get_json(client, "/api/case-studies/")["count"] == 0


def test_the_api_shows_the_published_version_not_a_revision_waiting_for_review(
    client, author, institution
):
    page = publish_case_study(author=author, institution=institution, title="Published title")
    page.title = "Unreviewed title"
    page.save_revision(user=author)

    data = get_json(client, f"/api/case-studies/{page.pk}/")

    assert data["title"] == "Published title"


def test_deck_detail_adds_its_pages_and_links_only_published_case_studies(
    client, author, institution
):
    event = publish_event(owner=author)
    session = EventSession.objects.create(
        event=event, title="Keynote", starts_at=event.starts_at, ends_at=event.ends_at
    )
    published = publish_case_study(author=author, institution=institution, title="Shown")
    hidden = publish_case_study(author=author, institution=institution, title="Hidden")
    hidden.unpublish()
    deck = build_deck(author, title="Keynote slides", session=session, topics=["analytics"])
    deck.case_studies.set([published, hidden])
    for number in (1, 2):
        Slide.objects.create(deck=deck, number=number, text=f"Slide text {number}")

    listed = get_json(client, "/api/decks/")["results"][0]
    detail = get_json(client, f"/api/decks/{deck.slug}/")

    assert "pages" not in listed
    assert detail["url"] == f"{settings.SITE_URL}{deck.get_absolute_url()}"
    assert detail["page_count"] == 3
    assert detail["licence"]["code"] == "cc-by"
    assert detail["speakers"][0]["name"] == "Camille Martin"
    assert [topic["slug"] for topic in detail["topics"]] == ["analytics"]
    assert detail["session"] == {
        "title": "Keynote",
        "event": {
            "id": event.pk,
            "name": event.title,
            "url": f"{settings.SITE_URL}{event.url}",
            "api_url": f"{settings.SITE_URL}/api/events/{event.pk}/",
        },
    }
    assert [item["title"] for item in detail["case_studies"]] == ["Shown"]
    assert detail["pages"] == [
        {"number": 1, "url": f"{settings.SITE_URL}{deck.slide_url(1)}", "text": "Slide text 1"},
        {"number": 2, "url": f"{settings.SITE_URL}{deck.slide_url(2)}", "text": "Slide text 2"},
    ]


def test_decks_still_processing_or_failed_are_not_in_the_api(client, member):
    processing = build_deck(member, title="Processing", status="processing")
    build_deck(member, title="Failed", status="failed")

    assert get_json(client, "/api/decks/")["count"] == 0
    assert get_json(client, f"/api/decks/{processing.slug}/", status=404)["detail"]


def test_events_give_times_with_their_offset_and_their_programme(client, author, institution):
    starts = dt.datetime(2025, 6, 12, 13, 0, tzinfo=dt.UTC)
    event = publish_event(
        owner=author,
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=8),
        time_zone="America/Toronto",
        organiser_institution=institution,
    )
    session = EventSession.objects.create(
        event=event,
        title="Keynote",
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=1),
        room="Hall A",
        track="Strategy",
        external_speakers="Sam Roy",
        video_url="https://video.example/keynote",
    )
    session.speakers.set([author])
    deck = build_deck(author, title="Keynote slides", session=session)
    build_deck(author, title="Unfinished", status="processing", session=session)
    hidden = publish_event(owner=author, title="Withdrawn event")
    hidden.unpublish()

    listed = get_json(client, "/api/events/")
    detail = get_json(client, f"/api/events/{event.pk}/")

    assert [item["id"] for item in listed["results"]] == [event.pk]
    assert detail["starts_at"] == "2025-06-12T09:00:00-04:00"
    assert detail["ends_at"] == "2025-06-12T17:00:00-04:00"
    assert detail["time_zone"] == "America/Toronto"
    assert (detail["venue"], detail["city"], detail["online"]) == ("Auditorium", "Lyon", False)
    assert detail["organiser"]["slug"] == institution.slug
    (programme,) = detail["sessions"]
    assert programme["starts_at"] == "2025-06-12T09:00:00-04:00"
    assert (programme["room"], programme["track"]) == ("Hall A", "Strategy")
    assert [speaker["name"] for speaker in programme["speakers"]] == ["Camille Martin", "Sam Roy"]
    assert programme["deck_url"] == f"{settings.SITE_URL}{deck.get_absolute_url()}"
    assert len(programme["decks"]) == 1
    assert programme["video_url"] == "https://video.example/keynote"
    assert get_json(client, f"/api/events/{hidden.pk}/", status=404)["detail"]


def test_the_api_is_read_only_and_open_to_other_sites(client):
    response = client.post("/api/case-studies/", {})

    assert response.status_code == 405
    assert response.json()["detail"]
    assert client.get("/api/events/")["Access-Control-Allow-Origin"] == "*"


def _queries_for(client, path) -> int:
    client.get(path)  # the site root paths are cached after the first request, as in production
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_list_endpoints_run_as_many_queries_for_many_items_as_for_few(
    client, author, institution, django_assert_max_num_queries
):
    event = publish_event(owner=author)

    def add_content(count: int) -> None:
        for number in range(count):
            page = publish_case_study(author=author, institution=institution)
            page.outcomes = [CaseStudyOutcome(label="Visits", after=number)]
            page.save_revision(user=author).publish()
            session = EventSession.objects.create(
                event=event,
                title=f"Talk {number}",
                starts_at=event.starts_at,
                ends_at=event.ends_at,
            )
            session.speakers.set([author])
            build_deck(author, title=f"Deck {page.pk}", session=session).case_studies.set([page])

    add_content(2)
    few = {
        path: _queries_for(client, path)
        for path in ("/api/case-studies/", "/api/decks/", "/api/events/")
    }
    add_content(5)
    many = {path: _queries_for(client, path) for path in few}

    assert many == few
    with django_assert_max_num_queries(10):
        data = get_json(client, "/api/case-studies/")
    assert data["count"] == 7
    assert api.PAGE_SIZE == 20
