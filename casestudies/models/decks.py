"""Slide decks: an uploaded PDF (or converted presentation) and its pages.

Uploading stores the file and queues ``casestudies.process_deck``, which
extracts each page's text and renders its images; the deck is shown once its
status is ``ready``.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .choices import LICENCE_URLS, Licence


class SlideDeckQuerySet(models.QuerySet):
    def ready(self):
        return self.filter(status=SlideDeck.Status.READY)

    def visible_to(self, member):
        """Ready decks for everyone; a member also sees their own decks in any state."""
        if member.is_authenticated:
            return self.filter(models.Q(status=SlideDeck.Status.READY) | models.Q(owner=member))
        return self.ready()


class SlideDeck(models.Model):
    class Status(models.TextChoices):
        PROCESSING = "processing", _("Processing")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="uploaded_decks"
    )
    speakers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("speakers"), related_name="decks", blank=True
    )
    session = models.ForeignKey(
        "casestudies.EventSession",
        verbose_name=_("event session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decks",
    )
    case_studies = models.ManyToManyField(
        "casestudies.CaseStudyPage",
        verbose_name=_("case studies"),
        related_name="decks",
        blank=True,
    )
    topics = models.ManyToManyField(
        "network.Topic", verbose_name=_("topics"), related_name="decks", blank=True
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY
    )
    allow_download = models.BooleanField(_("allow download of the original"), default=True)
    original = models.FileField(
        _("original file"), upload_to="decks/originals/%Y/%m/", max_length=255
    )
    pdf = models.FileField(upload_to="decks/pdf/%Y/%m/", blank=True, max_length=255)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PROCESSING
    )
    failure_reason = models.CharField(_("reason"), max_length=300, blank=True)
    page_count = models.PositiveIntegerField(_("pages"), default=0)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SlideDeckQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("slide deck")
        verbose_name_plural = _("slide decks")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("casestudies:deck_detail", kwargs={"slug": self.slug})

    def slide_url(self, number: int) -> str:
        return reverse("casestudies:deck_slide", kwargs={"slug": self.slug, "number": number})

    @property
    def licence_url(self) -> str:
        return LICENCE_URLS.get(self.licence, "")


class Slide(models.Model):
    """One page of a deck: its text (the alternative to its image) and two renderings."""

    deck = models.ForeignKey(SlideDeck, on_delete=models.CASCADE, related_name="slides")
    number = models.PositiveIntegerField()
    text = models.TextField(blank=True)
    thumbnail = models.ImageField(upload_to="decks/slides/%Y/%m/", max_length=255)
    image = models.ImageField(upload_to="decks/slides/%Y/%m/", max_length=255)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["deck", "number"], name="one_slide_per_number")
        ]

    def __str__(self) -> str:
        return f"{self.deck} · {self.number}"

    def get_absolute_url(self) -> str:
        return self.deck.slide_url(self.number)
