"""``manage.py import_casestudies``: checked first, then all or nothing, and idempotent."""

import copy
import json
from io import StringIO
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from casestudies.models import CaseStudyPage
from network.models import Institution, Member, Membership
from tests.casestudies.builders import publish_case_study

pytestmark = pytest.mark.django_db

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "casestudies.json"


@pytest.fixture
def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def import_file(path, *options) -> str:
    output = StringIO()
    call_command("import_casestudies", str(path), *options, stdout=output)
    return output.getvalue()


def run_import(tmp_path, data, *options) -> str:
    path = tmp_path / "import.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return import_file(path, *options)


def failed_import(tmp_path, data) -> str:
    with pytest.raises(CommandError) as raised:
        run_import(tmp_path, data)
    return str(raised.value)


def test_the_example_file_publishes_its_case_studies_with_their_authors_and_institutions(
    client, tmp_path, example
):
    output = import_file(EXAMPLE)

    english = CaseStudyPage.objects.get(slug="night-of-museums-live-coverage")
    french = CaseStudyPage.objects.get(slug="nuit-des-musees-en-direct")
    assert "2 created, 0 updated" in output
    assert english.live and french.live
    assert (english.locale.language_code, french.locale.language_code) == ("en", "fr")
    assert [str(author) for author in english.authors.all()] == ["Alex Tremblay", "Camille Martin"]
    assert set(english.institutions.values_list("slug", flat=True)) == {
        "musee-des-confluences-exemple",
        "musee-de-la-civilisation-exemple",
    }
    assert english.topics.count() == 2
    assert english.outcomes.first().label == "Story views during the evening"
    page = client.get(english.url)
    assert page.status_code == 200
    assert "Covering the Night of Museums live" in page.content.decode()
    assert client.get(french.url).status_code == 200


def test_french_and_english_versions_are_linked_as_wagtail_translations(client):
    import_file(EXAMPLE)

    english = CaseStudyPage.objects.get(slug="night-of-museums-live-coverage")
    french = CaseStudyPage.objects.get(slug="nuit-des-musees-en-direct")
    assert english.translation_key == french.translation_key
    assert [page.pk for page in english.get_translations()] == [french.pk]
    assert f'href="{french.url}"' in client.get(english.url).content.decode()


def test_importing_again_updates_the_same_pages_instead_of_duplicating_them(tmp_path, example):
    import_file(EXAMPLE)
    english_before = CaseStudyPage.objects.get(slug="night-of-museums-live-coverage")
    changed = copy.deepcopy(example)
    changed["case_studies"][0]["title"] = "Covering the Night of Museums, revised"
    changed["case_studies"][0]["topics"] = ["live-coverage"]

    output = run_import(tmp_path, changed)

    assert "0 created, 2 updated" in output
    assert "0 created, 2 already on the network" in output
    assert CaseStudyPage.objects.count() == 2
    assert Member.objects.filter(email__endswith="@example.org").count() == 2
    assert Institution.objects.filter(slug__endswith="-exemple").count() == 2
    english = CaseStudyPage.objects.get(pk=english_before.pk)
    assert english.title == "Covering the Night of Museums, revised"
    assert list(english.topics.values_list("slug", flat=True)) == ["live-coverage"]
    assert english.outcomes.count() == 2


def test_importing_the_same_file_twice_gives_the_same_pages():
    import_file(EXAMPLE)
    pages = set(CaseStudyPage.objects.values_list("pk", "translation_key", "url_path"))

    output = import_file(EXAMPLE)

    assert "0 created, 2 updated" in output
    assert set(CaseStudyPage.objects.values_list("pk", "translation_key", "url_path")) == pages


def test_created_authors_cannot_log_in_until_they_claim_their_account_by_password_reset(
    client, example
):
    import_file(EXAMPLE)
    author = Member.objects.get(email="camille.martin@example.org")

    assert not author.has_usable_password()
    assert not EmailAddress.objects.get(user=author).verified
    assert author.preferred_language == "fr"
    membership = Membership.objects.get(member=author)
    assert membership.institution.slug == "musee-des-confluences-exemple"
    assert membership.status == Membership.Status.VERIFIED

    client.post(reverse("account_reset_password"), {"email": author.email})

    assert [message.to for message in mail.outbox] == [[author.email]]


def test_existing_members_and_institutions_are_matched_and_left_unchanged(
    member_factory, institution_factory, example
):
    camille = member_factory(email="Camille.Martin@example.org", display_name="Camille M.")
    museum = institution_factory(slug="musee-des-confluences-exemple", name="Confluences")

    output = import_file(EXAMPLE)

    assert "1 created, 1 already on the network" in output
    camille.refresh_from_db()
    museum.refresh_from_db()
    assert camille.display_name == "Camille M."
    assert camille.has_usable_password()
    assert museum.name == "Confluences"
    english = CaseStudyPage.objects.get(slug="night-of-museums-live-coverage")
    assert camille in english.authors.all()


