"""Following and unfollowing from the page where a thing appears, and from the profile page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import follows
from .forms_follows import FollowedTopicsForm
from .models import Platform, Topic


@login_required
@require_POST
def follow_toggle(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    followable = follows.FOLLOWABLE_KINDS.get(kind)
    if followable is None:
        raise Http404
    target = get_object_or_404(followable.followable_by(request.user), pk=pk)
    if follows.toggle_follow(request.user, target):
        messages.success(request, _("You follow %(name)s.") % {"name": target})
    else:
        messages.success(request, _("You no longer follow %(name)s.") % {"name": target})
    return redirect(_safe_next(request) or follows.page_of(target, request))


@login_required
@require_POST
def follow_topics(request: HttpRequest) -> HttpResponse:
    form = FollowedTopicsForm(request.POST)
    if form.is_valid():
        follows.set_followed(request.user, Topic, form.cleaned_data["topics"])
        follows.set_followed(request.user, Platform, form.cleaned_data["platforms"])
        messages.success(request, _("The topics and platforms you follow are saved."))
    else:
        messages.error(request, _("Some of these cannot be followed. Nothing was changed."))
    return redirect(reverse("network:profile_edit") + "#follows-heading")


def _safe_next(request: HttpRequest) -> str:
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return ""
