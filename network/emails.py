"""Sends a member an e-mail rendered in their own language.

Every message has a plain-text body and an HTML alternative, built from
``templates/<prefix>_subject.txt``, ``<prefix>.txt`` and ``<prefix>.html``.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from .models import Member


def send_member_email(
    member: Member, template_prefix: str, context: dict, *, headers: dict | None = None
) -> None:
    with translation.override(member.preferred_language):
        context = {"member": member, "site_url": settings.SITE_URL, **context}
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        text = render_to_string(f"{template_prefix}.txt", context)
        html = render_to_string(f"{template_prefix}.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        to=[member.email],
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    message.send()
