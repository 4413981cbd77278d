from django.conf import settings


def site_navigation(request):
    context = {"site_name": settings.WAGTAIL_SITE_NAME, "site_url": settings.SITE_URL}
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        context["unread_notifications"] = user.notifications.filter(read_at__isnull=True).count()
    return context
