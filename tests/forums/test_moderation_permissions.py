"""Every moderation endpoint, asked by every kind of visitor: only moderators get through.

The thread's or post's author is a plain member here: starting a thread gives
no power over it. Editors manage categories in Wagtail but do not moderate.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forums.models import Category, Flag, ModerationLogEntry, Post, Suspension, Thread
from network.roles import Role

ALLOWED = ("moderator", "administrator")
REFUSED = ("member", "author", "organiser", "editor")

# name: (target of the URL, who the "author" is, data POSTed, also reachable by GET)
ENDPOINTS = {
    "moderation_queue": (None, "reply_author", None, True),
    "moderation_log": (None, "reply_author", None, True),
    "mod_hide": ("reply", "reply_author", {"reason": "Insults"}, False),
    "mod_unhide": ("hidden_reply", "reply_author", {}, False),
    "mod_delete": ("reply", "reply_author", {"reason": "Spam", "confirm": "yes"}, False),
    "mod_approve": ("pending_reply", "newcomer", {}, False),
    "mod_dismiss_flags": ("reply", "reply_author", {}, False),
    "mod_lock": ("thread", "thread_author", {}, False),
    "mod_unlock": ("locked_thread", "thread_author", {}, False),
    "mod_pin": ("thread", "thread_author", {}, False),
    "mod_unpin": ("pinned_thread", "thread_author", {}, False),
    "mod_move": ("thread", "thread_author", {"category": "other_category"}, True),
    "mod_split": (
        "thread",
        "thread_author",
        {"posts": "reply", "title": "Debate", "reason": "Hot"},
        False,
    ),
    "mod_slow_mode": ("thread", "thread_author", {"seconds": "60"}, False),
    "mod_suspend": ("reply_author", "reply_author", {"duration": "1", "reason": "Trolls"}, True),
    "mod_lift_suspension": ("suspension", "suspended", {}, False),
}


@pytest.fixture
def scene(members_by_role, member_factory, category):
    """A thread with a reply, a held reply, and one member already suspended."""

    thread_author, reply_author, suspended = (
        member_factory(display_name=name) for name in ("Opener", "Replier", "Suspended")
    )
    newcomer = member_factory(display_name="Newcomer")

    def thread(**flags):
        made = Thread.objects.create(
            category=category, title="Trolls", author=thread_author, **flags
        )
        Post.objects.create(thread=made, author=thread_author, body="Opening", body_html="")
        return made

    main = thread()
    reply = Post.objects.create(thread=main, author=reply_author, body="Heated", body_html="")
    Flag.objects.create(post=reply, member=members_by_role[Role.MEMBER], reason="abuse")
    return {
        "member": members_by_role[Role.MEMBER],
        "organiser": members_by_role[Role.ORGANISER],
        "editor": members_by_role[Role.EDITOR],
        "moderator": members_by_role[Role.MODERATOR],
        "administrator": members_by_role[Role.ADMIN],
        "thread_author": thread_author,
        "reply_author": reply_author,
        "newcomer": newcomer,
        "suspended": suspended,
        "thread": main,
        "reply": reply,
        "hidden_reply": Post.objects.create(
            thread=main, author=reply_author, body="Hidden", body_html="", is_hidden=True
        ),
        "pending_reply": Post.objects.create(
            thread=main, author=newcomer, body="Hello", body_html="", status="pending"
        ),
        "locked_thread": thread(is_locked=True),
        "pinned_thread": thread(is_pinned=True),
        "other_category": Category.objects.get(slug="discussions"),
        "suspension": Suspension.objects.create(
            member=suspended, reason="Rude", ends_at=timezone.now() + timedelta(days=2)
        ),
    }


def _url(name, scene):
    target = ENDPOINTS[name][0]
    if target is None:
        return reverse(f"forums:{name}")
    return reverse(f"forums:{name}", kwargs={"pk": scene[target].pk})


def _data(name, scene):
    data = dict(ENDPOINTS[name][2] or {})
    return {key: scene[value].pk if value in scene else value for key, value in data.items()}


def _visitor(role, name, scene):
    return scene[ENDPOINTS[name][1]] if role == "author" else scene[role]


def _send(client, name, scene):
    if ENDPOINTS[name][2] is None:
        return client.get(_url(name, scene))
    return client.post(_url(name, scene), _data(name, scene))


@pytest.mark.parametrize("name", ENDPOINTS)
def test_anonymous_visitors_are_sent_to_sign_in(client, scene, name):
    response = _send(client, name, scene)

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    assert not ModerationLogEntry.objects.exists()


@pytest.mark.parametrize("name", ENDPOINTS)
def test_members_without_the_moderation_permission_are_refused(client, scene, name):
    for role in REFUSED:
        client.force_login(_visitor(role, name, scene))

        assert _send(client, name, scene).status_code == 403, role
        if ENDPOINTS[name][3]:
            assert client.get(_url(name, scene)).status_code == 403, role
    assert not ModerationLogEntry.objects.exists()


@pytest.mark.parametrize("role", ALLOWED)
@pytest.mark.parametrize("name", ENDPOINTS)
def test_moderators_and_administrators_are_allowed(client, scene, name, role):
    client.force_login(scene[role])

    response = _send(client, name, scene)

    if ENDPOINTS[name][2] is None:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        entry = ModerationLogEntry.objects.get()
        assert entry.moderator == scene[role]
    if ENDPOINTS[name][3]:
        assert client.get(_url(name, scene)).status_code == 200


@pytest.mark.parametrize("name", [name for name, spec in ENDPOINTS.items() if spec[2] is not None])
def test_moderation_actions_do_not_answer_plain_get_requests(client, scene, name):
    client.force_login(scene["moderator"])

    response = client.get(_url(name, scene))

    assert response.status_code == (200 if ENDPOINTS[name][3] else 405)
    assert not ModerationLogEntry.objects.exists()


def test_editors_manage_forum_categories_in_the_wagtail_admin(client, members_by_role):
    client.force_login(members_by_role[Role.EDITOR])

    listing = client.get(reverse("wagtailsnippets_forums_category:list"))
    response = client.post(
        reverse("wagtailsnippets_forums_category:add"),
        {
            "name_en": "Ticketing",
            "name_fr": "Billetterie",
            "slug": "ticketing",
            "description_en": "",
            "description_fr": "",
            "access": "everyone",
            "sort_order": 5,
        },
    )

    assert listing.status_code == 200
    assert "Moderators&#x27; room" in listing.content.decode()
    assert response.status_code == 302
    assert Category.objects.get(slug="ticketing").name_fr == "Billetterie"


def test_members_and_moderators_do_not_manage_forum_categories(client, members_by_role):
    for role in (Role.MEMBER, Role.MODERATOR):
        client.force_login(members_by_role[role])

        response = client.get(reverse("wagtailsnippets_forums_category:list"))

        assert response.status_code in (302, 403), role
