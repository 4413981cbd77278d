"""Members' Markdown, rendered on the server and sanitised.

Every piece of text a member writes in Markdown (case-study sections, forum
posts) goes through ``render_markdown``: CommonMark without raw HTML, then
nh3 with a short allow-list, so a script can never reach a page.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "code": {"class"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_markdown.enable("table").enable("strikethrough")


def render_markdown(text: str) -> str:
    """Safe HTML for ``text``; links get rel="nofollow ugc noopener"."""
    html = _markdown.render(text or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc noopener",
    )


def markdown_to_text(text: str) -> str:
    """The plain words of a Markdown text, for summaries, feeds and search."""
    return nh3.clean(_markdown.render(text or ""), tags=set()).strip()
