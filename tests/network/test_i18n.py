from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.translation import override

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def test_french_catalogue_is_complete():
    catalogue = polib.pofile(str(CATALOGUE))

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert untranslated == []
    assert fuzzy == []


def test_compiled_french_catalogue_matches_its_source():
    source = polib.pofile(str(CATALOGUE))
    compiled = polib.mofile(str(CATALOGUE.with_suffix(".mo")))

    compiled_singulars = {e.msgid: e.msgstr for e in compiled if e.msgid and not e.msgid_plural}
    source_singulars = {
        e.msgid: e.msgstr for e in source.translated_entries() if not e.msgid_plural
    }
    assert compiled_singulars == source_singulars


def test_root_redirects_to_the_browsers_language(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-CA,fr;q=0.9")

    assert response["Location"] == "/fr/"


def test_home_page_exists_in_both_languages(client, home_page):
    english = client.get("/en/").content.decode()
    french = client.get("/fr/").content.decode()

    assert "Museum professionals sharing" in english
    assert "Les professionnels des musées" in french
    assert 'lang="fr"' in french


def test_url_paths_are_translated(client):
    assert reverse("network:member_directory") == "/en/members/"
    with override("fr"):
        assert reverse("network:member_directory") == "/fr/membres/"


def test_language_switch_is_remembered_on_the_members_profile(client, member, home_page):
    client.force_login(member)

    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/en/members/"})

    member.refresh_from_db()
    assert member.preferred_language == "fr"
    assert response["Location"] == "/fr/membres/"


def test_signed_in_member_gets_the_language_cookie_from_their_profile(client, member, home_page):
    member.preferred_language = "fr"
    member.save()
    client.force_login(member)

    client.get("/en/")
    response = client.get("/")

    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    assert response["Location"] == "/fr/"


def test_dates_are_localised(client, member):
    member.date_joined = member.date_joined.replace(year=2025, month=2, day=3)
    member.save()

    english = client.get(f"/en/members/{member.handle}/").content.decode()
    french = client.get(f"/fr/membres/{member.handle}/").content.decode()

    assert "February 2025" in english
    assert "février 2025" in french
