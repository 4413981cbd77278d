"""Event pages show their dates in the event's time zone, the programme by day, and its record."""

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from casestudies.models import EventSession, LiveCoveragePost, SlideDeck
from network.roles import Role
from tests.casestudies.builders import publish_event

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def organiser(member_factory):
    return member_factory(display_name="Olivia Organiser", role=Role.ORGANISER)


@pytest.fixture
def event(organiser, institution):
    return publish_event(
        owner=organiser,
        starts_at=dt.datetime(2030, 3, 12, 9, 0, tzinfo=PARIS),
        ends_at=dt.datetime(2030, 3, 13, 18, 0, tzinfo=PARIS),
        organiser_institution=institution,
        website="https://days.example",
    )


def _session(event, title, start, end, **fields):
    return EventSession.objects.create(
        event=event,
        title=title,
        starts_at=dt.datetime(2030, 3, *start, tzinfo=PARIS),
        ends_at=dt.datetime(2030, 3, *end, tzinfo=PARIS),
        **fields,
    )


def _json_ld(html: str) -> dict:
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block.group(1))


def test_event_page_shows_its_facts_with_dates_in_the_events_time_zone(client, event, institution):
    html = client.get(event.url).content.decode()

    assert "<h1" in html and "Museums &amp; Social Media Days</h1>" in html
    assert "12–13 March 2030</time>, Europe/Paris" in html
    assert "Auditorium, Lyon" in html
    assert f'<a href="{institution.get_absolute_url()}">{institution.name}</a>' in html
    assert 'href="https://days.example"' in html
    assert "Two days on museums and their online communities." in html
    assert f'href="{reverse("casestudies:event_calendar", args=[event.pk])}"' in html
    assert "Add the whole event to my calendar" in html


def test_the_programme_is_grouped_by_day_then_time_with_everything_about_each_session(
    client, event, member_factory
):
    speaker = member_factory(display_name="Nadia Benali")
    late = _session(event, "Closing words", (13, 17, 0), (13, 17, 30), room="Auditorium")
    talk = _session(
        event,
        "Calming a heated thread",
        (12, 10, 30),
        (12, 11, 15),
        room="Room B",
        track="Community",
        external_speakers="Ada Moreau",
        abstract="Four hundred comments.\nOne week.",
        video_url="https://www.youtube.com/watch?v=abc123",
        video_timecodes="00:01:30 The charter\n12:05 Questions",
    )
    talk.speakers.add(speaker)
    _session(
        event,
        "Opening",
        (12, 9, 0),
        (12, 9, 30),
        video_url="https://video.example/o.mp4",
        video_timecodes="0:45 Welcome",
    )

    html = client.get(event.url).content.decode()

    programme = html[html.index('id="programme-heading"') : html.index('id="live-heading"')]
    assert programme.index("Tuesday 12 March 2030") < programme.index("Opening")
    assert programme.index("Opening") < programme.index("Calming a heated thread")
    assert programme.index("Calming a heated thread") < programme.index("Wednesday 13 March 2030")
    assert programme.index("Wednesday 13 March 2030") < programme.index("Closing words")
    assert f'id="session-{talk.pk}"' in programme
    assert f'id="session-{late.pk}"' in programme
    assert ">10:30</time>–<time" in programme
    assert "Room: Room B" in programme and "Track: Community" in programme
    assert f'<a href="{speaker.get_absolute_url()}">Nadia Benali</a>, Ada Moreau' in programme
    assert "<p>Four hundred comments.<br>One week.</p>" in programme
    assert 'href="https://www.youtube.com/watch?v=abc123&amp;t=90">00:01:30</a> The charter' in (
        programme
    )
    assert 'href="https://www.youtube.com/watch?v=abc123&amp;t=725">12:05</a>' in programme
    assert 'href="https://video.example/o.mp4#t=45">0:45</a> Welcome' in programme
    assert f'href="{talk.calendar_url()}"' in programme


def test_sessions_show_their_ready_slide_decks(client, event, organiser):
    talk = _session(event, "Opening", (12, 9, 0), (12, 9, 30))
    pdf = SimpleUploadedFile("deck.pdf", b"%PDF-1.4")
    ready = SlideDeck.objects.create(
        title="Our opening slides",
        slug="opening",
        owner=organiser,
        session=talk,
        language="en",
        original=pdf,
        status=SlideDeck.Status.READY,
        page_count=3,
    )
    SlideDeck.objects.create(
        title="Still converting",
        slug="converting",
        owner=organiser,
        session=talk,
        language="en",
        original=pdf,
    )

    html = client.get(event.url).content.decode()

    assert f'<a href="{ready.get_absolute_url()}">Slides: Our opening slides</a>' in html
    assert "Still converting" not in html


def test_a_one_day_event_abroad_shows_its_hours_in_its_own_zone(client, organiser):
    montreal = ZoneInfo("America/Montreal")
    event = publish_event(
        owner=organiser,
        starts_at=dt.datetime(2030, 6, 5, 9, 0, tzinfo=montreal),
        ends_at=dt.datetime(2030, 6, 5, 17, 0, tzinfo=montreal),
        time_zone="America/Montreal",
        venue="",
        city="",
        is_online=True,
        online_url="https://meet.example/rcip",
    )

    html = client.get(event.url).content.decode()

    assert "5 June 2030, 09:00–17:00</time>, America/Montreal" in html
    assert '<a href="https://meet.example/rcip" rel="noopener">Online</a>' in html


