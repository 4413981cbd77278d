"""Reading uploaded slides: what a file really is, converting it, and rendering its pages.

Uploads are judged by their bytes only (a file's name and the browser's content
type prove nothing): a PDF must open in PDFium; a presentation must be a ZIP
container whose directory shows the members of a PPTX or an ODP file, and
whose declared sizes stay reasonable before anything is decompressed.
Presentations become PDF through LibreOffice when the server has it.

``process_deck`` is what the ``casestudies.process_deck`` task runs: it turns a
deck's PDF into one ``Slide`` per page, or marks the deck failed with a reason
its owner can read.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import tempfile
import threading
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from PIL import Image

from .models import Slide, SlideDeck

logger = logging.getLogger(__name__)

MAX_PAGES = 500
ZIP_MAX_UNCOMPRESSED = 200 * 1024 * 1024
ZIP_MAX_RATIO = 100
ZIP_MAX_ENTRIES = 5_000
CONVERSION_TIMEOUT_SECONDS = 180
VIEWER_WIDTH = 1280
VIEWER_MAX_HEIGHT = 1810  # an A4 portrait page at the viewer's width
THUMBNAIL_WIDTH = 320

ODP_MIMETYPE = b"application/vnd.oasis.opendocument.presentation"
IMAGE_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .ppt files and encrypted Office files
# PDFium is not thread-safe: a threaded web server checks uploads one at a time.
_PDFIUM_LOCK = threading.RLock()


class DeckFileError(Exception):
    """A file we cannot turn into slides; the message is for the member, in their language."""


class FileKind(StrEnum):
    PDF = "pdf"
    PPTX = "pptx"
    ODP = "odp"

    @property
    def content_type(self) -> str:
        return {
            FileKind.PDF: "application/pdf",
            FileKind.PPTX: (
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            ),
            FileKind.ODP: ODP_MIMETYPE.decode(),
        }[self]


@dataclass(frozen=True)
class CheckedUpload:
    """An upload whose content has been checked; only this may become a deck's original."""

    file: File
    kind: FileKind
    page_count: int | None  # known for a PDF, not for a presentation until it is converted


def max_upload_bytes() -> int:
    return getattr(settings, "DECK_MAX_BYTES", 50 * 1024 * 1024)


