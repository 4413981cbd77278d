"""Shared fixtures, and the rule for tests that need a real service.

A test marked ``postgres``, ``redis``, ``opensearch`` or ``browser`` runs when
that service is configured and skips with the reason otherwise. Under
``CI=true`` such a skip is reported as a failure: CI provisions every service,
so a skip there means something is broken.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from network.roles import Role
from tests.factories import InstitutionFactory, MemberFactory, MembershipFactory

IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


def _service_missing(name: str) -> str | None:
    """The reason a service is unavailable, or None when it is configured."""
    if name == "postgres" and not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return "needs PostgreSQL: set DATABASE_URL=postgres://… (scripts/services.sh start)"
    if name == "redis" and not settings.CELERY_BROKER_URL.startswith("redis"):
        return "needs Redis: set CELERY_BROKER_URL=redis://… (scripts/services.sh start)"
    if name == "opensearch" and not settings.SEARCH_URL:
        return "needs the search engine: set SEARCH_URL=http://… (scripts/opensearch.sh start)"
    if name == "browser" and not Path(CHROMIUM_PATH).exists():
        return f"needs Debian's Chromium at {CHROMIUM_PATH} (apt-get install chromium)"
    return None


def pytest_collection_modifyitems(config, items):
    """Tests about SQLite's own machinery are not skipped elsewhere but left out (not a service)."""
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return
    kept = [item for item in items if item.get_closest_marker("sqlite_only") is None]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept


def pytest_runtest_setup(item):
    for marker in item.iter_markers():
        reason = _service_missing(marker.name)
        if reason:
            pytest.skip(reason)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"Skipped under CI=true, where every service must be present: {reason}"


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rendered fragments and rate-limit counters never leak from one test to the next."""
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Requests activate their URL's language on the thread; each test starts in English."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def home_page(db):
    from casestudies.site_setup import ensure_site_structure

    return ensure_site_structure()


@pytest.fixture
def member(db):
    return MemberFactory()


@pytest.fixture
def member_factory(db):
    return MemberFactory


@pytest.fixture
def institution(db):
    return InstitutionFactory()


@pytest.fixture
def institution_factory(db):
    return InstitutionFactory


@pytest.fixture
def membership_factory(db):
    return MembershipFactory


@pytest.fixture
def members_by_role(db) -> dict[Role, object]:
    """One member per role, plus an anonymous visitor under the key None."""
    return {role: MemberFactory(role=None if role is Role.MEMBER else role) for role in Role}
