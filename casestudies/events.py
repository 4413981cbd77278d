"""What an event's organiser changes on the site: its sessions, its programme, its live coverage.

Each action takes the acting member as ``by`` and refuses anyone who does not
manage the event (``EventPage.is_managed_by``), so a view can stay a thin
caller. Times are entered in the event's own time zone and stored aware.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from network.addresses import members_by_address
from network.models import Member

from .models import EventPage, EventSession, LiveCoveragePost

PROGRAMME_MAX_BYTES = 2 * 1024 * 1024
PROGRAMME_MAX_ROWS = 1000
PROGRAMME_COLUMNS = (
    "title",
    "date",
    "start",
    "end",
    "room",
    "track",
    "speakers",
    "external_speakers",
    "abstract",
    "video_url",
)
PROGRAMME_REQUIRED_COLUMNS = ("title", "date", "start", "end")
LIVE_POST_MAX_LENGTH = 500

_TITLE_MAX = EventSession._meta.get_field("title").max_length
_ROOM_MAX = EventSession._meta.get_field("room").max_length
_TRACK_MAX = EventSession._meta.get_field("track").max_length
_EXTERNAL_MAX = EventSession._meta.get_field("external_speakers").max_length
_VIDEO_URL_MAX = EventSession._meta.get_field("video_url").max_length
_validate_web_url = URLValidator(schemes=["http", "https"])
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class SessionDetails:
    """A session as the organiser described it, already checked."""

    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str = ""
    track: str = ""
    speakers: list[Member] = field(default_factory=list)
    external_speakers: list[str] = field(default_factory=list)
    abstract: str = ""
    video_url: str = ""
    video_timecodes: str = ""


@dataclass(frozen=True)
class LineError:
    """One problem in an imported programme; ``line`` is None for the file as a whole."""

    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("Line %(line)d: %(problem)s") % {"line": self.line, "problem": self.message}


@dataclass
class ImportResult:
    imported: int = 0
    errors: list[LineError] = field(default_factory=list)


def _require_manager(event: EventPage, member) -> None:
    if not event.is_managed_by(member):
        raise PermissionDenied


def event_days(event: EventPage) -> tuple[dt.date, dt.date]:
    """The first and last day of the event, in its own time zone."""
    zone = event.zone
    return event.starts_at.astimezone(zone).date(), event.ends_at.astimezone(zone).date()


def save_session(
    event: EventPage,
    details: SessionDetails,
    *,
    by: Member,
    session: EventSession | None = None,
) -> EventSession:
    """Create a session in the event's programme, or update ``session``."""
    _require_manager(event, by)
    if session is not None and session.event_id != event.pk:
        raise PermissionDenied
    with transaction.atomic():
        session = session or EventSession(event=event)
        _fill(session, details)
        session.full_clean(exclude=["event"])
        session.save()
        session.speakers.set(details.speakers)
    return session


def _fill(session: EventSession, details: SessionDetails) -> None:
    session.title = details.title
    session.starts_at = details.starts_at
    session.ends_at = details.ends_at
    session.room = details.room
    session.track = details.track
    session.external_speakers = ", ".join(details.external_speakers)
    session.abstract = details.abstract
    session.video_url = details.video_url
    session.video_timecodes = details.video_timecodes


def delete_session(session: EventSession, *, by: Member) -> None:
    _require_manager(session.event, by)
    session.delete()


def post_live_update(
    event: EventPage, *, by: Member, body: str, session: EventSession | None = None
) -> LiveCoveragePost:
    """A short plain-text post in the event's live coverage, shown newest first."""
    _require_manager(event, by)
    body = (body or "").strip()
    if not body:
        raise ValidationError(_("Write something to post."), code="required")
    if len(body) > LIVE_POST_MAX_LENGTH:
        raise ValidationError(
            _("A live post has at most %(limit_value)d characters; this one has %(show_value)d.")
            % {"limit_value": LIVE_POST_MAX_LENGTH, "show_value": len(body)},
            code="max_length",
        )
    if session is not None and session.event_id != event.pk:
        raise ValidationError(_("This session is not part of the event."), code="invalid")
    return LiveCoveragePost.objects.create(event=event, author=by, body=body, session=session)


def delete_live_post(post: LiveCoveragePost, *, by: Member) -> None:
    _require_manager(post.event, by)
    post.delete()


