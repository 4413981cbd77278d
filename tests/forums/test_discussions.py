"""The "Discuss" thread of case studies, slide decks and event sessions."""

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from casestudies.models import EventSession, SlideDeck
from forums.discussions import discussion_for
from forums.models import Category, Subscription, Suspension, Thread
from tests.casestudies.builders import publish_case_study, publish_event

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_structure(home_page):
    return home_page


@pytest.fixture
def case_study(member_factory, institution):
    return publish_case_study(
        author=member_factory(display_name="Case Author"),
        institution=institution,
        title="Live-tweeting our opening night",
    )


@pytest.fixture
def deck(member_factory):
    return SlideDeck.objects.create(
        title="Instagram reels that worked",
        slug="reels",
        owner=member_factory(display_name="Deck Owner"),
        language="fr",
        original="decks/originals/reels.pdf",
        status=SlideDeck.Status.READY,
    )


@pytest.fixture
def session(member_factory):
    organiser = member_factory()
    event = publish_event(owner=organiser)
    talk = EventSession.objects.create(
        event=event,
        title="Community management at night",
        starts_at=event.starts_at,
        ends_at=event.starts_at + dt.timedelta(hours=1),
        abstract="Who answers when the museum sleeps?",
    )
    talk.speakers.add(member_factory(display_name="Night Speaker"))
    return talk


def discuss_url(kind, obj):
    return reverse("forums:discuss", args=[kind, obj.pk])


def test_content_without_a_discussion_shows_its_summary_and_a_form(
    client, trusted_member, case_study
):
    client.force_login(trusted_member)

    page = client.get(discuss_url("casestudy", case_study)).content.decode()

    assert "Live-tweeting our opening night" in page
    assert "How a two-person team covered a vernissage" in page
    assert f'href="{case_study.url}"' in page
    assert 'id="reply-form"' in page
    assert not Thread.objects.filter(subject_id=case_study.pk).exists()


def test_the_first_message_starts_the_discussion_watched_by_the_authors(
    client, trusted_member, case_study
):
    client.force_login(trusted_member)

    response = client.post(discuss_url("casestudy", case_study), {"body": "Which tool?"})

    thread = Thread.objects.get(subject_id=case_study.pk)
    author = case_study.authors.get()
    assert response["Location"] == thread.posts.get().get_absolute_url()
    assert thread.category == Category.objects.get(is_discussion_home=True)
    assert thread.title == "Discussion: Live-tweeting our opening night"
    assert thread.language == "en"
    assert Subscription.objects.get(member=author, thread=thread).level == "watch"
    assert author.notifications.filter(kind="forum_reply").count() == 1


def test_once_started_the_discuss_address_leads_to_the_thread_which_names_its_subject(
    client, trusted_member, case_study, reply_factory
):
    thread = discussion_for(case_study, by=trusted_member)
    reply_factory(thread, trusted_member, "First!")

    response = client.get(discuss_url("casestudy", case_study))
    page = client.get(thread.get_absolute_url()).content.decode()

    assert response["Location"] == thread.get_absolute_url()
    assert "What this thread discusses:" in page
    assert f'<a href="{case_study.url}">Live-tweeting our opening night</a>' in page


def test_visitors_are_invited_to_sign_in_and_cannot_post(client, case_study):
    page = client.get(discuss_url("casestudy", case_study)).content.decode()
    response = client.post(discuss_url("casestudy", case_study), {"body": "Anonymous words"})

    assert "to take part." in page
    assert reverse("account_login") in page
    assert response["Location"].startswith(reverse("account_login"))
    assert not Thread.objects.filter(subject_id=case_study.pk).exists()


def test_a_refused_first_message_creates_no_thread_and_keeps_the_text(
    client, trusted_member, case_study, moderator
):
    until = timezone.now() + dt.timedelta(days=1)
    Suspension.objects.create(
        member=trusted_member, reason="Cooling off", ends_at=until, created_by=moderator
    )
    client.force_login(trusted_member)

    response = client.post(discuss_url("casestudy", case_study), {"body": "Let me speak"})

    assert "Cooling off" in response.content.decode()
    assert "Let me speak" in response.content.decode()
    assert not Thread.objects.filter(subject_id=case_study.pk).exists()


