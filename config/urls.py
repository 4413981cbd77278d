from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from network.language import switch_language
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", switch_language, name="set_language"),
    path("healthz/", search_views.health, name="health"),
    path("api/search/", include("search.urls_api")),
    path("api/", include("casestudies.urls_api")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("network.urls")),
    path("", include("casestudies.urls")),
    path("", include("forums.urls")),
    path("", include("search.urls_saved")),
    path("", include("search.urls_peers")),
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)


def serve_media(request, path):
    """Uploaded media (avatars, slide images), from MEDIA_ROOT as it is at request time.

    A large deployment puts a web server or object storage in front of MEDIA_URL;
    a small one is served well enough from here.
    """
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns.insert(0, path("media/<path:path>", serve_media))
