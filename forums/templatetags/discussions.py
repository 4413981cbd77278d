"""``{% discussion_link obj %}``: the "Discuss" link of a case study, slide deck or session.

On a page listing many objects (an event's sessions), count them all at once::

    {% discussion_counts event.sessions.all as counts %}
    {% for session in event.sessions.all %}{% discussion_link session counts %}{% endfor %}
"""

from django import template

from forums import discussions

register = template.Library()


@register.inclusion_tag("forums/_discussion_link.html")
def discussion_link(obj, counts: dict[int, int] | None = None) -> dict:
    """Links to the object's discussion (created when first needed), with its reply count."""
    count = counts.get(obj.pk, 0) if counts is not None else discussions.reply_count(obj)
    return {"url": discussions.discuss_url(obj), "count": count}


@register.simple_tag
def discussion_counts(objects) -> dict[int, int]:
    return discussions.reply_counts(objects)
