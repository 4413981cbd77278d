"""The moderation log: every action, for moderators only, paginated and filtered by action."""

from __future__ import annotations

import pytest
from django.urls import reverse

from forums.models import ModerationLogEntry, Post, Thread
from network.roles import Role

Action = ModerationLogEntry.Action


@pytest.fixture
def logged_thread(trusted_member, thread_factory, moderator, client):
    """A thread a moderator locked, pinned and put in slow mode, through the site."""
    thread = thread_factory(trusted_member, title="Ticket prices debate")
    client.force_login(moderator)
    client.post(reverse("forums:mod_lock", kwargs={"pk": thread.pk}), {"reason": "Cooling off"})
    client.post(reverse("forums:mod_pin", kwargs={"pk": thread.pk}))
    client.post(reverse("forums:mod_slow_mode", kwargs={"pk": thread.pk}), {"seconds": 60})
    return thread


def test_the_log_lists_each_action_with_its_moderator_and_reason(client, logged_thread):
    page = client.get(reverse("forums:moderation_log")).content.decode()

    assert page.count("Ticket prices debate") >= 3
    assert "Forum Moderator" in page
    assert "Cooling off" in page
    for label in ("Locked", "Pinned", "Set slow mode"):
        assert label in page


def test_the_log_can_show_one_kind_of_action(client, logged_thread):
    response = client.get(reverse("forums:moderation_log"), {"action": Action.PIN})

    entries = list(response.context["page"].object_list)
    assert [entry.action for entry in entries] == [Action.PIN]


def test_an_unknown_action_filter_shows_the_whole_log(client, logged_thread):
    response = client.get(reverse("forums:moderation_log"), {"action": "explode"})

    assert response.status_code == 200
    assert len(response.context["page"].object_list) == 3


def test_the_log_is_paginated(client, moderator, logged_thread):
    ModerationLogEntry.objects.bulk_create(
        ModerationLogEntry(moderator=moderator, action=Action.PIN, thread=logged_thread)
        for _ in range(60)
    )

    first = client.get(reverse("forums:moderation_log"))
    second = client.get(reverse("forums:moderation_log"), {"page": 2, "action": Action.PIN})

    assert len(first.context["page"].object_list) == 50
    assert 'rel="next"' in first.content.decode()
    assert len(second.context["page"].object_list) == 11
    assert "action=pin" in second.content.decode()


def test_the_log_keeps_the_text_of_deleted_posts_and_marks_automatic_hiding(
    client, moderator, trusted_member, thread_factory, reply_factory
):
    client.force_login(moderator)
    thread = thread_factory(trusted_member)
    spam = reply_factory(thread, trusted_member, "Buy cheap tickets at example.biz")
    client.post(
        reverse("forums:mod_delete", kwargs={"pk": spam.pk}), {"reason": "Spam", "confirm": "on"}
    )
    ModerationLogEntry.objects.create(action=Action.AUTO_HIDE, thread=thread)

    page = client.get(reverse("forums:moderation_log")).content.decode()

    assert "Buy cheap tickets at example.biz" in page
    assert "Automatic, after flags" in page


def test_the_log_names_a_deleted_thread(client, moderator, trusted_member, thread_factory):
    client.force_login(moderator)
    thread = thread_factory(trusted_member, title="Advert disguised as a question")
    client.post(
        reverse("forums:mod_delete", kwargs={"pk": thread.posts.get().pk}),
        {"reason": "Advert", "confirm": "on"},
    )

    page = client.get(reverse("forums:moderation_log")).content.decode()

    assert not Thread.objects.filter(pk=thread.pk).exists()
    assert "Advert disguised as a question" in page
    assert not Post.objects.filter(thread_id=thread.pk).exists()


@pytest.mark.parametrize("role", [Role.MEMBER, Role.ORGANISER, Role.EDITOR])
def test_only_moderators_read_the_log(client, members_by_role, logged_thread, role):
    client.force_login(members_by_role[role])

    assert client.get(reverse("forums:moderation_log")).status_code == 403
