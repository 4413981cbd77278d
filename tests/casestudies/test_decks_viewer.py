"""Reading slides: the deck page, the page-by-page viewer, downloads, embeds and oEmbed."""

import html
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from casestudies.models import EventSession, SlideDeck
from network.models import Topic
from tests.casestudies import pdf_fixtures as files
from tests.casestudies.builders import publish_case_study, publish_event

pytestmark = pytest.mark.django_db

OEMBED_URL = reverse("casestudies:oembed")


@pytest.fixture
def owner(member_factory):
    return member_factory(display_name="Camille Roux")


@pytest.fixture
def deck(owner):
    return files.ready_deck(owner, pages=3)


def _text(response) -> str:
    return html.unescape(response.content.decode())


def _slide_url(deck, number: int) -> str:
    return reverse("casestudies:deck_slide", kwargs={"slug": deck.slug, "number": number})


def _in_progress_deck(owner, status: str, reason: str = "") -> SlideDeck:
    return SlideDeck.objects.create(
        owner=owner,
        title="Not quite there",
        slug="not-quite-there",
        language="en",
        original="decks/originals/not-quite-there.pdf",
        status=status,
        failure_reason=reason,
    )


def test_the_deck_page_shows_what_the_deck_links_to(client, owner, member_factory, institution):
    co_speaker = member_factory(display_name="Léa Martin")
    event = publish_event(owner=member_factory(), title="Museum Connections")
    session = EventSession.objects.create(
        event=event, title="Live coverage", starts_at=event.starts_at, ends_at=event.ends_at
    )
    case_study = publish_case_study(author=owner, institution=institution)
    deck = files.ready_deck(
        owner,
        pages=3,
        description="Lessons learned <script>alert('x')</script>\nand more.",
        licence="cc-by-sa",
        speakers=[owner, co_speaker],
        session=session,
        case_studies=[case_study],
        topics=[Topic.objects.get(slug="moderation")],
    )

    response = client.get(deck.get_absolute_url())

    content = response.content.decode()
    assert response.status_code == 200
    assert '<h1 id="deck-title">Opening night, live</h1>' in content
    assert f'href="{owner.get_absolute_url()}"' in content
    assert f'href="{co_speaker.get_absolute_url()}"' in content
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in content
    assert (
        'href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noopener"' in content
    )
    assert f'href="{session.get_absolute_url()}"' in content
    assert f'href="{event.url}"' in content
    assert f'href="{case_study.url}"' in content
    assert "Moderation" in _text(response)
    assert "English" in content
    for number in (1, 2, 3):
        assert f'href="{_slide_url(deck, number)}"' in content
    assert 'type="application/json+oembed"' in content


def test_the_deck_page_describes_the_deck_for_search_engines(client, owner):
    deck = files.ready_deck(owner, pages=3, licence="cc-by", language="fr")

    content = client.get(deck.get_absolute_url()).content.decode()

    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(block)
    assert data["@type"] == "PresentationDigitalDocument"
    assert data["name"] == "Opening night, live"
    assert data["inLanguage"] == "fr"
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["numberOfPages"] == 3
    assert data["url"].endswith(deck.get_absolute_url())
    assert data["author"][0]["name"] == "Camille Roux"


def test_the_deck_page_offers_an_embed_snippet(client, deck):
    content = client.get(deck.get_absolute_url()).content.decode()

    embed_path = reverse("casestudies:deck_embed", kwargs={"slug": deck.slug})
    assert '<textarea id="embed-code" readonly' in content
    assert "&lt;iframe src=&quot;http" in content
    assert f"{embed_path}&quot;" in content


@pytest.mark.parametrize("status", [SlideDeck.Status.PROCESSING, SlideDeck.Status.FAILED])
def test_only_the_owner_sees_a_deck_that_is_not_ready(client, owner, member_factory, status):
    deck = _in_progress_deck(owner, status, reason="This PDF has no pages.")

    anonymous = client.get(deck.get_absolute_url())
    client.force_login(member_factory())
    other_member = client.get(deck.get_absolute_url())
    client.force_login(owner)
    own = client.get(deck.get_absolute_url())

    assert anonymous.status_code == 404
    assert other_member.status_code == 404
    assert own.status_code == 200
    if status == SlideDeck.Status.FAILED:
        assert "Failed: This PDF has no pages." in _text(own)
    else:
        assert "Processing" in _text(own)


