"""The follow button, and what the profile page shows of a member's follows.

The buttons of one page share a single query: what the viewer follows is read
once per request and kept on it.
"""

from __future__ import annotations

from django import template

from network import follows
from network.forms_follows import FollowedTopicsForm
from network.models import Platform, Topic

register = template.Library()


def _follow_keys(request) -> set[tuple[str, int]]:
    if not hasattr(request, "_follow_keys"):
        request._follow_keys = follows.follow_keys(request.user)
    return request._follow_keys


@register.inclusion_tag("components/follow_button.html", takes_context=True)
def follow_button(context, target) -> dict:
    request = context["request"]
    followable = follows.followable_of(target)
    return {
        "user": request.user,
        "target": target,
        "kind": followable.kind,
        "is_following": follows.follow_key(target) in _follow_keys(request),
        "next": request.get_full_path(),
    }


@register.simple_tag(takes_context=True)
def followed_pages(context) -> list[tuple[object, str]]:
    """What the member follows that has a page of its own, with its address.

    Topics and platforms are left out: the profile page lists them as checkboxes.
    """
    request = context["request"]
    return [
        (target, follows.page_of(target, request))
        for followable, targets in follows.follows_by_kind(request.user)
        if followable.model not in (Topic, Platform)
        for target in targets
    ]


@register.simple_tag(takes_context=True)
def followed_topics_form(context) -> FollowedTopicsForm:
    member = context["request"].user
    return FollowedTopicsForm(
        auto_id="follows_%s",
        initial={
            "topics": follows.followed(member, Topic),
            "platforms": follows.followed(member, Platform),
        },
    )
