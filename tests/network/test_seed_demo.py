"""The demo network: realistic, complete, and the same however often it is loaded."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from casestudies.models import CaseStudyPage, EventPage, EventSession, SlideDeck
from forums.models import Category, Thread
from network.models import Institution, Member, Platform, Topic
from network.roles import Role

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {
        "institutions": Institution.objects.count(),
        "members": Member.objects.count(),
        "case_studies": CaseStudyPage.objects.live().count(),
        "events": EventPage.objects.live().count(),
        "sessions": EventSession.objects.count(),
        "decks": SlideDeck.objects.ready().count(),
        "threads": Thread.objects.count(),
    }


def test_seed_demo_builds_a_complete_bilingual_network_and_is_idempotent(capsys):
    call_command("seed_demo")
    first = _counts()
    call_command("seed_demo")

    assert _counts() == first
    assert first["institutions"] >= 12
    assert Institution.objects.values("country").distinct().count() >= 4
    assert {"FR", "CA"} <= set(Institution.objects.values_list("country", flat=True))
    assert first["members"] >= 30
    for role in Role:
        assert Member.objects.filter(groups__name=role.value).exists(), role
    assert not Topic.objects.annotate(n=Count("experts")).filter(n=0).exists()
    assert not Platform.objects.annotate(n=Count("members")).filter(n=0).exists()

    assert first["case_studies"] >= 20
    assert {"en", "fr"} <= set(
        CaseStudyPage.objects.live().values_list("locale__language_code", flat=True)
    )
    assert not Topic.objects.annotate(n=Count("case_studies")).filter(n=0).exists()
    assert first["events"] >= 3
    assert first["sessions"] >= 15
    assert first["decks"] >= 10
    assert all(deck.slides.count() == deck.page_count > 1 for deck in SlideDeck.objects.all())

    assert Category.objects.count() >= 8
    assert first["threads"] >= 60
    assert Thread.objects.filter(accepted_post__isnull=False).exists()
    assert Thread.objects.filter(is_locked=True).exists()
    assert Thread.objects.filter(split_from__isnull=False).exists()
    assert "member@demo.museum-commons.org" in capsys.readouterr().out
