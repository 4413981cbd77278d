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
        from network.models import Institution, Member

        context = super().get_context(request, *args, **kwargs)
        context["newest_institutions"] = Institution.objects.with_member_counts().order_by(
            "-created_at"
        )[:6]
        context["newest_members"] = (
            Member.objects.visible_to(request.user)
            .with_directory_data()
            .order_by("-date_joined")[:6]
        )
        context["counts"] = {
            "members": Member.objects.listed().count(),
            "institutions": Institution.objects.count(),
            "countries": Institution.objects.values("country").distinct().count(),
        }
        return context
