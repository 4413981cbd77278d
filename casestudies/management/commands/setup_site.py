from django.core.management.base import BaseCommand

from casestudies.site_setup import ensure_site_structure


class Command(BaseCommand):
    help = "Create the English and French home pages and point the default site at them."

    def handle(self, *args, **options):
        home = ensure_site_structure()
        self.stdout.write(self.style.SUCCESS(f"Home page ready: {home.title} (id {home.pk})"))
