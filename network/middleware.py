"""Keeps the language a member chose across devices and sessions."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


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


class ContentSecurityPolicyMiddleware:
    """A strict Content-Security-Policy for the public site: no inline script or style.

    Wagtail's and Django's admin interfaces still rely on inline styles and
    scripts, so staff pages under ADMIN_PATH_PREFIXES get a looser policy. A
    view that sets its own policy (the slide-deck embed, which other sites may
    frame) keeps it.
    """

    SITE_POLICY = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
    ADMIN_POLICY = (
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; "
        "base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
    )
    ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path.startswith(self.ADMIN_PATH_PREFIXES)
            response["Content-Security-Policy"] = self.ADMIN_POLICY if admin else self.SITE_POLICY
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that the JSON API, which has no language prefix, keeps its 404s.

    With ``prefix_default_language`` Django redirects any unprefixed 404 to
    ``/en/…``, and Wagtail's catch-all makes every such path look servable.
    """

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
