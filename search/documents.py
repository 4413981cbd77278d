"""What the search engine holds: one Document per resource family.

Each family lives in its own index, reached through an alias named
``<SEARCH_INDEX_PREFIX>-<family>`` (the rebuild builds a timestamped index behind
it). Every family shares the facet fields of ``SearchDocument`` and decides in
one place, ``from_object``, whether an object may be found at all: ``None``
means "must not be in the index" (unpublished, hidden, failed, unlisted…).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db.models import Prefetch, Q, Value
from elasticsearch_dsl import Date, Document, Index, Integer, Keyword, SearchAsYouType, Text

from .analysis import (
    english_index,
    english_text,
    folded,
    folded_index,
    folded_text,
    french_index,
    french_text,
)


def index_prefix() -> str:
    return getattr(settings, "SEARCH_INDEX_PREFIX", "") or "museum-commons"


def _language_fields() -> dict:
    return {
        "fr": Text(analyzer=french_index(), search_analyzer=french_text()),
        "en": Text(analyzer=english_index(), search_analyzer=english_text()),
    }


def _text(**extra_fields) -> Text:
    return Text(
        analyzer=folded_index(),
        search_analyzer=folded_text(),
        fields={**_language_fields(), **extra_fields},
    )


def _year(moment) -> int | None:
    return moment.year if moment else None


class SearchDocument(Document):
    """The fields every family fills, so one query and one set of facets cover them all."""

    type = Keyword()
    title = _text(suggest=SearchAsYouType(analyzer=folded_index()), raw=Keyword(normalizer=folded))
    body = _text()
    # Names around the text (topics, institutions, authors): searched, never quoted in snippets.
    tags = _text()
    topics = Keyword()
    platforms = Keyword()
    institution_kinds = Keyword()
    institution_sizes = Keyword()
    countries = Keyword()
    language = Keyword()
    year = Integer()
    event = Keyword()
    licence = Keyword()
    url = Keyword(index=False)
    date = Date()
    # Groups the documents of one object (a deck's pages, an event's sessions).
    parent = Keyword()
    visibility = Keyword()
    # The primary key of the object a hit stands for (a slide's deck, a session).
    object_id = Keyword()
    # Members who wrote or presented it, for "find peers with this problem".
    authors = Integer()
    page_number = Integer()

    family = ""

    @classmethod
    def alias(cls) -> str:
        return f"{index_prefix()}-{cls.family}"

    @classmethod
    def from_object(cls, obj) -> SearchDocument | None:
        raise NotImplementedError

    @classmethod
    def documents_for(cls, obj) -> list[SearchDocument]:
        """Every document ``obj`` contributes (a deck contributes one per page)."""
        document = cls.from_object(obj)
        return [document] if document is not None else []

    @classmethod
    def doc_id(cls, pk) -> str:
        return str(pk)

    @classmethod
    def queryset(cls):
        """The rows a rebuild walks through (``from_object`` still filters each one)."""
        raise NotImplementedError

    @classmethod
    def changed_since(cls, moment):
        """Rows modified since ``moment``, for the rebuild's catch-up; ``None`` when unknown."""
        return None

    @classmethod
    def sources(cls) -> list[tuple[object, Callable[[object], list[SearchDocument]]]]:
        """(rows, documents of one row) pairs a rebuild walks through."""
        return [(cls.queryset(), cls.documents_for)]

    @classmethod
    def index_body(cls) -> dict:
        """Settings (analysis included) and mappings to create one of this family's indices."""
        index = Index(cls.alias())
        index.settings(
            number_of_shards=1,
            number_of_replicas=getattr(settings, "SEARCH_INDEX_REPLICAS", 0),
        )
        index.document(cls)
        return index.to_dict()

    def source(self) -> dict:
        data = self.to_dict(include_meta=False, skip_empty=True)
        for name in ("title", "body", "accepted_answer", "tags"):
            if isinstance(data.get(name), str):
                # The characters that mark highlights must not come from the text itself.
                data[name] = data[name].replace("\ue000", "").replace("\ue001", "")
        return data


def _names(related) -> str:
    return " ".join(f"{item.name_en} {item.name_fr}" for item in related)


def _institution_facets(institutions) -> dict[str, list[str]]:
    return {
        "institution_kinds": sorted({institution.kind for institution in institutions}),
        "institution_sizes": sorted({institution.size_band for institution in institutions}),
        "countries": sorted({institution.country.code for institution in institutions}),
    }


