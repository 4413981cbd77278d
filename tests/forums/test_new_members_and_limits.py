"""New members wait for approval and post with fewer links and mentions; everyone has a pace.

Replies go through the thread's reply form; approval through the moderators'
endpoint. The per-address limit is also checked on ``forums.posting.reply``,
which the reply form calls with the visitor's address.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.urls import reverse

from forums import policy
from forums.models import ModerationLogEntry, Post
from forums.posting import PostingRefused, reply
from network.models import Notification


@pytest.fixture
def thread(trusted_member, thread_factory):
    return thread_factory(trusted_member, title="Who answers comments at weekends?")


@pytest.fixture
def tight_limits(monkeypatch):
    """Small budgets so a test can spend them; ``policy.LIMITS`` is read at import."""

    def apply(**changes):
        monkeypatch.setattr(policy, "LIMITS", replace(policy.LIMITS, **changes))

    return apply


@pytest.fixture
def newcomer(member_factory):
    return member_factory(display_name="Newcomer")


def _reply(client, member, thread, body, address="192.0.2.10"):
    client.force_login(member)
    return client.post(
        reverse("forums:reply", kwargs={"pk": thread.pk}), {"body": body}, REMOTE_ADDR=address
    )


def _page(client, thread, member=None):
    if member is None:
        client.logout()
    else:
        client.force_login(member)
    return client.get(thread.get_absolute_url()).content.decode()


def test_a_new_members_first_reply_waits_and_only_its_author_sees_it(
    client, newcomer, member, thread
):
    response = _reply(client, newcomer, thread, "Hello, we rotate the weekend shifts.")

    held = Post.objects.get(author=newcomer)
    assert response.status_code == 302
    assert held.status == Post.Status.PENDING
    thread.refresh_from_db()
    assert thread.post_count == 1
    assert held.body in _page(client, thread, newcomer)
    assert held.body not in _page(client, thread, member)
    assert held.body not in _page(client, thread)


def test_a_moderator_approves_a_held_reply_which_then_counts_and_is_announced(
    client, newcomer, member, moderator, thread, trusted_member
):
    _reply(client, newcomer, thread, "Hello, we rotate the weekend shifts.")
    held = Post.objects.get(author=newcomer)
    client.force_login(moderator)
    queue = client.get(reverse("forums:moderation_queue")).content.decode()

    response = client.post(reverse("forums:mod_approve", kwargs={"pk": held.pk}), follow=True)

    assert reverse("forums:mod_approve", kwargs={"pk": held.pk}) in queue
    assert any("approved" in str(m) for m in response.context["messages"])
    held.refresh_from_db()
    thread.refresh_from_db()
    assert held.status == Post.Status.PUBLISHED
    assert thread.post_count == 2
    assert thread.last_post_at == held.created_at
    assert Notification.objects.filter(kind="forum_post_approved", recipient=newcomer).exists()
    assert Notification.objects.filter(kind="forum_reply", recipient=trusted_member).exists()
    assert ModerationLogEntry.objects.get().action == ModerationLogEntry.Action.APPROVE
    assert held.body in _page(client, thread, member)


def test_approving_a_post_twice_is_refused_without_counting_it_again(client, moderator, thread):
    opening = thread.posts.get()
    client.force_login(moderator)

    response = client.post(reverse("forums:mod_approve", kwargs={"pk": opening.pk}), follow=True)

    assert any("already published" in str(m) for m in response.context["messages"])
    thread.refresh_from_db()
    assert thread.post_count == 1
    assert not ModerationLogEntry.objects.exists()


def test_once_approved_a_new_members_next_replies_are_published_at_once(
    client, newcomer, moderator, thread
):
    _reply(client, newcomer, thread, "First")
    client.force_login(moderator)
    client.post(reverse("forums:mod_approve", kwargs={"pk": Post.objects.get(author=newcomer).pk}))

    _reply(client, newcomer, thread, "Second")

    assert Post.objects.get(body="Second").status == Post.Status.PUBLISHED


def test_new_members_can_include_few_links_until_trusted(client, newcomer, thread, trusted_member):
    links = " ".join(f"https://museum{n}.example" for n in range(3))

    refused = _reply(client, newcomer, thread, links)
    accepted = _reply(client, trusted_member, thread, links)

    assert refused.status_code == 200
    assert "at most 2 links" in refused.content.decode()
    assert links in refused.content.decode()
    assert not thread.posts.filter(author=newcomer).exists()
    assert accepted.status_code == 302


def test_new_members_can_mention_few_members_until_trusted(
    client, member_factory, newcomer, thread, trusted_member
):
    handles = [member_factory(display_name=f"Peer {n}").handle for n in range(4)]
    body = " ".join(f"@{handle}" for handle in handles)

    refused = _reply(client, newcomer, thread, body)
    accepted = _reply(client, trusted_member, thread, body)

    assert "at most 3 members" in refused.content.decode()
    assert not thread.posts.filter(author=newcomer).exists()
    assert accepted.status_code == 302


def test_a_member_replying_too_fast_is_asked_to_slow_down(
    client, tight_limits, thread, trusted_member
):
    tight_limits(posts_per_member=3)  # starting the thread spent the first
    for body in ("One", "Two"):
        assert _reply(client, trusted_member, thread, body).status_code == 302

    refused = _reply(client, trusted_member, thread, "Three")

    assert "very quickly" in refused.content.decode()
    assert not thread.posts.filter(body="Three").exists()


def test_many_members_replying_from_one_address_are_slowed_down(
    client, tight_limits, thread, member_factory
):
    tight_limits(posts_per_ip=2, held_posts=0)
    first, second, third = (member_factory(display_name=f"Visitor {n}") for n in range(3))
    _reply(client, first, thread, "One", address="203.0.113.7")
    _reply(client, second, thread, "Two", address="203.0.113.7")

    refused = _reply(client, third, thread, "Three", address="203.0.113.7")
    elsewhere = _reply(client, third, thread, "Three", address="198.51.100.2")

    assert "very quickly" in refused.content.decode()
    assert elsewhere.status_code == 302
    assert list(thread.posts.filter(body="Three").values_list("ip_address", flat=True)) == [
        "198.51.100.2"
    ]


def test_the_address_budget_is_kept_by_posting_itself_and_spares_moderators(
    tight_limits, thread, moderator, member_factory
):
    tight_limits(posts_per_ip=1, held_posts=0)
    first, second = (member_factory(display_name=f"Visitor {n}") for n in range(2))
    reply(thread, first, body="One", ip_address="203.0.113.7")

    with pytest.raises(PostingRefused, match="very quickly"):
        reply(thread, second, body="Two", ip_address="203.0.113.7")
    assert reply(thread, moderator, body="Moderators are not slowed", ip_address="203.0.113.7").pk
