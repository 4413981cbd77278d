"""RSS and Atom feeds: published content only, full links, plain text descriptions."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify

from casestudies.models import EventSession, LiveCoveragePost, SlideDeck
from network.models import Topic
from tests.casestudies.builders import publish_case_study, publish_event

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def build_deck(owner, *, title="Slides of the day", status="ready", topics=(), **fields):
    """A slide deck row as deck processing leaves it, without processing a real file."""
    deck = SlideDeck.objects.create(
        title=title,
        slug=fields.pop("slug", slugify(title)),
        owner=owner,
        language=fields.pop("language", "en"),
        status=status,
        page_count=fields.pop("page_count", 3),
        original=SimpleUploadedFile("d.pdf", b"%PDF-1.4"),
        **fields,
    )
    deck.speakers.set([owner])
    deck.topics.set(Topic.objects.filter(slug__in=topics))
    return deck


def feed_url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"casestudies:{name}", kwargs=kwargs or None)


def parse(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 -- the site's own feed, not untrusted input


def rss_items(response) -> list[ET.Element]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return parse(response.content).find("channel").findall("item")


def rss_titles(response) -> list[str]:
    return [item.findtext("title") for item in rss_items(response)]


def test_site_feed_lists_case_studies_and_ready_decks_newest_first(client, member, institution):
    older = publish_case_study(author=member, institution=institution, title="Older case")
    deck = build_deck(member, title="Deck in between")
    newer = publish_case_study(author=member, institution=institution, title="Newer case")
    week_ago = timezone.now() - dt.timedelta(days=7)
    type(older).objects.filter(pk=older.pk).update(first_published_at=week_ago)
    SlideDeck.objects.filter(pk=deck.pk).update(created_at=week_ago + dt.timedelta(days=1))

    titles = rss_titles(client.get(feed_url("feed_all_rss")))

    assert titles == [newer.title, deck.title, older.title]


def test_site_feed_never_lists_drafts_pages_in_review_or_unfinished_decks(
    client, member, institution
):
    published = publish_case_study(author=member, institution=institution, title="Published")
    withdrawn = publish_case_study(author=member, institution=institution, title="Withdrawn")
    withdrawn.unpublish()
    published.title = "Unreviewed new title"
    published.save_revision(user=member)
    build_deck(member, title="Still processing", status="processing")
    build_deck(member, title="Broken upload", status="failed")

    titles = rss_titles(client.get(feed_url("feed_all_rss")))

    assert titles == ["Published"]


def test_feed_items_have_full_links_authors_topics_and_dates(client, member, institution):
    page = publish_case_study(author=member, institution=institution, external_authors="Léa D.")
    deck = build_deck(member, title="Our slides", topics=["analytics"])

    items = rss_items(client.get(feed_url("feed_all_rss")))

    deck_item, page_item = items
    assert page_item.findtext("link") == f"{settings.SITE_URL}{page.url}"
    assert page_item.findtext("link").startswith(("http://", "https://"))
    assert page_item.findtext("{http://purl.org/dc/elements/1.1/}creator") == f"{member}, Léa D."
    assert [c.text for c in page_item.findall("category")] == ["Live coverage of events"]
    assert page_item.findtext("description") == page.summary
    assert page_item.findtext("pubDate")
    assert deck_item.findtext("link") == f"{settings.SITE_URL}{deck.get_absolute_url()}"
    assert [c.text for c in deck_item.findall("category")] == ["Analytics and evaluation"]


def test_descriptions_are_escaped_plain_text_never_markup(client, member, institution):
    publish_case_study(
        author=member,
        institution=institution,
        summary='Our <script>alert("x")</script> & <b>bold</b> plan',
    )

    response = client.get(feed_url("feed_all_rss"))

    assert b"<script" not in response.content
    assert b"<b>" not in response.content
    assert rss_items(response)[0].findtext("description") == (
        "Our &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; plan"
    )


def test_atom_feed_carries_the_same_entries_with_summaries_and_authors(client, member, institution):
    page = publish_case_study(author=member, institution=institution)

    response = client.get(feed_url("feed_all_atom"))

    assert response["Content-Type"].startswith("application/atom+xml")
    root = parse(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == (
        f"{settings.SITE_URL}{feed_url('feed_all_atom')}"
    )
    (entry,) = root.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == page.title
    assert entry.find(f"{ATOM}link").get("href") == f"{settings.SITE_URL}{page.url}"
    assert entry.find(f"{ATOM}summary").get("type") == "html"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == str(member)
    assert entry.findtext(f"{ATOM}updated")


def test_each_language_feed_lists_its_own_case_studies_and_decks_in_any_language(
    client, member, institution
):
    publish_case_study(author=member, institution=institution, title="In English")
    publish_case_study(author=member, institution=institution, language="fr", title="En français")
    build_deck(member, title="English slides", language="en")

    english = client.get(feed_url("feed_all_rss", "en"))
    french = client.get(feed_url("feed_all_rss", "fr"))

    assert feed_url("feed_all_rss", "fr").startswith("/fr/")
    assert set(rss_titles(english)) == {"In English", "English slides"}
    assert set(rss_titles(french)) == {"En français", "English slides"}
    assert parse(french.content).findtext("channel/language") == "fr"


def test_feeds_stop_at_thirty_items(client, member):
    for number in range(31):
        build_deck(member, title=f"Deck {number}")

    assert len(rss_items(client.get(feed_url("feed_all_rss")))) == 30


def test_topic_feed_lists_only_that_topics_case_studies_and_decks(client, member, institution):
    publish_case_study(
        author=member, institution=institution, title="About analytics", topics=("analytics",)
    )
    publish_case_study(
        author=member, institution=institution, title="About moderation", topics=("moderation",)
    )
    build_deck(member, title="Analytics slides", topics=["analytics"])
    build_deck(member, title="Other slides", topics=["moderation"])

    rss = client.get(feed_url("feed_topic_rss", slug="analytics"))
    atom = client.get(feed_url("feed_topic_atom", slug="analytics"))

    assert set(rss_titles(rss)) == {"About analytics", "Analytics slides"}
    assert len(parse(atom.content).findall(f"{ATOM}entry")) == 2
    assert "Analytics and evaluation" in parse(rss.content).findtext("channel/title")
    assert client.get(feed_url("feed_topic_rss", slug="no-such-topic")).status_code == 404


def test_institution_feed_lists_its_case_studies_and_its_verified_staffs_decks(
    client, member_factory, institution_factory, membership_factory
):
    museum, other = institution_factory(), institution_factory()
    staff, applicant = member_factory(), member_factory()
    membership_factory(member=staff, institution=museum)
    membership_factory(member=applicant, institution=museum, status="pending")
    publish_case_study(author=staff, institution=museum, title="Ours")
    publish_case_study(author=staff, institution=other, title="Someone else's")
    build_deck(staff, title="Staff slides")
    build_deck(applicant, title="Applicant slides")

    rss = client.get(feed_url("feed_institution_rss", slug=museum.slug))
    atom = client.get(feed_url("feed_institution_atom", slug=museum.slug))

    assert set(rss_titles(rss)) == {"Ours", "Staff slides"}
    assert atom.status_code == 200
    assert parse(rss.content).findtext("channel/link") == (
        f"{settings.SITE_URL}{museum.get_absolute_url()}"
    )
    assert client.get(feed_url("feed_institution_rss", slug="nowhere")).status_code == 404


def test_event_feed_lists_live_posts_and_the_slides_of_its_sessions(client, member):
    event = publish_event(owner=member)
    other_event = publish_event(owner=member, title="Another day")
    session = EventSession.objects.create(
        event=event, title="Keynote", starts_at=event.starts_at, ends_at=event.starts_at
    )
    post = LiveCoveragePost.objects.create(
        event=event, author=member, session=session, body="The keynote <starts> now"
    )
    LiveCoveragePost.objects.create(event=other_event, author=member, body="Elsewhere")
    build_deck(member, title="Keynote slides", session=session)
    build_deck(member, title="Unrelated slides")

    rss = client.get(feed_url("feed_event_rss", event_id=event.pk))
    atom = client.get(feed_url("feed_event_atom", event_id=event.pk))

    items = rss_items(rss)
    assert {item.findtext("title") for item in items} == {
        "The keynote <starts> now",
        "Keynote slides",
    }
    post_item = next(item for item in items if item.findtext("title").startswith("The keynote"))
    assert post_item.findtext("link") == f"{settings.SITE_URL}{event.url}#live-{post.pk}"
    assert post_item.findtext("description") == "The keynote &lt;starts&gt; now"
    assert len(parse(atom.content).findall(f"{ATOM}entry")) == 2


def test_unpublished_or_unknown_events_have_no_feed(client, member):
    event = publish_event(owner=member)
    event.unpublish()

    assert client.get(feed_url("feed_event_rss", event_id=event.pk)).status_code == 404
    assert client.get(feed_url("feed_event_atom", event_id=999999)).status_code == 404


def test_a_feed_runs_the_same_number_of_queries_for_few_or_many_items(
    client, member, institution, django_assert_max_num_queries
):
    for number in range(6):
        publish_case_study(author=member, institution=institution, title=f"Case {number}")
        build_deck(member, title=f"Deck {number}")
    client.get(feed_url("feed_all_rss"))

    with django_assert_max_num_queries(8):
        response = client.get(feed_url("feed_all_rss"))

    assert len(rss_items(response)) == 12
