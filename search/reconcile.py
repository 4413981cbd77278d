"""Brings the engine and the database copy back in line with the database rows.

Index tasks can be lost: a broker down when a save committed, an engine down
longer than the tasks' retries, a row deleted by a bulk ``queryset.delete()``
that sends no signal. ``reconcile`` compares, family by family, the document
ids the rows call for with the ids each backend holds, writes what is missing,
removes what no row stands behind any more, and writes again the documents of
rows changed since ``since`` (an edit keeps its id, so only its date shows it).

Each backend's ids are read *before* the rows are walked: a row created
meanwhile is then at worst written twice, and a row deleted meanwhile is
removed. A document removed in the short gap between the walk and the delete
while its row became visible again is written back by the next run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from opensearchpy import helpers

from . import engine, indexing
from .documents import FAMILIES, SearchDocument
from .models import SearchEntry

CHUNK_SIZE = 500
SCROLL_SIZE = 5000


@dataclass
class ReconcileReport:
    """What one family needed: documents written back, removed, and rewritten."""

    family: str
    missing: int = 0
    extra: int = 0
    refreshed: int = 0

    @property
    def in_step(self) -> bool:
        return not (self.missing or self.extra or self.refreshed)

    def as_dict(self) -> dict[str, int]:
        return {"missing": self.missing, "extra": self.extra, "refreshed": self.refreshed}


def engine_ids(family: type[SearchDocument]) -> set[str]:
    """The ids the engine holds for a family (none when its index was never created)."""
    client = engine.client()
    alias = family.alias()
    if not client.indices.exists(index=alias):
        return set()
    # Writes of the last second become visible, so they are not taken for missing.
    client.indices.refresh(index=alias)
    hits = helpers.scan(
        client,
        index=alias,
        query={"query": {"match_all": {}}},
        _source=False,
        size=SCROLL_SIZE,
        scroll="2m",
    )
    return {hit["_id"] for hit in hits}


def database_ids(family: type[SearchDocument]) -> set[str]:
    return set(SearchEntry.objects.filter(family=family.family).values_list("doc_id", flat=True))


def _changed_rows(family: type[SearchDocument], since: dt.datetime | None) -> set[tuple[str, int]]:
    changed = family.changed_since(since) if since is not None else None
    if changed is None:
        return set()
    label = changed.model._meta.label_lower
    return {(label, pk) for pk in changed.values_list("pk", flat=True)}


class _Writer:
    """Collects documents and writes them through ``indexing.apply`` a chunk at a time."""

    def __init__(self, family: type[SearchDocument]) -> None:
        self.family = family
        self.pending: list[SearchDocument] = []

    def add(self, documents: Iterable[SearchDocument]) -> None:
        self.pending += documents
        if len(self.pending) >= CHUNK_SIZE:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            indexing.apply(indexing.Change(self.family, documents=self.pending))
            self.pending = []


def reconcile_family(
    family: type[SearchDocument], *, since: dt.datetime | None = None
) -> ReconcileReport:
    present = [database_ids(family)]
    if engine.engine_configured():
        present.append(engine_ids(family))
    changed = _changed_rows(family, since)
    report = ReconcileReport(family.family)
    expected: set[str] = set()
    writer = _Writer(family)
    for rows, documents_of in family.sources():
        for row in rows.iterator(chunk_size=CHUNK_SIZE):
            documents = documents_of(row)
            ids = [document.meta.id for document in documents]
            expected.update(ids)
            missing = sum(1 for doc_id in ids if any(doc_id not in held for held in present))
            if (row._meta.label_lower, row.pk) in changed:
                report.refreshed += len(ids) - missing
            elif not missing:
                continue
            report.missing += missing
            writer.add(documents)
    writer.flush()
    extra = sorted(set().union(*present) - expected)
    if extra:
        indexing.apply(indexing.Change(family, removed=extra))
    report.extra = len(extra)
    return report


def reconcile(
    families: Iterable[type[SearchDocument]] = FAMILIES, *, since: dt.datetime | None = None
) -> dict[str, ReconcileReport]:
    """Reconciles each family; ``since`` also rewrites the rows changed from that moment."""
    return {family.family: reconcile_family(family, since=since) for family in families}
