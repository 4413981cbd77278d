"""Writing, previewing, submitting and moderating case studies on the site."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.documents import get_document_model
from wagtail.models import TaskState

from . import submission
from .forms_submission import CaseStudyForm, OutcomeFormSet, ResourceFormSet
from .models import CaseStudyPage, SlideDeck


@login_required
def case_study_new(request: HttpRequest) -> HttpResponse:
    return _edit(request, page=None)


@login_required
def case_study_edit(request: HttpRequest, pk: int) -> HttpResponse:
    page = get_object_or_404(CaseStudyPage, pk=pk)
    if not submission.can_edit(page, request.user):
        raise PermissionDenied
    return _edit(request, page=page)


def _edit(request: HttpRequest, *, page: CaseStudyPage | None) -> HttpResponse:
    draft = page.get_latest_revision_as_object() if page else None
    if request.method == "POST":
        form = CaseStudyForm(request.POST, request.FILES, editing=page is not None)
        outcomes = OutcomeFormSet(request.POST, prefix="outcomes")
        resources = ResourceFormSet(request.POST, request.FILES, prefix="resources")
        if form.is_valid() and outcomes.is_valid() and resources.is_valid():
            page = _save(request, form, outcomes, resources, page=page)
            return _after_save(request, page, request.POST.get("action", "draft"))
        messages.error(request, _("Some fields need your attention. Nothing was saved yet."))
    else:
        form = CaseStudyForm(initial=_initial(draft, request), editing=page is not None)
        outcomes = OutcomeFormSet(prefix="outcomes", initial=_outcome_rows(draft))
        resources = ResourceFormSet(prefix="resources", initial=_resource_rows(draft))
    context = {
        "form": form,
        "outcomes": outcomes,
        "resources": resources,
        "page": page,
        "draft": draft,
        "workflow_state": page.current_workflow_state if page else None,
    }
    return render(request, "casestudies/submission/form.html", context)


@transaction.atomic
def _save(request, form, outcomes, resources, *, page):
    values = dict(form.cleaned_data)
    co_authors = values.pop("co_authors")
    content = submission.CaseStudyContent(
        values=values,
        authors=[request.user, *[m for m in co_authors if m.pk != request.user.pk]],
        outcomes=[
            {key: row[key] for key in ("label", "before", "after", "unit")}
            for row in outcomes.cleaned_data
            if row.get("label")
        ],
        resources=_resources(request, resources),
        cover_upload=values.pop("cover_image"),
    )
    return submission.save_draft(
        request.user, content, page=page, language=values.pop("language", "en")
    )


def _resources(request, formset) -> list[dict]:
    Document = get_document_model()
    rows = []
    for row in formset.cleaned_data:
        if not row.get("title"):
            continue
        document = None
        if row.get("file"):
            document = Document(title=row["title"], file=row["file"], uploaded_by_user=request.user)
            document.save()
        elif row.get("document_id"):
            document = Document.objects.filter(pk=row["document_id"]).first()
        rows.append({"title": row["title"], "url": row.get("url") or "", "document": document})
    return rows


def _after_save(request, page: CaseStudyPage, action: str) -> HttpResponse:
    if action == "preview":
        return redirect("casestudies:case_study_preview", pk=page.pk)
    if action == "submit":
        return _submit(request, page)
    messages.success(
        request, _("Your draft is saved. It is visible only to you until you submit it.")
    )
    return redirect("casestudies:case_study_edit", pk=page.pk)


def _submit(request, page: CaseStudyPage) -> HttpResponse:
    try:
        submission.submit_for_review(page, by=request.user)
    except submission.SubmissionError as error:
        messages.error(request, str(error))
        return redirect("casestudies:case_study_edit", pk=page.pk)
    messages.success(
        request,
        _("Submitted. A moderator will review it; you will be told by e-mail and in the site."),
    )
    return redirect("casestudies:my_contributions")


@login_required
@require_POST
def case_study_submit(request: HttpRequest, pk: int) -> HttpResponse:
    return _submit(request, get_object_or_404(CaseStudyPage, pk=pk))


@login_required
@require_POST
def case_study_translate(request: HttpRequest, pk: int) -> HttpResponse:
    page = get_object_or_404(CaseStudyPage, pk=pk)
    try:
        translation = submission.start_translation(page, by=request.user)
    except submission.SubmissionError as error:
        messages.error(request, str(error))
        return redirect("casestudies:case_study_edit", pk=page.pk)
    messages.success(
        request, _("A copy to translate is ready. Translate each field, then submit it.")
    )
    return redirect("casestudies:case_study_edit", pk=translation.pk)


def _initial(draft: CaseStudyPage | None, request) -> dict:
    if draft is None:
        institutions = [m.institution for m in request.user.memberships.verified()]
        return {"institutions": institutions, "language": request.LANGUAGE_CODE}
    initial = {name: getattr(draft, name) for name in submission.SCALAR_FIELDS}
    for name in submission.RELATED_FIELDS:
        initial[name] = list(getattr(draft, name).all())
    initial["co_authors"] = ", ".join(
        author.email for author in draft.authors.all() if author.pk != request.user.pk
    )
    return initial


def _outcome_rows(draft) -> list[dict]:
    if draft is None:
        return []
    return [
        {"label": o.label, "before": o.before, "after": o.after, "unit": o.unit}
        for o in draft.outcomes.all()
    ]


def _resource_rows(draft) -> list[dict]:
    if draft is None:
        return []
    return [
        {"title": r.title, "url": r.url, "document_id": r.document_id}
        for r in draft.resource_links.all()
    ]


def case_study_preview(request: HttpRequest, pk: int) -> HttpResponse:
    page = get_object_or_404(CaseStudyPage, pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not (submission.can_edit(page, request.user) or submission.can_review(request.user)):
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()
    context = draft.get_context(request)
    context.update(
        {"page": draft, "is_preview": True, "workflow_state": page.current_workflow_state}
    )
    return TemplateResponse(request, draft.get_template(request), context)


@login_required
def my_contributions(request: HttpRequest) -> HttpResponse:
    case_studies = (
        CaseStudyPage.objects.filter(Q(owner=request.user) | Q(authors=request.user))
        .distinct()
        .select_related("locale", "latest_revision")
        .order_by("-latest_revision_created_at")
    )
    rows = [(page, page.current_workflow_state) for page in case_studies]
    decks = SlideDeck.objects.filter(owner=request.user).order_by("-created_at")
    return render(
        request, "casestudies/submission/mine.html", {"case_studies": rows, "decks": decks}
    )


@login_required
def moderation_queue(request: HttpRequest) -> HttpResponse:
    if not submission.can_review(request.user):
        raise PermissionDenied
    waiting = [
        (state, state.workflow_state.content_object.specific, state.revision.as_object())
        for state in submission.waiting_for_review(request.user)
    ]
    return render(request, "casestudies/submission/moderation.html", {"waiting": waiting})


@login_required
@require_POST
def moderation_decide(request: HttpRequest, pk: int) -> HttpResponse:
    state = get_object_or_404(TaskState, pk=pk, status=TaskState.STATUS_IN_PROGRESS)
    page = state.workflow_state.content_object.specific
    approve = request.POST.get("decision") == "approve"
    try:
        submission.review(
            page, by=request.user, approve=approve, comment=request.POST.get("comment", "")
        )
    except submission.SubmissionError as error:
        messages.error(request, str(error))
    else:
        title = page.get_latest_revision_as_object().title
        messages.success(
            request,
            _("“%(title)s” is published.") % {"title": title}
            if approve
            else _("The authors of “%(title)s” are asked for changes.") % {"title": title},
        )
    return redirect("casestudies:moderation_queue")
