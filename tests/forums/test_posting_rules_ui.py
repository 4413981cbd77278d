"""The posting rules as members meet them: clear errors, their text kept, never a 500."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from forums.models import Post, Suspension, Thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(trusted_member, thread_factory):
    return thread_factory(trusted_member)


def reply_to(client, thread, body):
    return client.post(reverse("forums:reply", args=[thread.pk]), {"body": body})


def test_visitors_are_sent_to_sign_in_before_posting(client, thread, category):
    replying = reply_to(client, thread, "Hello")
    starting = client.get(reverse("forums:thread_new", args=[category.slug]))
    page = client.get(thread.get_absolute_url()).content.decode()

    assert replying.status_code == starting.status_code == 302
    assert replying["Location"].startswith(reverse("account_login"))
    assert starting["Location"].startswith(reverse("account_login"))
    assert "to reply." in page
    assert 'id="reply-form"' not in page


def test_an_empty_reply_gets_a_field_error(client, trusted_member, thread):
    client.force_login(trusted_member)

    response = reply_to(client, thread, "   \n  ")

    assert response.status_code == 200
    assert "Write a message before posting." in response.content.decode()
    assert thread.posts.count() == 1


def test_an_over_long_reply_is_refused_and_the_text_kept(client, trusted_member, thread):
    client.force_login(trusted_member)
    body = "Long story. " * 1700  # 20,400 characters

    response = reply_to(client, thread, body)
    page = response.content.decode()

    assert response.status_code == 200
    assert "the limit is 20000" in page
    assert "Long story. Long story." in page
    assert thread.posts.count() == 1


def test_an_over_long_title_is_refused_and_everything_typed_is_kept(
    client, trusted_member, category
):
    client.force_login(trusted_member)

    response = client.post(
        reverse("forums:thread_new", args=[category.slug]),
        {"title": "T" * 201, "body": "My careful question.", "language": "en"},
    )
    page = response.content.decode()

    assert response.status_code == 200
    assert "the limit is 200" in page
    assert "My careful question." in page
    assert "T" * 201 in page
    assert not Thread.objects.filter(title__startswith="TTT").exists()


def test_a_null_character_is_refused_with_a_clear_error(client, trusted_member, thread):
    client.force_login(trusted_member)

    response = reply_to(client, thread, "Hidden\x00byte")

    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()


def test_a_suspended_member_sees_why_and_keeps_their_text(
    client, trusted_member, thread, moderator
):
    until = timezone.now() + dt.timedelta(days=3)
    Suspension.objects.create(
        member=trusted_member, reason="Repeated insults", ends_at=until, created_by=moderator
    )
    client.force_login(trusted_member)

    thread_page = client.get(thread.get_absolute_url()).content.decode()
    response = reply_to(client, thread, "Please let me explain")
    page = response.content.decode()

    assert "Repeated insults" in thread_page
    assert 'id="reply-form"' not in thread_page
    assert response.status_code == 200
    assert "You cannot post until" in page
    assert "Repeated insults" in page
    assert "Please let me explain" in page
    assert thread.posts.count() == 1


def test_a_locked_thread_refuses_replies_with_a_clear_message(
    client, trusted_member, thread, member_factory
):
    Thread.objects.filter(pk=thread.pk).update(is_locked=True)
    client.force_login(trusted_member)

    page = client.get(thread.get_absolute_url()).content.decode()
    response = reply_to(client, thread, "One more thing")

    assert "This thread is locked: no new replies." in page
    assert 'id="reply-form"' not in page
    assert "This thread is locked: no new replies." in response.content.decode()
    assert "One more thing" in response.content.decode()
    assert thread.posts.count() == 1


def test_slow_mode_refuses_a_quick_second_reply_and_keeps_its_text(
    client, trusted_member, thread, member_factory
):
    Thread.objects.filter(pk=thread.pk).update(slow_mode_seconds=300)
    client.force_login(trusted_member)

    response = reply_to(client, thread, "Second thought")

    assert "Slow mode is on in this thread" in response.content.decode()
    assert "Second thought" in response.content.decode()
    assert not thread.posts.filter(body="Second thought").exists()


def test_a_new_member_with_too_many_links_keeps_their_text(client, member, thread):
    client.force_login(member)
    body = "See https://a.example https://b.example https://c.example"

    response = reply_to(client, thread, body)

    assert "New members can include at most 2 links per post." in response.content.decode()
    assert body in response.content.decode()


def test_posting_too_quickly_is_refused_with_a_clear_message(client, trusted_member, thread):
    client.force_login(trusted_member)
    for n in range(9):  # starting the thread used the first of ten posts
        assert reply_to(client, thread, f"Reply {n}").status_code == 302

    response = reply_to(client, thread, "One too many")

    assert "You are posting very quickly" in response.content.decode()
    assert "One too many" in response.content.decode()


@pytest.mark.parametrize(
    "body",
    [
        "```python\nprint('never closed')",
        "[[[nested [brackets]]]](((",
        "![[img]](<javascript:x>)",
        "> > > deep\n> quote\n\n* list\n  * more\n    ```\n    fence",
        "| a | b |\n|---|\n| broken | table | row |",
        "*" * 5000,
        "[" * 3000 + "]" * 3000,
        "\u202e reversed text \u200b zero width",
    ],
)
def test_malformed_markdown_is_posted_and_shown_without_error(client, trusted_member, thread, body):
    client.force_login(trusted_member)

    response = reply_to(client, thread, body)
    page = client.get(thread.get_absolute_url())

    assert response.status_code == 302
    assert page.status_code == 200
    assert Post.objects.filter(thread=thread, body=body).exists()


def test_editing_to_an_empty_message_is_refused_and_the_post_unchanged(
    client, trusted_member, thread
):
    post = thread.posts.get()
    client.force_login(trusted_member)

    response = client.post(reverse("forums:post_edit", args=[post.pk]), {"body": ""})

    post.refresh_from_db()
    assert "Write a message before posting." in response.content.decode()
    assert post.body == "We get many insults."


def test_the_new_thread_form_starts_in_the_language_of_the_page(client, member, category):
    client.force_login(member)

    with translation.override("fr"):
        url = reverse("forums:thread_new", args=[category.slug])

    page = client.get(url)

    assert '<option value="fr" selected>' in page.content.decode()


def test_a_refused_reply_is_shown_again_below_the_last_page_of_posts(
    client, trusted_member, thread
):
    Post.objects.bulk_create(
        Post(thread=thread, author=trusted_member, body=f"Post {n}", body_html=f"<p>Post {n}</p>")
        for n in range(25)
    )
    client.force_login(trusted_member)

    response = reply_to(client, thread, "")

    assert "Page 2 of 2" in response.content.decode()
    assert "Write a message before posting." in response.content.decode()
