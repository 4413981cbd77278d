"""Keeps the language a member chose across devices and sessions."""

from django.conf import settings


class MemberLanguageMiddleware:
    """Sets the language cookie from the member's saved preference.

    Django's LocaleMiddleware reads the cookie on the next request, so a member
    who signs in on a new device lands in their own language from then on.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
            if (
                cookie != user.preferred_language
                and settings.LANGUAGE_COOKIE_NAME not in response.cookies
            ):
                response.set_cookie(
                    settings.LANGUAGE_COOKIE_NAME,
                    user.preferred_language,
                    max_age=settings.LANGUAGE_COOKIE_AGE,
                    secure=settings.LANGUAGE_COOKIE_SECURE,
                    httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                    samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                )
        return response
