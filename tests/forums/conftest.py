import pytest

from forums.models import Category, Thread
from forums.posting import reply, start_thread
from network.roles import Role


@pytest.fixture
def category(db):
    return Category.objects.create(
        slug="community-management", name_en="Community management", name_fr="Community management"
    )


@pytest.fixture
def moderators_room(db):
    return Category.objects.get(slug="moderators-room")


@pytest.fixture
def trusted_member(member_factory, category):
    """A member with enough published posts to be trusted."""
    from forums.models import Post

    person = member_factory(display_name="Trusted Peer")
    warmup = Thread.objects.create(category=category, title="Warm-up", author=person)
    for n in range(3):
        Post.objects.create(
            thread=warmup, author=person, body=f"Post {n}", body_html=f"<p>Post {n}</p>"
        )
    return person


@pytest.fixture
def moderator(member_factory):
    return member_factory(display_name="Forum Moderator", role=Role.MODERATOR)


@pytest.fixture
def thread_factory(category):
    """Starts a thread as ``author`` (published at once when the author is trusted)."""

    def make(author, *, title="How do you handle trolls?", body="We get many insults.", **kwargs):
        return start_thread(
            author,
            kwargs.pop("in_category", category),
            title=title,
            body=body,
            language="en",
            **kwargs,
        )

    return make


@pytest.fixture
def reply_factory():
    def make(thread, author, body="Same here."):
        return reply(thread, author, body=body)

    return make
