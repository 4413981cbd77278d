"""The "Discuss" thread of a case study, a slide deck or an event session.

A discussion thread is created when first needed, as the first message about
the object is posted. It lives in the category marked ``is_discussion_home``
and points at the object through ``Thread.subject``; the database allows one
thread per object, so two first messages sent at once land in the same thread.
The object's authors (or owner and speakers) watch it from the start.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page

from casestudies.models import CaseStudyPage, EventPage, EventSession, SlideDeck
from network.markup import markdown_to_text
from network.models import Member

from .models import Category, Post, Subscription, Thread
from .posting import can_post_in, reply

KINDS = ("casestudy", "deck", "session")
SUMMARY_WORDS = 40


@dataclass(frozen=True)
class Subject:
    """What a discussion is about, as shown above the thread."""

    kind: str
    kind_label: str
    title: str
    url: str
    summary: str
    context: str = ""


def discussable(kind: str, pk: int):
    """The live object a discussion can be about; ObjectDoesNotExist when it is not public."""
    if kind == "casestudy":
        return CaseStudyPage.objects.live().public().get(pk=pk)
    if kind == "deck":
        return SlideDeck.objects.ready().get(pk=pk)
    if kind == "session":
        events = EventPage.objects.live().public()
        return EventSession.objects.select_related("event").get(pk=pk, event__in=events)
    raise ObjectDoesNotExist(f"No discussions for {kind!r}")


def kind_of(obj) -> str:
    if isinstance(obj, Page) and not isinstance(obj, CaseStudyPage):
        obj = obj.specific
    if isinstance(obj, CaseStudyPage):
        return "casestudy"
    if isinstance(obj, SlideDeck):
        return "deck"
    if isinstance(obj, EventSession):
        return "session"
    raise TypeError(f"{type(obj).__name__} cannot be discussed")


def discuss_url(obj) -> str:
    return reverse("forums:discuss", kwargs={"kind": kind_of(obj), "pk": obj.pk})


def existing_discussion(obj) -> Thread | None:
    return Thread.objects.filter(
        subject_type=ContentType.objects.get_for_model(obj), subject_id=obj.pk
    ).first()


def reply_counts(objects) -> dict[int, int]:
    """Posts in the discussion of each object (all of one model), by object id, in one query."""
    objects = list(objects)
    if not objects:
        return {}
    threads = Thread.objects.filter(
        subject_type=ContentType.objects.get_for_model(objects[0]),
        subject_id__in=[obj.pk for obj in objects],
        is_hidden=False,
    )
    return dict(threads.values_list("subject_id", "post_count"))


def reply_count(obj) -> int:
    """Posts readers can see in the object's discussion; 0 when nobody has written yet."""
    return reply_counts([obj]).get(obj.pk, 0)


def home_category() -> Category | None:
    return Category.objects.filter(is_discussion_home=True).order_by("sort_order", "pk").first()


@transaction.atomic
def discussion_for(obj, *, by: Member) -> Thread:
    """The object's discussion thread, created (and watched by its authors) the first time."""
    kind_of(obj)
    home = home_category()
    if home is None or not can_post_in(by, home):
        raise PermissionDenied
    language = language_of(obj)
    with translation.override(language):
        title = _("Discussion: %(title)s") % {"title": obj}
    thread, created = Thread.objects.get_or_create(
        subject_type=ContentType.objects.get_for_model(obj),
        subject_id=obj.pk,
        defaults={
            "category": home,
            "title": Truncator(title).chars(Thread._meta.get_field("title").max_length),
            "author": by,
            "language": language,
        },
    )
    if created:
        for member in _people_behind(obj):
            Subscription.objects.get_or_create(
                member=member, thread=thread, defaults={"level": Subscription.Level.WATCH}
            )
    return thread


@transaction.atomic
def start_discussion(obj, *, by: Member, body: str, ip_address: str | None = None) -> Post:
    """The first message about the object: its thread and post, or neither when refused."""
    thread = discussion_for(obj, by=by)
    return reply(thread, by, body=body, ip_address=ip_address)


def language_of(obj) -> str:
    if isinstance(obj, CaseStudyPage):
        language = obj.locale.language_code
    elif isinstance(obj, EventSession):
        language = obj.event.locale.language_code
    else:
        language = obj.language
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE


def describe(obj) -> Subject:
    kind = kind_of(obj)
    if kind == "casestudy":
        return Subject(kind, _("Case study"), obj.title, obj.url if obj.live else "", obj.summary)
    if kind == "deck":
        summary = Truncator(obj.description).words(SUMMARY_WORDS)
        url = obj.get_absolute_url() if obj.status == SlideDeck.Status.READY else ""
        return Subject(kind, _("Slide deck"), obj.title, url, summary)
    summary = Truncator(markdown_to_text(obj.abstract)).words(SUMMARY_WORDS)
    event = obj.event
    return Subject(
        kind,
        _("Event session"),
        obj.title,
        obj.get_absolute_url() if event.live else "",
        summary,
        context=event.title,
    )


def describe_subject(thread: Thread) -> Subject | None:
    """What the thread discusses, or None for an ordinary thread (or a deleted object)."""
    if not thread.subject_type_id:
        return None
    obj = thread.subject
    return describe(obj) if obj is not None else None


def _people_behind(obj) -> list[Member]:
    if isinstance(obj, CaseStudyPage):
        people = list(obj.authors.filter(is_active=True))
    elif isinstance(obj, SlideDeck):
        people = [obj.owner, *obj.speakers.filter(is_active=True)]
    else:
        people = list(obj.speakers.filter(is_active=True))
    return list({person.pk: person for person in people if person.is_active}.values())
