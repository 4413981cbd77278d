"""RSS 2.0 and Atom 1.0 feeds of what the network publishes.

A feed under ``/en/`` or ``/fr/`` lists the published case studies of that
language's tree and the ready slide decks in any language (slides are often in
one language only and still worth following). An event's feed is the event's
own: its live coverage posts and its sessions' decks. Feeds never list drafts,
pages waiting for moderation or decks still being processed.

Every feed is built from ``Entry`` values, so the case studies, decks and posts
it mixes are fetched with a fixed number of queries and sorted together.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from network.models import Institution, Topic

from .contributions import contributions_at
from .models import CaseStudyIndexPage, CaseStudyPage, EventPage, LiveCoveragePost, SlideDeck

FEED_SIZE = 30


def absolute_url(url: str) -> str:
    """Wagtail and ``reverse`` give paths; feeds and the API give full addresses."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return f"{settings.SITE_URL}{url}"


@dataclass(frozen=True)
class Entry:
    title: str
    link: str
    description: str
    published: dt.datetime
    updated: dt.datetime | None = None
    authors: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Scope:
    """What one request's feed is about; the Feed instance itself is shared by all requests."""

    language: str
    path: str
    subject: object | None = None


def published_case_studies(language: str):
    return (
        CaseStudyPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .prefetch_related("authors", "topics")
        .order_by("-first_published_at")
    )


def ready_decks():
    return SlideDeck.objects.ready().prefetch_related("speakers", "topics").order_by("-created_at")


def case_study_entries(case_studies) -> list[Entry]:
    entries = []
    for page in case_studies[:FEED_SIZE]:
        link = absolute_url(page.get_url(request=None))
        entries.append(
            Entry(
                title=page.title,
                link=link,
                description=escape(page.summary),
                published=page.first_published_at,
                updated=page.last_published_at,
                authors=page.author_names(),
                categories=[topic.name for topic in page.topics.all()],
            )
        )
    return entries


def deck_entries(decks) -> list[Entry]:
    entries = []
    for deck in decks[:FEED_SIZE]:
        link = absolute_url(deck.get_absolute_url())
        entries.append(
            Entry(
                title=deck.title,
                link=link,
                description=escape(deck.description),
                published=deck.created_at,
                authors=[str(speaker) for speaker in deck.speakers.all()],
                categories=[topic.name for topic in deck.topics.all()],
            )
        )
    return entries


def live_post_entries(event: EventPage) -> list[Entry]:
    event_link = absolute_url(event.get_url(request=None))
    posts = LiveCoveragePost.objects.filter(event=event).select_related("author", "session")
    return [
        Entry(
            title=Truncator(post.body).words(12),
            link=f"{event_link}#live-{post.pk}",
            description=escape(post.body),
            published=post.created_at,
            authors=[str(post.author)] if post.author else [],
            categories=[post.session.title] if post.session else [],
        )
        for post in posts.order_by("-created_at")[:FEED_SIZE]
    ]


def newest(*groups: list[Entry]) -> list[Entry]:
    """The ``FEED_SIZE`` most recent entries of groups each already sorted newest first."""
    merged = heapq.merge(*groups, key=lambda entry: entry.published, reverse=True)
    return list(merged)[:FEED_SIZE]


class ContentFeed(Feed):
    """RSS 2.0 by default; each feed's Atom twin only changes ``feed_type``."""

    feed_type = Rss201rev2Feed
    lookup = "slug"

    def subjects(self):
        """Where the one thing a feed is about is looked up (by ``lookup``), if it has one."""
        return None

    def get_object(self, request, **kwargs) -> Scope:
        subject = None
        if kwargs:
            (value,) = kwargs.values()
            subject = get_object_or_404(self.subjects(), **{self.lookup: value})
        return Scope(language=get_language(), path=request.path, subject=subject)

    def feed_url(self, scope: Scope) -> str:
        return absolute_url(scope.path)

    def subtitle(self, scope: Scope) -> str:
        return self.description(scope)

    def item_title(self, entry: Entry) -> str:
        return entry.title

    def item_link(self, entry: Entry) -> str:
        return entry.link

    def item_description(self, entry: Entry) -> str:
        return entry.description

    def item_pubdate(self, entry: Entry) -> dt.datetime:
        return entry.published

    def item_updateddate(self, entry: Entry) -> dt.datetime | None:
        return entry.updated

    def item_author_name(self, entry: Entry) -> str | None:
        return ", ".join(entry.authors) or None

    def item_categories(self, entry: Entry) -> list[str]:
        return entry.categories