def test_an_empty_first_message_is_refused_with_a_field_error(client, trusted_member, deck):
    client.force_login(trusted_member)

    response = client.post(discuss_url("deck", deck), {"body": ""})

    assert "Write a message before posting." in response.content.decode()
    assert not Thread.objects.filter(subject_id=deck.pk).exists()


def test_decks_and_sessions_have_discussions_too(client, trusted_member, deck, session):
    client.force_login(trusted_member)

    client.post(discuss_url("deck", deck), {"body": "Lovely slides"})
    client.post(discuss_url("session", session), {"body": "Great talk"})

    deck_thread = Thread.objects.get(subject_id=deck.pk, subject_type__model="slidedeck")
    session_thread = Thread.objects.get(subject_id=session.pk, subject_type__model="eventsession")
    session_page = client.get(session_thread.get_absolute_url()).content.decode()
    assert deck_thread.language == "fr"
    assert deck_thread.title.endswith("Instagram reels that worked")
    assert Subscription.objects.filter(thread=deck_thread, member=deck.owner).exists()
    assert Subscription.objects.filter(
        thread=session_thread, member=session.speakers.get()
    ).exists()
    assert f'href="{session.get_absolute_url()}"' in session_page
    assert "(Museums &amp; Social Media Days)" in session_page


def test_only_published_content_can_be_discussed(client, member, case_study, deck):
    deck.status = SlideDeck.Status.PROCESSING
    deck.save()
    case_study.unpublish()
    client.force_login(member)

    assert client.get(discuss_url("deck", deck)).status_code == 404
    assert client.get(discuss_url("casestudy", case_study)).status_code == 404
    assert client.get(reverse("forums:discuss", args=["poll", 1])).status_code == 404
    assert client.get(reverse("forums:discuss", args=["session", 999])).status_code == 404


def test_the_discussion_link_shows_how_many_replies_there_are(
    client, trusted_member, case_study, reply_factory
):
    template = Template("{% load discussions %}{% discussion_link subject %}")
    before = template.render(Context({"subject": case_study}))
    thread = discussion_for(case_study, by=trusted_member)
    for text in ("One", "Two", "Three"):
        reply_factory(thread, trusted_member, text)

    after = template.render(Context({"subject": case_study}))

    assert ">Discuss</a>" in before
    assert discuss_url("casestudy", case_study) in before
    assert "Discuss (3 replies)" in after


def test_a_discussion_whose_first_message_waits_still_offers_the_form(
    client, member, member_factory, case_study
):
    newcomer = member_factory()
    client.force_login(newcomer)
    client.post(discuss_url("casestudy", case_study), {"body": "Held for approval"})
    client.force_login(member)

    response = client.get(discuss_url("casestudy", case_study))
    client.post(discuss_url("casestudy", case_study), {"body": "Me too"})

    assert response.status_code == 200
    assert Thread.objects.get(subject_id=case_study.pk).posts.count() == 2


def test_the_same_object_always_gets_the_same_thread(trusted_member, member, case_study):
    first = discussion_for(case_study, by=trusted_member)
    second = discussion_for(case_study, by=member)

    assert first == second
    assert Thread.objects.filter(subject_id=case_study.pk).count() == 1


def test_a_list_of_discussion_links_is_counted_in_one_query(
    session, trusted_member, reply_factory, django_assert_num_queries
):
    quiet = EventSession.objects.create(
        event=session.event,
        title="Quiet talk",
        starts_at=session.starts_at,
        ends_at=session.ends_at,
    )
    reply_factory(discussion_for(session, by=trusted_member), trusted_member, "Loved it")
    template = Template(
        "{% load discussions %}{% discussion_counts sessions as counts %}"
        "{% for session in sessions %}{% discussion_link session counts %}{% endfor %}"
    )
    ContentType.objects.get_for_model(EventSession)  # cached for the life of the process

    with django_assert_num_queries(1):
        html = template.render(Context({"sessions": [session, quiet]}))

    assert "Discuss (1 reply)" in html
    assert f'href="{discuss_url("session", quiet)}">Discuss</a>' in html
