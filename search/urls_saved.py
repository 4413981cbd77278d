"""A member's saved searches, under the search page's own address."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views_saved

app_name = "saved_searches"

urlpatterns = [
    path(_("search/saved/"), views_saved.saved_list, name="list"),
    path(_("search/saved/new/"), views_saved.saved_create, name="create"),
    path(_("search/saved/<int:pk>/alert/"), views_saved.saved_toggle_alert, name="toggle_alert"),
    path(_("search/saved/<int:pk>/delete/"), views_saved.saved_delete, name="delete"),
]