def test_a_deck_that_is_not_ready_is_not_listed(client, owner, deck):
    _in_progress_deck(owner, SlideDeck.Status.PROCESSING)

    response = client.get(reverse("casestudies:deck_list"))

    assert list(response.context["page"].object_list) == [deck]


def test_the_slide_page_shows_the_image_and_its_text_with_prev_and_next_links(client, deck):
    response = client.get(_slide_url(deck, 2))

    content = response.content.decode()
    slide = deck.slides.get(number=2)
    assert response.status_code == 200
    assert "Slide 2 of 3" in content
    assert f'src="{slide.image.url}" alt="Slide 2 of 3"' in content
    assert '<h2 id="transcript-heading">Text of slide 2</h2>' in content
    assert files.fact_text(2) in _text(response)
    assert f'<a href="{_slide_url(deck, 1)}" rel="prev">' in content
    assert f'<a href="{_slide_url(deck, 3)}" rel="next">' in content
    assert '<label for="id_slide">Go to slide' in content


def test_the_first_and_last_slides_have_no_link_beyond_the_deck(client, deck):
    first = client.get(_slide_url(deck, 1)).content.decode()
    last = client.get(_slide_url(deck, 3)).content.decode()

    assert 'rel="prev"' not in first
    assert 'rel="next"' in first
    assert 'rel="next"' not in last
    assert 'rel="prev"' in last


@pytest.mark.parametrize("number", [0, 4, 99999999999999999999])
def test_a_slide_number_out_of_range_is_not_found(client, deck, number):
    response = client.get(f"/en/decks/{deck.slug}/slides/{number}/")

    assert response.status_code == 404


def test_the_jump_box_opens_the_chosen_slide_without_javascript(client, deck):
    response = client.get(_slide_url(deck, 1), {"slide": "3"})

    assert response.status_code == 302
    assert response["Location"] == _slide_url(deck, 3)


@pytest.mark.parametrize(
    ("value", "message"),
    [("7", "less than or equal to 3"), ("words", "Enter a whole number.")],
)
def test_the_jump_box_explains_a_number_it_cannot_open(client, deck, value, message):
    response = client.get(_slide_url(deck, 1), {"slide": value})

    assert response.status_code == 200
    assert message in _text(response)
    assert 'aria-invalid="true"' in response.content.decode()


def test_the_viewer_uses_only_scripts_from_files(client, deck):
    content = client.get(_slide_url(deck, 2)).content.decode()

    scripts = re.findall(r"<script[^>]*>", content)
    assert any("js/deck-viewer.js" in tag and "defer" in tag for tag in scripts)
    assert all("src=" in tag for tag in scripts)
    assert " onclick=" not in content
    assert " style=" not in content


def test_the_original_can_be_downloaded_when_the_owner_allows_it(client, deck):
    response = client.get(reverse("casestudies:deck_download", kwargs={"slug": deck.slug}))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{deck.slug}.pdf"'
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_the_original_cannot_be_downloaded_when_the_owner_refuses(client, owner):
    deck = files.ready_deck(owner, pages=1, allow_download=False)

    page = client.get(deck.get_absolute_url()).content.decode()
    response = client.get(reverse("casestudies:deck_download", kwargs={"slug": deck.slug}))

    assert reverse("casestudies:deck_download", kwargs={"slug": deck.slug}) not in page
    assert response.status_code == 404


def test_the_embed_may_be_framed_by_other_sites_but_the_deck_page_may_not(client, deck):
    embed = client.get(reverse("casestudies:deck_embed", kwargs={"slug": deck.slug}))
    page = client.get(deck.get_absolute_url())

    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    assert "Slide 1 of 3" in embed.content.decode()
    assert page["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"]