def import_programme(
    event: EventPage, csv_bytes: bytes, *, by: Member, replace: bool
) -> ImportResult:
    """Add every session of a CSV programme, or none if any line is wrong.

    The columns are documented in ``docs/programme-import.md``. With ``replace``
    the existing sessions are deleted in the same transaction.
    """
    _require_manager(event, by)
    rows, errors = _read_programme(csv_bytes)
    if errors:
        return ImportResult(errors=errors)
    parsed, errors = _parse_rows(event, rows)
    if errors:
        return ImportResult(errors=errors)
    sessions = []
    for details in parsed:
        session = EventSession(event=event)
        _fill(session, details)
        sessions.append(session)
    Speaker = EventSession.speakers.through
    with transaction.atomic():
        if replace:
            event.sessions.all().delete()
        EventSession.objects.bulk_create(sessions)
        Speaker.objects.bulk_create(
            Speaker(eventsession_id=session.pk, member_id=member.pk)
            for session, details in zip(sessions, parsed, strict=True)
            for member in details.speakers
        )
    return ImportResult(imported=len(sessions))


def _read_programme(data: bytes) -> tuple[list[tuple[int, dict[str, str]]], list[LineError]]:
    """(line number, row) pairs of a programme file, or what stops it from being read."""
    problem = _file_problem(data)
    if problem:
        return [], [LineError(None, problem)]
    text = data.decode("utf-8-sig")
    header_line = text.splitlines()[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        header = [cell.strip().lower() for cell in next(reader)]
        header_error = _header_error(header)
        if header_error:
            return [], [LineError(reader.line_num, header_error)]
        line = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((line, _row(header, cells)))
            line = reader.line_num + 1
    except csv.Error:
        return [], [LineError(reader.line_num or 1, _("this line is not valid CSV."))]
    if not rows:
        return [], [LineError(None, _("The file has a header row but no sessions."))]
    if len(rows) > PROGRAMME_MAX_ROWS:
        message = _("A programme has at most %(limit)d sessions; this file has %(count)d.")
        return [], [LineError(None, message % {"limit": PROGRAMME_MAX_ROWS, "count": len(rows)})]
    return rows, []


def _file_problem(data: bytes) -> str | None:
    """Why these bytes cannot be a programme, judged by their content."""
    if len(data) > PROGRAMME_MAX_BYTES:
        return _("The file is larger than 2 MB.")
    if data.startswith(b"PK\x03\x04"):
        return _(
            "This is a spreadsheet file, not a CSV file. In your spreadsheet, "
            "save it as “CSV UTF-8” and import that file."
        )
    if b"\0" in data or data.startswith(b"%PDF"):
        return _("This is not a CSV file: it contains binary data.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _(
            "The file is not in UTF-8. In your spreadsheet, save it as “CSV UTF-8” and try again."
        )
    if not text.strip():
        return _("The file is empty.")
    return None


def _header_error(header: list[str]) -> str | None:
    missing = [name for name in PROGRAMME_REQUIRED_COLUMNS if name not in header]
    if missing:
        return _(
            "the first line must name the columns; these required ones are missing: %(columns)s."
        ) % {"columns": ", ".join(missing)}
    unknown = [name for name in header if name and name not in PROGRAMME_COLUMNS]
    if unknown:
        return _("unknown columns: %(columns)s. The accepted columns are: %(accepted)s.") % {
            "columns": ", ".join(unknown),
            "accepted": ", ".join(PROGRAMME_COLUMNS),
        }
    return None


def _row(header: list[str], cells: list[str]) -> dict[str, str]:
    values = dict.fromkeys(PROGRAMME_COLUMNS, "")
    for name, cell in zip(header, cells, strict=False):
        if name:
            values[name] = cell.strip()
    return values


def _parse_rows(
    event: EventPage, rows: list[tuple[int, dict[str, str]]]
) -> tuple[list[SessionDetails], list[LineError]]:
    addresses = {address for _line, row in rows for address in _split(row["speakers"], ";")}
    known, _unknown = members_by_address(addresses)
    members = {member.email.lower(): member for member in known}
    days = event_days(event)
    parsed, errors = [], []
    for line, row in rows:
        problems: list[str] = []
        details = _parse_row(event, row, members, days, problems)
        if problems:
            errors += [LineError(line, problem) for problem in problems]
        else:
            parsed.append(details)
    return parsed, errors


def _parse_row(
    event: EventPage,
    row: dict[str, str],
    members: dict[str, Member],
    days: tuple[dt.date, dt.date],
    problems: list[str],
) -> SessionDetails | None:
    """The session on one line, or None with what is wrong added to ``problems``."""
    title = row["title"]
    if not title:
        problems.append(_("missing title."))
    elif len(title) > _TITLE_MAX:
        problems.append(_("the title is longer than %(limit)d characters.") % {"limit": _TITLE_MAX})
    day = _parse_date(row["date"], days, problems)
    start, end = _parse_times(row["start"], row["end"], problems)
    for name, limit in (("room", _ROOM_MAX), ("track", _TRACK_MAX)):
        if len(row[name]) > limit:
            problems.append(
                _("the “%(column)s” column is longer than %(limit)d characters.")
                % {"column": name, "limit": limit}
            )
    speakers = _speakers(row["speakers"], members, problems)
    external = _split(row["external_speakers"], ";")
    if len(", ".join(external)) > _EXTERNAL_MAX:
        problems.append(
            _("the external speakers take more than %(limit)d characters.")
            % {"limit": _EXTERNAL_MAX}
        )
    if row["video_url"] and not _is_web_address(row["video_url"]):
        problems.append(
            _("the video address %(url)s is not a valid web address.") % {"url": row["video_url"]}
        )
    if problems or day is None or start is None or end is None:
        return None
    return SessionDetails(
        title=title,
        starts_at=dt.datetime.combine(day, start, tzinfo=event.zone),
        ends_at=dt.datetime.combine(day, end, tzinfo=event.zone),
        room=row["room"],
        track=row["track"],
        speakers=speakers,
        external_speakers=external,
        abstract=row["abstract"],
        video_url=row["video_url"],
    )


def _split(value: str, separator: str) -> list[str]:
    return [part.strip() for part in value.split(separator) if part.strip()]


def _parse_date(value: str, days: tuple[dt.date, dt.date], problems: list[str]) -> dt.date | None:
    if not value:
        problems.append(_("missing date."))
        return None
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        day = dt.date.fromisoformat(value)
    except ValueError:
        problems.append(_("the date %(value)s is not in the form YYYY-MM-DD.") % {"value": value})
        return None
    if not days[0] <= day <= days[1]:
        problems.append(
            _("%(date)s is not a day of the event (%(first)s to %(last)s).")
            % {"date": value, "first": days[0].isoformat(), "last": days[1].isoformat()}
        )
    return day


def _parse_times(
    start_value: str, end_value: str, problems: list[str]
) -> tuple[dt.time | None, dt.time | None]:
    messages = {
        "start": (
            _("missing start time."),
            _("the start time %(value)s is not in the form HH:MM."),
        ),
        "end": (_("missing end time."), _("the end time %(value)s is not in the form HH:MM.")),
    }
    times = {}
    for name, value in (("start", start_value), ("end", end_value)):
        missing, malformed = messages[name]
        times[name] = None
        if not value:
            problems.append(missing)
            continue
        try:
            times[name] = dt.datetime.strptime(value, "%H:%M").time()
        except ValueError:
            problems.append(malformed % {"value": value})
    start, end = times["start"], times["end"]
    if start and end and end < start:
        problems.append(
            _("the end time %(end)s is before the start time %(start)s.")
            % {"end": end_value, "start": start_value}
        )
    elif start and end and end == start:
        problems.append(_("the session ends when it starts (%(time)s).") % {"time": start_value})
    return start, end


def _is_web_address(value: str) -> bool:
    if len(value) > _VIDEO_URL_MAX:
        return False
    try:
        _validate_web_url(value)
    except ValidationError:
        return False
    return True


def _speakers(value: str, members: dict[str, Member], problems: list[str]) -> list[Member]:
    speakers = []
    for address in _split(value, ";"):
        try:
            validate_email(address)
        except ValidationError:
            problems.append(_("%(value)s is not an e-mail address.") % {"value": address})
            continue
        member = members.get(address.lower())
        if member is None:
            problems.append(_("no member has the address %(address)s.") % {"address": address})
        elif member not in speakers:
            speakers.append(member)
    return speakers
