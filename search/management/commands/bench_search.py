"""``make bench-search``: search latency and rebuild throughput on N synthetic resources.

The benchmark never meets a developer's data. This command creates a
throw-away world (a temporary SQLite file, or a temporary database on a
PostgreSQL server given with ``--postgres``, and an index prefix
``bench-<random>``), runs the benchmark of ``search/bench.py`` in a child
process pointed at it through the environment (``DATABASE_URL``,
``SEARCH_INDEX_PREFIX``), streams its report, and deletes the database and
the indices afterwards, whether the run succeeded or not.
"""

from __future__ import annotations

import argparse
import codecs
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext_lazy as _

from search import bench, engine


def _throwaway_indices(prefix: str) -> list[str]:
    found = engine.client().indices.get(index=f"{prefix}-*", ignore=[404])
    return [] if not isinstance(found, dict) or "error" in found else list(found)


def _database_on(server_url: str, name: str) -> str:
    parts = urlsplit(server_url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


def _postgres_admin(server_url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(_database_on(server_url, "postgres"), autocommit=True) as admin:
        admin.execute(statement)


@contextmanager
def throwaway_world(postgres_url: str) -> Iterator[dict[str, str]]:
    """The environment of a child process that can only touch this run's database and indices."""
    token = secrets.token_hex(4)
    prefix, database = f"bench-{token}", f"bench_{token}"
    workdir = Path(tempfile.mkdtemp(prefix=f"bench-search-{token}-"))
    created = False
    try:
        if postgres_url:
            _postgres_admin(postgres_url, f'CREATE DATABASE "{database}"')
            created = True
            database_url = _database_on(postgres_url, database)
        else:
            database_url = f"sqlite:///{workdir / f'{prefix}.sqlite3'}"
        yield {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DEBUG": "false",
            "DATABASE_URL": database_url,
            "SEARCH_URL": settings.SEARCH_URL,
            "SEARCH_INDEX_PREFIX": prefix,
            "SEARCH_AUTOSYNC": "false",
            "CACHE_URL": f"locmemcache://{prefix}",
            "MEDIA_ROOT": str(workdir / "media"),
            "CELERY_BROKER_URL": "memory://",
            "CELERY_TASK_ALWAYS_EAGER": "true",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            "BENCH_SEARCH_TOKEN": token,
        }
    finally:
        if settings.SEARCH_URL:
            for index in _throwaway_indices(prefix):
                engine.client().indices.delete(index=index, ignore=[404])
        if created:
            _postgres_admin(postgres_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


class Command(BaseCommand):
    help = _(
        "Seed N synthetic resources in a throw-away database and index, then print search "
        "latency and rebuild throughput for the engine and the database backend."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--resources",
            type=int,
            default=100_000,
            help=_("How many search documents to seed (default 100000)."),
        )
        parser.add_argument(
            "--queries", type=int, default=200, help=_("How many queries to time per backend.")
        )
        parser.add_argument(
            "--query-budget",
            type=float,
            default=120.0,
            help=_("Seconds each backend may spend on its queries before the rest are skipped."),
        )
        parser.add_argument(
            "--seed", type=int, default=5, help=_("Random seed of the synthetic data and queries.")
        )
        parser.add_argument(
            "--postgres",
            default="",
            metavar="URL",
            help=_(
                "Run on a throw-away database created (and dropped) on this PostgreSQL server, "
                "e.g. postgres://museum:museum@127.0.0.1:5432; SQLite otherwise."
            ),
        )
        # The child process that runs inside the throw-away world.
        parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)

    def handle(self, *args, resources, queries, query_budget, seed, postgres, inside, **options):
        if resources < 1 or queries < 1:
            raise CommandError(_("--resources and --queries must be positive."))
        if inside:
            # The child's stdout is the parent's pipe: plain writes, no OutputWrapper endings.
            bench.run(
                sys.stdout,
                documents=resources,
                queries=queries,
                query_budget_s=query_budget,
                seed=seed,
                token=os.environ.get("BENCH_SEARCH_TOKEN", ""),
            )
            return
        command = [
            sys.executable,
            str(settings.BASE_DIR / "manage.py"),
            "bench_search",
            "--inside",
            f"--resources={resources}",
            f"--queries={queries}",
            f"--query-budget={query_budget}",
            f"--seed={seed}",
        ]
        with throwaway_world(postgres) as env:
            # The arguments are this command's own, parsed above: no shell, no user text.
            child = subprocess.Popen(  # noqa: S603
                command, env=env, cwd=settings.BASE_DIR, stdout=subprocess.PIPE
            )
            try:
                self._relay(child.stdout)
                status = child.wait()
            finally:
                # Interrupted: the child stops before its world is deleted under it.
                if child.poll() is None:
                    child.terminate()
                    child.wait()
        if status:
            raise CommandError(
                _("The benchmark failed (exit status %(status)d).") % {"status": status}
            )

    def _relay(self, stream) -> None:
        """Copies the child's report as it comes: "… seeding" shows before its timing does."""
        decoder = codecs.getincrementaldecoder("utf-8")()
        for chunk in iter(lambda: stream.read1(4096), b""):
            self.stdout.write(decoder.decode(chunk), ending="")
            self.stdout.flush()
