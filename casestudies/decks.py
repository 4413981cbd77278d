"""Sharing slide decks: creating one from a checked upload and editing what it says.

The file itself is read and rendered by ``deck_processing``; here a deck gets
its row, its original file and its links (speakers, topics, session, case
studies), and its processing is queued once the row is committed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.text import slugify

from network.models import Member, Topic

from . import deck_processing, tasks
from .deck_processing import CheckedUpload
from .models import CaseStudyPage, EventSession, SlideDeck


@dataclass
class DeckMetadata:
    """What a deck says about itself; everything but the file."""

    title: str
    language: str
    description: str = ""
    licence: str = SlideDeck._meta.get_field("licence").default
    allow_download: bool = True
    topics: list[Topic] = field(default_factory=list)
    speakers: list[Member] = field(default_factory=list)
    session: EventSession | None = None
    case_studies: list[CaseStudyPage] = field(default_factory=list)


def can_edit(deck: SlideDeck, member) -> bool:
    return member.is_authenticated and deck.owner_id == member.pk


def create_deck(
    owner: Member, *, upload: CheckedUpload, metadata: DeckMetadata, process_now: bool = False
) -> SlideDeck:
    """Stores the deck and its original; processing is queued after commit.

    With ``process_now`` (the demo seed, a shell) the pages are rendered before
    returning instead, without a worker.
    """
    deck = SlideDeck(owner=owner, slug=unique_slug(metadata.title))
    try:
        with transaction.atomic():
            deck.original.save(f"{deck.slug}.{upload.kind}", upload.file, save=False)
            _apply(deck, metadata)
            if not process_now:
                transaction.on_commit(partial(tasks.process_deck.delay, deck.pk))
    except BaseException:
        if deck.original.name:
            deck.original.storage.delete(deck.original.name)
        raise
    if process_now:
        deck_processing.process_deck(deck)
    return deck


def update_deck(deck: SlideDeck, *, by: Member, metadata: DeckMetadata) -> SlideDeck:
    """Changes what a deck says; its file and slides stay as they are."""
    if not can_edit(deck, by):
        raise PermissionDenied
    with transaction.atomic():
        _apply(deck, metadata)
    return deck


def _apply(deck: SlideDeck, metadata: DeckMetadata) -> None:
    deck.title = metadata.title
    deck.description = metadata.description
    deck.language = metadata.language
    deck.licence = metadata.licence
    deck.allow_download = metadata.allow_download
    deck.session = metadata.session
    deck.save()
    deck.speakers.set(metadata.speakers or [deck.owner])
    deck.topics.set(metadata.topics)
    deck.case_studies.set(metadata.case_studies)


def unique_slug(title: str) -> str:
    """A free address for a new deck, never one of the decks URLs' own words ("upload")."""
    base = slugify(title)[:100].strip("-") or "slides"
    candidate, suffix = base, 1
    while SlideDeck.objects.filter(slug=candidate).exists() or _is_reserved(candidate):
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def _is_reserved(slug: str) -> bool:
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            path = reverse("casestudies:deck_detail", kwargs={"slug": slug})
            try:
                if resolve(path).url_name != "deck_detail":
                    return True
            except Resolver404:
                return True
    return False