def converter() -> str | None:
    """The LibreOffice program that converts presentations, when the server has one."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def check_upload(upload: File) -> CheckedUpload:
    """What the uploaded file really is, or a DeckFileError saying clearly what is wrong."""
    limit = max_upload_bytes()
    if upload.size is not None and upload.size > limit:
        raise DeckFileError(_too_large(upload.size, limit))
    upload.seek(0)
    data = upload.read(limit + 1)
    upload.seek(0)
    if len(data) > limit:
        raise DeckFileError(_too_large(len(data), limit))
    if not data.strip():
        raise DeckFileError(_("This file is empty."))
    kind = identify(data)
    if kind is FileKind.PDF:
        return CheckedUpload(upload, kind, pdf_page_count(data))
    if converter() is None:
        raise _no_converter()
    return CheckedUpload(upload, kind, None)


def identify(data: bytes) -> FileKind:
    """The kind of a deck file from its first bytes and, for a ZIP, its directory."""
    if data.find(b"%PDF-", 0, 1024) != -1:
        return FileKind.PDF
    if data.startswith(b"PK\x03\x04"):
        return _presentation_kind(data)
    if data.startswith(OLE_SIGNATURE):
        raise DeckFileError(
            _(
                "Old PowerPoint (.ppt) files and password-protected presentations can't be read. "
                "Export your slides to PDF and upload that."
            )
        )
    if data.startswith(IMAGE_SIGNATURES) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        raise DeckFileError(_("This file is an image, not slides. Upload a PDF, PPTX or ODP file."))
    raise DeckFileError(
        _(
            "This file is not a PDF, PowerPoint (.pptx) or OpenDocument (.odp) presentation, "
            "whatever its name says."
        )
    )


def _presentation_kind(data: bytes) -> FileKind:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise DeckFileError(_("This presentation is damaged and can't be opened.")) from error
    with archive:
        entries = archive.infolist()
        expanded = sum(entry.file_size for entry in entries)
        if (
            len(entries) > ZIP_MAX_ENTRIES
            or expanded > ZIP_MAX_UNCOMPRESSED
            or expanded > ZIP_MAX_RATIO * len(data)
        ):
            raise DeckFileError(
                _(
                    "This presentation would expand to too much data to be processed safely. "
                    "Export your slides to PDF and upload that."
                )
            )
        names = {entry.filename for entry in entries}
        if {"[Content_Types].xml", "ppt/presentation.xml"} <= names:
            return FileKind.PPTX
        if "mimetype" in names:
            try:
                with archive.open("mimetype") as member:
                    mimetype = member.read(len(ODP_MIMETYPE) + 1)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as error:
                raise DeckFileError(
                    _("This presentation is damaged and can't be opened.")
                ) from error
            if mimetype.strip() == ODP_MIMETYPE:
                return FileKind.ODP
    raise DeckFileError(
        _("This archive is not a PowerPoint (.pptx) or OpenDocument (.odp) presentation.")
    )


def pdf_page_count(data: bytes) -> int:
    """The number of pages of a PDF that PDFium can open, within the page limit."""
    with _opened_pdf(data) as document:
        count = len(document)
    if count == 0:
        raise DeckFileError(_("This PDF has no pages."))
    if count > MAX_PAGES:
        raise DeckFileError(
            _("This deck has %(count)s pages; the limit is %(limit)s.")
            % {"count": count, "limit": MAX_PAGES}
        )
    return count


@contextmanager
def _opened_pdf(data: bytes) -> Iterator[pdfium.PdfDocument]:
    with _PDFIUM_LOCK:
        document = _load_pdf(data)
        try:
            yield document
        finally:
            document.close()


def _load_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise DeckFileError(
                _(
                    "This PDF is protected by a password. Export it again without "
                    "protection and upload the new file."
                )
            ) from error
        raise DeckFileError(
            _(
                "This PDF is damaged or incomplete, so it can't be read. "
                "Export it again and upload the new file."
            )
        ) from error


def convert_to_pdf(data: bytes, kind: FileKind) -> bytes:
    """The PDF LibreOffice makes of a presentation, converted in a throwaway folder."""
    program = converter()
    if program is None:
        raise _no_converter()
    with tempfile.TemporaryDirectory(prefix="deck-") as folder:
        workdir = Path(folder)
        source = workdir / f"slides.{kind}"
        source.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir),
            str(source),
        ]
        try:
            subprocess.run(  # noqa: S603 - a fixed program and arguments, no shell
                command, capture_output=True, timeout=CONVERSION_TIMEOUT_SECONDS, check=False
            )
        except subprocess.TimeoutExpired as error:
            raise DeckFileError(
                _("Converting this presentation took too long. Export it to PDF and upload that.")
            ) from error
        target = source.with_suffix(".pdf")
        if not target.is_file():
            raise DeckFileError(
                _("This presentation could not be converted. Export it to PDF and upload that.")
            )
        return target.read_bytes()


@dataclass(frozen=True)
class RenderedPage:
    number: int
    text: str
    image: bytes
    thumbnail: bytes
    width: int
    height: int


def render_pages(data: bytes) -> Iterator[RenderedPage]:
    """Each page's text and its viewer and thumbnail images, one page at a time."""
    with _opened_pdf(data) as document:
        for index in range(len(document)):
            page = document[index]
            try:
                yield _render_page(page, index + 1)
            finally:
                page.close()


def _render_page(page: pdfium.PdfPage, number: int) -> RenderedPage:
    width, height = page.get_size()
    scale = min(VIEWER_WIDTH / width, VIEWER_MAX_HEIGHT / height)
    image = page.render(scale=scale, may_draw_forms=False).to_pil().convert("RGB")
    thumbnail = image.resize(
        (THUMBNAIL_WIDTH, max(1, round(image.height * THUMBNAIL_WIDTH / image.width))),
        Image.Resampling.BILINEAR,
        reducing_gap=2.0,
    )
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    return RenderedPage(
        number=number,
        text=clean_text(text),
        image=_webp(image, quality=82),
        thumbnail=_webp(thumbnail, quality=75),
        width=image.width,
        height=image.height,
    )


