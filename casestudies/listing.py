"""The filterable list of case studies shown on each language's index page."""

from __future__ import annotations

from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from network.models import Platform, Topic

from .models import Audience, CaseStudyPage

PAGE_SIZE = 12
VOCABULARY_CACHE_SECONDS = 300


def cached_vocabulary(model) -> list:
    """Topics, platforms and audiences change rarely; every filter form lists them."""
    return cache.get_or_set(
        f"vocabulary:{model._meta.label_lower}",
        lambda: list(model.objects.all()),
        VOCABULARY_CACHE_SECONDS,
    )


def case_study_listing(request, index) -> dict:
    """Published case studies under ``index``, filtered by the vocabularies in the query string."""
    case_studies = (
        CaseStudyPage.objects.live()
        .child_of(index)
        .select_related("cover_image")
        .prefetch_related("topics", "institutions")
        .order_by("-first_published_at")
    )
    filters = []
    for name, label, model in (
        ("topic", _("Topic"), Topic),
        ("platform", _("Platform"), Platform),
        ("audience", _("Audience"), Audience),
    ):
        choices = cached_vocabulary(model)
        slug = request.GET.get(name, "")
        if slug not in {choice.slug for choice in choices}:
            slug = ""
        if slug:
            case_studies = case_studies.filter(**{f"{name}s__slug": slug})
        filters.append({"name": name, "label": label, "choices": choices, "selected": slug})
    return {
        "page_obj": Paginator(case_studies.distinct(), PAGE_SIZE).get_page(request.GET.get("page")),
        "filters": filters,
        "filtered": any(item["selected"] for item in filters),
    }
