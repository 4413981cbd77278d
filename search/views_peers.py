"""The "find peers with this problem" page: a member describes a problem, and finds who met it.

The whole question travels in the address (``?problem=…``), so a result can be
shared and the page works without JavaScript.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from network.models import Institution, Member, Membership, Platform

from . import service

PROBLEM_MIN_LENGTH = 10
PROBLEM_MAX_LENGTH = 2000


class ProblemForm(forms.Form):
    problem = forms.CharField(
        label=_("Your problem"),
        help_text=_(
            "In your own words: the situation, what you tried, what gets in the way. "
            "Between 10 and 2,000 characters."
        ),
        min_length=PROBLEM_MIN_LENGTH,
        max_length=PROBLEM_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Describe your problem in a few words (at least 10 characters)."),
            "min_length": _(
                "Write at least %(limit_value)d characters so that close resources can be "
                "found (you wrote %(show_value)d)."
            ),
            "max_length": _(
                "Keep your problem under %(limit_value)d characters (you wrote %(show_value)d)."
            ),
        },
    )


@dataclass(frozen=True)
class MemberContext:
    """What the search knows of the member: it favours resources from museums like theirs."""

    institutions: list[Institution]
    platforms: list[Platform]

    @property
    def is_complete(self) -> bool:
        return bool(self.institutions and self.platforms)


def member_context(member: Member) -> MemberContext:
    memberships = Membership.objects.verified().filter(member=member).select_related("institution")
    return MemberContext(
        institutions=[membership.institution for membership in memberships],
        platforms=list(member.platforms.all()),
    )


def _with_profile_cards(peers: list[tuple[Member, list]]) -> list[tuple[Member, list]]:
    """The same peers, loaded with what their member card shows (institutions, expertise)."""
    cards = Member.objects.with_directory_data().in_bulk([member.pk for member, _written in peers])
    return [(cards[member.pk], written) for member, written in peers if member.pk in cards]


@login_required
def find_peers(request: HttpRequest) -> HttpResponse:
    form = ProblemForm(request.GET if "problem" in request.GET else None)
    results = peers = None
    if form.is_bound and form.is_valid():
        results = service.find_peers(form.cleaned_data["problem"], request.user)
        peers = _with_profile_cards(results.peers)
    context = {
        "form": form,
        "member_context": member_context(request.user),
        "results": results,
        "peers": peers,
    }
    return render(request, "search/peers.html", context)