def _case_study_index_url(language: str) -> str:
    index = CaseStudyIndexPage.objects.filter(locale__language_code=language).first()
    return absolute_url(index.get_url(request=None)) if index else absolute_url(f"/{language}/")


class AllRssFeed(ContentFeed):
    def title(self, scope: Scope) -> str:
        return _("Museum Commons: case studies and slides")

    def description(self, scope: Scope) -> str:
        return _("The latest case studies and conference slides shared by museum professionals.")

    def link(self, scope: Scope) -> str:
        return absolute_url(f"/{scope.language}/")

    def items(self, scope: Scope) -> list[Entry]:
        return newest(
            case_study_entries(published_case_studies(scope.language)),
            deck_entries(ready_decks()),
        )


class AllAtomFeed(AllRssFeed):
    feed_type = Atom1Feed


class TopicRssFeed(ContentFeed):
    def subjects(self):
        return Topic.objects.all()

    def title(self, scope: Scope) -> str:
        return _("Museum Commons: %(topic)s") % {"topic": scope.subject.name}

    def description(self, scope: Scope) -> str:
        return _("Case studies and slides about %(topic)s.") % {"topic": scope.subject.name}

    def link(self, scope: Scope) -> str:
        return f"{_case_study_index_url(scope.language)}?topic={scope.subject.slug}"

    def items(self, scope: Scope) -> list[Entry]:
        topic = scope.subject
        return newest(
            case_study_entries(published_case_studies(scope.language).filter(topics=topic)),
            deck_entries(ready_decks().filter(topics=topic)),
        )


class TopicAtomFeed(TopicRssFeed):
    feed_type = Atom1Feed


class InstitutionRssFeed(ContentFeed):
    def subjects(self):
        return Institution.objects.all()

    def title(self, scope: Scope) -> str:
        return _("Museum Commons: %(institution)s") % {"institution": scope.subject.name}

    def description(self, scope: Scope) -> str:
        return _("Case studies and slides shared by the team of %(institution)s.") % {
            "institution": scope.subject.name
        }

    def link(self, scope: Scope) -> str:
        return absolute_url(scope.subject.get_absolute_url())

    def items(self, scope: Scope) -> list[Entry]:
        institution = scope.subject
        staff_decks = contributions_at(institution)["decks"]
        return newest(
            case_study_entries(
                published_case_studies(scope.language).filter(institutions=institution)
            ),
            deck_entries(staff_decks.prefetch_related("speakers", "topics")),
        )


class InstitutionAtomFeed(InstitutionRssFeed):
    feed_type = Atom1Feed


class EventRssFeed(ContentFeed):
    lookup = "pk"

    def subjects(self):
        return EventPage.objects.live().public()

    def title(self, scope: Scope) -> str:
        return _("%(event)s: live coverage and slides") % {"event": scope.subject.title}

    def description(self, scope: Scope) -> str:
        return _("Posts written during %(event)s, and the slides of its sessions.") % {
            "event": scope.subject.title
        }

    def link(self, scope: Scope) -> str:
        return absolute_url(scope.subject.get_url(request=None))

    def items(self, scope: Scope) -> list[Entry]:
        event = scope.subject
        return newest(
            live_post_entries(event),
            deck_entries(ready_decks().filter(session__event=event)),
        )


class EventAtomFeed(EventRssFeed):
    feed_type = Atom1Feed
