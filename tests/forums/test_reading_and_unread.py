"""Read markers: unread threads in a category, and the first unread post in a thread."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from forums.models import Post, ReadMarker, Thread

pytestmark = pytest.mark.django_db


def listed_as_unread(listing: str, thread) -> bool:
    item = next(
        chunk
        for chunk in listing.split('<li class="forum-thread-item')[1:]
        if f'href="{thread.get_absolute_url()}"' in chunk
    )
    return item.startswith(" forum-thread-item--unread")


def add_posts(thread, author, count, *, start):
    """Published posts a minute apart, and the thread's counters as publishing would set them."""
    posts = Post.objects.bulk_create(
        Post(
            thread=thread,
            author=author,
            body=f"Post {n}",
            body_html=f"<p>Post {n}</p>",
            created_at=start + dt.timedelta(minutes=n),
        )
        for n in range(count)
    )
    Thread.objects.filter(pk=thread.pk).update(
        last_post_at=posts[-1].created_at, post_count=thread.post_count + count
    )
    return posts


@pytest.fixture
def thread(trusted_member, thread_factory):
    return thread_factory(trusted_member, title="Night shifts")


def test_a_thread_is_unread_until_the_member_opens_it(client, member, thread, category):
    client.force_login(member)

    before = client.get(category.get_absolute_url()).content.decode()
    client.get(thread.get_absolute_url())
    after = client.get(category.get_absolute_url()).content.decode()

    assert listed_as_unread(before, thread)
    assert not listed_as_unread(after, thread)
    assert ReadMarker.objects.filter(member=member, thread=thread).exists()


def test_a_new_reply_makes_the_thread_unread_and_marks_the_first_new_post(
    client, member, thread, category, trusted_member, reply_factory
):
    client.force_login(member)
    client.get(thread.get_absolute_url())
    ReadMarker.objects.filter(member=member).update(
        read_at=timezone.now() - dt.timedelta(minutes=5)
    )
    new_post = reply_factory(thread, trusted_member, "Fresh news")

    listing = client.get(category.get_absolute_url()).content.decode()
    page = client.get(thread.get_absolute_url()).content.decode()

    assert listed_as_unread(listing, thread)
    assert 'id="first-unread"' in page
    assert (
        page.index('id="first-unread"')
        < page.index(f'id="post-{new_post.pk}"')
        < page.index("Fresh news")
    )
    assert 'id="first-unread"' not in client.get(thread.get_absolute_url()).content.decode()


def test_reading_the_first_page_leaves_later_pages_unread_and_links_to_them(
    client, member, thread, trusted_member, category
):
    client.force_login(member)
    client.get(thread.get_absolute_url())
    ReadMarker.objects.filter(member=member).update(read_at=timezone.now() - dt.timedelta(hours=2))
    posts = add_posts(thread, trusted_member, 30, start=timezone.now() - dt.timedelta(hours=1))

    first_page = client.get(thread.get_absolute_url()).content.decode()
    listing = client.get(category.get_absolute_url()).content.decode()
    jump = client.get(posts[0].get_absolute_url())

    assert "Go to the first unread post" in first_page
    assert posts[0].get_absolute_url() in first_page
    assert listed_as_unread(listing, thread)
    assert jump["Location"].endswith(f"#post-{posts[0].pk}")


def test_reading_the_last_page_marks_the_whole_thread_read(
    client, member, thread, trusted_member, category
):
    add_posts(thread, trusted_member, 30, start=timezone.now() - dt.timedelta(hours=1))
    client.force_login(member)

    client.get(thread.get_absolute_url() + "?page=2")

    assert not listed_as_unread(client.get(category.get_absolute_url()).content.decode(), thread)


def test_a_members_own_posts_are_never_new_to_them(client, trusted_member, thread):
    client.force_login(trusted_member)
    client.get(thread.get_absolute_url())

    client.post(reverse("forums:reply", args=[thread.pk]), {"body": "My own words"})
    page = client.get(thread.get_absolute_url()).content.decode()

    assert "My own words" in page
    assert 'id="first-unread"' not in page


def test_visitors_without_an_account_see_no_unread_markers_and_leave_no_trace(
    client, thread, category
):
    listing = client.get(category.get_absolute_url()).content.decode()
    client.get(thread.get_absolute_url())

    assert "forum-thread-item--unread" not in listing
    assert not ReadMarker.objects.exists()
