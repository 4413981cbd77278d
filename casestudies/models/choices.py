from django.db import models
from django.utils.translation import gettext_lazy as _


class Licence(models.TextChoices):
    CC_BY = "cc-by", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa", "CC BY-SA 4.0"
    CC_BY_NC = "cc-by-nc", "CC BY-NC 4.0"
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
}


class BudgetBand(models.TextChoices):
    NONE = "none", _("No budget")
    UNDER_1K = "under-1k", _("Under €1,000")
    FROM_1K_TO_10K = "1k-10k", _("€1,000 to €10,000")
    FROM_10K_TO_50K = "10k-50k", _("€10,000 to €50,000")
    OVER_50K = "over-50k", _("Over €50,000")


class TeamSize(models.TextChoices):
    SOLO = "solo", _("One person")
    SMALL = "2-5", _("2 to 5 people")
    MEDIUM = "6-15", _("6 to 15 people")
    LARGE = "over-15", _("More than 15 people")
