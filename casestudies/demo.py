"""Loads the demo case studies, events and slide decks from ``demo_content.py``.

Case studies go through the real importer (``importing.py``); decks are real
PDFs written by ``demo_pdfs.py`` and processed like an upload. Everything is
matched by a natural key, so running the seed again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from network.models import Institution, Member, Topic

from . import demo_content
from .deck_processing import check_upload
from .decks import DeckMetadata, create_deck
from .demo_pdfs import make_deck_pdf
from .importing import import_case_studies
from .models import (
    CaseStudyPage,
    EventIndexPage,
    EventPage,
    EventSession,
    LiveCoveragePost,
    SlideDeck,
)


def seed_content(members: dict[str, Member], institutions: dict[str, Institution]) -> dict:
    summary = import_case_studies(
        {
            "institutions": [],
            "authors": [],
            "case_studies": _with_numbers(demo_content.CASE_STUDIES),
        }
    )
    events = seed_events(members, institutions)
    decks = seed_decks(members, events)
    return {
        "case_studies": CaseStudyPage.objects.live().count(),
        "imported": summary,
        "events": len(events),
        "sessions": EventSession.objects.filter(event__in=events.values()).count(),
        "decks": len(decks),
        "slides": sum(deck.page_count for deck in decks),
    }


def _with_numbers(case_studies: list[dict]) -> list[dict]:
    """The demo data writes figures as strings; the import format wants JSON numbers."""

    def number(value):
        return float(value) if isinstance(value, str) else value

    return [
        {
            **item,
            "outcomes": [
                {**o, "before": number(o.get("before")), "after": number(o["after"])}
                for o in item.get("outcomes", [])
            ],
        }
        for item in case_studies
    ]


@transaction.atomic
def seed_events(
    members: dict[str, Member], institutions: dict[str, Institution]
) -> dict[str, EventPage]:
    events = {}
    for spec in demo_content.EVENTS:
        zone = zoneinfo.ZoneInfo(spec["time_zone"])
        index = EventIndexPage.objects.get(
            locale=Locale.objects.get(language_code=spec["language"])
        )
        slug = slugify(spec["key"])
        event = EventPage.objects.child_of(index).filter(slug=slug).first()
        if event is None:
            event = EventPage(
                slug=slug,
                title=spec["title"],
                owner=members[spec["owner"]],
                starts_at=_at(spec["starts"], zone),
                ends_at=_at(spec["ends"], zone),
                time_zone=spec["time_zone"],
                venue=spec["venue"],
                city=spec["city"],
                is_online=spec["is_online"],
                online_url=spec["online_url"],
                organiser_institution=institutions.get(spec["organiser_institution"]),
                website=spec["website"],
                description=spec["description"],
            )
            index.add_child(instance=event)
            event.save_revision(user=event.owner).publish()
            _seed_programme(event, spec, members, zone)
        events[spec["key"]] = event
    return events


def _at(value: str, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=zone)


def _seed_programme(event: EventPage, spec: dict, members: dict[str, Member], zone) -> None:
    for item in spec["sessions"]:
        session = EventSession.objects.create(
            event=event,
            title=item["title"],
            starts_at=_at(item["start"], zone),
            ends_at=_at(item["end"], zone),
            room=item["room"],
            track=item["track"],
            external_speakers=item["external_speakers"],
            abstract=item["abstract"],
            video_url=item["video_url"],
            video_timecodes=item["video_timecodes"],
        )
        session.speakers.set([members[email] for email in item["speakers"]])
    for item in spec["live_posts"]:
        post = LiveCoveragePost.objects.create(event=event, author=event.owner, body=item["body"])
        # created_at is set on insert; the demo dates each post during the event.
        LiveCoveragePost.objects.filter(pk=post.pk).update(
            created_at=event.starts_at + dt.timedelta(minutes=item["minutes_after_start"])
        )


def seed_decks(members: dict[str, Member], events: dict[str, EventPage]) -> list[SlideDeck]:
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    case_studies = {page.slug: page for page in CaseStudyPage.objects.all()}
    decks = []
    for spec in demo_content.DECKS:
        owner = members[spec["owner"]]
        deck = SlideDeck.objects.filter(owner=owner, title=spec["title"]).first()
        if deck is None:
            pdf = make_deck_pdf(spec["title"], spec["slides"])
            upload = check_upload(ContentFile(pdf, name=f"{spec['key']}.pdf"))
            deck = create_deck(
                owner,
                upload=upload,
                metadata=DeckMetadata(
                    title=spec["title"],
                    language=spec["language"],
                    description=spec["description"],
                    licence=spec["licence"],
                    allow_download=spec["allow_download"],
                    topics=[topics[slug] for slug in spec["topics"]],
                    speakers=[members[email] for email in spec["speakers"]],
                    session=_session(events, spec["session"]),
                    case_studies=[
                        case_studies[key] for key in spec["case_studies"] if key in case_studies
                    ],
                ),
                process_now=True,
            )
        decks.append(deck)
    return decks


def _session(events: dict[str, EventPage], reference) -> EventSession | None:
    if not reference:
        return None
    event_key, title = reference
    return EventSession.objects.filter(event=events[event_key], title=title).first()
