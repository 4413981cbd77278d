"""The forums' URLs: reading and posting, then moderation."""

from . import urls_moderation, urls_reading

app_name = "forums"

urlpatterns = [*urls_reading.urlpatterns, *urls_moderation.urlpatterns]
