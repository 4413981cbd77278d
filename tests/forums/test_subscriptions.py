"""Following threads and categories, and who is told of a new reply."""

import pytest
from django.urls import reverse

from forums.models import Subscription

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(trusted_member, thread_factory):
    return thread_factory(trusted_member, title="Moderating comments")


def subscribe(client, level, **target):
    return client.post(reverse("forums:subscribe"), {"level": level, **target})


def reply_over_http(client, author, thread, django_capture_on_commit_callbacks):
    """A moderator replies here: published at once, whatever the rate limits."""
    client.force_login(author)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("forums:reply", args=[thread.pk]), {"body": "New idea"})
    assert response.status_code == 302


def replies_told(member):
    return member.notifications.filter(kind="forum_reply").count()


def test_a_member_watching_a_thread_is_told_of_replies(
    client, member, thread, moderator, django_capture_on_commit_callbacks, mailoutbox
):
    client.force_login(member)
    subscribe(client, "watch", thread=thread.pk)

    reply_over_http(client, moderator, thread, django_capture_on_commit_callbacks)

    assert replies_told(member) == 1
    assert [member.email] in [mail.to for mail in mailoutbox]


def test_a_member_who_muted_a_thread_is_not_told(
    client, trusted_member, thread, moderator, django_capture_on_commit_callbacks
):
    client.force_login(trusted_member)  # the author watches their thread from the start
    subscribe(client, "mute", thread=thread.pk)

    reply_over_http(client, moderator, thread, django_capture_on_commit_callbacks)

    assert replies_told(trusted_member) == 0


def test_a_category_watcher_is_told_unless_they_muted_the_thread(
    client, member, member_factory, thread, category, moderator, django_capture_on_commit_callbacks
):
    muting = member_factory()
    for person in (member, muting):
        client.force_login(person)
        subscribe(client, "watch", category=category.pk)
    subscribe(client, "mute", thread=thread.pk)

    reply_over_http(client, moderator, thread, django_capture_on_commit_callbacks)

    assert replies_told(member) == 1
    assert replies_told(muting) == 0


def test_the_pages_show_the_current_level(client, member, thread, category):
    client.force_login(member)
    subscribe(client, "watch", category=category.pk)
    subscribe(client, "mute", thread=thread.pk)

    thread_page = client.get(thread.get_absolute_url()).content.decode()
    category_page = client.get(category.get_absolute_url()).content.decode()

    assert 'value="mute" checked' in thread_page
    assert 'value="watch" checked' in category_page


def test_changing_the_level_updates_the_one_subscription(client, member, thread):
    client.force_login(member)

    subscribe(client, "watch", thread=thread.pk)
    response = subscribe(client, "normal", thread=thread.pk)

    assert response["Location"] == thread.get_absolute_url()
    assert Subscription.objects.get(member=member, thread=thread).level == "normal"


def test_members_cannot_follow_what_they_cannot_read(
    client, member, moderators_room, thread_factory, moderator
):
    secret = thread_factory(moderator, in_category=moderators_room)
    client.force_login(member)

    by_category = subscribe(client, "watch", category=moderators_room.pk)
    by_thread = subscribe(client, "watch", thread=secret.pk)

    assert by_category.status_code == by_thread.status_code == 404
    assert not Subscription.objects.filter(member=member).exists()


def test_a_malformed_subscription_is_refused_with_a_message(client, member, thread):
    client.force_login(member)

    response = subscribe(client, "shout", thread=thread.pk)

    assert response.status_code == 302
    assert not Subscription.objects.filter(member=member).exists()
