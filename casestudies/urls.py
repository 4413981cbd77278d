"""All of the content app's URLs, under one namespace, grouped by area."""

from . import urls_decks, urls_events, urls_open, urls_submission

app_name = "casestudies"

urlpatterns = [
    *urls_submission.urlpatterns,
    *urls_decks.urlpatterns,
    *urls_events.urlpatterns,
    *urls_open.urlpatterns,
]
