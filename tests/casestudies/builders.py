"""Builders for Wagtail content in tests: published case studies and events."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from wagtail.models import Locale

from casestudies.models import CaseStudyIndexPage, CaseStudyPage, EventIndexPage, EventPage
from network.models import Topic


def publish_case_study(
    *,
    author,
    institution,
    language: str = "en",
    title: str = "Live-tweeting our opening night",
    topics: tuple[str, ...] = ("live-coverage",),
    **fields,
) -> CaseStudyPage:
    index = CaseStudyIndexPage.objects.get(locale=Locale.objects.get(language_code=language))
    values = {
        "summary": "How a two-person team covered a vernissage live on three networks.",
        "period_start": 2024,
        "budget_band": "none",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": "The museum reopened after two years of works.",
        "goal": "Reach people who could not attend.",
        "actions": "We prepared **visuals** and a running order.",
        **fields,
    }
    page = CaseStudyPage(title=title, owner=author, **values)
    index.add_child(instance=page)
    page.authors.set([author])
    page.institutions.set([institution])
    page.topics.set(Topic.objects.filter(slug__in=topics))
    page.save_revision(user=author).publish()
    page.refresh_from_db()
    return page


def publish_event(
    *, owner, language: str = "en", title: str = "Museums & Social Media Days", **fields
) -> EventPage:
    index = EventIndexPage.objects.get(locale=Locale.objects.get(language_code=language))
    starts = fields.pop("starts_at", timezone.now() + dt.timedelta(days=30))
    values = {
        "starts_at": starts,
        "ends_at": fields.pop("ends_at", starts + dt.timedelta(days=2)),
        "time_zone": "Europe/Paris",
        "venue": "Auditorium",
        "city": "Lyon",
        "description": "<p>Two days on museums and their online communities.</p>",
        **fields,
    }
    event = EventPage(title=title, owner=owner, **values)
    index.add_child(instance=event)
    event.save_revision(user=owner).publish()
    event.refresh_from_db()
    return event
