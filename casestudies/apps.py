from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseStudiesConfig(AppConfig):
    name = "casestudies"
    verbose_name = _("Case studies")

    def ready(self):
        from . import signals  # noqa: F401
