"""Tells authors what moderators decided about their case studies."""

from django.dispatch import receiver
from wagtail.signals import workflow_approved, workflow_rejected

from network.notifications import notify

from .models import CaseStudyPage


def _authors_and_page(workflow_state):
    page = workflow_state.content_object
    if not isinstance(page.specific, CaseStudyPage):
        return None, []
    page = page.specific
    authors = {page.owner_id: page.owner} if page.owner_id else {}
    for author in page.get_latest_revision_as_object().authors.all():
        authors[author.pk] = author
    return page, [author for author in authors.values() if author.is_active]


@receiver(workflow_approved)
def tell_authors_it_is_published(sender, instance, user=None, **kwargs):
    page, authors = _authors_and_page(instance)
    for author in authors:
        notify(author, "casestudy_published", url=page.url or "", actor=user, title=page.title)


@receiver(workflow_rejected)
def tell_authors_what_to_change(sender, instance, user=None, **kwargs):
    page, authors = _authors_and_page(instance)
    comment = instance.current_task_state.comment if instance.current_task_state else ""
    draft = page.get_latest_revision_as_object() if page else None
    from django.urls import reverse

    for author in authors:
        notify(
            author,
            "casestudy_changes_requested",
            url=reverse("casestudies:case_study_edit", kwargs={"pk": page.pk}),
            actor=user,
            title=draft.title,
            comment=comment,
        )
