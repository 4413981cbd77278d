"""Reading and posting. The category pattern comes last: it matches any single word."""

from django.urls import path, register_converter
from django.urls.converters import SlugConverter
from django.utils.translation import gettext_lazy as _

from . import views


class CategorySlugConverter(SlugConverter):
    """A category's slug, but never a word another forum address starts with.

    Declining those words (ValueError) lets the resolver try the next patterns,
    such as the moderators' pages at ``forums/moderation/``.
    """

    reserved = frozenset(
        {"moderation", "threads", "posts", "subscriptions", "images", "discuss"}
        | {"fils", "messages", "abonnements", "discuter"}
    )

    def to_python(self, value: str) -> str:
        if value in self.reserved:
            raise ValueError(value)
        return value


register_converter(CategorySlugConverter, "forum_category")

urlpatterns = [
    path(_("forums/"), views.index, name="index"),
    path(_("forums/threads/<int:pk>/"), views.thread_detail, name="thread"),
    path(_("forums/threads/<int:pk>/reply/"), views.reply, name="reply"),
    path(_("forums/posts/<int:pk>/"), views.post_permalink, name="post"),
    path(_("forums/posts/<int:pk>/edit/"), views.post_edit, name="post_edit"),
    path(_("forums/posts/<int:pk>/history/"), views.post_history, name="post_history"),
    path(_("forums/posts/<int:pk>/react/"), views.react, name="react"),
    path(_("forums/posts/<int:pk>/accept/"), views.accept, name="accept"),
    path(_("forums/subscriptions/"), views.subscribe, name="subscribe"),
    path(_("forums/images/"), views.image_upload, name="image_upload"),
    path(_("forums/discuss/<str:kind>/<int:pk>/"), views.discuss, name="discuss"),
    path(_("forums/<forum_category:slug>/new/"), views.thread_new, name="thread_new"),
    path(_("forums/<forum_category:slug>/"), views.category, name="category"),
]
