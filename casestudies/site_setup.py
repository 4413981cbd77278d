"""Creates the structure every installation starts from.

Per language: a home page, a case-study index and an event index (the French
ones are translations of the English ones). Both indexes run the moderation
workflow, and event organisers may add events under the event indexes, which
lets Wagtail give each organiser edit rights on the events they own only.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from network.roles import Role

from .models import CaseStudyIndexPage, EventIndexPage, HomePage

PAGE_TEXT = {
    HomePage: {
        "en": {
            "title": "Museum Commons",
            "slug": "home",
            "tagline": "Museum professionals sharing what worked, and what did not.",
            "intro": (
                "<p>Case studies, conference slides and open discussions from community "
                "managers, digital teams and curators across France, Québec and Europe.</p>"
            ),
        },
        "fr": {
            "title": "Museum Commons",
            "slug": "accueil",
            "tagline": (
                "Les professionnels des musées partagent ce qui a marché, et ce qui a échoué."
            ),
            "intro": (
                "<p>Études de cas, supports de conférence et discussions ouvertes, par des "
                "community managers, des équipes numériques et des conservateurs de France, "
                "du Québec et d'Europe.</p>"
            ),
        },
    },
    CaseStudyIndexPage: {
        "en": {
            "title": "Case studies",
            "slug": "case-studies",
            "intro": "<p>What museum teams did, how, and what they learned.</p>",
        },
        "fr": {
            "title": "Études de cas",
            "slug": "etudes-de-cas",
            "intro": (
                "<p>Ce que des équipes de musées ont fait, comment, "
                "et ce qu'elles en retiennent.</p>"
            ),
        },
    },
    EventIndexPage: {
        "en": {
            "title": "Events",
            "slug": "events",
            "intro": "<p>Conferences and study days: programmes, slides and live coverage.</p>",
        },
        "fr": {
            "title": "Événements",
            "slug": "evenements",
            "intro": "<p>Conférences et journées d'étude : programmes, supports et direct.</p>",
        },
    },
}

WORKFLOW_NAME = "Moderation of shared content"
REVIEW_TASK_NAME = "Review by a moderator or an editor"


@transaction.atomic
def ensure_site_structure() -> HomePage:
    """Idempotent: returns the English home page, creating whatever is missing."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    home = _ensure_home(locales)
    indexes = [
        _ensure_child(home, model, locales) for model in (CaseStudyIndexPage, EventIndexPage)
    ]
    _ensure_site(home)
    workflow = _ensure_workflow()
    for index in indexes:
        for page in index.get_translations(inclusive=True):
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    add_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    organisers = Group.objects.get(name=Role.ORGANISER.value)
    for page in indexes[1].get_translations(inclusive=True):
        GroupPagePermission.objects.get_or_create(group=organisers, page=page, permission=add_page)
    editors = Group.objects.get(name=Role.EDITOR.value)
    for codename in ("add_page", "change_page", "publish_page"):
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        for page in home.get_translations(inclusive=True):
            GroupPagePermission.objects.get_or_create(
                group=editors, page=page, permission=permission
            )
    return home


def _ensure_home(locales) -> HomePage:
    home = HomePage.objects.filter(locale=locales["en"]).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's own "Welcome" placeholder page holds the "home" slug.
        for placeholder in root.get_children().not_type(HomePage):
            placeholder.delete()
        home = root.add_child(instance=HomePage(locale=locales["en"], **PAGE_TEXT[HomePage]["en"]))
    _ensure_translation(home, locales["fr"], PAGE_TEXT[HomePage]["fr"])
    return home


def _ensure_child(home: HomePage, model, locales) -> Page:
    page = model.objects.child_of(home).first()
    if page is None:
        page = home.add_child(instance=model(locale=locales["en"], **PAGE_TEXT[model]["en"]))
    _ensure_translation(page, locales["fr"], PAGE_TEXT[model]["fr"])
    return page


def _ensure_translation(page: Page, locale: Locale, text: dict[str, str]) -> None:
    if page.get_translations().filter(locale=locale).exists():
        return
    translation = page.copy_for_translation(locale)
    for field, value in text.items():
        setattr(translation, field, value)
    translation.save_revision().publish()


def _ensure_site(home: HomePage) -> None:
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


def _ensure_workflow() -> Workflow:
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task, _ = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK_NAME)
    task.groups.set(
        Group.objects.filter(name__in=[Role.MODERATOR.value, Role.EDITOR.value, Role.ADMIN.value])
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow
