"""Following things from their pages and from the profile page."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forums.models import Category
from network import follows
from network.models import Follow, Institution, Platform, Topic
from network.roles import Role
from tests.casestudies.builders import publish_event
from tests.factories import InstitutionFactory, MemberFactory

pytestmark = pytest.mark.django_db


def _toggle_url(kind: str, pk: int) -> str:
    return reverse("network:follow_toggle", kwargs={"kind": kind, "pk": pk})


@pytest.fixture
def category(db):
    return Category.objects.create(
        slug="community-management", name_en="Community management", name_fr="Animation"
    )


@pytest.fixture
def event(home_page, member_factory):
    return publish_event(owner=member_factory(role=Role.ORGANISER), title="Museum Days")


@pytest.fixture
def targets(member_factory, institution, category, event):
    """One followable thing of each kind, with the address of the page that shows it."""
    topic = Topic.objects.get(slug="live-coverage")
    platform = Platform.objects.get(slug="instagram")
    peer = member_factory(display_name="Camille Peer")
    profile = reverse("network:profile_edit")
    return {
        "topic": (topic, profile),
        "platform": (platform, profile),
        "institution": (institution, institution.get_absolute_url()),
        "member": (peer, peer.get_absolute_url()),
        "category": (category, category.get_absolute_url()),
        "event": (event, event.url),
    }


@pytest.mark.parametrize(
    "kind", ["topic", "platform", "institution", "member", "category", "event"]
)
def test_a_member_follows_and_unfollows_each_kind_of_thing(client, member, targets, kind):
    target, page = targets[kind]
    client.force_login(member)

    followed = client.post(_toggle_url(kind, target.pk))

    assert followed.status_code == 302
    assert followed["Location"] == page
    assert follows.is_following(member, target)
    assert list(follows.followers_of(target)) == [member]

    unfollowed = client.post(_toggle_url(kind, target.pk))

    assert unfollowed["Location"] == page
    assert not follows.is_following(member, target)


@pytest.mark.parametrize("kind", ["institution", "member", "category", "event"])
def test_each_page_offers_to_follow_what_it_shows(client, member, targets, kind):
    target, page = targets[kind]
    client.force_login(member)

    html = client.get(page).content.decode()

    assert f'action="{_toggle_url(kind, target.pk)}"' in html
    assert 'aria-pressed="false"' in html


def test_following_says_so_and_the_button_then_offers_to_unfollow(client, member, institution):
    client.force_login(member)
    before = client.get(institution.get_absolute_url()).content.decode()

    response = client.post(_toggle_url("institution", institution.pk), follow=True)
    page = response.content.decode()

    assert 'aria-pressed="false"' in before
    assert f"You follow {institution.name}." in page
    assert 'aria-pressed="true"' in page
    assert "Following — unfollow" in page

    response = client.post(_toggle_url("institution", institution.pk), follow=True)

    assert f"You no longer follow {institution.name}." in response.content.decode()


def test_following_twice_keeps_a_single_follow(member, institution):
    first = follows.follow(member, institution)
    second = follows.follow(member, institution)

    assert first == second
    assert Follow.objects.filter(member=member).count() == 1


def test_a_member_cannot_follow_themselves(client, member):
    client.force_login(member)

    response = client.post(_toggle_url("member", member.pk))

    assert response.status_code == 404
    assert not Follow.objects.exists()
    with pytest.raises(follows.FollowError):
        follows.follow(member, member)


def test_a_members_own_profile_has_no_follow_button(client, member):
    client.force_login(member)

    page = client.get(member.get_absolute_url()).content.decode()

    assert _toggle_url("member", member.pk) not in page


def test_a_moderators_only_category_cannot_be_followed_by_members(client, member):
    moderators_room = Category.objects.get(slug="moderators-room")
    client.force_login(member)

    response = client.post(_toggle_url("category", moderators_room.pk))

    assert response.status_code == 404
    assert not follows.is_following(member, moderators_room)


def test_a_moderator_can_follow_the_moderators_room(client, member_factory):
    moderator = member_factory(role=Role.MODERATOR)
    moderators_room = Category.objects.get(slug="moderators-room")
    client.force_login(moderator)

    client.post(_toggle_url("category", moderators_room.pk))

    assert follows.is_following(moderator, moderators_room)


def test_a_category_closed_after_following_no_longer_counts_as_followed(member, category):
    follows.follow(member, category)
    category.access = Category.Access.MODERATORS
    category.save()

    assert list(follows.followed(member, Category)) == []
    assert follows.unfollow(member, category)


def test_an_unpublished_event_cannot_be_followed(client, member, event):
    event.unpublish()
    client.force_login(member)

    response = client.post(_toggle_url("event", event.pk))

    assert response.status_code == 404
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    ("kind", "pk"), [("case-study", 1), ("page", 1), ("institution", 999_999), ("topic", 0)]
)
def test_unknown_kinds_and_rows_are_not_found(client, member, kind, pk):
    client.force_login(member)

    assert client.post(_toggle_url(kind, pk)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, institution):
    response = client.post(_toggle_url("institution", institution.pk))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not Follow.objects.exists()


def test_anonymous_visitors_see_a_sign_in_link_instead_of_the_button(client, institution):
    page = client.get(institution.get_absolute_url()).content.decode()

    assert "Sign in to follow" in page
    assert _toggle_url("institution", institution.pk) not in page


def test_following_is_only_done_by_post(client, member, institution):
    client.force_login(member)

    assert client.get(_toggle_url("institution", institution.pk)).status_code == 405
    assert not Follow.objects.exists()


def test_following_needs_the_csrf_token(member, institution):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    refused = client.post(_toggle_url("institution", institution.pk))

    assert refused.status_code == 403
    assert not Follow.objects.exists()

    page = client.get(institution.get_absolute_url())
    token = page.cookies["csrftoken"].value
    accepted = client.post(
        _toggle_url("institution", institution.pk), {"csrfmiddlewaretoken": token}
    )

    assert accepted.status_code == 302
    assert follows.is_following(member, institution)


def test_the_member_goes_back_to_a_safe_next_address(client, member, institution):
    client.force_login(member)
    directory = reverse("network:institution_directory") + "?country=FR"

    response = client.post(_toggle_url("institution", institution.pk), {"next": directory})

    assert response["Location"] == directory


@pytest.mark.parametrize(
    "unsafe", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "\\\\evil"]
)
def test_an_unsafe_next_address_is_ignored(client, member, institution, unsafe):
    client.force_login(member)

    response = client.post(_toggle_url("institution", institution.pk), {"next": unsafe})

    assert response["Location"] == institution.get_absolute_url()


def test_the_profile_page_sets_the_followed_topics_and_platforms_at_once(client, member):
    live_coverage = Topic.objects.get(slug="live-coverage")
    instagram = Platform.objects.get(slug="instagram")
    moderation = Topic.objects.get(slug="moderation")
    follows.follow(member, moderation)
    client.force_login(member)

    response = client.post(
        reverse("network:follow_topics"),
        {"topics": [live_coverage.pk], "platforms": [instagram.pk]},
        follow=True,
    )
    page = response.content.decode()

    assert list(follows.followed(member, Topic)) == [live_coverage]
    assert list(follows.followed(member, Platform)) == [instagram]
    assert "The topics and platforms you follow are saved." in page
    assert f'name="topics" value="{live_coverage.pk}" id="follows_topics_' in page
    checked_topic = page.split(f'name="topics" value="{live_coverage.pk}"')[1].split(">")[0]
    unchecked_topic = page.split(f'name="topics" value="{moderation.pk}"')[1].split(">")[0]
    assert "checked" in checked_topic
    assert "checked" not in unchecked_topic


def test_saving_the_same_topics_twice_changes_nothing(client, member):
    live_coverage = Topic.objects.get(slug="live-coverage")
    client.force_login(member)

    for _ in range(2):
        client.post(reverse("network:follow_topics"), {"topics": [live_coverage.pk]})

    assert Follow.objects.filter(member=member).count() == 1


def test_unknown_topics_change_nothing_and_say_so(client, member):
    live_coverage = Topic.objects.get(slug="live-coverage")
    follows.follow(member, live_coverage)
    client.force_login(member)

    response = client.post(reverse("network:follow_topics"), {"topics": ["999999"]}, follow=True)

    assert response.status_code == 200
    assert "Nothing was changed." in response.content.decode()
    assert list(follows.followed(member, Topic)) == [live_coverage]


def test_the_profile_page_lists_what_the_member_follows_with_unfollow_buttons(
    client, member, institution, category
):
    follows.follow(member, institution)
    follows.follow(member, category)
    client.force_login(member)

    page = client.get(reverse("network:profile_edit")).content.decode()

    assert "What I follow" in page
    assert f'<a href="{institution.get_absolute_url()}">{institution.name}</a>' in page
    assert _toggle_url("category", category.pk) in page
    assert page.count('aria-pressed="true"') == 2


def _queries_for(client, url: str) -> int:
    client.get(url)  # warms the caches every page shares
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_follow_button_costs_the_same_however_much_the_member_follows(
    client, member, member_factory, institution, django_assert_max_num_queries
):
    peer = member_factory()
    client.force_login(member)
    follows.follow(member, institution)
    institution_page = _queries_for(client, institution.get_absolute_url())
    member_page = _queries_for(client, peer.get_absolute_url())

    for _ in range(15):
        follows.follow(member, InstitutionFactory())
        follows.follow(member, MemberFactory())

    assert _queries_for(client, institution.get_absolute_url()) == institution_page
    assert _queries_for(client, peer.get_absolute_url()) == member_page
    # Each page's queries before follows existed (17 and 14 for a signed-in member),
    # plus the one query that reads everything the viewer follows.
    with django_assert_max_num_queries(18):
        client.get(institution.get_absolute_url())
    with django_assert_max_num_queries(15):
        client.get(peer.get_absolute_url())
    assert Institution.objects.count() == 16
