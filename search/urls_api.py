"""The search API, outside the language prefixes: /api/search/…; documented in the README."""

from django.urls import path

from . import views

app_name = "search_api"

urlpatterns = [
    path("", views.search_api, name="search"),
    path("suggest/", views.suggest_api, name="suggest"),
]
