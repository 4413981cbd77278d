"""Only an event's organiser manages its sessions and live coverage, on the site and in admin."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from casestudies.models import EventSession, LiveCoveragePost
from network.roles import Role
from tests.casestudies.builders import publish_event

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def session(event):
    return EventSession.objects.create(
        event=event,
        title="Opening",
        starts_at=dt.datetime(2030, 3, 12, 9, 0, tzinfo=PARIS),
        ends_at=dt.datetime(2030, 3, 12, 9, 30, tzinfo=PARIS),
    )


def _session_form(**overrides):
    data = {
        "title": "Calming a heated thread",
        "date": "2030-03-12",
        "start": "10:30",
        "end": "11:15",
        "room": "Auditorium",
        "track": "Community",
        "speakers": "",
        "external_speakers": "Ada Moreau, Léa Tremblay",
        "abstract": "Four hundred angry comments in a week.",
        "video_url": "",
        "video_timecodes": "",
    }
    data.update(overrides)
    return data


def test_organiser_adds_a_session_with_times_in_the_events_time_zone(
    client, organiser, event, member_factory
):
    speaker = member_factory(email="nadia@museum.example")
    organiser.time_zone = "America/Montreal"
    organiser.save()
    client.force_login(organiser)

    response = client.post(
        reverse("casestudies:session_add", args=[event.pk]),
        _session_form(speakers="nadia@museum.example"),
    )

    session = event.sessions.get()
    assert response.status_code == 302
    assert response["Location"] == f"{event.url}#session-{session.pk}"
    assert session.starts_at == dt.datetime(2030, 3, 12, 10, 30, tzinfo=PARIS)
    assert session.ends_at == dt.datetime(2030, 3, 12, 11, 15, tzinfo=PARIS)
    assert list(session.speakers.all()) == [speaker]
    assert session.speaker_names() == [str(speaker), "Ada Moreau", "Léa Tremblay"]


def test_sessions_of_an_event_waiting_for_review_lead_back_to_its_draft(client, organiser, event):
    event.unpublish()
    client.force_login(organiser)

    response = client.post(reverse("casestudies:session_add", args=[event.pk]), _session_form())

    assert response["Location"] == f"/admin/pages/{event.pk}/view_draft/"
    assert client.get(response["Location"]).status_code == 200
    assert event.sessions.count() == 1


def test_an_unknown_speaker_address_is_refused_and_what_was_typed_is_kept(client, organiser, event):
    client.force_login(organiser)

    response = client.post(
        reverse("casestudies:session_add", args=[event.pk]),
        _session_form(speakers="nobody@museum.example", end="10:00"),
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "No member has the address nobody@museum.example." in html
    assert "The session must end after it starts." in html
    assert 'value="Calming a heated thread"' in html
    assert "Four hundred angry comments in a week." in html
    assert not EventSession.objects.exists()


def test_a_session_outside_the_events_days_is_refused(client, organiser, event):
    client.force_login(organiser)

    response = client.post(
        reverse("casestudies:session_add", args=[event.pk]), _session_form(date="2030-03-20")
    )

    assert "The event runs from 2030-03-12 to 2030-03-13." in response.content.decode()
    assert not EventSession.objects.exists()


def test_organiser_edits_a_session_from_a_form_showing_its_current_values(
    client, organiser, session, member_factory
):
    speaker = member_factory(email="nadia@museum.example")
    session.speakers.add(speaker)
    client.force_login(organiser)
    url = reverse("casestudies:session_edit", args=[session.pk])

    form = client.get(url).content.decode()
    response = client.post(url, _session_form(title="Welcome", date="2030-03-13", start="09:15"))

    assert 'value="Opening"' in form
    assert 'value="2030-03-12"' in form
    assert 'value="09:00"' in form
    assert 'value="nadia@museum.example"' in form
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.title == "Welcome"
    assert session.starts_at == dt.datetime(2030, 3, 13, 9, 15, tzinfo=PARIS)
    assert not session.speakers.exists()


def test_organiser_deletes_a_session_after_confirming(client, organiser, session):
    client.force_login(organiser)
    url = reverse("casestudies:session_delete", args=[session.pk])

    confirmation = client.get(url)
    response = client.post(url)

    assert "Delete “Opening”?" in confirmation.content.decode()
    assert response.status_code == 302
    assert not EventSession.objects.exists()


def test_another_organiser_cannot_touch_an_event_they_do_not_own(
    client, event, session, member_factory
):
    other = member_factory(role=Role.ORGANISER)
    post = LiveCoveragePost.objects.create(event=event, author=event.owner, body="Doors open")
    client.force_login(other)

    responses = [
        client.get(reverse("casestudies:session_add", args=[event.pk])),
        client.post(reverse("casestudies:session_add", args=[event.pk]), _session_form()),
        client.get(reverse("casestudies:session_edit", args=[session.pk])),
        client.post(reverse("casestudies:session_edit", args=[session.pk]), _session_form()),
        client.post(reverse("casestudies:session_delete", args=[session.pk])),
        client.get(reverse("casestudies:programme_import", args=[event.pk])),
        client.post(reverse("casestudies:live_post", args=[event.pk]), {"body": "Hijacked"}),
        client.post(reverse("casestudies:live_post_delete", args=[post.pk])),
    ]

    assert [response.status_code for response in responses] == [403] * 8
    assert list(EventSession.objects.values_list("title", flat=True)) == ["Opening"]
    assert list(LiveCoveragePost.objects.values_list("body", flat=True)) == ["Doors open"]


@pytest.mark.parametrize("role", [Role.MEMBER, Role.MODERATOR])
def test_members_without_the_event_get_403_and_visitors_are_sent_to_sign_in(
    client, event, session, members_by_role, role
):
    session_add = reverse("casestudies:session_add", args=[event.pk])
    live = reverse("casestudies:live_post", args=[event.pk])

    anonymous = [client.post(session_add, _session_form()), client.post(live, {"body": "Hi"})]
    client.force_login(members_by_role[role])
    member = [client.post(session_add, _session_form()), client.post(live, {"body": "Hi"})]

    assert all("/accounts/login/" in response["Location"] for response in anonymous)
    assert [response.status_code for response in member] == [403, 403]
    assert EventSession.objects.count() == 1
    assert not LiveCoveragePost.objects.exists()


def test_a_network_editor_manages_any_events_material(client, event, members_by_role):
    client.force_login(members_by_role[Role.EDITOR])

    response = client.post(reverse("casestudies:session_add", args=[event.pk]), _session_form())

    assert response.status_code == 302
    assert event.sessions.count() == 1


def test_in_wagtails_admin_an_organiser_opens_only_their_own_events(
    client, organiser, event, member_factory
):
    other = member_factory(role=Role.ORGANISER)
    edit_url = f"/admin/pages/{event.pk}/edit/"

    client.force_login(other)
    refused = client.get(edit_url)
    client.force_login(organiser)
    allowed = client.get(edit_url)

    assert refused.status_code != 200
    assert allowed.status_code == 200


def test_organiser_posts_live_updates_shown_newest_first(client, organiser, event, session):
    client.force_login(organiser)
    url = reverse("casestudies:live_post", args=[event.pk])

    client.post(url, {"body": "Doors are open, coffee is served."})
    response = client.post(url, {"body": "The keynote starts now.", "session": session.pk})

    assert response.status_code == 302
    assert response["Location"] == f"{event.url}#live"
    html = client.get(event.url).content.decode()
    live = html[html.index('id="live-heading"') :]
    assert live.index("The keynote starts now.") < live.index("Doors are open, coffee is served.")
    assert f'href="#session-{session.pk}">Opening</a>' in live
    assert LiveCoveragePost.objects.filter(author=organiser).count() == 2


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("   ", "Write something to post."),
        ("Too long. " * 51, "A live post has at most 500 characters; this one has 509."),
    ],
)
def test_an_empty_or_over_long_live_post_is_refused_and_the_text_is_kept(
    client, organiser, event, body, message
):
    client.force_login(organiser)

    response = client.post(reverse("casestudies:live_post", args=[event.pk]), {"body": body})

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert body.strip()[:40] in html
    assert not LiveCoveragePost.objects.exists()


def test_a_live_post_about_another_events_session_is_refused(
    client, organiser, event, member_factory
):
    elsewhere = publish_event(owner=member_factory(role=Role.ORGANISER), title="Another event")
    foreign = EventSession.objects.create(
        event=elsewhere, title="Theirs", starts_at=elsewhere.starts_at, ends_at=elsewhere.ends_at
    )
    client.force_login(organiser)

    response = client.post(
        reverse("casestudies:live_post", args=[event.pk]),
        {"body": "About their talk", "session": foreign.pk},
    )

    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    assert not LiveCoveragePost.objects.exists()


def test_live_posts_are_plain_text_with_links_made_safe(client, organiser, event):
    client.force_login(organiser)

    client.post(
        reverse("casestudies:live_post", args=[event.pk]),
        {"body": '<script>alert("x")</script> Slides: https://slides.example/keynote'},
    )
    client.logout()
    html = client.get(event.url).content.decode()

    assert '<script>alert("x")' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert (
        '<a href="https://slides.example/keynote" rel="nofollow">https://slides.example/keynote</a>'
        in html
    )


def test_organiser_deletes_a_live_post(client, organiser, event):
    post = LiveCoveragePost.objects.create(event=event, author=organiser, body="Typo in this one")
    client.force_login(organiser)

    page = client.get(event.url).content.decode()
    response = client.post(reverse("casestudies:live_post_delete", args=[post.pk]))

    assert reverse("casestudies:live_post_delete", args=[post.pk]) in page
    assert response.status_code == 302
    assert not LiveCoveragePost.objects.exists()
