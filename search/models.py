"""The database backend's copy of the search documents, and members' saved searches.

``SearchEntry`` holds exactly the documents the engine holds (same
``documents_for``), one row each, so either backend can answer the same
question. Facet values live in ``SearchEntryValue`` rows, one per value, which
the ORM can filter and count like the engine's keyword fields.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    family = models.CharField(max_length=20)
    doc_id = models.CharField(max_length=60)
    type = models.CharField(max_length=20)
    object_id = models.CharField(max_length=40)
    parent = models.CharField(max_length=60, blank=True, db_index=True)
    title = models.TextField()
    body = models.TextField(blank=True)
    accepted_answer = models.TextField(blank=True)
    # Folded and stemmed words of title, body and answer: what full-text search matches.
    terms = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    language = models.CharField(max_length=10, blank=True)
    date = models.DateTimeField(null=True, blank=True, db_index=True)
    page_number = models.PositiveIntegerField(null=True, blank=True)
    deck_title = models.CharField(max_length=255, blank=True)
    visibility = models.CharField(max_length=10, default="public")
    authors = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["family", "doc_id"], name="search_entry_unique_doc")
        ]

    def __str__(self) -> str:
        return f"{self.family}:{self.doc_id} {self.title}"


class SearchEntryValue(models.Model):
    """One facet value of one entry (``facet`` is the facet's name, such as ``topic``)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="values")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=200)

    class Meta:
        indexes = [models.Index(fields=["facet", "value", "entry"], name="search_value_lookup")]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class SavedSearch(models.Model):
    """A search a member keeps, by its URL parameters, optionally with alerts on new matches."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(_("name"), max_length=120)
    querystring = models.CharField(_("search"), max_length=2000)
    alert = models.BooleanField(_("alert me to new matches"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")

    def __str__(self) -> str:
        return self.name


class SavedSearchMatch(models.Model):
    """A resource already announced for a saved search, so a re-index never alerts twice."""

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="matches")
    family = models.CharField(max_length=20)
    doc_id = models.CharField(max_length=60)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["saved_search", "family", "doc_id"], name="search_match_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.saved_search_id} → {self.family}:{self.doc_id}"
