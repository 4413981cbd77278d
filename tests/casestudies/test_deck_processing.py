"""The process_deck task turns a deck's file into slides, or fails it with a reason."""

import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from django.conf import settings
from django.core.files.base import ContentFile

from casestudies import deck_processing
from casestudies.demo_pdfs import make_deck_pdf
from casestudies.models import SlideDeck
from casestudies.tasks import process_deck
from tests.casestudies import pdf_fixtures as files

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner(member_factory):
    return member_factory(display_name="Camille Roux")


def _slide_files() -> set[str]:
    folder = Path(settings.MEDIA_ROOT) / "decks" / "slides"
    return {str(path) for path in folder.rglob("*.webp")} if folder.exists() else set()


def _deck_with_original(owner, data: bytes, name: str = "talk.pdf") -> SlideDeck:
    """A deck row whose stored file skipped the upload checks, as an old upload might."""
    deck = SlideDeck(owner=owner, title="Raw upload", slug="raw-upload", language="en")
    deck.original.save(name, ContentFile(data), save=False)
    deck.save()
    return deck


def test_processing_again_replaces_the_slides_and_their_images(owner):
    deck = files.ready_deck(owner, pages=3)
    first_images = _slide_files()

    assert process_deck(deck.pk) == "ready"

    deck.refresh_from_db()
    assert deck.page_count == 3
    assert sorted(deck.slides.values_list("number", flat=True)) == [1, 2, 3]
    assert len(_slide_files()) == 6
    assert not first_images & _slide_files()


def test_each_slide_keeps_its_page_text_and_two_image_sizes(owner):
    deck = files.ready_deck(owner, pages=2)

    slide = deck.slides.get(number=2)
    assert slide.text.startswith(files.fact_text(2))
    assert (slide.width, slide.height) == (1280, 720)
    assert slide.image.name.endswith(".webp")
    assert slide.thumbnail.name.endswith(".webp")
    with slide.thumbnail.open("rb") as thumbnail:
        assert thumbnail.read(4) == b"RIFF"


def test_a_deck_over_the_page_limit_fails_with_a_reason(owner, monkeypatch):
    deck = _deck_with_original(owner, files.deck_pdf(3))
    monkeypatch.setattr(deck_processing, "MAX_PAGES", 2)

    assert process_deck(deck.pk) == "failed"

    deck.refresh_from_db()
    assert deck.status == SlideDeck.Status.FAILED
    assert deck.failure_reason == "This deck has 3 pages; the limit is 2."
    assert not deck.slides.exists()


def test_a_damaged_file_fails_with_a_reason_instead_of_staying_in_processing(owner):
    deck = _deck_with_original(owner, files.truncated_pdf())

    process_deck(deck.pk)

    deck.refresh_from_db()
    assert deck.status == SlideDeck.Status.FAILED
    assert "damaged or incomplete" in deck.failure_reason


def test_an_unexpected_error_fails_the_deck_and_removes_the_images_already_made(owner, monkeypatch):
    deck = _deck_with_original(owner, files.deck_pdf(3))
    real_render = deck_processing.render_pages

    def render_then_break(data):
        pages = real_render(data)
        yield next(pages)
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(deck_processing, "render_pages", render_then_break)

    process_deck(deck.pk)

    deck.refresh_from_db()
    assert deck.status == SlideDeck.Status.FAILED
    assert deck.failure_reason.startswith("Something went wrong while reading these slides.")
    assert _slide_files() == set()


def test_a_conversion_that_produces_nothing_fails_the_deck(owner, monkeypatch):
    deck = _deck_with_original(owner, files.pptx(), name="talk.pptx")
    monkeypatch.setattr(deck_processing.shutil, "which", lambda name: "/usr/bin/soffice")
    monkeypatch.setattr(
        deck_processing.subprocess,
        "run",
        lambda command, **kwargs: subprocess.CompletedProcess(command, 1, b"", b"Error"),
    )

    process_deck(deck.pk)

    deck.refresh_from_db()
    assert deck.status == SlideDeck.Status.FAILED
    assert "could not be converted" in deck.failure_reason


def test_a_conversion_that_hangs_fails_the_deck(owner, monkeypatch):
    deck = _deck_with_original(owner, files.odp(), name="talk.odp")
    monkeypatch.setattr(deck_processing.shutil, "which", lambda name: "/usr/bin/soffice")

    def hang(command, **kwargs):
        raise subprocess.TimeoutExpired(command, kwargs["timeout"])

    monkeypatch.setattr(deck_processing.subprocess, "run", hang)

    process_deck(deck.pk)

    deck.refresh_from_db()
    assert deck.status == SlideDeck.Status.FAILED
    assert "took too long" in deck.failure_reason


def test_processing_a_deck_that_was_deleted_does_nothing(owner):
    deck = files.ready_deck(owner, pages=1)
    deck_id = deck.pk
    deck.delete()

    assert process_deck(deck_id) is None


def test_creating_a_deck_from_bytes_makes_its_owner_the_speaker_and_a_free_address(owner):
    first = files.ready_deck(owner, pages=1)
    second = files.ready_deck(owner, pages=1)

    assert first.status == second.status == SlideDeck.Status.READY
    assert list(second.speakers.all()) == [owner]
    assert first.slug == "opening-night-live"
    assert second.slug == "opening-night-live-2"


def test_demo_pdfs_are_16_9_pages_whose_french_text_can_be_read_back():
    data = make_deck_pdf(
        "Les œuvres en ligne",
        [
            ("Musée d’art: l’été", "Des « visites » à 5 € – très appréciées…"),
            ("Deuxième page", "Ça marche."),
        ],
    )

    document = pdfium.PdfDocument(data)
    width, height = document[0].get_size()
    texts = [page.get_textpage().get_text_range() for page in document]
    document.close()
    assert len(texts) == 2
    assert round(width / height, 2) == round(16 / 9, 2)
    assert "Musée d'art: l'été" in texts[0]
    assert "Des « visites » à 5 EUR - très appréciées..." in texts[0]
    assert "Ça marche." in texts[1]
