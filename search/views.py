"""The search page, its JSON twin and the suggestions behind search-as-you-type.

Each view reads the whole state of a search from the URL (``SearchQuery``),
asks ``search.service`` and renders the answer, so the page and the API can
never disagree on totals or facet counts.
"""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_safe

from . import engine, service
from .facets import FACETS, RESOURCE_TYPES
from .query import Hit, SearchQuery, SearchResults


def health(request):
    """Liveness for load balancers: the database answers, and the engine if one is configured."""
    status = {"database": connection.vendor}
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    if engine.engine_configured():
        try:
            status["search"] = engine.engine_info()
        except engine.EngineUnavailable:
            status["search"] = "unavailable"
            return JsonResponse(status, status=503)
    else:
        status["search"] = "database"
    return JsonResponse(status)


@require_safe
def search_page(request: HttpRequest) -> HttpResponse:
    results = service.run_search(SearchQuery.from_params(request.GET), request.user)
    facet_groups = [(facet, results.facets[facet.name]) for facet in FACETS]
    context = {
        "results": results,
        "query": results.query,
        "facet_groups": facet_groups,
        "active_filters": [
            (facet, value) for facet, values in facet_groups for value in values if value.selected
        ],
    }
    return render(request, "search/search.html", context)


def _api_language(request: HttpRequest) -> str:
    """``?lang=`` when it names a site language, else what the locale middleware chose."""
    requested = request.GET.get("lang", "")
    if requested in dict(settings.LANGUAGES):
        return requested
    return translation.get_language() or settings.LANGUAGE_CODE


def _absolute(request: HttpRequest, url: str) -> str:
    return request.build_absolute_uri(url) if url else ""


def _result_json(request: HttpRequest, hit: Hit) -> dict:
    return {
        "type": hit.type,
        "id": hit.id,
        "title": hit.title,
        "url": _absolute(request, hit.url),
        "snippet": str(hit.snippet),
        "language": hit.language,
        "date": hit.date.isoformat() if hit.date else None,
        "page": hit.page if hit.type == "slide" else None,
    }


def results_json(request: HttpRequest, results: SearchResults) -> dict:
    return {
        "total": results.total,
        "page": results.query.page,
        "pages": results.page_count,
        "results": [_result_json(request, hit) for hit in results.hits],
        "facets": {
            name: [
                {
                    "value": value.value,
                    "label": value.label,
                    "count": value.count,
                    "selected": value.selected,
                }
                for value in values
            ]
            for name, values in results.facets.items()
        },
        "backend": results.backend,
        "degraded": results.degraded,
    }


def _json(data: dict) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@require_safe
def search_api(request: HttpRequest) -> JsonResponse:
    with translation.override(_api_language(request)):
        results = service.run_search(SearchQuery.from_params(request.GET), request.user)
        return _json(results_json(request, results))


@require_safe
def suggest_api(request: HttpRequest) -> JsonResponse:
    with translation.override(_api_language(request)):
        hits = service.suggestions(request.GET.get("q", ""), request.user)
        suggestions = [
            {
                "type": hit.type,
                "label": str(RESOURCE_TYPES.get(hit.type, hit.type)),
                "title": hit.title,
                "url": _absolute(request, hit.url),
            }
            for hit in hits
        ]
    return _json({"suggestions": suggestions})
