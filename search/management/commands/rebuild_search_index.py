"""Rebuilds every search index with no downtime.

Engine: each family is built into a new timestamped index in chunks, then its
alias is moved from the old index to the new one in a single ``_aliases``
request, the old indices are deleted, and the rows changed during the build
are indexed again. Database: each family's entries are rewritten in chunks
(one transaction each, so search keeps answering), then the entries no row
produces any more are dropped and the rows changed meanwhile written again.
Running it twice in a row gives the same result.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from opensearchpy import helpers

from search import database, engine, indexing
from search.documents import FAMILIES, family_named

BAR_WIDTH = 30


def progress_bar(done: int, total: int, label: str) -> str:
    filled = BAR_WIDTH if not total else BAR_WIDTH * done // total
    return f"[{'#' * filled}{' ' * (BAR_WIDTH - filled)}] {done}/{total} {label}"


class Command(BaseCommand):
    help = _("Rebuild the search indices into new indices, then switch their aliases.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--family",
            action="append",
            choices=[family.family for family in FAMILIES],
            help=_("Only rebuild this family (repeatable)."),
        )
        parser.add_argument("--chunk-size", type=int, default=500)
        parser.add_argument(
            "--backend",
            choices=["engine", "database", "all"],
            default="all",
            help=_(
                "Which copy to rebuild: the engine's indices, the database's entries, or both "
                "(all is the database alone when no engine is configured)."
            ),
        )

    def handle(self, *args, family=None, chunk_size=500, backend="all", **options):
        if backend == "engine" and not engine.engine_configured():
            raise CommandError(_("No search engine is configured: set SEARCH_URL."))
        with_engine = backend == "engine" or (backend == "all" and engine.engine_configured())
        families = [family_named(name) for name in family] if family else list(FAMILIES)
        for document_class in families:
            # The database first: the engine's catch-up then writes both copies.
            if backend in ("database", "all"):
                self.rebuild_database(document_class, chunk_size, catch_up=not with_engine)
            if with_engine:
                self.rebuild(document_class, chunk_size)
        if with_engine and not family:
            # Stored saved-search queries are analysed again (a synonyms edit reaches them).
            from search import percolation

            percolation.rebuild()

    def rebuild_database(self, family, chunk_size: int, *, catch_up: bool) -> None:
        started, clock = timezone.now(), time.monotonic()
        store = database.StoreRebuild(family.family)
        label = _("%(family)s (database)") % {"family": family.family}
        self._write_all(family, chunk_size, label, store.write)
        removed = store.finish()
        elapsed = max(time.monotonic() - clock, 1e-6)
        caught_up = self._catch_up_database(family, started) if catch_up else 0
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "%(family)s: %(written)d documents in the database search, %(rate)d a "
                    "second (%(removed)d stale removed, %(count)d caught up)."
                )
                % {
                    "family": family.family,
                    "written": store.written,
                    "rate": store.written / elapsed,
                    "removed": removed,
                    "count": caught_up,
                }
            )
        )

    def _catch_up_database(self, family, started) -> int:
        """Writes again to the database copy the rows changed while it was being rebuilt."""
        changed = family.changed_since(started)
        if changed is None:
            return 0
        count = 0
        for obj in changed.iterator(chunk_size=500):
            meta = obj._meta
            database.apply(indexing.change_for(f"{meta.app_label}.{meta.model_name}", obj.pk))
            count += 1
        return count

    def rebuild(self, family, chunk_size: int) -> None:
        client = engine.client()
        alias = family.alias()
        started = timezone.now()
        name = indexing.new_index_name(family)
        indexing.create_index(family, name)
        self._write_all(
            family,
            chunk_size,
            family.family,
            lambda batch: helpers.bulk(client, indexing.bulk_actions(name, batch)),
        )
        client.indices.refresh(index=name)
        old = self._switch_alias(alias, name)
        for index in old:
            client.indices.delete(index=index, ignore=[404])
        caught_up = self._catch_up(family, started)
        self.stdout.write(
            self.style.SUCCESS(
                _("%(alias)s now points to %(index)s (%(count)d caught up).")
                % {"alias": alias, "index": name, "count": caught_up}
            )
        )

    def _write_all(self, family, chunk_size: int, label: str, write) -> None:
        """Walks every row of ``family`` and hands ``write`` its documents in chunks."""
        sources = family.sources()
        total = sum(rows.count() for rows, _documents in sources)
        done = 0
        for rows, documents_of in sources:
            batch = []
            for obj in rows.iterator(chunk_size=chunk_size):
                batch += documents_of(obj)
                done += 1
                if len(batch) >= chunk_size:
                    write(batch)
                    batch = []
                    self._progress(done, total, label)
            if batch:
                write(batch)
        self._progress(done, total, label)
        self.stdout.write("")

    def _progress(self, done: int, total: int, label: str) -> None:
        self.stdout.write("\r" + progress_bar(done, total, label), ending="")
        self.stdout.flush()

    def _switch_alias(self, alias: str, new_index: str) -> list[str]:
        """Moves ``alias`` to ``new_index`` atomically; returns the indices it left."""
        indices = engine.client().indices
        actions = [{"add": {"index": new_index, "alias": alias}}]
        old = []
        if indices.exists_alias(name=alias):
            old = [index for index in indices.get_alias(name=alias) if index != new_index]
            actions = [{"remove": {"index": index, "alias": alias}} for index in old] + actions
        elif indices.exists(index=alias):
            # An index created under the alias's own name (by an early write) goes away.
            actions.insert(0, {"remove_index": {"index": alias}})
        indices.update_aliases(body={"actions": actions})
        return old

    def _catch_up(self, family, started) -> int:
        """Indexes again the rows changed while the new index was being built."""
        changed = family.changed_since(started)
        if changed is None:
            return 0
        count = 0
        for obj in changed.iterator(chunk_size=500):
            meta = obj._meta
            indexing.index_object(meta.app_label, meta.model_name, obj.pk)
            count += 1
        return count
