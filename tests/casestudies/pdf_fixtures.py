"""Files for the slide-deck tests: good and bad PDFs, presentations and ZIP bombs."""

from __future__ import annotations

import io
import zipfile

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from fpdf import FPDF
from PIL import Image

from casestudies import deck_processing
from casestudies.decks import DeckMetadata, create_deck
from casestudies.demo_pdfs import make_deck_pdf

PPTX_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/ppt/presentation.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>'
)


def fact_text(number: int) -> str:
    return f"Fact {number}: visitors stayed {number * 3} minutes longer"


def deck_pdf(pages: int = 3) -> bytes:
    """A PDF whose page N reads "Fact N: …", so each page's text can be told apart."""
    return make_deck_pdf(
        "Test deck",
        [(fact_text(number), f"Evidence for page {number}.") for number in range(1, pages + 1)],
    )


def upload(data: bytes, name: str = "slides.pdf", content_type: str = "application/pdf"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def truncated_pdf() -> bytes:
    data = deck_pdf(3)
    return data[: len(data) // 2]


def corrupt_pdf() -> bytes:
    return b"%PDF-1.7\n" + b"this is not a real PDF body\n" * 40


def encrypted_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=24)
    pdf.cell(text="Confidential programme")
    pdf.set_encryption(owner_password="owner-secret", user_password="reader-secret")
    return bytes(pdf.output())


def png_image() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (64, 36), "teal").save(output, "PNG")
    return output.getvalue()


def html_page() -> bytes:
    return b"<!DOCTYPE html><html><body><h1>Not slides</h1><script>alert(1)</script></body></html>"


def _zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression=compression) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return output.getvalue()


def pptx(extra: dict[str, bytes] | None = None) -> bytes:
    """The smallest OOXML container that a PPTX check recognises."""
    return _zip(
        {
            "[Content_Types].xml": PPTX_CONTENT_TYPES.encode(),
            "ppt/presentation.xml": b'<?xml version="1.0"?><p:presentation xmlns:p="p"/>',
            **(extra or {}),
        }
    )


def odp() -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("mimetype", deck_processing.ODP_MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr("content.xml", b"<office:document-content/>", zipfile.ZIP_DEFLATED)
    return output.getvalue()


def word_document() -> bytes:
    """A ZIP that is an Office file, but not a presentation."""
    return _zip(
        {"[Content_Types].xml": PPTX_CONTENT_TYPES.encode(), "word/document.xml": b"<w:document/>"}
    )


def zip_bomb_pptx() -> bytes:
    """A PPTX whose 4 MB of zeros pack into a few kilobytes: a ratio far above 100."""
    return pptx({"ppt/media/padding.bin": bytes(4 * 1024 * 1024)})


def many_entries_pptx(count: int) -> bytes:
    return pptx({f"ppt/slides/slide{n}.xml": b"<p:sld/>" for n in range(count)})


def ready_deck(owner, *, pages: int = 3, title: str = "Opening night, live", **metadata):
    """A deck processed on the spot, as the demo seed makes them."""
    checked = deck_processing.check_upload(ContentFile(deck_pdf(pages), name="deck.pdf"))
    values = {"title": title, "language": "en", **metadata}
    return create_deck(owner, upload=checked, metadata=DeckMetadata(**values), process_now=True)
