"""Feeds, under each language's prefix: /en/feeds/… and /fr/feeds/…"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import feeds

urlpatterns = [
    path(_("feeds/all/rss/"), feeds.AllRssFeed(), name="feed_all_rss"),
    path(_("feeds/all/atom/"), feeds.AllAtomFeed(), name="feed_all_atom"),
    path(_("feeds/topics/<slug:slug>/rss/"), feeds.TopicRssFeed(), name="feed_topic_rss"),
    path(_("feeds/topics/<slug:slug>/atom/"), feeds.TopicAtomFeed(), name="feed_topic_atom"),
    path(
        _("feeds/institutions/<slug:slug>/rss/"),
        feeds.InstitutionRssFeed(),
        name="feed_institution_rss",
    ),
    path(
        _("feeds/institutions/<slug:slug>/atom/"),
        feeds.InstitutionAtomFeed(),
        name="feed_institution_atom",
    ),
    path(_("feeds/events/<int:event_id>/rss/"), feeds.EventRssFeed(), name="feed_event_rss"),
    path(_("feeds/events/<int:event_id>/atom/"), feeds.EventAtomFeed(), name="feed_event_atom"),
]
