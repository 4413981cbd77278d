"""Work the content app hands to the worker."""

from __future__ import annotations

from celery import shared_task

from . import deck_processing
from .models import SlideDeck


@shared_task(name="casestudies.process_deck")
def process_deck(deck_id: int) -> str | None:
    """Renders a deck's pages; safe to run again, which replaces its slides."""
    deck = SlideDeck.objects.select_related("owner").filter(pk=deck_id).first()
    if deck is None:
        return None
    return deck_processing.process_deck(deck).status