def _webp(image: Image.Image, *, quality: int) -> bytes:
    output = io.BytesIO()
    image.save(output, "WEBP", quality=quality, method=2)
    return output.getvalue()


def clean_text(text: str) -> str:
    """A page's extracted text with plain line breaks and no control characters."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [
        "".join(c for c in line if c == "\t" or unicodedata.category(c)[0] != "C").rstrip()
        for line in lines
    ]
    return "\n".join(kept).strip()


def process_deck(deck: SlideDeck) -> SlideDeck:
    """Replaces the deck's slides with those of its file; the deck ends ready or failed.

    Idempotent: running it again renders the pages again and removes the old images.
    """
    written: list[str] = []
    with translation.override(deck.owner.preferred_language or settings.LANGUAGE_CODE):
        try:
            slides = _render_slides(deck, _pdf_data(deck), written)
        except DeckFileError as error:
            _delete_files(written)
            return _fail(deck, str(error))
        except Exception:
            logger.exception("Processing slide deck %s failed", deck.pk)
            _delete_files(written)
            return _fail(
                deck,
                _(
                    "Something went wrong while reading these slides. Export them to PDF "
                    "again and upload the new file."
                ),
            )
    with transaction.atomic():
        SlideDeck.objects.select_for_update().filter(pk=deck.pk).first()
        replaced = list(deck.slides.values_list("thumbnail", "image"))
        deck.slides.all().delete()
        Slide.objects.bulk_create(slides)
        deck.status = SlideDeck.Status.READY
        deck.failure_reason = ""
        deck.page_count = len(slides)
        deck.save(update_fields=["pdf", "status", "failure_reason", "page_count", "updated_at"])
    _delete_files([name for pair in replaced for name in pair])
    return deck


def _pdf_data(deck: SlideDeck) -> bytes:
    """The deck as PDF: its original, or the PDF converted from it (converted only once)."""
    if deck.pdf:
        with deck.pdf.open("rb") as stored:
            return stored.read()
    with deck.original.open("rb") as stored:
        data = stored.read()
    kind = identify(data)
    if kind is FileKind.PDF:
        return data
    converted = convert_to_pdf(data, kind)
    deck.pdf.save(f"{deck.slug}.pdf", ContentFile(converted), save=False)
    return converted


def _render_slides(deck: SlideDeck, data: bytes, written: list[str]) -> list[Slide]:
    pdf_page_count(data)
    image_field = Slide._meta.get_field("image")
    slides = []
    for page in render_pages(data):
        names = {}
        for kind, content in (("thumbnail", page.thumbnail), ("image", page.image)):
            name = image_field.generate_filename(None, f"{deck.slug}-{page.number}-{kind}.webp")
            names[kind] = image_field.storage.save(name, ContentFile(content))
            written.append(names[kind])
        slides.append(
            Slide(
                deck=deck,
                number=page.number,
                text=page.text,
                thumbnail=names["thumbnail"],
                image=names["image"],
                width=page.width,
                height=page.height,
            )
        )
    return slides


def _fail(deck: SlideDeck, reason: str) -> SlideDeck:
    deck.status = SlideDeck.Status.FAILED
    deck.failure_reason = reason[: SlideDeck._meta.get_field("failure_reason").max_length]
    deck.save(update_fields=["pdf", "status", "failure_reason", "updated_at"])
    return deck


def _delete_files(names: list[str]) -> None:
    storage = Slide._meta.get_field("image").storage
    for name in names:
        if name:
            storage.delete(name)


def _too_large(size: int, limit: int) -> str:
    return _("This file is %(size)s MB; the limit is %(limit)s MB.") % {
        "size": f"{size / 1_048_576:.1f}",
        "limit": f"{limit / 1_048_576:.0f}",
    }


def _no_converter() -> DeckFileError:
    return DeckFileError(
        _(
            "Presentations can't be converted on this server; "
            "export your slides to PDF and upload that."
        )
    )