def test_the_embed_moves_between_slides_inside_the_frame(client, deck):
    embed_path = reverse("casestudies:deck_embed", kwargs={"slug": deck.slug})

    response = client.get(embed_path, {"slide": "2"})

    content = response.content.decode()
    assert "Slide 2 of 3" in content
    assert f'href="{embed_path}?slide=1" rel="prev"' in content
    assert f'href="{embed_path}?slide=3" rel="next"' in content
    assert files.fact_text(2) in _text(response)


def test_oembed_describes_a_deck_as_rich_html(client, deck):
    url = f"http://testserver{deck.get_absolute_url()}"

    response = client.get(OEMBED_URL, {"url": url, "format": "json", "maxwidth": "480"})

    data = response.json()
    embed_path = reverse("casestudies:deck_embed", kwargs={"slug": deck.slug})
    assert response.status_code == 200
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["provider_name"] == "Museum Commons"
    assert data["title"] == "Opening night, live"
    assert data["author_name"] == "Camille Roux"
    assert data["width"] == 480
    assert data["height"] == 480 * 9 // 16 + 56
    assert data["html"].startswith("<iframe src=")
    assert f'{embed_path}" width="480" height="{data["height"]}"' in data["html"]


def test_oembed_for_a_slide_address_opens_the_embed_at_that_slide(client, deck):
    with translation.override("fr"):
        slide_url = _slide_url(deck, 2)

    response = client.get(OEMBED_URL, {"url": f"http://testserver{slide_url}"})

    assert response.status_code == 200
    assert "/embed/?slide=2" in response.json()["html"]


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/en/decks/no-such-deck/",
        "http://elsewhere.example/en/decks/opening-night-live/",
        "http://testserver/en/members/",
        "not a url at all",
        "",
    ],
)
def test_oembed_does_not_know_other_addresses(client, deck, url):
    response = client.get(OEMBED_URL, {"url": url, "format": "json"})

    assert response.status_code == 404


def test_oembed_does_not_describe_a_deck_that_is_not_ready(client, owner):
    deck = _in_progress_deck(owner, SlideDeck.Status.PROCESSING)

    response = client.get(OEMBED_URL, {"url": f"http://testserver{deck.get_absolute_url()}"})

    assert response.status_code == 404


def test_oembed_in_xml_is_not_implemented(client, deck):
    url = f"http://testserver{deck.get_absolute_url()}"

    response = client.get(OEMBED_URL, {"url": url, "format": "xml"})

    assert response.status_code == 501


def test_the_deck_list_shows_ready_decks_newest_first_and_filters_by_topic(client, owner):
    older = files.ready_deck(owner, pages=1, title="Older talk")
    newer = files.ready_deck(
        owner, pages=1, title="Newer talk", topics=[Topic.objects.get(slug="moderation")]
    )

    everything = client.get(reverse("casestudies:deck_list"))
    moderation = client.get(reverse("casestudies:deck_list"), {"topic": "moderation"})
    unknown = client.get(reverse("casestudies:deck_list"), {"topic": "no-such-topic"})

    assert list(everything.context["page"].object_list) == [newer, older]
    assert list(moderation.context["page"].object_list) == [newer]
    assert list(unknown.context["page"].object_list) == [newer, older]
    assert f'src="{newer.slides.get().thumbnail.url}"' in everything.content.decode()


def test_the_deck_list_is_paginated(client, owner):
    for number in range(26):
        SlideDeck.objects.create(
            owner=owner,
            title=f"Talk {number}",
            slug=f"talk-{number}",
            language="en",
            original=f"decks/originals/talk-{number}.pdf",
            status=SlideDeck.Status.READY,
            page_count=1,
        )

    first = client.get(reverse("casestudies:deck_list"))
    second = client.get(reverse("casestudies:deck_list"), {"page": "2"})

    assert len(first.context["page"].object_list) == 24
    assert len(second.context["page"].object_list) == 2
    assert 'rel="next"' in first.content.decode()
