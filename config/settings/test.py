"""Fast, isolated settings for the test suite.

Real services are still used when their URLs are set (CI sets them): the
database from DATABASE_URL, the broker from CELERY_BROKER_URL and the engine
from SEARCH_URL. Everything else is in memory.
"""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default=VAR_DIR / "test-media")  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Only tests/search index into the engine, each under its own prefix.
SEARCH_AUTOSYNC = False
# Rate limits are exercised by their own tests, which switch them back on.
ACCOUNT_RATE_LIMITS = False
# Commands such as seed_demo rebuild indices; in tests they never touch a real site's.
SEARCH_INDEX_PREFIX = "test-museum-commons"
