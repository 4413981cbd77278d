"""Editors maintain the shared vocabularies from Wagtail's admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Institution, Platform, Topic

LABEL_PANELS = [
    FieldPanel("name_en"),
    FieldPanel("name_fr"),
    FieldPanel("slug"),
    FieldPanel("sort_order"),
]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name_en", "name_fr", "slug"]
    search_fields = ["name_en", "name_fr"]
    panels = [*LABEL_PANELS, FieldPanel("description_en"), FieldPanel("description_fr")]


class PlatformViewSet(SnippetViewSet):
    model = Platform
    icon = "globe"
    list_display = ["name_en", "name_fr", "slug"]
    search_fields = ["name_en", "name_fr"]
    panels = LABEL_PANELS


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "home"
    list_display = ["name", "kind", "country", "city"]
    list_filter = ["kind", "size_band"]
    search_fields = ["name", "city"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("city"),
        FieldPanel("size_band"),
        FieldPanel("website"),
    ]


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, PlatformViewSet, InstitutionViewSet)
    menu_icon = "group"
    menu_label = _("Network")
    menu_name = "network"


register_snippet(NetworkViewSetGroup)
