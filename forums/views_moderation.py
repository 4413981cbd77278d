"""Flagging, the moderators' queue and log, and one POST endpoint per moderator action.

Views only read the request, call ``forums.moderation`` or ``forums.flags``
and say what happened; those modules check the permissions again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from network.models import Member

from . import moderation
from .flags import FlagRefused, flag_post, flaggable_posts
from .forms_moderation import (
    DeleteForm,
    FlagForm,
    LogFilterForm,
    MoveForm,
    OptionalReasonForm,
    ReasonForm,
    SlowModeForm,
    SplitForm,
    SuspendForm,
)
from .models import Flag, ModerationLogEntry, Post, Suspension, Thread
from .moderation import ModerationRefused
from .querysets import is_moderator

LOG_PAGE_SIZE = 50


def moderator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Sends visitors to sign in and refuses members without the moderation permission."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_moderator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


# --- Flagging, for any signed-in member ------------------------------------------------


@login_required
@require_POST
def flag(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(flaggable_posts(request.user), pk=pk)
    form = FlagForm(request.POST)
    if not form.is_valid():
        _error_messages(request, form)
        return _back(request, post.get_absolute_url())
    try:
        flag_post(
            post,
            request.user,
            reason=form.cleaned_data["reason"],
            details=form.cleaned_data["details"],
        )
    except FlagRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Thank you. The moderators will look at this post."))
    return _back(request, post.get_absolute_url())


# --- Queue and log ---------------------------------------------------------------------


@moderator_required
def moderation_queue(request: HttpRequest) -> HttpResponse:
    posts = Post.objects.select_related("thread", "thread__category", "author").prefetch_related(
        Prefetch("flags", queryset=Flag.objects.select_related("member"))
    )
    flagged = (
        posts.annotate(open_flag_count=Count("flags", filter=Q(flags__resolved_at__isnull=True)))
        .filter(open_flag_count__gt=0, hidden_by_flags=False)
        .order_by("-open_flag_count", "created_at")
    )
    sections = [
        ("flagged", _("Flagged posts"), list(flagged), _("No open flags.")),
        (
            "pending",
            _("Waiting for approval"),
            list(posts.filter(status=Post.Status.PENDING).order_by("created_at")),
            _("No post is waiting for approval."),
        ),
        (
            "auto-hidden",
            _("Hidden after flags"),
            list(posts.filter(hidden_by_flags=True).order_by("created_at")),
            _("No post is hidden by flags."),
        ),
    ]
    for _key, _title, queued, _empty in sections:
        for post in queued:
            post.flag_reasons = _reason_counts(post.flags.all())
    now = timezone.now()
    suspensions = Suspension.objects.filter(
        starts_at__lte=now, ends_at__gt=now, lifted_at__isnull=True
    ).select_related("member", "created_by")
    return render(
        request,
        "forums/moderation/queue.html",
        {
            "sections": sections,
            "suspensions": suspensions,
            "is_moderator": True,
            "next_url": request.get_full_path(),
        },
    )


@moderator_required
def moderation_log(request: HttpRequest) -> HttpResponse:
    form = LogFilterForm(request.GET or None)
    entries = ModerationLogEntry.objects.select_related("moderator", "thread", "post", "member")
    if form.is_valid() and form.cleaned_data["action"]:
        entries = entries.filter(action=form.cleaned_data["action"])
    page = Paginator(entries, LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "forums/moderation/log.html", {"form": form, "page": page})


# --- Posts, threads and suspensions -----------------------------------------------------


def _simple_action(model, action: Callable[..., None], done, form_class=OptionalReasonForm):
    """One POST endpoint: the target by ``pk``, a reason, the action, then back where it was."""

    @moderator_required
    @require_POST
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        target = get_object_or_404(model, pk=pk)
        if hasattr(target, "get_absolute_url"):
            fallback = target.get_absolute_url()
        else:
            fallback = reverse("forums:moderation_queue")
        return _act(
            request,
            form_class(request.POST),
            lambda data: action(target, by=request.user, reason=data["reason"]),
            str(done),
            fallback,
        )

    view.__name__ = action.__name__
    return view


hide = _simple_action(
    Post, moderation.hide_post, gettext_lazy("The post is hidden."), form_class=ReasonForm
)
unhide = _simple_action(Post, moderation.unhide_post, gettext_lazy("The post is visible again."))
approve = _simple_action(
    Post, moderation.approve_post, gettext_lazy("The post is approved and visible to everyone.")
)
dismiss_flags = _simple_action(
    Post, moderation.dismiss_flags, gettext_lazy("The flags on this post are dismissed.")
)
lock = _simple_action(Thread, moderation.lock_thread, gettext_lazy("The thread is locked."))
unlock = _simple_action(
    Thread, moderation.unlock_thread, gettext_lazy("The thread is open to replies again.")
)
pin = _simple_action(
    Thread, moderation.pin_thread, gettext_lazy("The thread is pinned to the top of its category.")
)
unpin = _simple_action(
    Thread, moderation.unpin_thread, gettext_lazy("The thread is no longer pinned.")
)
lift_suspension = _simple_action(
    Suspension, moderation.lift_suspension, gettext_lazy("The suspension is lifted.")
)


@moderator_required
@require_POST
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post.objects.select_related("thread__category"), pk=pk)
    thread = post.thread
    form = DeleteForm(request.POST)
    if not form.is_valid():
        _error_messages(request, form)
        return _back(request, post.get_absolute_url())
    try:
        moderation.delete_post(post, by=request.user, reason=form.cleaned_data["reason"])
    except ModerationRefused as refusal:
        messages.error(request, str(refusal))
        return _back(request, post.get_absolute_url())
    if Thread.objects.filter(pk=thread.pk).exists():
        messages.success(request, _("The post is deleted."))
        fallback = thread.get_absolute_url()
    else:
        messages.success(request, _("The thread and its posts are deleted."))
        fallback = thread.category.get_absolute_url()
    queue = reverse("forums:moderation_queue")
    target = _safe_next(request)
    return HttpResponseRedirect(target if target and target.startswith(queue) else fallback)


@moderator_required
def move(request: HttpRequest, pk: int) -> HttpResponse:
    thread = get_object_or_404(Thread.objects.select_related("category"), pk=pk)
    form = MoveForm(request.POST or None, thread=thread)
    if request.method == "POST":
        if form.is_valid():
            try:
                moderation.move_thread(
                    thread,
                    form.cleaned_data["category"],
                    by=request.user,
                    reason=form.cleaned_data["reason"],
                )
            except ModerationRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(
                    request,
                    _("The thread is moved to “%(category)s”.")
                    % {"category": form.cleaned_data["category"].name},
                )
                return HttpResponseRedirect(thread.get_absolute_url())
        _error_messages(request, form)
    return render(request, "forums/moderation/move.html", {"thread": thread, "form": form})


@moderator_required
@require_POST
def slow_mode(request: HttpRequest, pk: int) -> HttpResponse:
    thread = get_object_or_404(Thread, pk=pk)

    def apply(data) -> None:
        moderation.set_slow_mode(thread, data["seconds"], by=request.user, reason=data["reason"])

    return _act(
        request,
        SlowModeForm(request.POST),
        apply,
        _("Slow mode is updated."),
        thread.get_absolute_url(),
    )


@moderator_required
@require_POST
def split(request: HttpRequest, pk: int) -> HttpResponse:
    thread = get_object_or_404(Thread, pk=pk)
    form = SplitForm(request.POST, thread=thread)
    if not form.is_valid():
        _error_messages(request, form)
        return _back(request, thread.get_absolute_url())
    try:
        debate = moderation.split_into_debate(
            thread,
            form.cleaned_data["posts"],
            by=request.user,
            title=form.cleaned_data["title"],
            reason=form.cleaned_data["reason"],
        )
    except ModerationRefused as refusal:
        messages.error(request, str(refusal))
        return _back(request, thread.get_absolute_url())
    messages.success(
        request,
        _("The selected replies now form the debate “%(title)s”.") % {"title": debate.title},
    )
    return HttpResponseRedirect(debate.get_absolute_url())


# --- Members ---------------------------------------------------------------------------


@moderator_required
def suspend(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_object_or_404(Member, pk=pk, is_active=True)
    form = SuspendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            moderation.suspend_member(
                member,
                by=request.user,
                days_or_until=form.days_or_until(),
                reason=form.cleaned_data["reason"],
            )
        except ModerationRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, _("%(name)s cannot post until the suspension ends.") % {"name": member}
            )
            return _back(request, reverse("forums:moderation_queue"))
    return render(
        request,
        "forums/moderation/suspend.html",
        {
            "member": member,
            "form": form,
            "next_url": _safe_next(request) or "",
            "suspensions": member.forum_suspensions.select_related("created_by"),
            "now": timezone.now(),
        },
    )


# --- Helpers ---------------------------------------------------------------------------


def _act(request, form, action: Callable[[dict], object], done: str, fallback: str) -> HttpResponse:
    """Validates, runs one moderator action, and goes back with what happened."""
    if not form.is_valid():
        _error_messages(request, form)
    else:
        try:
            action(form.cleaned_data)
        except ModerationRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, done)
    return _back(request, fallback)


def _error_messages(request: HttpRequest, form) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


def _safe_next(request: HttpRequest) -> str | None:
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


def _back(request: HttpRequest, fallback: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(_safe_next(request) or fallback)


def _reason_counts(flags: list[Flag]) -> list[tuple[str, int]]:
    counts = Counter(flag.reason for flag in flags if flag.resolved_at is None)
    labels = dict(Flag.Reason.choices)
    return [(labels[reason], count) for reason, count in counts.most_common()]
