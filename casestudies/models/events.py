"""Events, their programme of sessions, and the live coverage posted during them.

An ``EventPage`` is created in Wagtail's admin by its organiser (who owns it);
sessions and live posts are managed on the site by that organiser, never by
another one.
"""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class EventIndexPage(Page):
    """Lists the events of one language, upcoming first."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    parent_page_types = ["casestudies.HomePage"]
    subpage_types = ["casestudies.EventPage"]
    max_count_per_parent = 1
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        from django.utils import timezone

        context = super().get_context(request, *args, **kwargs)
        events = (
            EventPage.objects.live()
            .child_of(self)
            .select_related("organiser_institution")
            .order_by("starts_at")
        )
        now = timezone.now()
        context["upcoming"] = [event for event in events if event.ends_at >= now]
        context["past"] = [event for event in reversed(events) if event.ends_at < now]
        return context


class EventPage(Page):
    """A conference or study day, in the spirit of We Are Museums or MuseumNext."""

    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(_("time zone"), max_length=64, default="Europe/Paris")
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    is_online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(_("online link"), blank=True)
    organiser_institution = models.ForeignKey(
        "network.Institution",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(
        _("description"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    parent_page_types = ["casestudies.EventIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("time_zone")], _("When")
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("city"),
                FieldPanel("is_online"),
                FieldPanel("online_url"),
            ],
            _("Where"),
        ),
        FieldPanel("organiser_institution"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("description")]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The event ends before it starts.")})
        if self.time_zone not in zoneinfo.available_timezones():
            raise ValidationError({"time_zone": _("Unknown time zone.")})
        if self.is_online and not self.online_url and not self.venue:
            raise ValidationError({"online_url": _("Give the link where people can attend.")})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def programme(self):
        """The sessions in order, with the speakers and ready decks the page shows."""
        from .decks import SlideDeck

        return self.sessions.prefetch_related(
            "speakers",
            models.Prefetch("decks", queryset=SlideDeck.objects.ready(), to_attr="ready_decks"),
        )

    def live_feed(self):
        """The live coverage, newest first, with each post's author and session."""
        return self.live_posts.select_related("author", "session")

    def is_managed_by(self, member) -> bool:
        """Only the organiser who owns the event, or a network editor, manages its material."""
        if not member.is_authenticated:
            return False
        return self.owner_id == member.pk or member.has_perm("network.verify_memberships")


class EventSession(models.Model):
    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=250)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    room = models.CharField(_("room"), max_length=120, blank=True)
    track = models.CharField(_("track"), max_length=120, blank=True)
    speakers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("speakers"), related_name="talks", blank=True
    )
    external_speakers = models.CharField(
        _("other speakers"),
        max_length=300,
        blank=True,
        help_text=_("Speakers who are not members, separated by commas."),
    )
    abstract = models.TextField(_("abstract"), blank=True)
    video_url = models.URLField(_("video"), blank=True)
    video_timecodes = models.TextField(
        _("video time codes"),
        blank=True,
        help_text=_('One per line, such as "00:12:30 Questions from the audience".'),
    )

    class Meta:
        ordering = ["starts_at", "room"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"{self.event.url}#session-{self.pk}"

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The session ends before it starts.")})

    def speaker_names(self) -> list[str]:
        names = [str(speaker) for speaker in self.speakers.all()]
        names += [name.strip() for name in self.external_speakers.split(",") if name.strip()]
        return names

    def timecodes(self) -> list[tuple[str, int, str]]:
        """(label, seconds, title) for each valid line of ``video_timecodes``."""
        entries = []
        for line in self.video_timecodes.splitlines():
            stamp, _separator, title = line.strip().partition(" ")
            parts = stamp.split(":")
            if not title or not all(part.isdigit() for part in parts) or len(parts) > 3:
                continue
            seconds = 0
            for part in parts:
                seconds = seconds * 60 + int(part)
            entries.append((stamp, seconds, title.strip()))
        return entries

    def calendar_url(self) -> str:
        return reverse("casestudies:session_calendar", kwargs={"pk": self.pk})


class LiveCoveragePost(models.Model):
    """A short timestamped post written by the organiser during the event."""

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="live_posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("post"), max_length=500)
    session = models.ForeignKey(
        EventSession,
        verbose_name=_("session"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="live_posts",
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("live post")
        verbose_name_plural = _("live posts")

    def __str__(self) -> str:
        return self.body[:60]
