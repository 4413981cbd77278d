"""A member's saved searches: save one from the search page, list, alert on or off, delete.

Every view works on the signed-in member's own rows only; anyone else's is a
404, so their existence is never revealed. The percolator follows the rows
through ``search.alerts``' signal receivers.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .facets import FACETS
from .models import SavedSearch
from .query import SearchQuery

MAX_SAVED_SEARCHES = 50
MAX_QUERYSTRING_LENGTH = SavedSearch._meta.get_field("querystring").max_length


def _normalised(querystring: str) -> SearchQuery:
    """The search a query string stands for, back on its first page."""
    return SearchQuery.from_params(QueryDict(querystring.lstrip("?"))).at_page(1)


class SavedSearchForm(forms.ModelForm):
    querystring = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = SavedSearch
        fields = ["name", "querystring", "alert"]
        help_texts = {
            "alert": gettext_lazy("Get a notification when a new resource matches this search."),
        }

    def __init__(self, *args, member, **kwargs):
        super().__init__(*args, **kwargs)
        self.member = member

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())

    def clean_querystring(self) -> str:
        query = _normalised(self.cleaned_data["querystring"])
        if query.is_empty:
            raise ValidationError(
                _("Type some words or choose a filter before saving a search."), code="empty"
            )
        querystring = query.querystring()
        if len(querystring) > MAX_QUERYSTRING_LENGTH:
            raise ValidationError(
                _("This search is too long to be saved: remove some filters."), code="too_long"
            )
        return querystring

    def clean(self):
        cleaned = super().clean()
        if SavedSearch.objects.filter(member=self.member).count() >= MAX_SAVED_SEARCHES:
            raise ValidationError(
                _(
                    "You already have %(limit)d saved searches, the most anyone can keep. "
                    "Delete one before saving another."
                )
                % {"limit": MAX_SAVED_SEARCHES},
                code="limit",
            )
        return cleaned

    def save(self, commit: bool = True) -> SavedSearch:
        self.instance.member = self.member
        return super().save(commit)


def _terms(query: SearchQuery, labels: dict[str, dict[str, str]]) -> list[str]:
    """What a search looks for, in words: its text, then each facet it filters on."""
    terms = [_("Words: “%(text)s”") % {"text": query.text}] if query.text else []
    for facet in FACETS:
        selected = query.selected(facet.name)
        if not selected:
            continue
        if facet.vocabulary and facet.name not in labels:
            labels[facet.name] = {key: str(value) for key, value in facet.vocabulary().items()}
        known = labels.get(facet.name, {})
        values = ", ".join(known.get(value, value) for value in selected)
        terms.append(f"{facet.label}: {values}")
    if query.sort == "newest":
        terms.append(_("Newest first"))
    return terms


def _own(request: HttpRequest, pk: int) -> SavedSearch:
    return get_object_or_404(SavedSearch, pk=pk, member=request.user)


@login_required
@require_GET
def saved_list(request: HttpRequest) -> HttpResponse:
    saved_searches = SavedSearch.objects.filter(member=request.user).annotate(
        match_count=Count("matches")
    )
    labels: dict[str, dict[str, str]] = {}
    entries = []
    for saved_search in saved_searches:
        query = _normalised(saved_search.querystring)
        entries.append({"saved": saved_search, "query": query, "terms": _terms(query, labels)})
    return render(
        request,
        "search/saved_list.html",
        {"entries": entries, "limit": MAX_SAVED_SEARCHES},
    )


@login_required
@require_http_methods(["GET", "POST"])
def saved_create(request: HttpRequest) -> HttpResponse:
    """POST saves; GET shows the form for the search in its own query string."""
    if request.method == "POST":
        form = SavedSearchForm(request.POST, member=request.user)
        if form.is_valid():
            saved_search = form.save()
            if saved_search.alert:
                text = _(
                    "“%(name)s” is saved. New matching resources will be in your notifications."
                )
            else:
                text = _("“%(name)s” is saved.")
            messages.success(request, text % {"name": saved_search.name})
            return redirect("saved_searches:list")
        query = _normalised(request.POST.get("querystring", ""))
    else:
        query = _normalised(request.GET.urlencode())
        form = SavedSearchForm(
            initial={"name": query.text, "querystring": query.querystring(), "alert": True},
            member=request.user,
        )
    context = {"form": form, "query": query, "terms": _terms(query, {})}
    return render(request, "search/saved_form.html", context)


@login_required
@require_POST
def saved_toggle_alert(request: HttpRequest, pk: int) -> HttpResponse:
    saved_search = _own(request, pk)
    saved_search.alert = not saved_search.alert
    saved_search.save(update_fields=["alert"])
    if saved_search.alert:
        text = _("Alerts are on for “%(name)s”.")
    else:
        text = _("Alerts are off for “%(name)s”.")
    messages.success(request, text % {"name": saved_search.name})
    return redirect("saved_searches:list")


@login_required
@require_http_methods(["GET", "POST"])
def saved_delete(request: HttpRequest, pk: int) -> HttpResponse:
    saved_search = _own(request, pk)
    if request.method == "POST":
        name = saved_search.name
        saved_search.delete()
        messages.success(request, _("“%(name)s” is deleted.") % {"name": name})
        return redirect("saved_searches:list")
    query = _normalised(saved_search.querystring)
    context = {"saved": saved_search, "query": query, "terms": _terms(query, {})}
    return render(request, "search/saved_confirm_delete.html", context)
