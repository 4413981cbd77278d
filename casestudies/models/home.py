"""Wagtail pages of the network's shared content.

The home page is the root of each language's tree; the English and French
home pages are translations of each other (same ``translation_key``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The landing page: what the network is, and who is in it."""

    tagline = models.CharField(_("tagline"), max_length=200)
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["casestudies.CaseStudyIndexPage", "casestudies.EventIndexPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("tagline"), FieldPanel("intro")]
    search_fields = Page.search_fields

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from django.utils import timezone

        from network.models import Institution, Member

        from .case_studies import CaseStudyPage
        from .decks import SlideDeck
        from .events import EventPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_case_studies"] = (
            CaseStudyPage.objects.live()
            .filter(locale=self.locale)
            .select_related("cover_image")
            .prefetch_related("topics", "institutions")
            .order_by("-first_published_at")[:6]
        )
        context["upcoming_events"] = (
            EventPage.objects.live()
            .filter(locale=self.locale, ends_at__gte=timezone.now())
            .order_by("starts_at")[:3]
        )
        context["latest_decks"] = SlideDeck.objects.ready().order_by("-created_at")[:4]
        context["newest_institutions"] = Institution.objects.with_member_counts().order_by(
            "-created_at"
        )[:6]
        context["newest_members"] = (
            Member.objects.visible_to(request.user)
            .with_directory_data()
            .order_by("-date_joined")[:6]
        )
        context["counts"] = self.network_counts
        return context

    @staticmethod
    def network_counts() -> dict[str, int]:
        from network.models import Institution, Member

        return {
            "members": Member.objects.listed().count(),
            "institutions": Institution.objects.count(),
            "countries": Institution.objects.values("country").distinct().count(),
        }
