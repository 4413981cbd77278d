"""A thread page runs the same, bounded number of queries however many posts the thread has."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forums.models import Flag, Post, PostRevision, Reaction, ReadMarker, Thread

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_structure(home_page):
    """The header's links to the content indexes are cached, as on a running site."""
    return home_page


MAX_QUERIES = 15


def busy_thread(category, authors, size: int) -> Thread:
    """A thread of ``size`` posts by several authors, with reactions, edits and flags."""
    start = timezone.now() - dt.timedelta(days=1)
    thread = Thread.objects.create(
        category=category, title=f"Busy thread of {size}", author=authors[0], post_count=size
    )
    posts = Post.objects.bulk_create(
        Post(
            thread=thread,
            author=authors[n % len(authors)],
            body=f"Post {n} for @{authors[0].handle}",
            body_html=f"<p>Post {n}</p>",
            created_at=start + dt.timedelta(minutes=n),
            edited_at=start + dt.timedelta(minutes=n, seconds=30) if n % 3 == 0 else None,
        )
        for n in range(size)
    )
    Reaction.objects.bulk_create(
        Reaction(post=post, member=authors[(n + 1) % len(authors)], kind=kind)
        for n, post in enumerate(posts)
        for kind in ("helpful", "thanks")
    )
    PostRevision.objects.bulk_create(
        PostRevision(post=post, body="Before", edited_by=post.author) for post in posts[::3]
    )
    Flag.objects.bulk_create(
        Flag(post=post, member=authors[-1], reason="spam") for post in posts[1::4]
    )
    return thread


def queries_for_first_page(client, thread) -> int:
    """Measured on a return visit with new posts since, the busiest case."""
    client.get(thread.get_absolute_url())
    ReadMarker.objects.filter(thread=thread).update(read_at=timezone.now() - dt.timedelta(days=2))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(thread.get_absolute_url())
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("reader", ["member", "moderator"])
def test_thread_page_queries_do_not_grow_with_posts(
    client, category, member_factory, moderator, django_assert_max_num_queries, reader
):
    authors = [member_factory() for _ in range(4)]
    client.force_login(moderator if reader == "moderator" else authors[-1])
    small = busy_thread(category, authors, 10)
    large = busy_thread(category, authors, 50)

    small_count = queries_for_first_page(client, small)
    large_count = queries_for_first_page(client, large)
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(large.get_absolute_url() + "?page=3")

    assert small_count == large_count
    assert large_count <= MAX_QUERIES


def test_category_and_index_pages_stay_within_the_budget(
    client, category, member_factory, django_assert_max_num_queries
):
    authors = [member_factory() for _ in range(3)]
    for size in (3, 5, 8):
        busy_thread(category, authors, size)
    client.force_login(authors[0])
    client.get(category.get_absolute_url())

    with django_assert_max_num_queries(MAX_QUERIES):
        listing = client.get(category.get_absolute_url())
    with django_assert_max_num_queries(MAX_QUERIES):
        index = client.get("/en/forums/")

    assert listing.status_code == index.status_code == 200
