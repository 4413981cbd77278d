"""Editors manage the forum categories from Wagtail's admin.

Threads and posts are not here: moderators handle them on the site itself,
where every action is logged (``forums/moderation.py``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Category


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "list-ul"
    menu_label = _("Forum categories")
    menu_name = "forum-categories"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name_en", "name_fr", "slug", "access", "is_discussion_home", "sort_order"]
    list_filter = ["access", "is_discussion_home"]
    search_fields = ["name_en", "name_fr", "slug"]
    panels = [
        FieldRowPanel([FieldPanel("name_en"), FieldPanel("name_fr")], heading=_("Name")),
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldPanel("description_en"), FieldPanel("description_fr")],
            heading=_("Description"),
        ),
        FieldPanel("topic"),
        FieldPanel("access"),
        FieldPanel("is_discussion_home"),
        FieldPanel("sort_order"),
    ]


register_snippet(CategoryViewSet)
