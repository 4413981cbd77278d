"""Who may do what: every role against every action of the network app."""

import pytest
from django.urls import reverse

from network.models import Membership, Topic
from network.roles import Role

pytestmark = pytest.mark.django_db

ROLES = [None, *Role]  # None is an anonymous visitor


def _as(client, members_by_role, role):
    if role is not None:
        client.force_login(members_by_role[role])
    return client


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (None, False),
        (Role.MEMBER, False),
        (Role.ORGANISER, True),
        (Role.MODERATOR, True),
        (Role.EDITOR, True),
        (Role.ADMIN, True),
    ],
)
def test_wagtail_admin_is_open_to_staff_roles_only(client, members_by_role, role, allowed):
    response = _as(client, members_by_role, role).get("/admin/")

    assert (response.status_code == 200) is allowed


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (None, False),
        (Role.MEMBER, False),
        (Role.ORGANISER, False),
        (Role.MODERATOR, False),
        (Role.EDITOR, True),
        (Role.ADMIN, True),
    ],
)
def test_taxonomies_are_edited_by_editors_and_admins(client, members_by_role, role, allowed):
    topic = Topic.objects.get(slug="accessibility")
    url = reverse("wagtailsnippets_network_topic:edit", args=[topic.pk])

    response = _as(client, members_by_role, role).post(
        url,
        {
            "name_en": "Accessibility",
            "name_fr": "Accessibilité universelle",
            "slug": "accessibility",
            "sort_order": 8,
            "description_en": "",
            "description_fr": "",
        },
    )

    topic.refresh_from_db()
    assert (topic.name_fr == "Accessibilité universelle") is allowed
    if not allowed:
        assert response.status_code in {302, 403}


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (None, False),
        (Role.MEMBER, False),
        (Role.ORGANISER, False),
        (Role.MODERATOR, False),
        (Role.EDITOR, True),
        (Role.ADMIN, True),
    ],
)
def test_claims_on_institutions_are_verified_by_editors_and_admins(
    client, members_by_role, membership_factory, role, allowed
):
    claim = membership_factory(status="pending", role="admin")

    _as(client, members_by_role, role).post(
        reverse("network:membership_decide", args=[claim.pk]), {"decision": "verify"}
    )

    claim.refresh_from_db()
    assert (claim.status == Membership.Status.VERIFIED) is allowed


@pytest.mark.parametrize("role", ROLES)
def test_members_only_profiles_are_visible_to_every_signed_in_role(
    client, members_by_role, member_factory, role
):
    private = member_factory(profile_visibility="members")

    response = _as(client, members_by_role, role).get(private.get_absolute_url())

    assert response.status_code == (403 if role is None else 200)


@pytest.mark.parametrize("role", ROLES)
def test_profile_editing_needs_an_account(client, members_by_role, role):
    response = _as(client, members_by_role, role).get(reverse("network:profile_edit"))

    assert response.status_code == (302 if role is None else 200)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (None, False),
        (Role.MEMBER, False),
        (Role.ORGANISER, False),
        (Role.MODERATOR, False),
        (Role.EDITOR, False),
        (Role.ADMIN, True),
    ],
)
def test_django_admin_is_for_administrators(client, members_by_role, role, allowed):
    response = _as(client, members_by_role, role).get("/django-admin/network/member/")

    assert (response.status_code == 200) is allowed


def test_roles_exist_with_their_permissions():
    from django.contrib.auth.models import Group

    moderators = Group.objects.get(name=Role.MODERATOR.value)
    editors = Group.objects.get(name=Role.EDITOR.value)

    assert moderators.permissions.filter(codename="moderate_forums").exists()
    assert editors.permissions.filter(codename="verify_memberships").exists()
    assert not Group.objects.get(name=Role.MEMBER.value).permissions.exists()
