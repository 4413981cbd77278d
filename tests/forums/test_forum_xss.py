"""Every forum field, fed known XSS vectors over HTTP, yields pages without active content.

The pages are parsed with the standard library's HTMLParser, so the checks
look at real elements and attributes, as a browser would build them.
"""

from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils.html import escape

from forums.models import Thread
from tests.forums.xss_vectors import XSS_VECTORS

pytestmark = pytest.mark.django_db

DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}
FORBIDDEN_ELEMENTS = {
    "iframe", "object", "embed", "base", "frame", "frameset", "applet", "svg", "math",
    "style", "marquee", "video", "audio", "source",
}  # fmt: skip


def normalised(url: str) -> str:
    """What a browser keeps of a URL's scheme: no whitespace or control characters, any case."""
    return "".join(char for char in url if ord(char) > 32).lower()


def on_this_site(url: str | None) -> bool:
    if url is None:
        return True
    url = normalised(url)
    return url.startswith("/") and not url.startswith("//")


class ActiveContentFinder(HTMLParser):
    """Collects every element or attribute that could run script or leave the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "script" and not (values.get("src") or "").startswith("/static/"):
            self.problems.append(f"<script {attrs}>")
        if tag in FORBIDDEN_ELEMENTS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and "http-equiv" in values:
            self.problems.append(f"<meta {attrs}>")
        if tag in {"link", "form"} and not on_this_site(values.get("href", values.get("action"))):
            self.problems.append(f"<{tag} {attrs}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"style", "srcdoc"}:
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and normalised(value or "").startswith(DANGEROUS_SCHEMES):
                self.problems.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag


def active_content(html: str) -> list[str]:
    finder = ActiveContentFinder()
    finder.feed(html)
    finder.close()
    return finder.problems


def test_the_checker_notices_active_content():
    assert active_content('<p><img src="x" OnError="alert(1)"></p>')
    assert active_content('<a href="jav&#x09;ascript:alert(1)">x</a>')
    assert active_content("<script>alert(1)</script>")
    assert not active_content('<p><a href="/en/forums/">Forums</a></p>')


def test_there_are_at_least_fifty_vectors():
    assert len(set(XSS_VECTORS)) >= 50


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_xss_vectors_in_titles_posts_and_edits_never_become_active(
    client, trusted_member, category, vector
):
    client.force_login(trusted_member)
    title = vector[:200]

    started = client.post(
        reverse("forums:thread_new", args=[category.slug]),
        {"title": title, "body": vector, "language": "en"},
    )
    thread = Thread.objects.get(title=title.strip())
    replied = client.post(reverse("forums:reply", args=[thread.pk]), {"body": f"Re: {vector}"})
    reply = thread.posts.latest("created_at")
    edited = client.post(
        reverse("forums:post_edit", args=[reply.pk]), {"body": f"Edited: {vector}"}
    )

    assert started.status_code == replied.status_code == edited.status_code == 302
    pages = {
        "thread": client.get(thread.get_absolute_url()),
        "category": client.get(category.get_absolute_url()),
        "history": client.get(reverse("forums:post_history", args=[reply.pk])),
        "edit form": client.get(reverse("forums:post_edit", args=[reply.pk])),
    }
    for name, response in pages.items():
        html = response.content.decode()
        assert response.status_code == 200, name
        assert active_content(html) == [], name
    assert escape(title.strip()) in pages["thread"].content.decode()
