from django.core.cache import cache
from django.utils.translation import get_language

from .models import CaseStudyIndexPage, EventIndexPage


def content_navigation(request):
    """Links to each language's case-study and event indexes, for the site header."""
    language = (get_language() or "en")[:2]
    key = f"content-navigation:{language}"
    urls = cache.get(key)
    if urls is None:
        urls = {}
        for name, model in (
            ("case_studies_url", CaseStudyIndexPage),
            ("events_url", EventIndexPage),
        ):
            index = model.objects.live().filter(locale__language_code=language).first()
            urls[name] = index.url if index else ""
        if all(urls.values()):
            cache.set(key, urls, 300)
    return urls
