"""What a member or an institution has shared: the public face of this app for profiles."""

from __future__ import annotations

from django.db.models import Q

from .models import CaseStudyPage, EventPage, EventSession, SlideDeck


def contributions_of(member) -> dict:
    return {
        "case_studies": CaseStudyPage.objects.live()
        .filter(authors=member)
        .select_related("locale")
        .order_by("-first_published_at"),
        "decks": SlideDeck.objects.ready().filter(speakers=member).order_by("-created_at"),
        "talks": EventSession.objects.filter(speakers=member, event__live=True)
        .select_related("event")
        .order_by("-starts_at"),
    }


def contributions_at(institution) -> dict:
    staff = Q(
        speakers__memberships__institution=institution, speakers__memberships__status="verified"
    )
    return {
        "case_studies": CaseStudyPage.objects.live()
        .filter(institutions=institution)
        .select_related("locale")
        .order_by("-first_published_at"),
        "decks": SlideDeck.objects.ready().filter(staff).distinct().order_by("-created_at"),
        "events": EventPage.objects.live()
        .filter(organiser_institution=institution)
        .order_by("-starts_at"),
        "talks": EventSession.objects.filter(staff, event__live=True)
        .distinct()
        .select_related("event")
        .order_by("-starts_at"),
    }
