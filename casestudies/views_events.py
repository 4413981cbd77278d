"""An event's organiser manages its programme and live coverage; anyone downloads its calendar.

The event page itself is a Wagtail page (``templates/casestudies/event_page.html``);
these views are the forms its organiser's tools lead to, and the .ics files.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from . import calendar, events
from .events import PROGRAMME_MAX_ROWS
from .forms_events import LivePostForm, ProgrammeImportForm, SessionForm
from .models import EventPage, EventSession, LiveCoveragePost

IMPORT_ERRORS_SHOWN = 100


def _managed_event(request: HttpRequest, event_id: int) -> EventPage:
    event = get_object_or_404(EventPage, pk=event_id)
    if not event.is_managed_by(request.user):
        raise PermissionDenied
    return event


def _programme_url(event: EventPage, anchor: str = "programme") -> str:
    """Where the organiser sees the result: the page, or its draft until it is published."""
    if event.live:
        return f"{event.url}#{anchor}"
    return reverse("wagtailadmin_pages:view_draft", args=[event.pk])


@login_required
def session_add(request: HttpRequest, event_id: int) -> HttpResponse:
    return _session_form(request, _managed_event(request, event_id), session=None)


@login_required
def session_edit(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(EventSession.objects.select_related("event"), pk=pk)
    if not session.event.is_managed_by(request.user):
        raise PermissionDenied
    return _session_form(request, session.event, session=session)


def _session_form(
    request: HttpRequest, event: EventPage, *, session: EventSession | None
) -> HttpResponse:
    if request.method == "POST":
        form = SessionForm(request.POST, event=event, session=session)
        if form.is_valid():
            try:
                session = events.save_session(
                    event, form.details(), by=request.user, session=session
                )
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                messages.success(
                    request, _("The session “%(title)s” is saved.") % {"title": session}
                )
                return redirect(_programme_url(event, f"session-{session.pk}"))
    else:
        form = SessionForm(event=event, session=session)
    context = {"form": form, "event": event, "session": session}
    return render(request, "casestudies/events/session_form.html", context)


@login_required
def session_delete(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(EventSession.objects.select_related("event"), pk=pk)
    event = session.event
    if not event.is_managed_by(request.user):
        raise PermissionDenied
    if request.method == "POST":
        events.delete_session(session, by=request.user)
        messages.success(request, _("The session “%(title)s” is deleted.") % {"title": session})
        return redirect(_programme_url(event))
    context = {"session": session, "event": event}
    return render(request, "casestudies/events/session_delete.html", context)


@login_required
def programme_import(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _managed_event(request, event_id)
    if request.method == "POST":
        form = ProgrammeImportForm(request.POST, request.FILES)
        if form.is_valid():
            result = events.import_programme(
                event,
                form.cleaned_data["file"].read(),
                by=request.user,
                replace=form.cleaned_data["replace"],
            )
            if not result.errors:
                messages.success(
                    request,
                    ngettext(
                        "%(count)d session imported.",
                        "%(count)d sessions imported.",
                        result.imported,
                    )
                    % {"count": result.imported},
                )
                return redirect(_programme_url(event))
            form.add_error("file", [str(error) for error in result.errors[:IMPORT_ERRORS_SHOWN]])
            hidden = len(result.errors) - IMPORT_ERRORS_SHOWN
            if hidden > 0:
                form.add_error(
                    "file",
                    ngettext(
                        "…and %(count)d more problem.", "…and %(count)d more problems.", hidden
                    )
                    % {"count": hidden},
                )
        messages.error(request, _("Nothing was imported. Fix the file and try again."))
    else:
        form = ProgrammeImportForm()
    context = {"form": form, "event": event, "max_rows": PROGRAMME_MAX_ROWS}
    return render(request, "casestudies/events/programme_import.html", context)


@login_required
def live_post(request: HttpRequest, event_id: int) -> HttpResponse:
    """Posting during the event; the form is also on the event page for its organiser."""
    event = _managed_event(request, event_id)
    if request.method == "POST":
        form = LivePostForm(request.POST, event=event)
        if form.is_valid():
            try:
                events.post_live_update(
                    event,
                    by=request.user,
                    body=form.cleaned_data["body"],
                    session=form.cleaned_data["session"],
                )
            except ValidationError as error:
                form.add_error("body", error)
            else:
                messages.success(request, _("Your live update is posted."))
                return redirect(_programme_url(event, "live"))
    else:
        form = LivePostForm(event=event)
    return render(request, "casestudies/events/live_post_form.html", {"form": form, "event": event})


@login_required
@require_POST
def live_post_delete(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(LiveCoveragePost.objects.select_related("event"), pk=pk)
    events.delete_live_post(post, by=request.user)
    messages.success(request, _("The live update is deleted."))
    return redirect(_programme_url(post.event, "live"))


def event_calendar(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _published_event(request, EventPage.objects.filter(pk=event_id))
    return _ics(calendar.event_calendar(event), f"{_ascii(event.slug)}.ics")


def session_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(EventSession.objects.select_related("event"), pk=pk)
    event = _published_event(request, EventPage.objects.filter(pk=session.event_id))
    session.event = event
    filename = f"{_ascii(event.slug)}-session-{session.pk}.ics"
    return _ics(calendar.session_calendar(session), filename)


def _published_event(request: HttpRequest, queryset) -> EventPage:
    """The event if anyone may see its page: live, and not behind a view restriction."""
    event = get_object_or_404(queryset.live())
    if any(not rule.accept_request(request) for rule in event.get_view_restrictions()):
        raise Http404
    return event


def _ascii(slug: str) -> str:
    """Wagtail slugs may be Unicode; a plain file name suits every calendar application."""
    return slugify(slug) or "event"


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
