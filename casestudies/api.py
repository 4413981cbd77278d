"""Read-only JSON API over published case studies, ready slide decks and events.

It serves the same public content as the site, whatever the caller: no drafts,
no pages waiting for moderation, no decks still being processed. The paths are
not language-prefixed; each object's links point at its own language's pages.
Documented in ``docs/api.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from network.markup import render_markdown
from network.models import Institution, Topic

from .feeds import absolute_url
from .models import CaseStudyPage, EventPage, EventSession, SlideDeck

PAGE_SIZE = 20
SECTIONS = ("context", "goal", "actions", "results", "lessons")


class ApiError(Exception):
    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _json(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    # Public, read-only and sent without credentials: any site may read it.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def api_view(view):
    """GET only; an ``ApiError`` becomes a JSON ``{"detail": …}`` answer with its status."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = _json({"detail": _("Only GET requests are accepted.")}, status=405)
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return _json(view(request, *args, **kwargs))
        except ApiError as error:
            return _json({"detail": error.detail}, status=error.status)

    return wrapper


def _not_found() -> ApiError:
    return ApiError(404, _("Nothing published has this identifier."))


def _iso(value: dt.datetime | None, zone: dt.tzinfo = dt.UTC) -> str | None:
    return value.astimezone(zone).isoformat(timespec="seconds") if value else None


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _api_url(name: str, key) -> str:
    return absolute_url(reverse(f"api:{name}", args=[key]))


def _person(member) -> dict:
    return {"name": str(member), "url": absolute_url(member.get_absolute_url())}


def _vocabulary(items) -> list[dict]:
    return [{"slug": item.slug, "name_en": item.name_en, "name_fr": item.name_fr} for item in items]


def _licence(code: str, url: str) -> dict:
    return {"code": code, "url": url or None}


def _page(request, queryset, serialise) -> dict:
    """One page of results, with the next and previous pages' full addresses."""
    paginator = Paginator(queryset, PAGE_SIZE)
    raw = request.GET.get("page", "1")
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= paginator.num_pages:
        raise ApiError(
            400,
            _("The page must be a whole number from 1 to %(pages)d.")
            % {"pages": paginator.num_pages},
        )
    page = paginator.page(int(raw))

    def link(number: int) -> str:
        query = [
            (key, value) for key, values in request.GET.lists() if key != "page" for value in values
        ]
        query.append(("page", str(number)))
        return f"{settings.SITE_URL}{request.path}?{urlencode(query)}"

    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "results": [serialise(item) for item in page.object_list],
    }


def _language_filter(request, queryset, field: str):
    language = request.GET.get("language", "")
    if not language:
        return queryset
    if language not in dict(settings.LANGUAGES):
        raise ApiError(
            400,
            _("Unknown language: %(language)s. Use one of: %(codes)s.")
            % {
                "language": language,
                "codes": ", ".join(code for code, _name in settings.LANGUAGES),
            },
        )
    return queryset.filter(**{field: language})


