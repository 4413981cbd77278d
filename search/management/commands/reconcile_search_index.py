"""Reconciles the search indices with the database by hand and prints what it fixed."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from search import engine
from search.documents import FAMILIES, family_named
from search.faceted import ENGINE_ERRORS
from search.reconcile import reconcile


class Command(BaseCommand):
    help = _(
        "Compare the search indices (engine and database copy) with the database rows: "
        "write missing documents, remove extra ones."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--family",
            action="append",
            choices=[family.family for family in FAMILIES],
            help=_("Only reconcile this family (repeatable)."),
        )
        parser.add_argument(
            "--since-minutes",
            type=int,
            default=None,
            help=_("Also rewrite the documents of rows changed in the last N minutes."),
        )

    def handle(self, *args, family=None, since_minutes=None, **options):
        if since_minutes is not None and since_minutes < 0:
            raise CommandError(_("--since-minutes cannot be negative."))
        families = [family_named(name) for name in family] if family else list(FAMILIES)
        since = timezone.now() - dt.timedelta(minutes=since_minutes) if since_minutes else None
        if engine.engine_configured():
            self.stdout.write(_("Reconciling the engine and the database copy…"))
        else:
            self.stdout.write(_("Reconciling the database copy…"))
        try:
            reports = reconcile(families, since=since)
        except ENGINE_ERRORS as error:
            raise CommandError(
                _("The search engine is unreachable (%(error)s); try again once it is back.")
                % {"error": error}
            ) from error
        header = f"{_('family'):<14}{_('missing'):>10}{_('extra'):>10}{_('refreshed'):>12}"
        self.stdout.write(header)
        for report in reports.values():
            self.stdout.write(
                f"{report.family:<14}{report.missing:>10}{report.extra:>10}{report.refreshed:>12}"
            )
        if all(report.in_step for report in reports.values()):
            self.stdout.write(self.style.SUCCESS(_("Everything was already in step.")))
        else:
            self.stdout.write(
                self.style.SUCCESS(_("The indices are now in step with the database."))
            )
