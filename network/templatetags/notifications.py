from django import template
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language

from network.notifications import message_for

register = template.Library()


@register.filter
def notification_message(notification) -> str:
    return message_for(notification)


@register.filter
def notification_url(notification) -> str:
    """The notification's link in the reader's language, whichever language it was made in.

    Links to Wagtail pages stay as they are: a page exists in one language's tree.
    """
    if not notification.url:
        return ""
    try:
        if resolve(notification.url).url_name == "wagtail_serve":
            return notification.url
    except Resolver404:
        return notification.url
    return translate_url(notification.url, get_language())
