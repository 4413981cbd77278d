"""The network's roles, kept as Django groups so Wagtail's admin can manage them.

The groups and their permissions are created by the data migration
``network/migrations/0002_roles_and_taxonomies.py``; code asks
``member.has_perm(...)``, never a group name.
"""

from __future__ import annotations

from enum import StrEnum

from django.contrib.auth.models import Group


class Role(StrEnum):
    MEMBER = "Members"
    ORGANISER = "Event organisers"
    MODERATOR = "Moderators"
    EDITOR = "Editors"
    ADMIN = "Administrators"


def assign_role(member, role: Role) -> None:
    """Give a member a role; administrators also reach the Django admin."""
    member.groups.add(Group.objects.get(name=role.value))
    if role is Role.ADMIN and not member.is_staff:
        member.is_staff = True
        member.save(update_fields=["is_staff"])


def roles_of(member) -> set[Role]:
    names = set(member.groups.values_list("name", flat=True))
    return {role for role in Role if role.value in names}
