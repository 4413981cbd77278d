"""Loads the demo forums from ``forums/demo_content.py``; idempotent.

Threads are matched by category and title, so running the seed again leaves
existing discussions untouched. The heated thread's flagged replies are split
into their own debate, as a moderator would have done.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from network.markup import render_markdown
from network.models import Member, Topic

from . import demo_content
from .models import Category, ModerationLogEntry, Post, Reaction, Thread


@transaction.atomic
def seed_forums(members: dict[str, Member]) -> dict[str, int]:
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    for values in demo_content.CATEGORIES:
        values = dict(values)
        slug, topic = values.pop("slug"), values.pop("topic", None)
        Category.objects.update_or_create(
            slug=slug, defaults={**values, "topic": topics.get(topic)}
        )
    categories = {category.slug: category for category in Category.objects.all()}
    moderator = members.get("moderator@demo.museum-commons.org")
    created = 0
    for spec in demo_content.THREADS:
        category = categories[spec["category"]]
        if Thread.objects.filter(category=category, title=spec["title"]).exists():
            continue
        _create_thread(spec, category, members, moderator)
        created += 1
    return {
        "categories": Category.objects.count(),
        "threads": Thread.objects.count(),
        "created": created,
    }


def _create_thread(spec: dict, category: Category, members: dict[str, Member], moderator) -> None:
    started = timezone.now() - dt.timedelta(days=spec.get("days_ago", 30))
    thread = Thread.objects.create(
        category=category,
        title=spec["title"],
        author=members[spec["author"]],
        language=spec["language"],
        created_at=started,
        last_post_at=started,
        is_locked=spec.get("locked", False),
        is_pinned=spec.get("pinned", False),
    )
    posts = [
        Post(
            thread=thread,
            author=members[item["author"]],
            body=item["body"],
            body_html=render_markdown(item["body"]),
            created_at=started + dt.timedelta(minutes=item.get("minutes_after", 0)),
        )
        for item in spec["posts"]
    ]
    posts = Post.objects.bulk_create(posts)
    for reaction in spec.get("reactions", []):
        for email in reaction["by"]:
            Reaction.objects.get_or_create(
                post=posts[reaction["post"]], member=members[email], kind=reaction["kind"]
            )
    if "accepted" in spec:
        thread.accepted_post = posts[spec["accepted"]]
    split = [post for post, item in zip(posts, spec["posts"], strict=True) if item.get("split")]
    if split:
        debate = Thread.objects.create(
            category=category,
            title=spec["debate_title"],
            author=split[0].author,
            language=spec["language"],
            created_at=split[0].created_at,
            last_post_at=split[-1].created_at,
            post_count=len(split),
            split_from=thread,
        )
        Post.objects.filter(pk__in=[post.pk for post in split]).update(thread=debate)
        ModerationLogEntry.objects.create(
            moderator=moderator,
            action=ModerationLogEntry.Action.SPLIT,
            thread=thread,
            reason=spec.get("split_reason", ""),
            details={"debate": debate.pk, "posts": [post.pk for post in split]},
            created_at=split[-1].created_at + dt.timedelta(minutes=20),
        )
    remaining = [post for post in posts if post not in split]
    thread.post_count = len(remaining)
    thread.last_post_at = remaining[-1].created_at
    thread.save()
    if thread.is_locked:
        ModerationLogEntry.objects.create(
            moderator=moderator,
            action=ModerationLogEntry.Action.LOCK,
            thread=thread,
            reason=spec.get("lock_reason", ""),
            created_at=thread.last_post_at,
        )
