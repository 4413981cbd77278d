from django import template
from django.urls import translate_url
from django.utils.translation import get_language

from network.notifications import message_for

register = template.Library()


@register.filter
def notification_message(notification) -> str:
    return message_for(notification)


@register.filter
def notification_url(notification) -> str:
    """The notification's link in the reader's language, whichever language it was made in."""
    return translate_url(notification.url, get_language()) if notification.url else ""
