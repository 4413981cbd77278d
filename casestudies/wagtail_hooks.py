"""Editors manage slide decks, sessions, live posts and audiences from Wagtail's admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from network.wagtail_hooks import LABEL_PANELS

from .models import Audience, EventSession, LiveCoveragePost, SlideDeck


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name_en", "name_fr", "slug"]
    panels = LABEL_PANELS


class SlideDeckViewSet(SnippetViewSet):
    model = SlideDeck
    icon = "doc-full"
    list_display = ["title", "owner", "status", "page_count", "created_at"]
    list_filter = ["status", "language", "licence"]
    search_fields = ["title", "description"]
    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("language"),
        FieldPanel("licence"),
        FieldPanel("allow_download"),
        FieldPanel("speakers"),
        FieldPanel("session"),
        FieldPanel("case_studies"),
        FieldPanel("topics"),
    ]


class EventSessionViewSet(SnippetViewSet):
    model = EventSession
    icon = "time"
    list_display = ["title", "event", "starts_at", "room"]
    search_fields = ["title", "abstract"]


class LiveCoveragePostViewSet(SnippetViewSet):
    model = LiveCoveragePost
    icon = "openquote"
    list_display = ["__str__", "event", "created_at"]


class ContentViewSetGroup(SnippetViewSetGroup):
    items = (SlideDeckViewSet, EventSessionViewSet, LiveCoveragePostViewSet, AudienceViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Shared content")
    menu_name = "shared-content"


register_snippet(ContentViewSetGroup)
