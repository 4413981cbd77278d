"""Members flag posts once each; enough trusted flaggers hide a post until a moderator looks."""

from __future__ import annotations

import pytest
from django.urls import reverse

from forums.models import Flag, ModerationLogEntry, Post, Thread
from network.models import Notification


@pytest.fixture
def trusted_factory(member_factory, category):
    def make(name):
        person = member_factory(display_name=name)
        warmup = Thread.objects.create(category=category, title="Warm-up", author=person)
        for n in range(3):
            Post.objects.create(thread=warmup, author=person, body=f"Post {n}", body_html="")
        return person

    return make


@pytest.fixture
def troll_post(trusted_factory, thread_factory, reply_factory):
    thread = thread_factory(trusted_factory("Opener"), title="Weekend programme")
    return reply_factory(thread, trusted_factory("Troll"), "Your museum is a waste of money.")


def _flag(client, member, post, reason="abuse", **extra):
    client.force_login(member)
    return client.post(
        reverse("forums:flag", kwargs={"pk": post.pk}),
        {"reason": reason, "next": post.get_absolute_url(), **extra},
        follow=True,
    )


def _messages(response):
    return [str(message) for message in response.context["messages"]]


def test_a_member_flags_a_post_and_the_moderators_are_told_in_the_site_only(
    client, member, moderator, troll_post, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _flag(client, member, troll_post, details="Second time this week")

    flag = Flag.objects.get()
    assert (flag.member, flag.reason, flag.details) == (member, "abuse", "Second time this week")
    assert "Thank you" in _messages(response)[0]
    notice = Notification.objects.get(kind="forum_flagged")
    assert notice.recipient == moderator
    assert notice.url == troll_post.get_absolute_url()
    assert mailoutbox == []


def test_a_member_can_flag_a_post_only_once(client, member, troll_post):
    _flag(client, member, troll_post)

    second = _flag(client, member, troll_post, reason="spam")

    assert second.status_code == 200
    assert "already flagged" in _messages(second)[0]
    assert Flag.objects.get().reason == "abuse"


def test_the_thread_page_says_a_post_is_already_flagged(client, member, troll_post):
    _flag(client, member, troll_post)

    page = client.get(troll_post.thread.get_absolute_url()).content.decode()

    assert "You flagged this post" in page


def test_a_member_cannot_flag_their_own_post(client, troll_post):
    response = _flag(client, troll_post.author, troll_post)

    assert "your own post" in _messages(response)[0]
    assert not Flag.objects.exists()


def test_a_flag_needs_one_of_the_offered_reasons(client, member, troll_post):
    response = _flag(client, member, troll_post, reason="because")

    assert "Choose why" in _messages(response)[0]
    assert not Flag.objects.exists()


def test_visitors_must_sign_in_to_flag(client, troll_post):
    response = client.post(reverse("forums:flag", kwargs={"pk": troll_post.pk}), {"reason": "spam"})

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    assert not Flag.objects.exists()


def test_a_post_the_member_cannot_see_cannot_be_flagged(client, member, troll_post):
    Post.objects.filter(pk=troll_post.pk).update(is_hidden=True)
    client.force_login(member)

    response = client.post(reverse("forums:flag", kwargs={"pk": troll_post.pk}), {"reason": "spam"})

    assert response.status_code == 404
    assert not Flag.objects.exists()


def test_a_post_in_the_moderators_room_cannot_be_flagged_by_members(
    client, member, moderator, thread_factory, moderators_room
):
    thread = thread_factory(moderator, title="About that troll", in_category=moderators_room)
    client.force_login(member)

    response = client.post(
        reverse("forums:flag", kwargs={"pk": thread.posts.get().pk}), {"reason": "spam"}
    )

    assert response.status_code == 404
    assert not Flag.objects.exists()


def test_three_trusted_members_flagging_a_post_hide_it_for_everyone_but_moderators(
    client, trusted_factory, member, moderator, troll_post
):
    for name in ("Ana", "Ben", "Chloé"):
        _flag(client, trusted_factory(name), troll_post)

    troll_post.refresh_from_db()
    assert troll_post.is_hidden and troll_post.hidden_by_flags
    assert troll_post.hidden_reason == "Hidden after several members flagged it"
    assert not Post.objects.visible_to(member).filter(pk=troll_post.pk).exists()
    assert Post.objects.visible_to(moderator).filter(pk=troll_post.pk).exists()
    entry = ModerationLogEntry.objects.get()
    assert entry.action == ModerationLogEntry.Action.AUTO_HIDE
    assert entry.moderator is None
    assert entry.post == troll_post
    client.force_login(member)
    assert troll_post.body not in client.get(troll_post.thread.get_absolute_url()).content.decode()
    client.force_login(moderator)
    assert troll_post.body in client.get(troll_post.thread.get_absolute_url()).content.decode()


def test_two_trusted_flags_are_not_enough_to_hide_a_post(client, trusted_factory, troll_post):
    for name in ("Ana", "Ben"):
        _flag(client, trusted_factory(name), troll_post)

    troll_post.refresh_from_db()
    assert not troll_post.is_hidden
    assert not ModerationLogEntry.objects.exists()


def test_flags_from_new_members_do_not_count_towards_hiding(
    client, trusted_factory, member_factory, troll_post
):
    for n in range(3):
        _flag(client, member_factory(display_name=f"Newcomer {n}"), troll_post)
    for name in ("Ana", "Ben"):
        _flag(client, trusted_factory(name), troll_post)

    troll_post.refresh_from_db()
    assert Flag.objects.count() == 5
    assert not troll_post.is_hidden


def test_the_same_member_flagging_twice_does_not_count_twice(client, trusted_factory, troll_post):
    ana, ben = trusted_factory("Ana"), trusted_factory("Ben")
    for flagger in (ana, ben, ana, ben):
        _flag(client, flagger, troll_post)

    troll_post.refresh_from_db()
    assert not troll_post.is_hidden


def test_dismissed_flags_no_longer_count_towards_hiding(
    client, trusted_factory, moderator, troll_post
):
    for name in ("Ana", "Ben"):
        _flag(client, trusted_factory(name), troll_post)
    client.force_login(moderator)
    client.post(reverse("forums:mod_dismiss_flags", kwargs={"pk": troll_post.pk}))

    _flag(client, trusted_factory("Chloé"), troll_post)

    troll_post.refresh_from_db()
    assert not troll_post.is_hidden


def test_the_moderation_queue_groups_flag_reasons_with_their_counts(
    client, trusted_factory, member, moderator, troll_post
):
    _flag(client, member, troll_post, reason="abuse")
    _flag(client, trusted_factory("Ana"), troll_post, reason="abuse")
    _flag(client, trusted_factory("Ben"), troll_post, reason="spam", details="Sells tickets")
    client.force_login(moderator)

    page = client.get(reverse("forums:moderation_queue")).content.decode()

    assert "Insulting or abusive: 2 flags" in page
    assert "Spam or advertising: 1 flag" in page
    assert "Sells tickets" in page
    assert reverse("forums:mod_dismiss_flags", kwargs={"pk": troll_post.pk}) in page
