"""The organiser's forms: a programme session, a programme file, a live post."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from network.addresses import members_from_addresses
from network.models import Member

from .events import LIVE_POST_MAX_LENGTH, PROGRAMME_MAX_BYTES, SessionDetails, event_days
from .models import EventPage, EventSession


class SessionForm(forms.Form):
    """Times are typed in the event's time zone, whatever the organiser's own."""

    title = forms.CharField(label=_("Title"), max_length=250)
    date = forms.DateField(
        label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    start = forms.TimeField(
        label=_("Starts at"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    end = forms.TimeField(
        label=_("Ends at"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    room = forms.CharField(label=_("Room"), max_length=120, required=False)
    track = forms.CharField(label=_("Track"), max_length=120, required=False)
    speakers = forms.CharField(
        label=_("Speakers who are members"),
        required=False,
        help_text=_(
            "Their e-mail addresses, separated by commas. "
            "Put people who are not members under “Other speakers”."
        ),
    )
    external_speakers = forms.CharField(
        label=_("Other speakers"),
        max_length=300,
        required=False,
        help_text=_("Names of speakers who are not members, separated by commas."),
    )
    abstract = forms.CharField(
        label=_("Abstract"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Plain text."),
    )
    video_url = forms.URLField(
        label=_("Video"),
        required=False,
        assume_scheme="https",
        help_text=_("The address of the recording, once it is online."),
    )
    video_timecodes = forms.CharField(
        label=_("Video time codes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_('One per line, such as "00:12:30 Questions from the audience".'),
    )

    def __init__(self, *args, event: EventPage, session: EventSession | None = None, **kwargs):
        self.event = event
        if session is not None and "initial" not in kwargs:
            kwargs["initial"] = _initial(session, event)
        super().__init__(*args, **kwargs)
        first, last = event_days(event)
        self.fields["date"].widget.attrs.update(min=first.isoformat(), max=last.isoformat())
        self.fields["start"].help_text = _("In the event's time zone, %(zone)s.") % {
            "zone": event.time_zone
        }
        if first == last and not self.is_bound and "date" not in self.initial:
            self.initial["date"] = first

    def clean_speakers(self) -> list[Member]:
        return members_from_addresses(self.cleaned_data["speakers"])

    def clean_date(self):
        day = self.cleaned_data["date"]
        first, last = event_days(self.event)
        if not first <= day <= last:
            raise ValidationError(
                _("The event runs from %(first)s to %(last)s.")
                % {"first": first.isoformat(), "last": last.isoformat()}
            )
        return day

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The session must end after it starts."))
        return cleaned

    def details(self) -> SessionDetails:
        data = self.cleaned_data
        zone = self.event.zone
        return SessionDetails(
            title=data["title"],
            starts_at=dt.datetime.combine(data["date"], data["start"], tzinfo=zone),
            ends_at=dt.datetime.combine(data["date"], data["end"], tzinfo=zone),
            room=data["room"],
            track=data["track"],
            speakers=data["speakers"],
            external_speakers=[
                name.strip() for name in data["external_speakers"].split(",") if name.strip()
            ],
            abstract=data["abstract"],
            video_url=data["video_url"],
            video_timecodes=data["video_timecodes"],
        )


def _initial(session: EventSession, event: EventPage) -> dict:
    starts, ends = session.starts_at.astimezone(event.zone), session.ends_at.astimezone(event.zone)
    return {
        "title": session.title,
        "date": starts.date(),
        "start": starts.time(),
        "end": ends.time(),
        "room": session.room,
        "track": session.track,
        "speakers": ", ".join(speaker.email for speaker in session.speakers.all()),
        "external_speakers": session.external_speakers,
        "abstract": session.abstract,
        "video_url": session.video_url,
        "video_timecodes": session.video_timecodes,
    }


class ProgrammeImportForm(forms.Form):
    file = forms.FileField(
        label=_("Programme file (CSV)"),
        help_text=_("UTF-8, comma or semicolon separated, at most 2 MB and 1,000 sessions."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    replace = forms.BooleanField(
        label=_("Replace the existing programme"),
        required=False,
        help_text=_(
            "Deletes the sessions already in the programme before importing. "
            "Otherwise the file's sessions are added to them."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > PROGRAMME_MAX_BYTES:
            raise ValidationError(_("The file is larger than 2 MB."))
        return upload


class LivePostForm(forms.Form):
    body = forms.CharField(
        label=_("Live update"),
        max_length=LIVE_POST_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Plain text, at most 500 characters. Links are made clickable."),
        error_messages={
            "required": _("Write something to post."),
            "max_length": _(
                "A live post has at most %(limit_value)d characters; this one has %(show_value)d."
            ),
        },
    )
    session = forms.ModelChoiceField(
        label=_("About the session"),
        queryset=EventSession.objects.none(),
        required=False,
        empty_label=_("The whole event"),
    )

    def __init__(self, *args, event: EventPage, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = event.sessions.all()
