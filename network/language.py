"""Switching the interface language."""

from django.utils.translation import check_for_language
from django.views.i18n import set_language


def switch_language(request):
    """Django's set_language, which also saves the choice on the member's profile."""
    response = set_language(request)
    language = request.POST.get("language", "")
    user = request.user
    if (
        request.method == "POST"
        and user.is_authenticated
        and check_for_language(language)
        and user.preferred_language != language
    ):
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    return response
