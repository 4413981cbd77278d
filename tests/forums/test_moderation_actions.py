"""Each moderator action, end to end through the site, including the split into a debate."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forums import policy, posting
from forums.models import Category, Flag, ModerationLogEntry, Post, Suspension, Thread
from network.models import Notification

Action = ModerationLogEntry.Action


@pytest.fixture
def seasoned(member_factory, monkeypatch):
    """Members whose posts are published at once: approval has its own tests."""
    monkeypatch.setattr(policy, "LIMITS", replace(policy.LIMITS, held_posts=0))
    return lambda name: member_factory(display_name=name)


@pytest.fixture
def heated(seasoned, thread_factory, reply_factory):
    """A thread where two members drift into a heated side-debate."""
    opener, alice, bob = seasoned("Opener"), seasoned("Alice"), seasoned("Bob")
    thread = thread_factory(opener, title="Opening hours on social media")
    replies = [
        reply_factory(thread, alice, "We post them every Monday."),
        reply_factory(thread, bob, "Free entry days are a scam anyway."),
        reply_factory(thread, alice, "That is insulting to our teams."),
        reply_factory(thread, opener, "Back to opening hours, please."),
    ]
    thread.refresh_from_db()
    return {"thread": thread, "replies": replies, "opener": opener, "alice": alice, "bob": bob}


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def _messages(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


def test_moderator_can_split_heated_replies_into_a_debate_thread(
    moderator_client, moderator, heated, django_capture_on_commit_callbacks
):
    thread, (_first, jab, retort, back) = heated["thread"], heated["replies"]
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            reverse("forums:mod_split", kwargs={"pk": thread.pk}),
            {
                "posts": [jab.pk, retort.pk],
                "title": "Are free entry days worth it?",
                "reason": "Heated side-debate",
                "next": thread.get_absolute_url(),
            },
        )

    debate = Thread.objects.get(split_from=thread)
    assert response.status_code == 302
    assert response["Location"] == debate.get_absolute_url()
    assert debate.title == "Are free entry days worth it?"
    assert debate.category == thread.category
    assert list(debate.posts.values_list("pk", "author", "created_at")) == [
        (jab.pk, jab.author_id, jab.created_at),
        (retort.pk, retort.author_id, retort.created_at),
    ]
    assert debate.post_count == 2
    assert debate.last_post_at == retort.created_at
    thread.refresh_from_db()
    assert list(thread.debates.all()) == [debate]
    assert thread.post_count == 3
    assert thread.last_post_at == back.created_at
    entry = ModerationLogEntry.objects.get(action=Action.SPLIT)
    assert entry.moderator == moderator
    assert entry.thread == thread
    assert entry.reason == "Heated side-debate"
    assert entry.details["debate_id"] == debate.pk
    told = Notification.objects.filter(kind="forum_thread_split")
    assert {n.recipient for n in told} == {heated["alice"], heated["bob"]}
    assert all(n.url == debate.get_absolute_url() for n in told)

    original_page = moderator_client.get(thread.get_absolute_url()).content.decode()
    debate_page = moderator_client.get(debate.get_absolute_url()).content.decode()
    assert debate.title in original_page
    assert thread.title in debate_page


@pytest.mark.parametrize(
    ("selection", "title", "reason", "message"),
    [
        ([], "Debate", "Heated", "Select at least one reply"),
        (["first"], "Debate", "Heated", "The opening post stays in its thread"),
        (["first", "reply"], "Debate", "Heated", "The opening post stays in its thread"),
        (["elsewhere"], "Debate", "Heated", "Only replies from this thread can be moved"),
        (["reply"], "", "Heated", "Give the debate thread a title"),
        (["reply"], "Debate", "", "Give a reason"),
    ],
)
def test_a_split_that_makes_no_sense_is_refused_and_changes_nothing(
    moderator_client, heated, seasoned, thread_factory, selection, title, reason, message
):
    thread = heated["thread"]
    elsewhere = thread_factory(seasoned("Other"), title="Another thread")
    pick = {
        "first": thread.posts.first().pk,
        "reply": heated["replies"][1].pk,
        "elsewhere": elsewhere.posts.first().pk,
    }

    response = moderator_client.post(
        reverse("forums:mod_split", kwargs={"pk": thread.pk}),
        {"posts": [pick[key] for key in selection], "title": title, "reason": reason},
        follow=True,
    )

    assert any(message in text for text in _messages(response))
    assert not Thread.objects.filter(split_from=thread).exists()
    assert thread.posts.count() == 5
    assert not ModerationLogEntry.objects.exists()


def test_moderator_can_hide_a_post_and_its_author_is_told_why(moderator_client, heated, client):
    jab = heated["replies"][1]

    response = moderator_client.post(
        reverse("forums:mod_hide", kwargs={"pk": jab.pk}), {"reason": "Insults our peers"}
    )

    jab.refresh_from_db()
    assert response.status_code == 302
    assert jab.is_hidden and jab.hidden_reason == "Insults our peers"
    assert ModerationLogEntry.objects.get().action == Action.HIDE
    notice = Notification.objects.get(kind="forum_post_hidden", recipient=heated["bob"])
    assert notice.params["reason"] == "Insults our peers"
    assert not Post.objects.visible_to(heated["alice"]).filter(pk=jab.pk).exists()


def test_hiding_without_a_reason_is_refused(moderator_client, heated):
    jab = heated["replies"][1]

    response = moderator_client.post(
        reverse("forums:mod_hide", kwargs={"pk": jab.pk}), {"reason": "  "}, follow=True
    )

    jab.refresh_from_db()
    assert not jab.is_hidden
    assert any("Give a reason" in text for text in _messages(response))
    assert not ModerationLogEntry.objects.exists()


def test_unhiding_a_post_shows_it_again_and_closes_its_flags(moderator_client, moderator, heated):
    jab = heated["replies"][1]
    Post.objects.filter(pk=jab.pk).update(
        is_hidden=True, hidden_by_flags=True, hidden_reason="Flags"
    )
    Flag.objects.create(post=jab, member=heated["alice"], reason="abuse")

    moderator_client.post(reverse("forums:mod_unhide", kwargs={"pk": jab.pk}), {"reason": "Fine"})

    jab.refresh_from_db()
    assert not jab.is_hidden and not jab.hidden_by_flags and jab.hidden_reason == ""
    assert Flag.objects.get().resolved_by == moderator
    assert ModerationLogEntry.objects.get().action == Action.UNHIDE


def test_deleting_a_reply_keeps_its_text_in_the_log_and_updates_the_thread(
    moderator_client, heated
):
    thread, jab = heated["thread"], heated["replies"][1]

    response = moderator_client.post(
        reverse("forums:mod_delete", kwargs={"pk": jab.pk}),
        {"reason": "Spam", "confirm": "yes", "next": jab.get_absolute_url()},
    )

    assert response["Location"] == thread.get_absolute_url()
    assert not Post.objects.filter(pk=jab.pk).exists()
    thread.refresh_from_db()
    assert thread.post_count == 4
    entry = ModerationLogEntry.objects.get()
    assert entry.action == Action.DELETE
    assert entry.reason == "Spam"
    assert entry.details["body"] == "Free entry days are a scam anyway."
    assert entry.member == heated["bob"]


def test_deleting_the_opening_post_deletes_the_whole_thread(moderator_client, heated):
    thread = heated["thread"]

    response = moderator_client.post(
        reverse("forums:mod_delete", kwargs={"pk": thread.posts.first().pk}),
        {"reason": "Off-topic advert", "confirm": "yes"},
    )

    assert response["Location"] == thread.category.get_absolute_url()
    assert not Thread.objects.filter(pk=thread.pk).exists()
    entry = ModerationLogEntry.objects.get()
    assert entry.details["thread_deleted"] is True
    assert entry.details["thread_title"] == "Opening hours on social media"


def test_a_deletion_needs_a_reason_and_a_confirmation(moderator_client, heated):
    jab = heated["replies"][1]
    url = reverse("forums:mod_delete", kwargs={"pk": jab.pk})

    without_confirmation = moderator_client.post(url, {"reason": "Spam"}, follow=True)
    without_reason = moderator_client.post(url, {"confirm": "yes"}, follow=True)

    assert any("confirm" in text for text in _messages(without_confirmation))
    assert any("Give a reason" in text for text in _messages(without_reason))
    assert Post.objects.filter(pk=jab.pk).exists()


def test_a_locked_thread_takes_no_reply_until_it_is_unlocked(moderator_client, heated):
    thread, alice = heated["thread"], heated["alice"]

    moderator_client.post(reverse("forums:mod_lock", kwargs={"pk": thread.pk}), {"reason": "Cool"})
    thread.refresh_from_db()
    assert thread.is_locked
    with pytest.raises(posting.PostingRefused):
        posting.reply(thread, alice, body="One more thing")

    moderator_client.post(reverse("forums:mod_unlock", kwargs={"pk": thread.pk}))
    thread.refresh_from_db()
    assert not thread.is_locked
    assert posting.reply(thread, alice, body="One more thing").status == Post.Status.PUBLISHED
    assert list(ModerationLogEntry.objects.values_list("action", flat=True)) == [
        Action.UNLOCK,
        Action.LOCK,
    ]


def test_pinning_puts_a_thread_first_in_its_category(moderator_client, heated, thread_factory):
    thread = heated["thread"]
    thread_factory(heated["alice"], title="A newer thread")

    moderator_client.post(reverse("forums:mod_pin", kwargs={"pk": thread.pk}))
    assert Thread.objects.filter(category=thread.category).first() == thread

    moderator_client.post(reverse("forums:mod_unpin", kwargs={"pk": thread.pk}))
    thread.refresh_from_db()
    assert not thread.is_pinned
    assert ModerationLogEntry.objects.filter(action__in=[Action.PIN, Action.UNPIN]).count() == 2


def test_moderator_can_move_a_thread_to_another_category(moderator_client, heated):
    thread = heated["thread"]
    discussions = Category.objects.get(slug="discussions")

    form_page = moderator_client.get(reverse("forums:mod_move", kwargs={"pk": thread.pk}))
    response = moderator_client.post(
        reverse("forums:mod_move", kwargs={"pk": thread.pk}),
        {"category": discussions.pk, "reason": "Belongs there"},
    )

    assert form_page.status_code == 200
    assert discussions.name in form_page.content.decode()
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.category == discussions
    entry = ModerationLogEntry.objects.get()
    assert entry.details == {"from_category": "community-management", "to_category": "discussions"}


@pytest.mark.parametrize(
    ("choice", "message"),
    [("same", "already in this category"), ("999999", "does not exist"), ("", "Choose")],
)
def test_moving_to_the_same_or_an_unknown_category_is_refused(
    moderator_client, heated, choice, message
):
    thread = heated["thread"]
    value = thread.category_id if choice == "same" else choice

    response = moderator_client.post(
        reverse("forums:mod_move", kwargs={"pk": thread.pk}), {"category": value}
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    thread.refresh_from_db()
    assert thread.category.slug == "community-management"
    assert not ModerationLogEntry.objects.exists()


def test_slow_mode_makes_members_wait_between_posts(moderator_client, heated):
    thread, alice = heated["thread"], heated["alice"]

    moderator_client.post(
        reverse("forums:mod_slow_mode", kwargs={"pk": thread.pk}), {"seconds": 300}
    )

    thread.refresh_from_db()
    assert thread.slow_mode_seconds == 300
    with pytest.raises(posting.PostingRefused, match="Slow mode"):
        posting.reply(thread, alice, body="And another thing")
    assert ModerationLogEntry.objects.get().details == {"seconds": 300}


def test_an_unknown_slow_mode_duration_is_refused(moderator_client, heated):
    thread = heated["thread"]

    response = moderator_client.post(
        reverse("forums:mod_slow_mode", kwargs={"pk": thread.pk}), {"seconds": 7}, follow=True
    )

    thread.refresh_from_db()
    assert thread.slow_mode_seconds == 0
    assert any("slow mode durations" in text for text in _messages(response))


def test_a_suspended_member_sees_the_reason_when_trying_to_post(moderator_client, heated):
    bob, thread = heated["bob"], heated["thread"]
    url = reverse("forums:mod_suspend", kwargs={"pk": bob.pk})

    form_page = moderator_client.get(url)
    response = moderator_client.post(url, {"duration": "3", "reason": "Insulted two peers"})

    assert form_page.status_code == 200
    assert response.status_code == 302
    suspension = Suspension.objects.get(member=bob)
    assert timedelta(days=2, hours=23) < suspension.ends_at - timezone.now() <= timedelta(days=3)
    with pytest.raises(posting.PostingRefused, match="Insulted two peers"):
        posting.reply(thread, bob, body="Let me answer")
    moderator_client.force_login(bob)
    assert "Insulted two peers" in moderator_client.get(thread.get_absolute_url()).content.decode()
    notice = Notification.objects.get(kind="forum_suspended", recipient=bob)
    assert notice.params["reason"] == "Insulted two peers"
    assert ModerationLogEntry.objects.get().member == bob


def test_a_suspension_can_end_on_a_chosen_date(moderator_client, heated):
    bob = heated["bob"]
    until = timezone.localdate() + timedelta(days=10)

    moderator_client.post(
        reverse("forums:mod_suspend", kwargs={"pk": bob.pk}),
        {"duration": "custom", "until": until.isoformat(), "reason": "Repeated insults"},
    )

    assert timezone.localtime(Suspension.objects.get().ends_at).date() == until


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"duration": "1", "reason": ""}, "Give a reason"),
        ({"duration": "custom", "reason": "Rude"}, "Give the date the suspension ends"),
        ({"duration": "custom", "until": "2001-01-01", "reason": "Rude"}, "in the future"),
    ],
)
def test_a_suspension_without_reason_or_with_a_past_date_is_refused(
    moderator_client, heated, data, message
):
    response = moderator_client.post(
        reverse("forums:mod_suspend", kwargs={"pk": heated["bob"].pk}), data
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Suspension.objects.exists()


def test_a_moderator_cannot_suspend_themselves(moderator_client, moderator):
    response = moderator_client.post(
        reverse("forums:mod_suspend", kwargs={"pk": moderator.pk}),
        {"duration": "1", "reason": "Testing"},
    )

    assert "You cannot suspend yourself" in response.content.decode()
    assert not Suspension.objects.exists()


def test_lifting_a_suspension_lets_the_member_post_again(moderator_client, moderator, heated):
    bob, thread = heated["bob"], heated["thread"]
    suspension = Suspension.objects.create(
        member=bob, reason="Rude", ends_at=timezone.now() + timedelta(days=7), created_by=moderator
    )

    response = moderator_client.post(
        reverse("forums:mod_lift_suspension", kwargs={"pk": suspension.pk})
    )

    assert response["Location"] == reverse("forums:moderation_queue")
    suspension.refresh_from_db()
    assert suspension.lifted_at is not None
    assert posting.reply(thread, bob, body="Sorry, everyone.").status == Post.Status.PUBLISHED
    assert ModerationLogEntry.objects.get().action == Action.LIFT_SUSPENSION


def test_dismissing_flags_shows_a_post_the_flags_had_hidden(moderator_client, moderator, heated):
    jab = heated["replies"][1]
    Post.objects.filter(pk=jab.pk).update(is_hidden=True, hidden_by_flags=True)
    Flag.objects.create(post=jab, member=heated["alice"], reason="abuse")

    moderator_client.post(reverse("forums:mod_dismiss_flags", kwargs={"pk": jab.pk}))

    jab.refresh_from_db()
    assert not jab.is_hidden
    assert not Flag.objects.filter(resolved_at__isnull=True).exists()
    assert ModerationLogEntry.objects.get().action == Action.DISMISS_FLAGS


def test_a_moderator_hid_post_stays_hidden_when_its_flags_are_dismissed(
    moderator_client, moderator, heated
):
    jab = heated["replies"][1]
    Post.objects.filter(pk=jab.pk).update(is_hidden=True, hidden_reason="Insults")
    Flag.objects.create(post=jab, member=heated["alice"], reason="abuse")

    moderator_client.post(reverse("forums:mod_dismiss_flags", kwargs={"pk": jab.pk}))

    jab.refresh_from_db()
    assert jab.is_hidden


def test_the_thread_page_shows_moderation_tools_to_moderators_only(
    moderator_client, heated, client
):
    thread = heated["thread"]
    split_url = reverse("forums:mod_split", kwargs={"pk": thread.pk})

    as_moderator = moderator_client.get(thread.get_absolute_url()).content.decode()
    client.force_login(heated["alice"])
    as_member = client.get(thread.get_absolute_url()).content.decode()

    assert split_url in as_moderator
    assert f'form="split-form-{thread.pk}"' in as_moderator
    assert split_url not in as_member
    assert reverse("forums:flag", kwargs={"pk": heated["replies"][1].pk}) in as_member
