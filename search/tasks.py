"""Celery tasks that keep the search indices in step with the database."""

from __future__ import annotations

from celery import shared_task
from opensearchpy.exceptions import ConnectionError as EngineConnectionError
from opensearchpy.exceptions import ConnectionTimeout

from . import indexing

_RETRY = {
    "autoretry_for": (EngineConnectionError, ConnectionTimeout),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 20,
}


@shared_task(name="search.index_object", **_RETRY)
def index_object(app_label: str, model_name: str, pk: int) -> int:
    return indexing.index_object(app_label, model_name, pk)


@shared_task(name="search.remove_object", **_RETRY)
def remove_object(app_label: str, model_name: str, pk: int) -> None:
    indexing.remove_object(app_label, model_name, pk)
