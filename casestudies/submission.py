"""Members write, submit and revise case studies without Wagtail's admin.

Every change is a new Wagtail revision. Submitting starts the moderation
workflow; a moderator approves (Wagtail publishes the latest revision) or asks
for changes with a comment. A published case study stays online unchanged
while its next revision waits for review.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Locale

from network.models import Member
from network.notifications import notify
from network.roles import Role

from .models import CaseStudyIndexPage, CaseStudyOutcome, CaseStudyPage, CaseStudyResource

SCALAR_FIELDS = (
    "title",
    "summary",
    "cover_alt",
    "external_authors",
    "period_start",
    "period_end",
    "budget_band",
    "team_size",
    "licence",
    "context",
    "goal",
    "actions",
    "results",
    "lessons",
)
RELATED_FIELDS = ("institutions", "topics", "platforms", "audiences")


class SubmissionError(Exception):
    """Something the member or moderator can fix, with a message to show them."""


@dataclass
class CaseStudyContent:
    """What the form collected, already validated."""

    values: dict
    authors: list[Member]
    outcomes: list[dict] = field(default_factory=list)
    resources: list[dict] = field(default_factory=list)
    cover_upload: object | None = None


def can_edit(page: CaseStudyPage, member: Member) -> bool:
    if not member.is_authenticated:
        return False
    if page.owner_id == member.pk or member.has_perm("network.verify_memberships"):
        return True
    draft = page.get_latest_revision_as_object()
    return any(author.pk == member.pk for author in draft.authors.all())


def can_review(member: Member) -> bool:
    return member.is_authenticated and (
        member.is_superuser
        or member.groups.filter(
            name__in=[Role.MODERATOR.value, Role.EDITOR.value, Role.ADMIN.value]
        ).exists()
    )


@transaction.atomic
def save_draft(
    author: Member,
    content: CaseStudyContent,
    *,
    page: CaseStudyPage | None = None,
    language: str = "en",
    translation_of: CaseStudyPage | None = None,
) -> CaseStudyPage:
    """Create a case study or add a revision to one; nothing is published here."""
    if page is None:
        page = _create_page(author, content, language, translation_of)
    elif not can_edit(page, author):
        raise PermissionDenied
    else:
        _withdraw_from_review(page, author)
    draft = page.get_latest_revision_as_object() if page.latest_revision_id else page
    for name in SCALAR_FIELDS:
        setattr(draft, name, content.values.get(name) or _empty(name))
    for name in RELATED_FIELDS:
        getattr(draft, name).set(content.values.get(name) or [])
    draft.authors.set(content.authors)
    if content.cover_upload is not None:
        draft.cover_image = _store_cover(author, content.cover_upload, draft.title)
    draft.outcomes = [CaseStudyOutcome(**outcome) for outcome in content.outcomes]
    draft.resource_links = [CaseStudyResource(**resource) for resource in content.resources]
    draft.full_clean()
    draft.save_revision(user=author, log_action=True)
    page.refresh_from_db()
    return page


def _empty(name: str):
    return None if name == "period_end" else ""


def _create_page(
    author: Member, content: CaseStudyContent, language: str, translation_of: CaseStudyPage | None
) -> CaseStudyPage:
    index = CaseStudyIndexPage.objects.get(locale=Locale.objects.get(language_code=language))
    base = slugify(content.values["title"])[:70] or "case-study"
    slug, suffix = base, 1
    while index.get_children().filter(slug=slug).exists():
        suffix += 1
        slug = f"{base}-{suffix}"
    page = CaseStudyPage(
        slug=slug,
        owner=author,
        live=False,
        **{name: content.values.get(name) or _empty(name) for name in SCALAR_FIELDS},
    )
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    index.add_child(instance=page)
    return page


@transaction.atomic
def start_translation(page: CaseStudyPage, *, by: Member) -> CaseStudyPage:
    """A draft in the other language, linked to ``page``, prefilled with its text to translate."""
    if not can_edit(page, by):
        raise PermissionDenied
    language = next(code for code, _name in settings.LANGUAGES if code != page.locale.language_code)
    if page.get_translations().filter(locale__language_code=language).exists():
        raise SubmissionError(_("A version in this language exists already."))
    draft = page.get_latest_revision_as_object()
    values = {name: getattr(draft, name) for name in SCALAR_FIELDS}
    values |= {name: list(getattr(draft, name).all()) for name in RELATED_FIELDS}
    content = CaseStudyContent(
        values=values,
        authors=list(draft.authors.all()),
        outcomes=[
            {"label": o.label, "before": o.before, "after": o.after, "unit": o.unit}
            for o in draft.outcomes.all()
        ],
        resources=[
            {"title": r.title, "url": r.url, "document": r.document}
            for r in draft.resource_links.all()
        ],
    )
    translation = save_draft(by, content, language=language, translation_of=page)
    if draft.cover_image_id:
        copy = translation.get_latest_revision_as_object()
        copy.cover_image_id = draft.cover_image_id
        copy.save_revision(user=by)
    return translation


def _store_cover(author: Member, upload, title: str):
    image = get_image_model()(title=title[:255], file=upload, uploaded_by_user=author)
    image.save()
    return image


def _withdraw_from_review(page: CaseStudyPage, member: Member) -> None:
    """An edit during review takes the case study back to draft, so no unseen text is published."""
    state = page.current_workflow_state
    if state is not None and state.status in (state.STATUS_IN_PROGRESS, state.STATUS_NEEDS_CHANGES):
        state.cancel(user=member)


@transaction.atomic
def submit_for_review(page: CaseStudyPage, *, by: Member) -> None:
    if not can_edit(page, by):
        raise PermissionDenied
    workflow = page.get_workflow()
    if workflow is None:
        raise SubmissionError(_("This part of the site has no moderation workflow."))
    _withdraw_from_review(page, by)
    workflow.start(page, by)
    title = page.get_latest_revision_as_object().title
    reviewers = Member.objects.filter(
        is_active=True,
        groups__name__in=[Role.MODERATOR.value, Role.EDITOR.value],
    ).distinct()
    for reviewer in reviewers:
        notify(
            reviewer,
            "casestudy_submitted",
            url=_moderation_url(),
            actor=by,
            email=False,
            title=title,
        )


def _moderation_url() -> str:
    from django.urls import reverse

    return reverse("casestudies:moderation_queue")


@transaction.atomic
def review(page: CaseStudyPage, *, by: Member, approve: bool, comment: str = "") -> None:
    """Approve (publishes) or ask for changes (needs a comment)."""
    task_state = page.current_workflow_task_state
    if task_state is None:
        raise SubmissionError(_("This case study is not waiting for review."))
    task = task_state.task.specific
    if not [name for name, *_rest in task.get_actions(page, by)]:
        raise PermissionDenied
    if not approve and not comment.strip():
        raise SubmissionError(_("Tell the authors what should change."))
    task.on_action(task_state, by, "approve" if approve else "reject", comment=comment.strip())


def waiting_for_review(member: Member):
    """Case studies whose review task this member may act on, oldest first."""
    from wagtail.models import GroupApprovalTask, TaskState

    if not can_review(member):
        return TaskState.objects.none()
    groups = Group.objects.filter(pk__in=member.groups.values("pk"))
    tasks = (
        GroupApprovalTask.objects.all()
        if member.is_superuser
        else (GroupApprovalTask.objects.filter(groups__in=groups).distinct())
    )
    return (
        TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, task__in=tasks)
        .select_related("workflow_state", "revision", "workflow_state__requested_by")
        .order_by("started_at")
    )
