"""E-mails about institution memberships, sent from the worker."""

from celery import shared_task

from .emails import send_member_email
from .models import Member, Membership


@shared_task(name="network.notify_membership_requested")
def notify_membership_requested(membership_id: int) -> int:
    """Tell whoever can decide a request that one is waiting. Returns how many were told."""
    membership = (
        Membership.objects.select_related("member", "institution").filter(pk=membership_id).first()
    )
    if membership is None or membership.status != Membership.Status.PENDING:
        return 0
    if membership.role == Membership.Role.ADMIN:
        deciders = Member.objects.filter(is_active=True).filter(
            groups__permissions__codename="verify_memberships"
        )
    else:
        deciders = Member.objects.filter(
            memberships__in=Membership.objects.admins_of(membership.institution)
        )
    deciders = deciders.distinct()
    for decider in deciders:
        send_member_email(decider, "network/email/membership_requested", {"membership": membership})
    return len(deciders)


@shared_task(name="network.notify_membership_decided")
def notify_membership_decided(membership_id: int) -> bool:
    membership = (
        Membership.objects.select_related("member", "institution").filter(pk=membership_id).first()
    )
    if membership is None or membership.status == Membership.Status.PENDING:
        return False
    send_member_email(
        membership.member, "network/email/membership_decided", {"membership": membership}
    )
    return True