def test_the_french_event_page_shows_french_dates(client, organiser):
    event = publish_event(
        owner=organiser,
        language="fr",
        title="Journées musées et réseaux",
        starts_at=dt.datetime(2030, 3, 12, 9, 0, tzinfo=PARIS),
        ends_at=dt.datetime(2030, 3, 13, 18, 0, tzinfo=PARIS),
    )
    _session(event, "Ouverture", (12, 9, 0), (12, 9, 30))

    html = client.get(event.url).content.decode()

    assert event.url.startswith("/fr/")
    assert "12–13 mars 2030</time>, Europe/Paris" in html
    assert "mardi 12 mars 2030" in html


def test_json_ld_describes_the_event_and_its_sessions_with_offsets(client, event, institution):
    opening = _session(event, "Opening", (12, 9, 0), (12, 9, 30), room="Auditorium")

    data = _json_ld(client.get(event.url).content.decode())

    assert data["@type"] == "Event"
    assert data["name"] == "Museums & Social Media Days"
    assert data["startDate"] == "2030-03-12T09:00:00+01:00"
    assert data["endDate"] == "2030-03-13T18:00:00+01:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == [{"@type": "Place", "name": "Auditorium", "address": "Lyon"}]
    assert data["organizer"]["name"] == institution.name
    assert data["url"].endswith(event.url)
    assert data["subEvent"] == [
        {
            "@type": "Event",
            "name": "Opening",
            "startDate": "2030-03-12T09:00:00+01:00",
            "endDate": "2030-03-12T09:30:00+01:00",
            "url": f"{data['url']}#session-{opening.pk}",
            "location": {"@type": "Place", "name": "Auditorium"},
        }
    ]


def test_member_text_is_escaped_in_the_page_and_its_json_ld(client, event):
    _session(
        event,
        '</script><script>alert("title")</script>',
        (12, 9, 0),
        (12, 9, 30),
        abstract="<img src=x onerror=alert(1)> & more",
        external_speakers="<b>Bold</b>",
    )

    html = client.get(event.url).content.decode()

    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b>Bold</b>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; more" in html
    assert "\\u003C/script\\u003E\\u003Cscript\\u003Ealert" in html
    assert _json_ld(html)["subEvent"][0]["name"] == '</script><script>alert("title")</script>'


def test_only_the_organiser_sees_the_organiser_tools(client, organiser, event, member_factory):
    session = _session(event, "Opening", (12, 9, 0), (12, 9, 30))
    tools = [
        reverse("casestudies:programme_import", args=[event.pk]),
        reverse("casestudies:session_add", args=[event.pk]),
        reverse("casestudies:session_edit", args=[session.pk]),
        reverse("casestudies:session_delete", args=[session.pk]),
        reverse("casestudies:live_post", args=[event.pk]),
    ]

    anonymous = client.get(event.url).content.decode()
    client.force_login(member_factory(role=Role.ORGANISER))
    other_organiser = client.get(event.url).content.decode()
    client.force_login(organiser)
    owner = client.get(event.url).content.decode()

    for url in tools:
        assert url not in anonymous
        assert url not in other_organiser
        assert url in owner
    assert "Import programme (CSV)" in owner


def test_the_event_index_lists_upcoming_then_past_events_in_their_zones(
    client, organiser, institution
):
    now = timezone.now()
    publish_event(
        owner=organiser,
        title="Next spring's days",
        starts_at=now + dt.timedelta(days=40),
        organiser_institution=institution,
    )
    publish_event(
        owner=organiser,
        title="Last year's days",
        starts_at=now - dt.timedelta(days=300),
        time_zone="America/Montreal",
        city="Montréal",
    )

    html = client.get("/en/events/").content.decode()

    upcoming = html[html.index("Upcoming events") : html.index("Past events")]
    past = html[html.index("Past events") :]
    assert "Next spring&#x27;s days" in upcoming
    assert ", Europe/Paris" in upcoming
    assert f'<a href="{institution.get_absolute_url()}">{institution.name}</a>' in upcoming
    assert "Last year&#x27;s days" in past
    assert ", America/Montreal" in past
    assert "Auditorium, Montréal" in past


def test_the_event_page_stays_within_the_query_budget_whatever_its_programme(
    client, organiser, event, django_assert_max_num_queries
):
    for number in range(20):
        session = _session(event, f"Talk {number}", (12, 9, 0), (12, 9, 30))
        session.speakers.add(organiser)
        LiveCoveragePost.objects.create(event=event, author=organiser, body="Live", session=session)
    client.force_login(organiser)
    client.get(event.url)

    # Routing, the page, the programme with its speakers and decks, the live feed,
    # the sessions' discussion counts, the signed-in organiser's tools and what they follow.
    with django_assert_max_num_queries(22):
        response = client.get(event.url)

    assert response.content.decode().count('class="live-post"') == 20
