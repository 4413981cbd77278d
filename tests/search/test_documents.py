import datetime as dt

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone

from casestudies.models import EventSession, Slide, SlideDeck
from forums.models import Post
from search.analysis import load_synonyms
from search.documents import (
    CaseStudyDocument,
    DeckPageDocument,
    InstitutionDocument,
    MemberDocument,
    SessionDocument,
    ThreadDocument,
)
from search.indexing import _write, ensure_index
from tests.casestudies.builders import publish_case_study, publish_event


def _institutions_named(*names):
    documents = []
    for number, name in enumerate(names, start=1):
        documents.append(
            InstitutionDocument(meta={"id": str(number)}, type="institution", title=name, body=name)
        )
    ensure_index(InstitutionDocument)
    _write(InstitutionDocument, documents)


def _titles(hits):
    return sorted(hit.title for hit in hits)


@pytest.mark.opensearch
def test_french_text_folds_accents_and_case_and_stems_plurals(db, find):
    _institutions_named("Les Musées de Lyon", "Bibliothèque municipale")

    assert _titles(find(InstitutionDocument, "musee")) == ["Les Musées de Lyon"]
    assert _titles(find(InstitutionDocument, "MUSÉE")) == ["Les Musées de Lyon"]
    assert _titles(find(InstitutionDocument, "bibliotheques")) == ["Bibliothèque municipale"]


@pytest.mark.opensearch
def test_english_text_stems_so_museums_finds_museum(db, find):
    _institutions_named("Museum of the Moving Image")

    assert _titles(find(InstitutionDocument, "museums")) == ["Museum of the Moving Image"]


@pytest.mark.opensearch
def test_synonyms_make_cm_find_community_manager_and_rs_find_reseaux_sociaux(db, find):
    _institutions_named(
        "Our community manager answers at night",
        "Les réseaux sociaux du musée",
        "Gestionnaire de communauté recherché",
        "Catalogue raisonné",
    )

    assert _titles(find(InstitutionDocument, "CM")) == [
        "Gestionnaire de communauté recherché",
        "Our community manager answers at night",
    ]
    assert _titles(find(InstitutionDocument, "RS")) == ["Les réseaux sociaux du musée"]
    assert _titles(find(InstitutionDocument, "social media")) == ["Les réseaux sociaux du musée"]


@pytest.mark.opensearch
def test_plural_forms_of_a_synonym_still_find_its_equivalents(db, find):
    _institutions_named("Our community manager answers at night", "Catalogue raisonné")

    assert _titles(find(InstitutionDocument, "gestionnaires de communautés")) == [
        "Our community manager answers at night"
    ]


def test_the_synonyms_file_ignores_comments_and_blank_lines():
    rules = load_synonyms()

    assert "cm, community manager, gestionnaire de communauté, community management" in rules
    assert not [rule for rule in rules if rule.startswith("#") or not rule.strip()]


def test_a_published_case_study_is_indexable_with_its_facets(member, institution, home_page):
    page = publish_case_study(author=member, institution=institution, title="Night tweets")

    document = CaseStudyDocument.from_object(page)

    assert document.title == "Night tweets"
    assert document.type == "case_study"
    assert document.countries == [institution.country.code]
    assert document.year == 2024
    assert document.url == page.url


def test_an_unpublished_case_study_is_not_indexable(member, institution, home_page):
    page = publish_case_study(author=member, institution=institution)
    page.unpublish()
    page.refresh_from_db()

    assert CaseStudyDocument.from_object(page) is None


