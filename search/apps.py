from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.conf import settings

        from . import alerts, bridge, signals

        signals.connect()
        alerts.connect()
        if settings.SEARCH_URL:
            bridge.register()
