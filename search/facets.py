"""The facets of the search page and API, and the labels of their values.

A facet is named by its URL parameter (``?topic=…``, repeatable) and reads one
keyword field of the indexed documents. Small vocabularies (types, topics,
platforms, institution kinds, countries, languages, licences) list every value
with its count, zero included, so a reader sees what exists; open ones (year,
event) list the values found.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

RESOURCE_TYPES: dict[str, str] = {
    "case_study": _("Case study"),
    "deck": _("Slide deck"),
    "slide": _("Slide"),
    "event": _("Event"),
    "session": _("Session"),
    "thread": _("Forum thread"),
    "member": _("Member"),
    "institution": _("Institution"),
}


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    field: str
    label: str
    # Every value → label, for a small vocabulary; None for an open one.
    vocabulary: Callable[[], Mapping[str, str]] | None = None
    newest_first: bool = False

    def values(self, counts: Mapping[str, int], selected: tuple[str, ...]) -> list[FacetValue]:
        """Counted values merged with the vocabulary, selected values always included."""
        known = dict(self.vocabulary()) if self.vocabulary else {}
        if self.vocabulary:
            order = list(known) + [value for value in counts if value not in known]
        elif self.newest_first:
            order = sorted(counts, reverse=True)
        else:
            order = sorted(counts, key=lambda value: (-counts[value], value.casefold()))
        order += [value for value in selected if value not in order]
        return [
            FacetValue(
                value=value,
                label=str(known.get(value, value)),
                count=counts.get(value, 0),
                selected=value in selected,
            )
            for value in order
        ]


def _bilingual(model_path: str) -> Callable[[], dict[str, str]]:
    def vocabulary() -> dict[str, str]:
        from django.apps import apps

        model = apps.get_model(model_path)
        french = get_language() == "fr"
        return {
            slug: (name_fr if french else name_en)
            for slug, name_en, name_fr in model.objects.values_list("slug", "name_en", "name_fr")
        }

    return vocabulary


def _institution_kinds() -> dict[str, str]:
    from network.models import InstitutionKind

    return dict(InstitutionKind.choices)


def _countries() -> dict[str, str]:
    from network.models import Institution

    codes = set(Institution.objects.order_by().values_list("country", flat=True).distinct())
    return dict(sorted(((code, countries.name(code)) for code in codes), key=lambda item: item[1]))


def _languages() -> dict[str, str]:
    return {code: _(name) for code, name in settings.LANGUAGES}


def _licences() -> dict[str, str]:
    from casestudies.models.choices import Licence

    return dict(Licence.choices)


FACETS: tuple[Facet, ...] = (
    Facet("type", "type", _("Resource type"), lambda: RESOURCE_TYPES),
    Facet("topic", "topics", _("Topic"), _bilingual("network.Topic")),
    Facet("platform", "platforms", _("Platform"), _bilingual("network.Platform")),
    Facet("institution_kind", "institution_kinds", _("Institution kind"), _institution_kinds),
    Facet("country", "countries", _("Country"), _countries),
    Facet("language", "language", _("Language"), _languages),
    Facet("year", "year", _("Year"), newest_first=True),
    Facet("event", "event", _("Event")),
    Facet("licence", "licence", _("Licence"), _licences),
)

FACETS_BY_NAME: dict[str, Facet] = {facet.name: facet for facet in FACETS}
