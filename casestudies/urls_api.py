"""The read-only JSON API, outside the language prefixes: /api/…"""

from django.urls import path

from . import api

app_name = "api"

urlpatterns = [
    path("case-studies/", api.case_study_list, name="case_study_list"),
    path("case-studies/<int:pk>/", api.case_study_detail, name="case_study_detail"),
    path("decks/", api.deck_list, name="deck_list"),
    path("decks/<slug:slug>/", api.deck_detail, name="deck_detail"),
    path("events/", api.event_list, name="event_list"),
    path("events/<int:pk>/", api.event_detail, name="event_detail"),
]
