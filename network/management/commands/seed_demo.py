"""Loads the demo network: institutions, members, roles and memberships.

Idempotent: every row is keyed on a slug or an e-mail address and updated in place, so running
the command again leaves the same data. Later seeders (case studies, events, decks, forum
threads) slot into ``Command.handle`` after the members they need exist.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from casestudies.demo import seed_content
from casestudies.site_setup import ensure_site_structure
from forums.demo import seed_forums
from network import demo_data
from network.models import (
    Institution,
    InstitutionSocialAccount,
    Member,
    Membership,
    Platform,
    Topic,
)
from network.roles import Role, assign_role


def _by_slug(model, slugs: list[str]) -> list:
    found = {item.slug: item for item in model.objects.filter(slug__in=slugs)}
    missing = sorted(set(slugs) - set(found))
    if missing:
        raise CommandError(
            f"Unknown {model._meta.verbose_name} slugs in demo data: {', '.join(missing)}. "
            "Run `manage.py migrate` first."
        )
    return [found[slug] for slug in slugs]


@transaction.atomic
def seed_institutions() -> dict[str, Institution]:
    """Create or update the demo institutions and their social accounts, keyed by slug."""
    institutions = {}
    for data in demo_data.INSTITUTIONS:
        fields = {
            key: value for key, value in data.items() if key not in {"slug", "social_accounts"}
        }
        institution, _ = Institution.objects.update_or_create(slug=data["slug"], defaults=fields)
        platforms = [slug for slug, _url in data["social_accounts"]]
        for platform, (_slug, url) in zip(
            _by_slug(Platform, platforms), data["social_accounts"], strict=True
        ):
            InstitutionSocialAccount.objects.update_or_create(
                institution=institution, platform=platform, defaults={"url": url}
            )
        institution.social_accounts.exclude(platform__slug__in=platforms).delete()
        institutions[institution.slug] = institution
    return institutions


@transaction.atomic
def seed_members() -> dict[str, Member]:
    """Create or update the demo members with a verified e-mail and their roles, keyed by e-mail."""
    password = make_password(demo_data.DEMO_PASSWORD)  # hashed once, shared by every demo member
    members = {}
    for data in demo_data.MEMBERS:
        email = data["email"].lower()
        roles = [Role.MEMBER, *(Role[name.upper()] for name in data.get("roles", []))]
        is_admin = Role.ADMIN in roles
        member, _ = Member.objects.update_or_create(
            email=email,
            defaults={
                "display_name": data["display_name"],
                "job_title": data["job_title"],
                "bio": data["bio"],
                "languages": data["languages"],
                "preferred_language": data["preferred_language"],
                "time_zone": data["time_zone"],
                "profile_visibility": data["profile_visibility"],
                "is_active": True,
                "is_staff": is_admin,
                "is_superuser": is_admin,
                "password": password,
            },
        )
        member.expertise.set(_by_slug(Topic, data["expertise"]))
        member.platforms.set(_by_slug(Platform, data["platforms"]))
        for role in roles:
            assign_role(member, role)
        EmailAddress.objects.filter(user=member).exclude(email=email).update(primary=False)
        EmailAddress.objects.update_or_create(
            user=member, email=email, defaults={"primary": True, "verified": True}
        )
        members[email] = member
    return members


@transaction.atomic
def seed_memberships(
    members: dict[str, Member], institutions: dict[str, Institution]
) -> list[Membership]:
    """Tie members to institutions: mostly verified, plus a few requests left pending.

    A verified staff membership is recorded as decided by its institution's demo admin, an
    admin claim by the network's demo editor, as the verification flow would have done.
    """
    rows = [
        (members[data["email"].lower()], institutions[slug], role, status)
        for data in demo_data.MEMBERS
        for slug, role, status in data["memberships"]
    ]
    editor = members[dict(demo_data.DEMO_ACCOUNTS)["editor"]]
    admins = {
        institution.slug: member
        for member, institution, role, status in rows
        if role == Membership.Role.ADMIN and status == Membership.Status.VERIFIED
    }
    now = timezone.now()
    memberships = []
    for member, institution, role, status in rows:
        membership, _ = Membership.objects.get_or_create(member=member, institution=institution)
        unchanged = membership.role == role and membership.status == status
        if status == Membership.Status.PENDING:
            decided_at, decided_by = None, None
        else:
            decided_at = membership.decided_at if unchanged and membership.decided_at else now
            decided_by = (
                admins.get(institution.slug, editor) if role == Membership.Role.MEMBER else editor
            )
        membership.role, membership.status = role, status
        membership.decided_at, membership.decided_by = decided_at, decided_by
        membership.save(update_fields=["role", "status", "decided_at", "decided_by"])
        memberships.append(membership)
    return memberships


class Command(BaseCommand):
    help = (
        "Load demo institutions, members, roles and memberships. Safe to run repeatedly; "
        f"every demo account's password is reset to {demo_data.DEMO_PASSWORD!r}."
    )

    def handle(self, *args, **options):
        # One rebuild at the end instead of a Celery task per seeded row.
        with override_settings(SEARCH_AUTOSYNC=False):
            institutions, members, memberships = self.seed()
        call_command("rebuild_search_index", stdout=self.stdout)
        self.step("Search indices rebuilt")
        self.report(institutions, members, memberships)

    def seed(self):
        ensure_site_structure()
        self.step("Home pages ready")
        institutions = seed_institutions()
        self.step(f"{len(institutions)} institutions")
        members = seed_members()
        self.step(f"{len(members)} members")
        memberships = seed_memberships(members, institutions)
        self.step(f"{len(memberships)} memberships")
        content = seed_content(members, institutions)
        self.step(
            f"{content['case_studies']} case studies, {content['events']} events with "
            f"{content['sessions']} sessions, {content['decks']} slide decks "
            f"({content['slides']} slides)"
        )
        forums = seed_forums(members)
        self.step(f"{forums['categories']} forum categories, {forums['threads']} threads")
        return institutions, members, memberships

    def step(self, message: str) -> None:
        self.stdout.write(f"  {self.style.SUCCESS('✓')} {message}")

    def report(self, institutions, members, memberships) -> None:
        write = self.stdout.write
        write("")
        write(self.style.MIGRATE_HEADING("Demo accounts"))
        rows = [("Role", "E-mail", "Password")] + [
            (role, email, demo_data.DEMO_PASSWORD) for role, email in demo_data.DEMO_ACCOUNTS
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(3)]
        for index, row in enumerate(rows):
            cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            line = "  ".join(cells).rstrip()
            write(self.style.MIGRATE_LABEL(f"  {line}") if index == 0 else f"  {line}")
        write("")
        write(self.style.MIGRATE_HEADING("Demo data"))
        countries = sorted({str(institution.country) for institution in institutions.values()})
        pending = sum(m.status == Membership.Status.PENDING for m in memberships)
        counts = [
            ("Institutions", str(len(institutions))),
            ("Countries", f"{len(countries)} ({', '.join(countries)})"),
            ("Members", str(len(members))),
            ("Memberships", f"{len(memberships)} ({pending} pending)"),
        ]
        for label, value in counts:
            write(f"  {label.ljust(13)} {value}")
        write("")
        write(self.style.SUCCESS("Demo network ready."))
