from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from casestudies.importing import ImportFileError, import_case_studies, read_import_file


class Command(BaseCommand):
    help = (
        "Import case studies, with their institutions and authors, from a JSON file "
        "(format: docs/import-format.md). Importing the same file again updates them."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the JSON file.")
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Save the case studies as drafts instead of publishing them.",
        )

    def handle(self, *args, **options):
        try:
            summary = import_case_studies(
                read_import_file(options["file"]), publish=not options["draft"]
            )
        except ImportFileError as error:
            heading = _("Nothing was imported. Problems found: %(count)d") % {
                "count": len(error.errors)
            }
            raise CommandError("\n".join([heading, *error.errors])) from error
        lines = [
            _("Case studies: %(created)d created, %(updated)d updated (%(state)s).")
            % {
                "created": summary.case_studies_created,
                "updated": summary.case_studies_updated,
                "state": _("drafts") if options["draft"] else _("published"),
            },
            _("Institutions: %(created)d created, %(existing)d already on the network.")
            % {"created": summary.institutions_created, "existing": summary.institutions_existing},
            _("Authors: %(created)d created, %(existing)d already on the network.")
            % {"created": summary.authors_created, "existing": summary.authors_existing},
        ]
        self.stdout.write(self.style.SUCCESS("\n".join(lines)))