def test_a_ready_deck_is_one_document_and_each_page_with_text_another(member, member_factory):
    speaker = member_factory()
    deck = SlideDeck.objects.create(
        title="Reels that worked",
        slug="reels",
        owner=member,
        language="fr",
        description="What short videos did for us.",
        status=SlideDeck.Status.READY,
    )
    deck.speakers.set([speaker])
    for number, text in enumerate(["Welcome\nto our talk", "  ", "Budget"], start=1):
        Slide.objects.create(deck=deck, number=number, text=text, thumbnail="t.png")

    documents = DeckPageDocument.documents_for(deck)

    assert [
        (document.meta.id, document.type, document.title, document.page_number, document.url)
        for document in documents
    ] == [
        (f"{deck.pk}-0", "deck", "Reels that worked", None, deck.get_absolute_url()),
        (f"{deck.pk}-1", "slide", "Welcome", 1, deck.slide_url(1)),
        (f"{deck.pk}-3", "slide", "Budget", 3, deck.slide_url(3)),
    ]
    assert documents[0].body == "What short videos did for us."
    assert documents[1].body == "Welcome\nto our talk"
    assert {document.object_id for document in documents} == {str(deck.pk)}
    assert {document.deck_title for document in documents} == {"Reels that worked"}
    assert {tuple(document.authors) for document in documents} == {
        tuple(sorted([member.pk, speaker.pk]))
    }


def test_a_case_study_names_its_authors_and_its_institutions_sizes(member, institution, home_page):
    page = publish_case_study(author=member, institution=institution)

    document = CaseStudyDocument.from_object(page)

    assert document.object_id == str(page.pk)
    assert list(document.authors) == [member.pk]
    assert list(document.institution_sizes) == [institution.size_band]
    assert list(document.institution_kinds) == [institution.kind]


def test_a_deck_that_failed_or_is_processing_contributes_no_page(member):
    for status in (SlideDeck.Status.FAILED, SlideDeck.Status.PROCESSING):
        deck = SlideDeck.objects.create(
            title="Broken", slug=f"broken-{status}", owner=member, language="fr", status=status
        )

        assert DeckPageDocument.documents_for(deck) == []


def test_sessions_of_an_unpublished_event_are_not_indexable(member_factory, home_page):
    event = publish_event(owner=member_factory())
    session = EventSession.objects.create(
        event=event,
        title="Community management at night",
        starts_at=event.starts_at,
        ends_at=event.starts_at + dt.timedelta(hours=1),
    )
    assert SessionDocument.from_object(session).event == event.title

    event.unpublish()
    session.refresh_from_db()

    assert SessionDocument.from_object(session) is None
    assert SessionDocument.from_event(session.event) is None


def test_a_hidden_thread_or_one_without_visible_posts_is_not_indexable(
    trusted_member, thread_factory
):
    thread = thread_factory(trusted_member)
    assert ThreadDocument.from_object(thread).title == thread.title

    Post.objects.filter(thread=thread).update(status=Post.Status.PENDING)
    assert ThreadDocument.from_object(thread) is None

    Post.objects.filter(thread=thread).update(status=Post.Status.PUBLISHED)
    thread.is_hidden = True
    assert ThreadDocument.from_object(thread) is None


def test_the_accepted_answer_is_kept_apart_only_while_it_is_visible(
    trusted_member, thread_factory, reply_factory
):
    thread = thread_factory(trusted_member)
    answer = reply_factory(thread, trusted_member, body="Answer at dawn, never at night.")
    thread.accepted_post = answer
    thread.save()
    assert ThreadDocument.from_object(thread).accepted_answer == answer.body

    answer.is_hidden = True
    answer.save()

    document = ThreadDocument.from_object(thread)
    assert not document.accepted_answer
    assert answer.body not in document.body


def test_inactive_or_unverified_members_are_not_indexable(member_factory):
    inactive = member_factory(is_active=False)
    unverified = member_factory()
    EmailAddress.objects.filter(user=unverified).update(verified=False)

    assert MemberDocument.from_object(inactive) is None
    assert MemberDocument.from_object(unverified) is None


def test_a_members_only_profile_is_indexed_with_its_visibility(member_factory):
    private = member_factory(profile_visibility="members", bio="I run our Instagram.")

    document = MemberDocument.from_object(private)

    assert document.visibility == "members"
    assert "Instagram" in document.body
    assert "@" not in str(document.to_dict())
    assert document.date <= timezone.now()
