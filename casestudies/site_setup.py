"""Creates the page tree every installation starts from: a home page per language."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_TEXT = {
    "en": {
        "title": "Museum Commons",
        "tagline": "Museum professionals sharing what worked, and what did not.",
        "intro": (
            "<p>Case studies, conference slides and open discussions from community managers, "
            "digital teams and curators across France, Québec and Europe.</p>"
        ),
    },
    "fr": {
        "title": "Museum Commons",
        "tagline": "Les professionnels des musées partagent ce qui a marché, et ce qui a échoué.",
        "intro": (
            "<p>Études de cas, supports de conférence et discussions ouvertes, par des "
            "community managers, des équipes numériques et des conservateurs de France, "
            "du Québec et d'Europe.</p>"
        ),
    },
}


@transaction.atomic
def ensure_home_pages() -> HomePage:
    """Idempotent: returns the English home page, creating both languages if needed."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    home = HomePage.objects.filter(locale=locales["en"]).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's own "Welcome" placeholder page holds the "home" slug.
        for placeholder in root.get_children().not_type(HomePage):
            placeholder.delete()
        home = root.add_child(
            instance=HomePage(locale=locales["en"], slug="home", **HOME_TEXT["en"])
        )
    if not HomePage.objects.filter(
        locale=locales["fr"], translation_key=home.translation_key
    ).exists():
        french = home.copy_for_translation(locales["fr"])
        for field, value in HOME_TEXT["fr"].items():
            setattr(french, field, value)
        french.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
    return home
