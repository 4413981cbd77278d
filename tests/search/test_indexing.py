import datetime as dt

import pytest
from django.urls import reverse

from casestudies.models import EventSession, Slide, SlideDeck
from search import engine
from search.documents import (
    CaseStudyDocument,
    DeckPageDocument,
    MemberDocument,
    SessionDocument,
    ThreadDocument,
)
from search.indexing import index_object
from search.models import SearchEntry
from search.signals import autosync_enabled
from tests.casestudies.builders import publish_case_study, publish_event
from tests.factories import PASSWORD

pytestmark = pytest.mark.opensearch


def _ids(hits):
    return sorted(hit.meta.id for hit in hits)


def test_a_published_case_study_is_indexed_after_commit_and_removed_after_unpublish(
    member, institution, home_page, find, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = publish_case_study(
            author=member,
            institution=institution,
            title="Nos réseaux sociaux la nuit",
            lessons="Les musées répondent aussi le dimanche.",
        )

    assert _ids(find(CaseStudyDocument, "musee dimanche")) == [str(page.pk)]
    assert _ids(find(CaseStudyDocument, "RS")) == [str(page.pk)]

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert find(CaseStudyDocument, "musee dimanche") == []


def test_indexing_writes_the_database_copy_along_with_the_engine(
    member, institution, home_page, find
):
    page = publish_case_study(author=member, institution=institution, title="Attic tweets")

    index_object("casestudies", "casestudypage", page.pk)

    entries = SearchEntry.objects.filter(type="case_study", object_id=str(page.pk))
    assert list(entries.values_list("title", flat=True)) == ["Attic tweets"]
    assert _ids(find(CaseStudyDocument, "attic")) == [str(page.pk)]

    page.unpublish()
    index_object("casestudies", "casestudypage", page.pk)

    assert not entries.exists()
    assert find(CaseStudyDocument, "attic") == []


def test_an_edit_republished_replaces_the_old_text(
    member, institution, home_page, find, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = publish_case_study(author=member, institution=institution, title="Old title")
    page.title = "Brand new title"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=member).publish()

    assert find(CaseStudyDocument, "old title") == []
    assert _ids(find(CaseStudyDocument, "brand new")) == [str(page.pk)]


def test_a_thread_hidden_by_a_moderator_is_removed_from_the_index(
    client, trusted_member, moderator, thread_factory, find, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = thread_factory(trusted_member, title="Trolls at midnight", body="Help please.")
    assert _ids(find(ThreadDocument, "trolls midnight")) == [str(thread.pk)]

    client.login(email=moderator.email, password=PASSWORD)
    opening_post = thread.posts.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("forums:mod_hide", kwargs={"pk": opening_post.pk}), {"reason": "Spam"}
        )

    assert response.status_code == 302
    assert find(ThreadDocument, "trolls midnight") == []


def test_a_thread_flagged_hidden_is_removed_and_comes_back_when_shown(
    trusted_member, thread_factory, find, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = thread_factory(trusted_member, title="Budget for ads", body="How much?")
    with django_capture_on_commit_callbacks(execute=True):
        thread.is_hidden = True
        thread.save()
    assert find(ThreadDocument, "budget ads") == []

    with django_capture_on_commit_callbacks(execute=True):
        thread.is_hidden = False
        thread.save()
    assert _ids(find(ThreadDocument, "budget ads")) == [str(thread.pk)]


def test_a_fourteen_page_deck_yields_a_deck_document_and_one_per_page_naming_a_fact_page(
    member, find, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        deck = SlideDeck.objects.create(
            title="Reels that worked", slug="reels", owner=member, language="fr"
        )
        for number in range(1, 15):
            text = f"Slide {number}: our Instagram plan."
            if number == 11:
                text = "Les vidéos courtes ont triplé les abonnés du musée."
            Slide.objects.create(
                deck=deck, number=number, text=text, thumbnail="t.png", image="i.png"
            )
        deck.status = SlideDeck.Status.READY
        deck.page_count = 14
        deck.save()

    engine.client().indices.refresh(index=DeckPageDocument.alias())
    count = engine.client().count(index=DeckPageDocument.alias())["count"]
    hits = find(DeckPageDocument, "videos abonnes musees")

    assert count == 1 + 14
    assert [(hit.meta.id, hit.type, hit.page_number, hit.url) for hit in hits] == [
        (f"{deck.pk}-11", "slide", 11, deck.slide_url(11))
    ]
    assert (hits[0].object_id, hits[0].deck_title) == (str(deck.pk), deck.title)
    deck_hits = find(DeckPageDocument, "reels worked")
    assert [(hit.meta.id, hit.type, hit.url) for hit in deck_hits] == [
        (f"{deck.pk}-0", "deck", deck.get_absolute_url())
    ]


def test_a_deck_that_fails_or_is_deleted_leaves_no_page_behind(
    member, find, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        deck = SlideDeck.objects.create(
            title="Stories", slug="stories", owner=member, language="en", status="ready"
        )
        Slide.objects.create(deck=deck, number=1, text="Ephemeral stories", thumbnail="t.png")
        deck.save()
    assert len(find(DeckPageDocument, "ephemeral")) == 1

    with django_capture_on_commit_callbacks(execute=True):
        deck.delete()

    assert find(DeckPageDocument, "ephemeral") == []


def test_an_event_and_its_sessions_follow_the_event_publication(
    member_factory, home_page, find, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        event = publish_event(owner=member_factory(), title="Museum Night Summit")
        session = EventSession.objects.create(
            event=event,
            title="Community management at night",
            starts_at=event.starts_at,
            ends_at=event.starts_at + dt.timedelta(hours=1),
        )
    assert _ids(find(SessionDocument, "CM")) == [f"session-{session.pk}"]
    assert _ids(find(SessionDocument, "summit")) == [f"event-{event.pk}"]

    with django_capture_on_commit_callbacks(execute=True):
        event.unpublish()

    assert find(SessionDocument, "night") == []


def test_a_member_leaves_the_index_when_deactivated(
    member_factory, find, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        person = member_factory(display_name="Camille Vernissage", profile_visibility="members")
    hits = find(MemberDocument, "camille")
    assert [(hit.meta.id, hit.visibility) for hit in hits] == [(str(person.pk), "members")]

    with django_capture_on_commit_callbacks(execute=True):
        person.is_active = False
        person.save()

    assert find(MemberDocument, "camille") == []


def test_autosync_stays_on_without_an_engine_and_only_the_switch_turns_it_off(settings):
    # The database backend's copy follows every change, engine or not.
    settings.SEARCH_URL = ""
    assert autosync_enabled()

    settings.SEARCH_AUTOSYNC = False
    assert not autosync_enabled()


def test_signing_in_does_not_queue_any_indexing(client, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        assert client.login(email=member.email, password=PASSWORD)

    assert callbacks == []


def test_a_case_study_made_private_leaves_the_index_and_returns_when_public_again(
    member, institution, home_page, find, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    with django_capture_on_commit_callbacks(execute=True):
        page = publish_case_study(author=member, institution=institution, title="Night owls")
    assert _ids(find(CaseStudyDocument, "night owls")) == [str(page.pk)]

    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    assert find(CaseStudyDocument, "night owls") == []

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert _ids(find(CaseStudyDocument, "night owls")) == [str(page.pk)]


def test_threads_leave_the_index_when_their_category_becomes_moderators_only(
    trusted_member, thread_factory, find, django_capture_on_commit_callbacks
):
    from forums.models import Category

    with django_capture_on_commit_callbacks(execute=True):
        thread = thread_factory(trusted_member, title="Paid reach", body="Is it worth it?")
    assert _ids(find(ThreadDocument, "paid reach")) == [str(thread.pk)]

    category = thread.category
    with django_capture_on_commit_callbacks(execute=True):
        category.access = Category.Access.MODERATORS
        category.save()

    assert find(ThreadDocument, "paid reach") == []


def test_highlight_marker_characters_written_by_a_member_are_not_stored(db):
    document = ThreadDocument(title="Odd \ue000title", body="a \ue001 b")

    assert document.source()["title"] == "Odd title"
    assert document.source()["body"] == "a  b"
