from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views_submission as views

urlpatterns = [
    path(_("share/case-study/"), views.case_study_new, name="case_study_new"),
    path(_("share/case-study/<int:pk>/"), views.case_study_edit, name="case_study_edit"),
    path(
        _("share/case-study/<int:pk>/preview/"), views.case_study_preview, name="case_study_preview"
    ),
    path(_("share/case-study/<int:pk>/submit/"), views.case_study_submit, name="case_study_submit"),
    path(
        _("share/case-study/<int:pk>/translate/"),
        views.case_study_translate,
        name="case_study_translate",
    ),
    path(_("share/mine/"), views.my_contributions, name="my_contributions"),
    path(_("moderation/case-studies/"), views.moderation_queue, name="moderation_queue"),
    path(_("moderation/case-studies/<int:pk>/"), views.moderation_decide, name="moderation_decide"),
]
