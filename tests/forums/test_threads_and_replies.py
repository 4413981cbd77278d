"""Categories, threads and replies through the web pages: listing, posting, editing, history."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from forums.models import Category, Post, PostRevision, Thread

pytestmark = pytest.mark.django_db


def test_forum_index_lists_categories_with_thread_counts_and_hides_the_moderators_room(
    client, trusted_member, thread_factory, category, moderator
):
    thread_factory(trusted_member, title="Counting visitors online")

    visitor_page = client.get(reverse("forums:index")).content.decode()
    client.force_login(moderator)
    moderator_page = client.get(reverse("forums:index")).content.decode()

    assert "Community management" in visitor_page
    assert "2 threads" in visitor_page  # the fixture's warm-up thread and the new one
    assert "Moderators' room" not in visitor_page.replace("&#x27;", "'")
    assert "Moderators&#x27; room" in moderator_page
    assert "Sign in to start a thread" in visitor_page


def test_members_cannot_open_the_moderators_room(client, member, moderators_room, moderator):
    client.force_login(member)
    assert client.get(moderators_room.get_absolute_url()).status_code == 404
    assert client.get(reverse("forums:thread_new", args=[moderators_room.slug])).status_code == 404

    client.force_login(moderator)
    assert client.get(moderators_room.get_absolute_url()).status_code == 200


def test_category_lists_pinned_threads_first_then_the_most_recently_active(
    client, trusted_member, thread_factory, category
):
    old = thread_factory(trusted_member, title="An old pinned question")
    quiet = thread_factory(trusted_member, title="A quiet thread")
    busy = thread_factory(trusted_member, title="A busy thread")
    now = timezone.now()
    Thread.objects.filter(pk=old.pk).update(is_pinned=True, last_post_at=now - dt.timedelta(days=9))
    Thread.objects.filter(pk=quiet.pk).update(last_post_at=now - dt.timedelta(days=2))
    Thread.objects.filter(pk=busy.pk).update(last_post_at=now)

    page = client.get(category.get_absolute_url()).content.decode()

    assert page.index(old.title) < page.index(busy.title) < page.index(quiet.title)


def test_category_pages_hold_25_threads(client, trusted_member, category):
    threads = Thread.objects.bulk_create(
        Thread(category=category, title=f"Thread number {n}", author=trusted_member, post_count=1)
        for n in range(30)
    )
    Post.objects.bulk_create(
        Post(thread=thread, author=trusted_member, body="Hi", body_html="<p>Hi</p>")
        for thread in threads
    )

    first = client.get(category.get_absolute_url()).content.decode()
    second = client.get(category.get_absolute_url() + "?page=2").content.decode()

    assert first.count('<li class="forum-thread-item') == 25
    assert second.count('<li class="forum-thread-item') == 6  # the rest and the fixture's warm-up


def test_hidden_threads_are_listed_only_for_moderators_and_marked(
    client, trusted_member, thread_factory, category, moderator
):
    thread = thread_factory(trusted_member, title="Spam about crypto")
    Thread.objects.filter(pk=thread.pk).update(is_hidden=True, hidden_reason="Spam")

    client.force_login(trusted_member)
    assert "Spam about crypto" not in client.get(category.get_absolute_url()).content.decode()
    assert client.get(thread.get_absolute_url()).status_code == 404

    client.force_login(moderator)
    listing = client.get(category.get_absolute_url()).content.decode()
    assert "Spam about crypto" in listing
    assert "forum-thread-item--hidden" in listing
    assert "only moderators see it" in client.get(thread.get_absolute_url()).content.decode()


def test_a_thread_shows_each_post_with_its_author_and_a_localised_date(
    client, trusted_member, thread_factory
):
    thread = thread_factory(trusted_member, body="We use **bold** plans.")
    post = thread.posts.get()
    Post.objects.filter(pk=post.pk).update(created_at=dt.datetime(2025, 3, 4, 10, 0, tzinfo=dt.UTC))

    profile_url = trusted_member.get_absolute_url()
    with translation.override("fr"):
        french_url = thread.get_absolute_url()

    english = client.get(thread.get_absolute_url()).content.decode()
    french = client.get(french_url).content.decode()

    assert f'href="{profile_url}"' in english
    assert "<strong>bold</strong>" in english
    assert f'id="post-{post.pk}"' in english
    assert "March 4, 2025" in english
    assert "4 mars 2025" in french


def test_a_member_starts_a_thread_through_the_form(client, trusted_member, category):
    client.force_login(trusted_member)

    response = client.post(
        reverse("forums:thread_new", args=[category.slug]),
        {"title": "Who answers comments at night?", "body": "We take turns.", "language": "en"},
    )

    thread = Thread.objects.get(title="Who answers comments at night?")
    assert response.status_code == 302
    assert response["Location"] == thread.get_absolute_url()
    assert thread.posts.get().body == "We take turns."
    assert thread.category == category


def test_threads_cannot_be_started_by_hand_in_the_discussions_category(client, member):
    client.force_login(member)
    discussions = Category.objects.get(is_discussion_home=True)

    assert client.get(reverse("forums:thread_new", args=[discussions.slug])).status_code == 404


def test_a_reply_lands_the_member_on_their_post(client, trusted_member, thread_factory):
    thread = thread_factory(trusted_member)
    client.force_login(trusted_member)

    response = client.post(reverse("forums:reply", args=[thread.pk]), {"body": "Try a rota."})

    post = thread.posts.latest("created_at")
    assert response["Location"] == post.get_absolute_url()
    landing = client.get(post.get_absolute_url())
    assert landing["Location"].endswith(f"#post-{post.pk}")
    assert "Try a rota." in client.get(landing["Location"]).content.decode()


def test_posts_are_paginated_by_20_and_permalinks_open_the_right_page(
    client, trusted_member, thread_factory
):
    thread = thread_factory(trusted_member)
    start = timezone.now()
    Post.objects.bulk_create(
        Post(
            thread=thread,
            author=trusted_member,
            body=f"Reply {n}",
            body_html=f"<p>Reply {n}</p>",
            created_at=start + dt.timedelta(minutes=n + 1),
        )
        for n in range(30)
    )
    late = thread.posts.get(body="Reply 25")

    first_page = client.get(thread.get_absolute_url()).content.decode()
    redirect = client.get(late.get_absolute_url())

    assert first_page.count('<article class="forum-post') == 20
    assert "Reply 25" not in first_page
    assert redirect["Location"] == f"{thread.get_absolute_url()}?page=2#post-{late.pk}"
    assert "Reply 25" in client.get(redirect["Location"]).content.decode()


def test_the_author_edits_a_post_and_its_history_keeps_the_earlier_text(
    client, trusted_member, thread_factory
):
    thread = thread_factory(trusted_member, body="We post at 9am.")
    post = thread.posts.get()
    client.force_login(trusted_member)

    response = client.post(reverse("forums:post_edit", args=[post.pk]), {"body": "We post at 8am."})
    page = client.get(thread.get_absolute_url()).content.decode()
    history = client.get(reverse("forums:post_history", args=[post.pk])).content.decode()

    assert response["Location"] == post.get_absolute_url()
    assert "We post at 8am." in page
    assert reverse("forums:post_history", args=[post.pk]) in page
    assert "edited once" in page
    assert "We post at 9am." in history
    assert "We post at 8am." in history


def test_members_cannot_edit_someone_elses_post_but_moderators_can(
    client, trusted_member, thread_factory, member, moderator
):
    post = thread_factory(trusted_member, body="Original words.").posts.get()
    edit_url = reverse("forums:post_edit", args=[post.pk])

    client.force_login(member)
    refused = client.post(edit_url, {"body": "Vandalised."})
    client.force_login(moderator)
    accepted = client.post(edit_url, {"body": "Typo fixed."})

    post.refresh_from_db()
    assert refused.status_code == 403
    assert accepted.status_code == 302
    assert post.body == "Typo fixed."
    assert PostRevision.objects.get(post=post).edited_by == moderator


def test_a_new_members_first_post_waits_for_approval_visible_only_to_them_and_moderators(
    client, member, thread_factory, trusted_member, moderator
):
    thread = thread_factory(trusted_member)
    client.force_login(member)

    response = client.post(
        reverse("forums:reply", args=[thread.pk]), {"body": "Hello from a newcomer"}, follow=True
    )
    own_view = response.content.decode()
    client.force_login(trusted_member)
    others_view = client.get(thread.get_absolute_url()).content.decode()
    client.force_login(moderator)
    moderators_view = client.get(thread.get_absolute_url()).content.decode()

    assert "checked by a moderator" in own_view
    assert "Hello from a newcomer" in own_view
    assert "Waiting for approval" in own_view
    assert "Hello from a newcomer" not in others_view
    assert "Hello from a newcomer" in moderators_view


def test_a_hidden_post_is_a_notice_for_members_and_greyed_for_moderators(
    client, trusted_member, thread_factory, reply_factory, member_factory, moderator
):
    thread = thread_factory(trusted_member)
    post = reply_factory(thread, trusted_member, "Something rude")
    Post.objects.filter(pk=post.pk).update(is_hidden=True, hidden_reason="Insulting")

    members_view = client.get(thread.get_absolute_url()).content.decode()
    client.force_login(moderator)
    moderators_view = client.get(thread.get_absolute_url()).content.decode()

    assert "Something rude" not in members_view
    assert "This post was hidden by a moderator: Insulting" in members_view
    assert "Something rude" in moderators_view
    assert "forum-post__body--hidden" in moderators_view


def test_a_debate_links_back_to_its_thread_and_the_thread_lists_its_debates(
    client, trusted_member, thread_factory, category
):
    original = thread_factory(trusted_member, title="Should we leave X?")
    debate = thread_factory(trusted_member, title="Debate: X and politics")
    Thread.objects.filter(pk=debate.pk).update(split_from=original)

    original_page = client.get(original.get_absolute_url()).content.decode()
    debate_page = client.get(debate.get_absolute_url()).content.decode()
    listing = client.get(category.get_absolute_url()).content.decode()

    assert debate.get_absolute_url() in original_page
    assert original.get_absolute_url() in debate_page
    assert "forum-badge--debate" in listing


def test_missing_threads_and_posts_are_not_found(client, member):
    client.force_login(member)

    assert client.get(reverse("forums:thread", args=[999])).status_code == 404
    assert client.get(reverse("forums:post", args=[999])).status_code == 404
    assert client.get(reverse("forums:post_history", args=[999])).status_code == 404