class CaseStudyDocument(SearchDocument):
    family = "casestudies"

    @classmethod
    def queryset(cls):
        from casestudies.models import CaseStudyPage

        return CaseStudyPage.objects.live().public().select_related("locale")

    @classmethod
    def changed_since(cls, moment):
        return cls.queryset().filter(last_published_at__gte=moment)

    @classmethod
    def from_object(cls, page):
        if not page.live or page.get_view_restrictions().exists():
            return None
        institutions = list(page.institutions.all())
        topics = list(page.topics.all())
        body = [
            page.summary,
            page.context,
            page.goal,
            page.actions,
            page.results,
            page.lessons,
            " ".join(outcome.label for outcome in page.outcomes.all()),
        ]
        tags = [
            _names(topics),
            " ".join(institution.name for institution in institutions),
            " ".join(page.author_names()),
        ]
        return cls(
            meta={"id": cls.doc_id(page.pk)},
            type="case_study",
            title=page.title,
            body="\n".join(part for part in body if part),
            tags="\n".join(part for part in tags if part),
            topics=[topic.slug for topic in topics],
            platforms=[platform.slug for platform in page.platforms.all()],
            **_institution_facets(institutions),
            language=page.locale.language_code,
            year=page.period_start,
            licence=page.licence,
            url=page.url,
            date=page.first_published_at,
            visibility="public",
            object_id=str(page.pk),
            authors=[author.pk for author in page.authors.all()],
        )


class DeckPageDocument(SearchDocument):
    """A deck is one document, and each of its slides another, so a hit names its page.

    The deck document carries the title and description; a slide document only
    its own text, so a deck appears once for its title and a slide only for
    what is written on it.
    """

    family = "decks"
    deck_title = Keyword(index=False)

    @classmethod
    def queryset(cls):
        return cls._decks().ready()

    @classmethod
    def changed_since(cls, moment):
        return cls._decks().filter(updated_at__gte=moment)

    @staticmethod
    def _decks():
        from casestudies.models import SlideDeck

        return SlideDeck.objects.select_related("session__event").prefetch_related(
            "topics", "slides", "speakers"
        )

    @classmethod
    def doc_id(cls, pk, number: int = 0) -> str:
        return f"{pk}-{number}"

    @classmethod
    def parent_key(cls, pk) -> str:
        return f"deck-{pk}"

    @classmethod
    def from_object(cls, deck):
        """The deck's own document; ``None`` unless the deck is ready to be shown."""
        from casestudies.models import SlideDeck

        if deck.status != SlideDeck.Status.READY:
            return None
        session = deck.session
        people = {deck.owner_id, *(speaker.pk for speaker in deck.speakers.all())}
        return cls(
            meta={"id": cls.doc_id(deck.pk)},
            type="deck",
            title=deck.title,
            body=deck.description,
            deck_title=deck.title,
            topics=[topic.slug for topic in deck.topics.all()],
            language=deck.language,
            year=_year(deck.created_at),
            event=session.event.title if session else None,
            licence=deck.licence,
            url=deck.get_absolute_url(),
            date=deck.created_at,
            parent=cls.parent_key(deck.pk),
            visibility="public",
            object_id=str(deck.pk),
            authors=sorted(person for person in people if person),
        )

    @classmethod
    def documents_for(cls, deck):
        deck_document = cls.from_object(deck)
        if deck_document is None:
            return []
        common = deck_document.to_dict()
        documents = [deck_document]
        for slide in deck.slides.all():
            if not slide.text.strip():
                continue
            document = cls(meta={"id": cls.doc_id(deck.pk, slide.number)}, **common)
            document.type = "slide"
            document.title = slide.text.strip().splitlines()[0][:200]
            document.body = slide.text
            document.page_number = slide.number
            document.url = deck.slide_url(slide.number)
            documents.append(document)
        return documents


class SessionDocument(SearchDocument):
    """Events and their sessions: an event is a document, and so is each session."""

    family = "events"

    @classmethod
    def queryset(cls):
        from casestudies.models import EventSession

        return EventSession.objects.filter(event__live=True).select_related(
            "event__locale", "event__organiser_institution"
        )

    @classmethod
    def parent_key(cls, event_pk) -> str:
        return f"event-{event_pk}"

    @classmethod
    def sources(cls):
        from casestudies.models import EventPage

        events = EventPage.objects.live().public().select_related("locale")

        def documents_for_event(event):
            document = cls.from_event(event)
            return [document] if document is not None else []

        return [(events, documents_for_event), (cls.queryset(), cls.documents_for)]

    @classmethod
    def event_doc_id(cls, event_pk) -> str:
        return f"event-{event_pk}"

    @classmethod
    def doc_id(cls, pk) -> str:
        return f"session-{pk}"

    @classmethod
    def _event_fields(cls, event) -> dict:
        organiser = event.organiser_institution
        return {
            "language": event.locale.language_code,
            "event": event.title,
            "institution_kinds": [organiser.kind] if organiser else [],
            "countries": [organiser.country.code] if organiser else [],
            "parent": cls.parent_key(event.pk),
            "visibility": "public",
        }

    @classmethod
    def from_event(cls, event) -> SessionDocument | None:
        from django.utils.html import strip_tags

        if not event.live or event.get_view_restrictions().exists():
            return None
        return cls(
            meta={"id": cls.event_doc_id(event.pk)},
            type="event",
            title=event.title,
            body="\n".join(
                part for part in (strip_tags(event.description), event.venue, event.city) if part
            ),
            year=event.starts_at.year,
            url=event.url,
            date=event.starts_at,
            object_id=str(event.pk),
            **cls._event_fields(event),
        )

    @classmethod
    def from_object(cls, session):
        event = session.event
        if not event.live or event.get_view_restrictions().exists():
            return None
        return cls(
            meta={"id": cls.doc_id(session.pk)},
            type="session",
            title=session.title,
            body=session.abstract,
            tags="\n".join(
                part for part in (" ".join(session.speaker_names()), session.track) if part
            ),
            year=session.starts_at.year,
            url=session.get_absolute_url(),
            date=session.starts_at,
            object_id=str(session.pk),
            authors=[speaker.pk for speaker in session.speakers.all()],
            **cls._event_fields(event),
        )


