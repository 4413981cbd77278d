"""Joining, claiming and verifying institutions."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Institution, Member, Membership
from .notifications import notify


class MembershipError(Exception):
    """A request the member can fix, with a message to show them."""


def request_to_join(member: Member, institution: Institution) -> Membership:
    return _request(member, institution, Membership.Role.MEMBER)


def claim_institution(member: Member, institution: Institution) -> Membership:
    if Membership.objects.admins_of(institution).exists():
        raise MembershipError(
            _("%(name)s already has an admin. Ask to join it instead.") % {"name": institution}
        )
    return _request(member, institution, Membership.Role.ADMIN)


@transaction.atomic
def create_institution(member: Member, institution: Institution) -> Membership:
    """Save a new institution proposed by a member, who claims it at once."""
    institution.save()
    return _request(member, institution, Membership.Role.ADMIN)


def _request(member: Member, institution: Institution, role: str) -> Membership:
    membership, created = Membership.objects.get_or_create(
        member=member, institution=institution, defaults={"role": role}
    )
    if not created:
        if membership.status == Membership.Status.VERIFIED and membership.role == role:
            raise MembershipError(
                _("You are already a verified member of %(name)s.") % {"name": institution}
            )
        if membership.status == Membership.Status.PENDING and membership.role == role:
            raise MembershipError(
                _("Your request to %(name)s is already waiting.") % {"name": institution}
            )
        membership.role = role
        membership.status = Membership.Status.PENDING
        membership.decided_at = membership.decided_by = None
        membership.save(update_fields=["role", "status", "decided_at", "decided_by"])
    for decider in _deciders(membership):
        notify(
            decider,
            "membership_requested",
            url=institution.get_absolute_url(),
            actor=member,
            member=str(member),
            institution=institution.name,
        )
    return membership


def _deciders(membership: Membership) -> QuerySet[Member]:
    """Who is told of a request: the institution's admins, or the network editors for a claim."""
    if membership.role == Membership.Role.ADMIN:
        return Member.objects.filter(
            is_active=True, groups__permissions__codename="verify_memberships"
        ).distinct()
    return Member.objects.filter(
        is_active=True, memberships__in=Membership.objects.admins_of(membership.institution)
    ).distinct()


def can_decide(membership: Membership, member: Member) -> bool:
    """Network editors decide everything; an institution's admins decide its staff requests."""
    if not member.is_authenticated:
        return False
    if member.has_perm("network.verify_memberships"):
        return True
    if membership.role == Membership.Role.ADMIN:
        return False
    return Membership.objects.admins_of(membership.institution).filter(member=member).exists()


def verify_membership(membership: Membership, *, by: Member) -> None:
    _decide(membership, Membership.Status.VERIFIED, by)


def decline_membership(membership: Membership, *, by: Member) -> None:
    _decide(membership, Membership.Status.REJECTED, by)


def _decide(membership: Membership, status: str, by: Member) -> None:
    if not can_decide(membership, by):
        raise PermissionDenied
    if membership.status != Membership.Status.PENDING:
        raise MembershipError(_("This request has already been decided."))
    membership.status = status
    membership.decided_at = timezone.now()
    membership.decided_by = by
    membership.save(update_fields=["status", "decided_at", "decided_by"])
    notify(
        membership.member,
        "membership_verified" if status == Membership.Status.VERIFIED else "membership_declined",
        url=membership.institution.get_absolute_url(),
        actor=by,
        institution=membership.institution.name,
    )


def leave_institution(membership: Membership, *, by: Member) -> None:
    if membership.member_id != by.pk:
        raise PermissionDenied
    membership.delete()
