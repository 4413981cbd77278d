"""iCalendar files for an event and for each of its sessions.

Times are written in the event's own time zone (``DTSTART;TZID=Europe/Paris``)
with the matching VTIMEZONE, so a calendar shows them right wherever its
owner lives. UIDs are stable, so downloading again updates the entry instead
of duplicating it.
"""

from __future__ import annotations

import html

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEntry

from .models import EventPage, EventSession

PRODUCT_ID = "-//Museum Commons//Events//EN"
UID_DOMAIN = "museum-commons"


def event_calendar(event: EventPage) -> bytes:
    """The event itself, then every session of its programme."""
    calendar = _calendar(event)
    calendar.add_component(_event_entry(event))
    for session in event.sessions.prefetch_related("speakers"):
        calendar.add_component(_session_entry(session, event))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def session_calendar(session: EventSession) -> bytes:
    calendar = _calendar(session.event)
    calendar.add_component(_session_entry(session, session.event))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _calendar(event: EventPage) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", event.title)
    return calendar


def _event_entry(event: EventPage) -> CalendarEntry:
    description = html.unescape(strip_tags(event.description or "")).strip()
    if event.website:
        description = f"{description}\n\n{event.website}".strip()
    return _entry(
        uid=f"event-{event.pk}@{UID_DOMAIN}",
        summary=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        event=event,
        url=_absolute(event.url),
        description=description,
    )


def _session_entry(session: EventSession, event: EventPage) -> CalendarEntry:
    lines = []
    speakers = session.speaker_names()
    if speakers:
        lines.append(_("Speakers: %(names)s") % {"names": ", ".join(speakers)})
    if session.abstract:
        lines.append(session.abstract)
    if session.video_url:
        lines.append(_("Video: %(url)s") % {"url": session.video_url})
    place = ", ".join(part for part in (session.room, session.track) if part)
    return _entry(
        uid=f"session-{session.pk}@{UID_DOMAIN}",
        summary=f"{session.title} ({event.title})",
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        event=event,
        url=_absolute(session.get_absolute_url()),
        description="\n\n".join(lines),
        room=place,
    )


def _entry(
    *,
    uid: str,
    summary: str,
    starts_at,
    ends_at,
    event: EventPage,
    url: str,
    description: str,
    room: str = "",
) -> CalendarEntry:
    entry = CalendarEntry()
    entry.add("uid", uid)
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", starts_at.astimezone(event.zone))
    entry.add("dtend", ends_at.astimezone(event.zone))
    entry.add("summary", summary)
    location = _location(event, room)
    if location:
        entry.add("location", location)
    entry.add("url", url)
    if description:
        entry.add("description", description)
    return entry


def _location(event: EventPage, room: str) -> str:
    parts = [room, event.venue, event.city]
    if event.is_online and event.online_url:
        parts.append(event.online_url)
    return ", ".join(part for part in parts if part)


def _absolute(url: str) -> str:
    """Wagtail gives a relative URL unless several sites are configured."""
    return url if url.startswith(("http://", "https://")) else f"{settings.SITE_URL}{url}"
