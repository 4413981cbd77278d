"""Following topics, platforms, institutions, members, forum categories and events.

A follow says "tell me about this" and nothing more: the digests read them to
choose what a member hears about. Each kind that can be followed is declared
once in ``FOLLOWABLE`` with the rows a given member may follow, so that a
member never follows, nor hears about, something they could not see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import Follow, Institution, Member, Platform, Topic


class FollowError(Exception):
    """Something that cannot be followed, with a message to show the member."""


@dataclass(frozen=True)
class Followable:
    kind: str  # the word that names this kind in follow addresses
    label: str  # the model's label, "app_label.ModelName"
    followable_by: Callable[[Member], QuerySet]  # the rows this member may follow

    @property
    def model(self) -> type[models.Model]:
        return apps.get_model(self.label)

    def content_type(self) -> ContentType:
        return ContentType.objects.get_for_model(self.model)


def _forum_categories(member: Member) -> QuerySet:
    from forums.reading import readable_categories

    return readable_categories(member)


def _live_events(member: Member) -> QuerySet:
    from casestudies.models import EventPage

    return EventPage.objects.live()


FOLLOWABLE: dict[str, Followable] = {
    followable.label: followable
    for followable in (
        Followable("topic", "network.Topic", lambda member: Topic.objects.all()),
        Followable("platform", "network.Platform", lambda member: Platform.objects.all()),
        Followable("institution", "network.Institution", lambda member: Institution.objects.all()),
        Followable(
            "member",
            "network.Member",
            lambda member: Member.objects.visible_to(member).exclude(pk=member.pk),
        ),
        Followable("category", "forums.Category", _forum_categories),
        Followable("event", "casestudies.EventPage", _live_events),
    )
}

FOLLOWABLE_KINDS: dict[str, Followable] = {
    followable.kind: followable for followable in FOLLOWABLE.values()
}


def followable_of(target: models.Model) -> Followable:
    try:
        return FOLLOWABLE[type(target)._meta.label]
    except KeyError:
        raise FollowError(_("This cannot be followed.")) from None


def may_follow(member: Member, target: models.Model) -> bool:
    followable = followable_of(target)
    return followable.followable_by(member).filter(pk=target.pk).exists()


def follow(member: Member, target: models.Model) -> Follow:
    """Follows ``target``; following it again changes nothing."""
    followable = followable_of(target)
    if not followable.followable_by(member).filter(pk=target.pk).exists():
        raise FollowError(_("You cannot follow %(name)s.") % {"name": target})
    follow, _created = Follow.objects.get_or_create(
        member=member, content_type=followable.content_type(), object_id=target.pk
    )
    return follow


def unfollow(member: Member, target: models.Model) -> bool:
    """Stops following ``target``; True when the member was following it.

    Always allowed, even for something the member may no longer see.
    """
    deleted, _counts = _follows_of(member, target).delete()
    return deleted > 0


def toggle_follow(member: Member, target: models.Model) -> bool:
    """Follows ``target``, or stops following it; True when the member now follows it."""
    if unfollow(member, target):
        return False
    follow(member, target)
    return True


def is_following(member: Member, target: models.Model) -> bool:
    return member.is_authenticated and _follows_of(member, target).exists()


def followed(member: Member, model: type[models.Model]) -> QuerySet:
    """The rows of ``model`` the member follows and may still see."""
    followable = FOLLOWABLE[model._meta.label]
    followed_ids = Follow.objects.filter(
        member=member, content_type=followable.content_type()
    ).values("object_id")
    return followable.followable_by(member).filter(pk__in=followed_ids)


def followers_of(target: models.Model) -> QuerySet[Member]:
    followable = followable_of(target)
    return Member.objects.filter(
        follows__content_type=followable.content_type(), follows__object_id=target.pk
    )


@transaction.atomic
def set_followed(
    member: Member, model: type[models.Model], targets: Iterable[models.Model]
) -> None:
    """Makes ``targets`` exactly the rows of ``model`` that the member follows."""
    followable = FOLLOWABLE[model._meta.label]
    wanted = {target.pk for target in targets}
    allowed = set(
        followable.followable_by(member).filter(pk__in=wanted).values_list("pk", flat=True)
    )
    if wanted - allowed:
        raise FollowError(_("Some of these cannot be followed."))
    content_type = followable.content_type()
    mine = Follow.objects.filter(member=member, content_type=content_type)
    mine.exclude(object_id__in=wanted).delete()
    Follow.objects.bulk_create(
        [Follow(member=member, content_type=content_type, object_id=pk) for pk in wanted],
        ignore_conflicts=True,
    )


def _follows_of(member: Member, target: models.Model) -> QuerySet[Follow]:
    followable = followable_of(target)
    return Follow.objects.filter(
        member=member, content_type=followable.content_type(), object_id=target.pk
    )


def follow_keys(member: Member) -> set[tuple[str, int]]:
    """Everything the member follows as ("app_label.model", pk) pairs, in one query."""
    if not member.is_authenticated:
        return set()
    rows = member.follows.values_list("content_type__app_label", "content_type__model", "object_id")
    return {(f"{app_label}.{model}", object_id) for app_label, model, object_id in rows}


def follow_key(target: models.Model) -> tuple[str, int]:
    return (type(target)._meta.label_lower, target.pk)


def page_of(target: models.Model, request=None) -> str:
    """Where the target is shown; topics and platforms are followed from the profile page."""
    if isinstance(target, Topic | Platform):
        return reverse("network:profile_edit")
    get_url = getattr(target, "get_url", None)  # Wagtail pages
    if get_url is not None:
        return get_url(request)
    return target.get_absolute_url()


def follows_by_kind(member: Member) -> list[tuple[Followable, list[models.Model]]]:
    """What the member follows, kind by kind, for the profile page (one query per kind)."""
    return [
        (followable, list(followed(member, followable.model))) for followable in FOLLOWABLE.values()
    ]
