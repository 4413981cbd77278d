"""Celery tasks that keep the search indices in step with the database."""

from __future__ import annotations

import datetime as dt

from celery import shared_task
from django.conf import settings
from django.core.cache import cache
from django.db.utils import IntegrityError, OperationalError
from django.utils import timezone
from opensearchpy.exceptions import ConnectionError as EngineConnectionError
from opensearchpy.exceptions import ConnectionTimeout

from . import engine, indexing
from . import reconcile as reconciling

_RETRY = {
    # Two tasks rewriting one document at once: the loser retries (tasks are idempotent).
    "autoretry_for": (EngineConnectionError, ConnectionTimeout, IntegrityError, OperationalError),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 20,
}

LAST_RECONCILE_KEY = "search:reconcile:last-success"


@shared_task(name="search.index_object", **_RETRY)
def index_object(app_label: str, model_name: str, pk: int) -> int:
    return indexing.index_object(app_label, model_name, pk)


@shared_task(name="search.remove_object", **_RETRY)
def remove_object(app_label: str, model_name: str, pk: int) -> None:
    indexing.remove_object(app_label, model_name, pk)


def reconcile_since(now: dt.datetime) -> dt.datetime:
    """Two beat intervals back, or the last run that succeeded if that is older.

    After an outage longer than the index tasks' retries, the edits made since
    the backends were last known in step are all written again.
    """
    window = now - dt.timedelta(seconds=2 * settings.SEARCH_RECONCILE_SECONDS)
    last_success = cache.get(LAST_RECONCILE_KEY)
    return min(window, last_success) if last_success else window


@shared_task(name="search.reconcile", **_RETRY)
def reconcile() -> dict[str, dict[str, int]]:
    started = timezone.now()
    reports = reconciling.reconcile(since=reconcile_since(started))
    if engine.engine_configured():
        from . import percolation

        percolation.in_step()
    cache.set(LAST_RECONCILE_KEY, started, timeout=None)
    return {family: report.as_dict() for family, report in reports.items()}
