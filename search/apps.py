from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.conf import settings

        from . import bridge, signals

        signals.connect()
        if settings.SEARCH_URL:
            bridge.register()
