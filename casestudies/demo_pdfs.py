"""Real, small slide decks as PDF bytes, for the demo seed and the tests.

fpdf2's core fonts need no font file but only cover Latin-1, so typography
outside it (œ, curly quotes, dashes, €) is spelled with Latin-1 characters.
"""

from __future__ import annotations

from fpdf import FPDF

# A 16:9 landscape page, in points.
PAGE_WIDTH, PAGE_HEIGHT = 960, 540
MARGIN = 60

_LATIN_1_SPELLINGS = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "€": "EUR",
        "\u00a0": " ",
        "\u202f": " ",
    }
)


def latin_1(text: str) -> str:
    """``text`` with what Latin-1 cannot encode respelled, or replaced by "?"."""
    return text.translate(_LATIN_1_SPELLINGS).encode("latin-1", "replace").decode("latin-1")


def make_deck_pdf(title: str, slides: list[tuple[str, str]]) -> bytes:
    """A PDF with one 16:9 page per (heading, body) pair, the deck's title in its metadata."""
    pdf = FPDF(orientation="L", unit="pt", format=(PAGE_HEIGHT, PAGE_WIDTH))
    pdf.set_title(latin_1(title))
    pdf.set_creator("Museum Commons")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(auto=False)
    for heading, body in slides:
        pdf.add_page()
        pdf.set_fill_color(29, 78, 95)
        pdf.rect(0, 0, PAGE_WIDTH, 18, style="F")
        pdf.set_xy(MARGIN, MARGIN)
        pdf.set_font("Helvetica", "B", 34)
        pdf.set_text_color(27, 31, 35)
        pdf.multi_cell(PAGE_WIDTH - 2 * MARGIN, 40, latin_1(heading))
        pdf.ln(18)
        pdf.set_font("Helvetica", "", 22)
        pdf.set_text_color(74, 83, 92)
        pdf.multi_cell(PAGE_WIDTH - 2 * MARGIN, 30, latin_1(body))
    return bytes(pdf.output())
