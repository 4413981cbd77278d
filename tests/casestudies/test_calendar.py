"""Anyone adds a published event, or one of its sessions, to their calendar."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from casestudies.models import EventSession
from network.roles import Role
from tests.casestudies.builders import publish_event

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
MONTREAL = ZoneInfo("America/Montreal")


@pytest.fixture
def event(member_factory, settings):
    settings.SITE_URL = "https://commons.example"
    return publish_event(
        owner=member_factory(role=Role.ORGANISER),
        title="Musées & réseaux",
        starts_at=dt.datetime(2030, 3, 12, 9, 0, tzinfo=PARIS),
        ends_at=dt.datetime(2030, 3, 13, 18, 0, tzinfo=PARIS),
        venue="Musée des Confluences",
        city="Lyon",
    )


@pytest.fixture
def sessions(event, member_factory):
    speaker = member_factory(display_name="Nadia Benali")
    opening = EventSession.objects.create(
        event=event,
        title="Opening",
        starts_at=dt.datetime(2030, 3, 12, 9, 0, tzinfo=PARIS),
        ends_at=dt.datetime(2030, 3, 12, 9, 30, tzinfo=PARIS),
        room="Auditorium",
        abstract="Why we are here.",
    )
    opening.speakers.add(speaker)
    panel = EventSession.objects.create(
        event=event,
        title="Panel",
        starts_at=dt.datetime(2030, 3, 13, 14, 0, tzinfo=PARIS),
        ends_at=dt.datetime(2030, 3, 13, 15, 30, tzinfo=PARIS),
    )
    return opening, panel


def _entries(response) -> list:
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_the_event_calendar_holds_the_event_and_each_session_in_its_time_zone(
    client, event, sessions
):
    opening, panel = sessions

    response = client.get(reverse("casestudies:event_calendar", args=[event.pk]))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="musees-reseaux.ics"'
    entries = {str(entry["UID"]): entry for entry in _entries(response)}
    assert set(entries) == {
        f"event-{event.pk}@museum-commons",
        f"session-{opening.pk}@museum-commons",
        f"session-{panel.pk}@museum-commons",
    }
    whole = entries[f"event-{event.pk}@museum-commons"]
    assert str(whole["SUMMARY"]) == "Musées & réseaux"
    assert whole.decoded("DTSTART") == dt.datetime(2030, 3, 12, 9, 0, tzinfo=PARIS)
    assert whole.decoded("DTEND") == dt.datetime(2030, 3, 13, 18, 0, tzinfo=PARIS)
    assert whole["DTSTART"].params["TZID"] == "Europe/Paris"
    assert str(whole["LOCATION"]) == "Musée des Confluences, Lyon"
    assert str(whole["URL"]) == f"https://commons.example{event.url}"
    assert "Two days on museums" in str(whole["DESCRIPTION"])
    assert b"BEGIN:VTIMEZONE" in response.content
    assert b"TZID:Europe/Paris" in response.content


def test_a_session_calendar_holds_that_session_only(client, event, sessions):
    opening, _panel = sessions

    response = client.get(opening.calendar_url())

    assert response["Content-Disposition"] == (
        f'attachment; filename="musees-reseaux-session-{opening.pk}.ics"'
    )
    [entry] = _entries(response)
    assert str(entry["UID"]) == f"session-{opening.pk}@museum-commons"
    assert str(entry["SUMMARY"]) == "Opening (Musées & réseaux)"
    assert entry.decoded("DTSTART") == dt.datetime(2030, 3, 12, 9, 0, tzinfo=PARIS)
    assert entry.decoded("DTEND") == dt.datetime(2030, 3, 12, 9, 30, tzinfo=PARIS)
    assert entry["DTSTART"].params["TZID"] == "Europe/Paris"
    assert str(entry["LOCATION"]) == "Auditorium, Musée des Confluences, Lyon"
    assert str(entry["URL"]) == f"https://commons.example{event.url}#session-{opening.pk}"
    assert "Nadia Benali" in str(entry["DESCRIPTION"])
    assert "Why we are here." in str(entry["DESCRIPTION"])


def test_times_keep_the_zone_of_an_event_abroad(client, member_factory):
    event = publish_event(
        owner=member_factory(role=Role.ORGANISER),
        starts_at=dt.datetime(2030, 6, 5, 9, 0, tzinfo=MONTREAL),
        ends_at=dt.datetime(2030, 6, 5, 17, 0, tzinfo=MONTREAL),
        time_zone="America/Montreal",
        is_online=True,
        online_url="https://meet.example/rcip",
        venue="",
        city="",
    )

    [entry] = _entries(client.get(reverse("casestudies:event_calendar", args=[event.pk])))

    assert entry["DTSTART"].params["TZID"] == "America/Montreal"
    assert entry.decoded("DTSTART").hour == 9
    assert entry.decoded("DTSTART") == dt.datetime(2030, 6, 5, 15, 0, tzinfo=PARIS)
    assert str(entry["LOCATION"]) == "https://meet.example/rcip"


def test_calendars_of_unpublished_events_are_not_found(client, event, sessions):
    opening, _panel = sessions
    event.unpublish()

    assert client.get(reverse("casestudies:event_calendar", args=[event.pk])).status_code == 404
    assert client.get(opening.calendar_url()).status_code == 404
    assert client.get(reverse("casestudies:event_calendar", args=[987654])).status_code == 404
