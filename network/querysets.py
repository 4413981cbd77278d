"""Permission-aware query methods: views ask these, never filter by hand."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q


class MemberQuerySet(models.QuerySet):
    def listed(self) -> MemberQuerySet:
        """Active members whose e-mail address is verified: the directory's population."""
        from allauth.account.models import EmailAddress

        verified = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
        return self.filter(is_active=True).filter(Exists(verified))

    def visible_to(self, viewer) -> MemberQuerySet:
        listed = self.listed()
        if viewer.is_authenticated:
            return listed
        return listed.filter(profile_visibility="public")

    def with_directory_data(self) -> MemberQuerySet:
        from .models import Membership

        return self.prefetch_related(
            "expertise",
            models.Prefetch(
                "memberships",
                queryset=Membership.objects.verified().select_related("institution"),
                to_attr="verified_memberships",
            ),
        )

    def working_in(self, *, country: str = "", kind: str = "", topic: str = "") -> MemberQuerySet:
        members = self
        if country or kind:
            at = Q(memberships__status="verified")
            if country:
                at &= Q(memberships__institution__country=country)
            if kind:
                at &= Q(memberships__institution__kind=kind)
            members = members.filter(at)
        if topic:
            members = members.filter(expertise__slug=topic)
        return members.distinct()


class InstitutionQuerySet(models.QuerySet):
    def with_member_counts(self) -> InstitutionQuerySet:
        return self.annotate(
            member_count=Count("memberships", filter=Q(memberships__status="verified"))
        )

    def filtered(
        self, *, country: str = "", kind: str = "", topic: str = ""
    ) -> InstitutionQuerySet:
        institutions = self
        if country:
            institutions = institutions.filter(country=country)
        if kind:
            institutions = institutions.filter(kind=kind)
        if topic:
            institutions = institutions.filter(
                memberships__status="verified", memberships__member__expertise__slug=topic
            ).distinct()
        return institutions


class MembershipQuerySet(models.QuerySet):
    def verified(self) -> MembershipQuerySet:
        return self.filter(status="verified")

    def pending(self) -> MembershipQuerySet:
        return self.filter(status="pending")

    def admins_of(self, institution) -> MembershipQuerySet:
        return self.verified().filter(institution=institution, role="admin")