class ThreadDocument(SearchDocument):
    """A forum thread with the text of its visible posts; the accepted answer weighs more."""

    family = "threads"
    accepted_answer = _text()

    @classmethod
    def queryset(cls):
        from forums.models import Post, Thread

        visible_posts = Post.objects.public().order_by("created_at", "pk")
        return (
            Thread.objects.visible_to(None)
            .select_related("category__topic", "accepted_post")
            .prefetch_related(Prefetch("posts", queryset=visible_posts, to_attr="public_posts"))
        )

    @classmethod
    def changed_since(cls, moment):
        # Editing a post leaves the thread's last_post_at alone.
        return (
            cls.queryset()
            .filter(Q(last_post_at__gte=moment) | Q(posts__edited_at__gte=moment))
            .distinct()
        )

    @classmethod
    def from_object(cls, thread):
        from forums.models import Category

        if thread.is_hidden or thread.category.access != Category.Access.EVERYONE:
            return None
        # A rebuild prefetches the visible posts; indexing one thread asks for them.
        posts = getattr(thread, "public_posts", None)
        if posts is None:
            posts = list(thread.posts.public().order_by("created_at", "pk"))
        if not posts:
            return None
        accepted = thread.accepted_post
        accepted_visible = accepted is not None and any(post.pk == accepted.pk for post in posts)
        topic = thread.category.topic
        return cls(
            meta={"id": cls.doc_id(thread.pk)},
            type="thread",
            title=thread.title,
            body="\n".join(post.body for post in posts),
            accepted_answer=accepted.body if accepted_visible else None,
            topics=[topic.slug] if topic else [],
            language=thread.language,
            year=thread.created_at.year,
            url=thread.get_absolute_url(),
            date=thread.last_post_at,
            visibility="public",
            object_id=str(thread.pk),
            authors=sorted(
                {thread.author_id, accepted.author_id if accepted_visible else None} - {None}
            ),
        )


class MemberDocument(SearchDocument):
    """Listed members' public fields; ``visibility`` lets queries hide members-only profiles."""

    family = "members"

    @classmethod
    def queryset(cls):
        from network.models import Member

        # search_listed: these rows are known to be listed, so from_object need not ask again.
        return (
            Member.objects.listed()
            .with_directory_data()
            .prefetch_related("platforms")
            .annotate(search_listed=Value(True))
        )

    @classmethod
    def from_object(cls, member):
        from network.models import Member, Membership

        listed = getattr(member, "search_listed", False)
        if not listed and not Member.objects.listed().filter(pk=member.pk).exists():
            return None
        memberships = getattr(member, "verified_memberships", None)
        if memberships is None:
            memberships = Membership.objects.verified().filter(member=member)
            memberships = memberships.select_related("institution")
        institutions = [membership.institution for membership in memberships]
        expertise = list(member.expertise.all())
        tags = [_names(expertise), " ".join(institution.name for institution in institutions)]
        return cls(
            meta={"id": cls.doc_id(member.pk)},
            type="member",
            title=str(member),
            body="\n".join(part for part in (member.job_title, member.bio) if part),
            tags="\n".join(part for part in tags if part),
            topics=[topic.slug for topic in expertise],
            platforms=[platform.slug for platform in member.platforms.all()],
            **_institution_facets(institutions),
            language=list(member.languages),
            url=member.get_absolute_url(),
            date=member.date_joined,
            visibility=member.profile_visibility,
            object_id=str(member.pk),
        )


class InstitutionDocument(SearchDocument):
    family = "institutions"

    @classmethod
    def queryset(cls):
        from network.models import Institution

        return Institution.objects.all()

    @classmethod
    def from_object(cls, institution):
        return cls(
            meta={"id": cls.doc_id(institution.pk)},
            type="institution",
            title=institution.name,
            body=institution.city,
            institution_kinds=[institution.kind],
            institution_sizes=[institution.size_band],
            countries=[institution.country.code],
            url=institution.get_absolute_url(),
            date=institution.created_at,
            visibility="public",
            object_id=str(institution.pk),
        )


FAMILIES: tuple[type[SearchDocument], ...] = (
    CaseStudyDocument,
    DeckPageDocument,
    SessionDocument,
    ThreadDocument,
    MemberDocument,
    InstitutionDocument,
)


def family_named(name: str) -> type[SearchDocument]:
    return next(family for family in FAMILIES if family.family == name)


def all_aliases() -> list[str]:
    return [family.alias() for family in FAMILIES]
