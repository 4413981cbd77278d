"""Reactions on posts, and the accepted answer of a thread."""

import pytest
from django.urls import reverse

from forums.models import Post, Reaction, Thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(trusted_member, thread_factory):
    return thread_factory(trusted_member, title="How do you schedule posts?")


@pytest.fixture
def answer(thread, member_factory, reply_factory):
    helper = member_factory(display_name="Helpful Peer")
    Post.objects.create(  # one published post earlier, so the helper's reply is not held
        thread=Thread.objects.create(category=thread.category, title="Intro", author=helper),
        author=helper,
        body="Hi",
        body_html="<p>Hi</p>",
    )
    return reply_factory(thread, helper, "We use a shared calendar.")


def react(client, post, kind):
    return client.post(reverse("forums:react", args=[post.pk]), {"kind": kind})


def accept(client, post, accepted="1"):
    return client.post(reverse("forums:accept", args=[post.pk]), {"accepted": accepted})


def test_a_member_gives_a_reaction_and_takes_it_back(client, member, answer, thread):
    client.force_login(member)

    given = react(client, answer, "helpful")
    page = client.get(thread.get_absolute_url()).content.decode()
    react(client, answer, "helpful")

    assert given["Location"] == answer.get_absolute_url()
    assert 'aria-pressed="true"' in page
    assert '<span class="forum-reaction__count">1</span>' in page
    assert not Reaction.objects.exists()


def test_reaction_counts_are_shown_to_visitors_without_buttons(
    client, member_factory, answer, thread
):
    for _ in range(2):
        Reaction.objects.create(post=answer, member=member_factory(), kind="thanks")

    page = client.get(thread.get_absolute_url()).content.decode()

    assert 'Thanks <span class="forum-reaction__count">2</span>' in page
    assert reverse("forums:react", args=[answer.pk]) not in page


def test_members_cannot_react_to_their_own_posts(client, trusted_member, thread):
    client.force_login(trusted_member)

    response = react(client, thread.posts.get(), "helpful")

    assert response.status_code == 403
    assert not Reaction.objects.exists()


def test_an_unknown_reaction_is_refused_without_an_error_page(client, member, answer):
    client.force_login(member)

    response = react(client, answer, "love-bomb")

    assert response.status_code == 302
    assert not Reaction.objects.exists()


def test_visitors_are_sent_to_sign_in_to_react(client, answer):
    response = react(client, answer, "helpful")

    assert response["Location"].startswith(reverse("account_login"))


def test_a_hidden_post_cannot_get_reactions(client, member, answer):
    Post.objects.filter(pk=answer.pk).update(is_hidden=True)
    client.force_login(member)

    assert react(client, answer, "helpful").status_code == 404


def test_the_thread_author_accepts_an_answer_which_is_then_shown_first(
    client, trusted_member, thread, answer, category
):
    client.force_login(trusted_member)

    response = accept(client, answer)
    page = client.get(thread.get_absolute_url()).content.decode()
    listing = client.get(category.get_absolute_url()).content.decode()

    thread.refresh_from_db()
    assert response.status_code == 302
    assert thread.accepted_post == answer
    assert page.index('id="accepted-answer"') < page.index(f'id="post-{thread.posts.first().pk}"')
    assert f'id="post-{answer.pk}"' in page
    assert page.count("We use a shared calendar.") == 2
    assert "forum-badge--accepted" in listing


def test_the_thread_author_can_withdraw_the_accepted_answer(client, trusted_member, thread, answer):
    Thread.objects.filter(pk=thread.pk).update(accepted_post=answer)
    client.force_login(trusted_member)

    accept(client, answer, accepted="0")

    thread.refresh_from_db()
    assert thread.accepted_post is None


def test_other_members_cannot_choose_the_accepted_answer(client, member, thread, answer):
    client.force_login(member)

    response = accept(client, answer)
    page = client.get(thread.get_absolute_url()).content.decode()

    thread.refresh_from_db()
    assert response.status_code == 403
    assert thread.accepted_post is None
    assert "Mark as accepted answer" not in page


def test_a_moderator_can_choose_the_accepted_answer(client, moderator, thread, answer):
    client.force_login(moderator)

    accept(client, answer)

    thread.refresh_from_db()
    assert thread.accepted_post == answer


def test_the_opening_post_cannot_be_its_own_answer(client, trusted_member, thread):
    client.force_login(trusted_member)

    response = accept(client, thread.posts.get())

    thread.refresh_from_db()
    assert response.status_code == 403
    assert thread.accepted_post is None