def _topic_filter(request, queryset):
    slugs = set(request.GET.getlist("topic"))
    if not slugs:
        return queryset
    known = set(Topic.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    if unknown := sorted(slugs - known):
        raise ApiError(400, _("Unknown topic: %(slugs)s.") % {"slugs": ", ".join(unknown)})
    return queryset.filter(topics__slug__in=slugs).distinct()


# Case studies


def _case_studies():
    return (
        CaseStudyPage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related("authors", "institutions", "topics", "platforms", "audiences")
        .order_by("-first_published_at", "-pk")
    )


def case_study_data(page: CaseStudyPage) -> dict:
    with translation.override(page.locale.language_code):
        return {
            "id": page.pk,
            "title": page.title,
            "summary": page.summary,
            "language": page.locale.language_code,
            "url": absolute_url(page.get_url(request=None)),
            "api_url": _api_url("case_study_detail", page.pk),
            "authors": [_person(author) for author in page.authors.all()],
            "external_authors": [
                name.strip() for name in page.external_authors.split(",") if name.strip()
            ],
            "institutions": [
                {
                    "name": institution.name,
                    "slug": institution.slug,
                    "country": institution.country.code,
                    "url": absolute_url(institution.get_absolute_url()),
                }
                for institution in page.institutions.all()
            ],
            "period": {"start": page.period_start, "end": page.period_end},
            "topics": _vocabulary(page.topics.all()),
            "platforms": _vocabulary(page.platforms.all()),
            "audiences": _vocabulary(page.audiences.all()),
            "budget_band": page.budget_band,
            "team_size": page.team_size,
            "licence": _licence(page.licence, page.licence_url),
            "first_published_at": _iso(page.first_published_at),
            "last_published_at": _iso(page.last_published_at),
        }


@api_view
def case_study_list(request) -> dict:
    case_studies = _language_filter(request, _case_studies(), "locale__language_code")
    case_studies = _topic_filter(request, case_studies)
    if slug := request.GET.get("institution", ""):
        institution = Institution.objects.filter(slug=slug).first()
        if institution is None:
            raise ApiError(400, _("Unknown institution: %(slug)s.") % {"slug": slug})
        case_studies = case_studies.filter(institutions=institution)
    return _page(request, case_studies, case_study_data)


@api_view
def case_study_detail(request, pk: int) -> dict:
    page = (
        _case_studies()
        .prefetch_related("outcomes", "resource_links__document")
        .filter(pk=pk)
        .first()
    )
    if page is None:
        raise _not_found()
    translations = page.get_translations().live().public().select_related("locale")
    return {
        **case_study_data(page),
        "translations": [
            {
                "language": other.locale.language_code,
                "url": absolute_url(other.get_url(request=None)),
                "api_url": _api_url("case_study_detail", other.pk),
            }
            for other in translations
        ],
        "sections": {
            name: {"markdown": getattr(page, name), "html": render_markdown(getattr(page, name))}
            for name in SECTIONS
        },
        "outcomes": [
            {
                "label": outcome.label,
                "before": _number(outcome.before),
                "after": _number(outcome.after),
                "unit": outcome.unit,
            }
            for outcome in page.outcomes.all()
        ],
        "resources": [
            {"title": resource.title, "url": absolute_url(resource.href)}
            for resource in page.resource_links.all()
        ],
    }


# Slide decks


def _decks():
    return (
        SlideDeck.objects.ready()
        .select_related("session__event")
        .prefetch_related(
            "speakers",
            "topics",
            Prefetch(
                "case_studies",
                queryset=CaseStudyPage.objects.live().public().select_related("locale"),
                to_attr="published_case_studies",
            ),
        )
        .order_by("-created_at", "-pk")
    )


def _event_reference(event: EventPage | None) -> dict | None:
    if event is None or not event.live:
        return None
    return {
        "id": event.pk,
        "name": event.title,
        "url": absolute_url(event.get_url(request=None)),
        "api_url": _api_url("event_detail", event.pk),
    }


def deck_data(deck: SlideDeck) -> dict:
    session = deck.session
    event = _event_reference(session.event if session else None)
    with translation.override(deck.language):
        return {
            "slug": deck.slug,
            "title": deck.title,
            "description": deck.description,
            "url": absolute_url(deck.get_absolute_url()),
            "api_url": _api_url("deck_detail", deck.slug),
            "language": deck.language,
            "licence": _licence(deck.licence, deck.licence_url),
            "page_count": deck.page_count,
            "speakers": [_person(speaker) for speaker in deck.speakers.all()],
            "topics": _vocabulary(deck.topics.all()),
            "session": {"title": session.title, "event": event} if event else None,
            "case_studies": [
                {
                    "id": page.pk,
                    "title": page.title,
                    "url": absolute_url(page.get_url(request=None)),
                    "api_url": _api_url("case_study_detail", page.pk),
                }
                for page in deck.published_case_studies
            ],
            "created_at": _iso(deck.created_at),
        }


@api_view
def deck_list(request) -> dict:
    decks = _topic_filter(request, _language_filter(request, _decks(), "language"))
    return _page(request, decks, deck_data)


@api_view
def deck_detail(request, slug: str) -> dict:
    deck = _decks().prefetch_related("slides").filter(slug=slug).first()
    if deck is None:
        raise _not_found()
    with translation.override(deck.language):
        pages = [
            {
                "number": slide.number,
                "url": absolute_url(deck.slide_url(slide.number)),
                "text": slide.text,
            }
            for slide in deck.slides.all()
        ]
    return {**deck_data(deck), "pages": pages}


# Events


def _events():
    sessions = EventSession.objects.prefetch_related(
        "speakers", Prefetch("decks", queryset=SlideDeck.objects.ready(), to_attr="ready_decks")
    )
    return (
        EventPage.objects.live()
        .public()
        .select_related("locale", "organiser_institution")
        .prefetch_related(Prefetch("sessions", queryset=sessions))
        .order_by("-starts_at", "-pk")
    )


def _zone(event: EventPage) -> dt.tzinfo:
    try:
        return event.zone
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _session_data(session: EventSession, zone: dt.tzinfo) -> dict:
    decks = [
        {
            "title": deck.title,
            "url": absolute_url(deck.get_absolute_url()),
            "api_url": _api_url("deck_detail", deck.slug),
        }
        for deck in session.ready_decks
    ]
    return {
        "id": session.pk,
        "title": session.title,
        "starts_at": _iso(session.starts_at, zone),
        "ends_at": _iso(session.ends_at, zone),
        "room": session.room,
        "track": session.track,
        "speakers": [_person(speaker) for speaker in session.speakers.all()]
        + [
            {"name": name.strip(), "url": None}
            for name in session.external_speakers.split(",")
            if name.strip()
        ],
        "deck_url": decks[0]["url"] if decks else None,
        "decks": decks,
        "video_url": session.video_url or None,
    }


def event_data(event: EventPage) -> dict:
    zone = _zone(event)
    organiser = event.organiser_institution
    with translation.override(event.locale.language_code):
        return {
            "id": event.pk,
            "name": event.title,
            "language": event.locale.language_code,
            "url": absolute_url(event.get_url(request=None)),
            "api_url": _api_url("event_detail", event.pk),
            "starts_at": _iso(event.starts_at, zone),
            "ends_at": _iso(event.ends_at, zone),
            "time_zone": event.time_zone,
            "venue": event.venue,
            "city": event.city,
            "online": event.is_online,
            "website": event.website or None,
            "organiser": {
                "name": organiser.name,
                "slug": organiser.slug,
                "url": absolute_url(organiser.get_absolute_url()),
            }
            if organiser
            else None,
            "sessions": [_session_data(session, zone) for session in event.sessions.all()],
        }


@api_view
def event_list(request) -> dict:
    events = _language_filter(request, _events(), "locale__language_code")
    return _page(request, events, event_data)


@api_view
def event_detail(request, pk: int) -> dict:
    event = _events().filter(pk=pk).first()
    if event is None:
        raise _not_found()
    return event_data(event)