def test_the_draft_option_saves_case_studies_without_publishing_them(client):
    output = import_file(EXAMPLE, "--draft")

    english = CaseStudyPage.objects.get(slug="night-of-museums-live-coverage")
    assert "(drafts)" in output
    assert not english.live
    assert english.get_latest_revision_as_object().title.startswith("Covering the Night")
    assert client.get("/en/case-studies/night-of-museums-live-coverage/").status_code == 404

    import_file(EXAMPLE)

    assert client.get("/en/case-studies/night-of-museums-live-coverage/").status_code == 200


def test_a_file_that_is_not_json_is_refused_with_its_line_number(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"case_studies": [\n  {"key": "x",}\n]}', encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        call_command("import_casestudies", str(path), stdout=StringIO())

    assert "line 2" in str(raised.value)
    assert CaseStudyPage.objects.count() == 0


def test_every_problem_is_reported_with_its_json_path_and_nothing_is_saved(tmp_path, example):
    broken = copy.deepcopy(example)
    broken["case_studies"][1]["topics"] = ["live-coverage", "tiktk"]
    del broken["case_studies"][0]["summary"]
    broken["case_studies"][0]["authors"].append("nobody@example.org")
    broken["case_studies"][0]["budget_band"] = "millions"
    broken["authors"][1]["institution"] = "musee-inconnu"
    broken["institutions"][0]["colour"] = "blue"

    message = failed_import(tmp_path, broken)

    assert 'case_studies[1].topics[1]: unknown topic "tiktk"' in message
    assert "case_studies[0].summary: this field is required" in message
    assert 'case_studies[0].authors[2]: unknown author "nobody@example.org"' in message
    assert "case_studies[0].budget_band: " in message
    assert 'authors[1].institution: unknown institution "musee-inconnu"' in message
    assert "institutions[0].colour: unknown field" in message
    assert CaseStudyPage.objects.count() == 0
    assert not Institution.objects.filter(slug__endswith="-exemple").exists()
    assert not Member.objects.filter(email__endswith="@example.org").exists()


def test_translation_links_must_name_an_original_in_another_language(tmp_path, example):
    broken = copy.deepcopy(example)
    broken["case_studies"][1]["translation_of"] = "missing-key"
    duplicate = copy.deepcopy(broken["case_studies"][0]) | {"key": "Not A Slug"}

    message = failed_import(
        tmp_path, {**broken, "case_studies": [*broken["case_studies"], duplicate]}
    )

    assert 'case_studies[1].translation_of: no case study has the key "missing-key"' in message
    assert "case_studies[2].key: use lowercase letters" in message
    assert CaseStudyPage.objects.count() == 0


def test_a_key_already_used_by_a_members_own_case_study_is_refused(
    tmp_path, example, member, institution
):
    publish_case_study(author=member, institution=institution, slug="nuit-des-musees-en-direct")
    publish_case_study(
        author=member,
        institution=institution,
        language="fr",
        title="Autre étude",
        slug="nuit-des-musees-en-direct",
    )

    message = failed_import(tmp_path, example)

    assert 'case_studies[1].key: the address "nuit-des-musees-en-direct" is already used' in message
    assert CaseStudyPage.objects.count() == 2


def test_an_empty_or_malformed_top_level_is_refused(tmp_path):
    assert "case_studies: this field is required" in failed_import(tmp_path, {"authors": []})
    assert "one JSON object" in failed_import(tmp_path, ["not", "an", "object"])


def test_the_full_example_in_the_format_documentation_imports_as_documented(tmp_path):
    documentation = (EXAMPLE.parents[1] / "import-format.md").read_text(encoding="utf-8")
    full_example = documentation.split("## Full example")[1].split("```json")[1].split("```")[0]

    output = run_import(tmp_path, json.loads(full_example))

    assert "2 created, 0 updated" in output
    assert CaseStudyPage.objects.get(slug="nuit-des-musees-en-direct").licence == "cc-by"


def test_an_address_renamed_in_the_admin_survives_the_next_import():
    import_file(EXAMPLE)
    page = CaseStudyPage.objects.get(slug="night-of-museums-live-coverage")
    page.slug = "night-of-museums"
    page.save_revision().publish()

    output = import_file(EXAMPLE)

    page.refresh_from_db()
    assert "0 created, 2 updated" in output
    assert page.slug == "night-of-museums"
    assert CaseStudyPage.objects.count() == 2
