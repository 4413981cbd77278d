"""Links between states of one search: every state is a URL, so every control is a link."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language_info

from search.facets import RESOURCE_TYPES
from search.query import SearchQuery

register = template.Library()

# Page numbers shown on each side of the current one; the first and last are always shown.
PAGE_WINDOW = 2


@register.simple_tag(takes_context=True)
def search_href(context, query: SearchQuery) -> str:
    """The page's own path with this search's parameters (no "?" when there are none)."""
    querystring = query.querystring()
    path = context["request"].path
    return f"{path}?{querystring}" if querystring else path


@register.simple_tag(takes_context=True)
def page_href(context, query: SearchQuery, number: int) -> str:
    return search_href(context, query.at_page(number))


@register.simple_tag(takes_context=True)
def without_href(context, query: SearchQuery, facet_name: str, value: str) -> str:
    return search_href(context, query.without(facet_name, value))


@register.simple_tag(takes_context=True)
def without_text_href(context, query: SearchQuery) -> str:
    return search_href(context, query.without_text())


@register.simple_tag(takes_context=True)
def without_filters_href(context, query: SearchQuery) -> str:
    return search_href(context, SearchQuery(text=query.text, sort=query.sort))


@register.simple_tag
def page_numbers(current: int, last: int) -> list[int | None]:
    """1 … 4 5 [6] 7 8 … 20: ``None`` stands for the gaps."""
    shown = {1, last, *range(current - PAGE_WINDOW, current + PAGE_WINDOW + 1)}
    numbers: list[int | None] = []
    for number in sorted(n for n in shown if 1 <= n <= last):
        if numbers and number - numbers[-1] > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


@register.filter
def language_name(code: str) -> str:
    """A language code in the reader's language ("fr" → "French"), or the code if unknown."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


@register.filter
def type_label(resource_type: str) -> str:
    return str(RESOURCE_TYPES.get(resource_type, resource_type))
