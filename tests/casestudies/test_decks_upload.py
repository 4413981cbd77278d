"""Members upload slides; bad files are refused with a clear message and leave nothing behind."""

import html
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from casestudies import deck_processing
from casestudies.models import EventSession, SlideDeck
from network.models import Topic
from tests.casestudies import pdf_fixtures as files
from tests.casestudies.builders import publish_case_study, publish_event

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("casestudies:deck_upload")


@pytest.fixture
def owner(member_factory):
    return member_factory(display_name="Camille Roux")


def _form(**overrides):
    data = {
        "title": "Opening night, live",
        "description": "How we covered our vernissage on three networks.",
        "language": "en",
        "speakers": "",
        "session": "",
        "licence": "cc-by",
        "allow_download": "on",
    }
    data.update(overrides)
    return data


def _upload(client, member, data: bytes, name: str, capture, **overrides):
    client.force_login(member)
    with capture(execute=True):
        return client.post(UPLOAD_URL, _form(file=files.upload(data, name), **overrides))


def _stored_files() -> list[Path]:
    media = Path(settings.MEDIA_ROOT)
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


def _page_text(response) -> str:
    return html.unescape(response.content.decode())


def test_visitors_must_sign_in_to_upload_slides(client):
    response = client.get(UPLOAD_URL)

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_the_upload_form_names_the_member_as_speaker_and_accepts_files_by_content(client, owner):
    client.force_login(owner)

    response = client.get(UPLOAD_URL)

    content = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in content
    assert f'value="{owner.email}"' in content
    assert "at most 50 MB" in content


def test_a_40_page_pdf_uploaded_through_the_form_becomes_a_ready_deck(
    client, owner, django_capture_on_commit_callbacks
):
    response = _upload(
        client, owner, files.deck_pdf(40), "talk.pdf", django_capture_on_commit_callbacks
    )

    deck = SlideDeck.objects.get()
    assert response.status_code == 302
    assert response["Location"] == deck.get_absolute_url()
    assert deck.status == SlideDeck.Status.READY
    assert deck.page_count == 40
    assert list(deck.speakers.all()) == [owner]
    client.logout()
    for slide in deck.slides.all():
        page = client.get(slide.get_absolute_url())
        assert files.fact_text(slide.number) in _page_text(page)
        for image_url in (slide.image.url, slide.thumbnail.url):
            image = client.get(image_url)
            assert image.status_code == 200
            assert image["Content-Type"] == "image/webp"
    deep_link = client.get(f"/en/decks/{deck.slug}/slides/23/")
    assert deep_link.status_code == 200
    assert "Slide 23 of 40" in _page_text(deep_link)
    assert files.fact_text(23) in _page_text(deep_link)
    assert files.fact_text(22) not in _page_text(deep_link)


BAD_FILES = [
    pytest.param(files.truncated_pdf, "talk.pdf", "damaged or incomplete", id="truncated PDF"),
    pytest.param(files.corrupt_pdf, "talk.pdf", "damaged or incomplete", id="corrupt PDF"),
    pytest.param(files.encrypted_pdf, "talk.pdf", "protected by a password", id="encrypted PDF"),
    pytest.param(files.png_image, "talk.pdf", "This file is an image", id="image named .pdf"),
    pytest.param(files.html_page, "talk.pdf", "is not a PDF", id="HTML named .pdf"),
    pytest.param(lambda: b"   \n", "talk.pdf", "This file is empty.", id="blank file"),
    pytest.param(files.zip_bomb_pptx, "talk.pptx", "too much data", id="PPTX zip bomb"),
    pytest.param(files.word_document, "talk.pptx", "is not a PowerPoint", id="DOCX named .pptx"),
]


@pytest.mark.parametrize(("make_file", "name", "message"), BAD_FILES)
def test_a_bad_file_is_refused_with_a_clear_message_and_nothing_is_saved(
    client, owner, django_capture_on_commit_callbacks, make_file, name, message
):
    response = _upload(client, owner, make_file(), name, django_capture_on_commit_callbacks)

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["file"])
    assert message in _page_text(response)
    assert 'value="Opening night, live"' in response.content.decode()
    assert not SlideDeck.objects.exists()
    assert _stored_files() == []


def test_an_empty_file_is_refused(client, owner, django_capture_on_commit_callbacks):
    response = _upload(client, owner, b"", "talk.pdf", django_capture_on_commit_callbacks)

    assert response.context["form"].errors["file"]
    assert not SlideDeck.objects.exists()
    assert _stored_files() == []


def test_a_file_over_the_size_limit_is_refused(
    client, owner, settings, django_capture_on_commit_callbacks
):
    settings.DECK_MAX_BYTES = 1024 * 1024
    padded = files.deck_pdf(2) + b"\n%" + b"x" * (1024 * 1024)

    response = _upload(client, owner, padded, "talk.pdf", django_capture_on_commit_callbacks)

    assert "This file is 1.0 MB; the limit is 1 MB." in response.context["form"].errors["file"]
    assert not SlideDeck.objects.exists()
    assert _stored_files() == []


def test_a_pdf_with_too_many_pages_is_refused(
    client, owner, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(deck_processing, "MAX_PAGES", 5)

    response = _upload(
        client, owner, files.deck_pdf(6), "talk.pdf", django_capture_on_commit_callbacks
    )

    assert "This deck has 6 pages; the limit is 5." in response.context["form"].errors["file"]
    assert not SlideDeck.objects.exists()


@pytest.mark.parametrize(
    ("limit", "value"),
    [("ZIP_MAX_UNCOMPRESSED", 512 * 1024), ("ZIP_MAX_ENTRIES", 50)],
    ids=["too large once expanded", "too many entries"],
)
def test_a_presentation_beyond_the_zip_limits_is_refused_before_anything_is_extracted(
    client, owner, monkeypatch, django_capture_on_commit_callbacks, limit, value
):
    monkeypatch.setattr(deck_processing, limit, value)
    archive = (
        files.many_entries_pptx(60)
        if limit == "ZIP_MAX_ENTRIES"
        else files.pptx({"ppt/media/photo.bin": bytes(range(256)) * 4096})
    )

    response = _upload(client, owner, archive, "talk.pptx", django_capture_on_commit_callbacks)

    assert "too much data" in " ".join(response.context["form"].errors["file"])
    assert not SlideDeck.objects.exists()
    assert _stored_files() == []


@pytest.mark.parametrize("make_file", [files.pptx, files.odp], ids=["PPTX", "ODP"])
def test_a_presentation_is_refused_clearly_when_libreoffice_is_not_installed(
    client, owner, monkeypatch, django_capture_on_commit_callbacks, make_file
):
    monkeypatch.setattr(deck_processing.shutil, "which", lambda name: None)

    response = _upload(client, owner, make_file(), "talk.pptx", django_capture_on_commit_callbacks)

    assert response.context["form"].errors["file"] == [
        "Presentations can't be converted on this server; "
        "export your slides to PDF and upload that."
    ]
    assert not SlideDeck.objects.exists()
    assert _stored_files() == []


@pytest.fixture
def fake_libreoffice(monkeypatch):
    """LibreOffice as the code calls it: a program that writes <name>.pdf in --outdir."""
    calls = []

    def run(command, **kwargs):
        calls.append(command)
        outdir = Path(command[command.index("--outdir") + 1])
        source = Path(command[-1])
        (outdir / f"{source.stem}.pdf").write_bytes(files.deck_pdf(2))
        return subprocess.CompletedProcess(command, 0, b"", b"")

    monkeypatch.setattr(
        deck_processing.shutil,
        "which",
        lambda name: "/usr/bin/soffice" if name == "soffice" else None,
    )
    monkeypatch.setattr(deck_processing.subprocess, "run", run)
    return calls


@pytest.mark.parametrize(
    ("make_file", "kind"), [(files.pptx, "pptx"), (files.odp, "odp")], ids=["PPTX", "ODP"]
)
def test_a_presentation_is_converted_to_pdf_with_libreoffice_and_becomes_ready(
    client, owner, fake_libreoffice, django_capture_on_commit_callbacks, make_file, kind
):
    response = _upload(client, owner, make_file(), "Talk.bin", django_capture_on_commit_callbacks)

    deck = SlideDeck.objects.get()
    assert response.status_code == 302
    assert deck.status == SlideDeck.Status.READY
    assert deck.page_count == 2
    assert deck.original.name.endswith(f".{kind}")
    assert deck.pdf.name.endswith(".pdf")
    [command] = fake_libreoffice
    assert command[0] == "/usr/bin/soffice"
    assert command[2:6] == ["--headless", "--norestore", "--convert-to", "pdf"]
    assert command[-1].endswith(f"slides.{kind}")
    download = client.get(reverse("casestudies:deck_download", kwargs={"slug": deck.slug}))
    assert f'filename="{deck.slug}.{kind}"' in download["Content-Disposition"]


def test_speakers_session_case_studies_and_topics_are_linked_at_upload(
    client, owner, member_factory, institution, django_capture_on_commit_callbacks
):
    co_speaker = member_factory(email="lea@museum.example")
    event = publish_event(owner=member_factory())
    session = EventSession.objects.create(
        event=event, title="Live coverage", starts_at=event.starts_at, ends_at=event.ends_at
    )
    case_study = publish_case_study(author=owner, institution=institution)
    topic = Topic.objects.get(slug="moderation")

    _upload(
        client,
        owner,
        files.deck_pdf(2),
        "talk.pdf",
        django_capture_on_commit_callbacks,
        speakers=f"{owner.email}, LEA@museum.example",
        session=session.pk,
        case_studies=[case_study.pk],
        topics=[topic.pk],
        licence="cc-by-sa",
        allow_download="",
    )

    deck = SlideDeck.objects.get()
    assert set(deck.speakers.all()) == {owner, co_speaker}
    assert deck.session == session
    assert list(deck.case_studies.all()) == [case_study]
    assert list(deck.topics.all()) == [topic]
    assert deck.licence == "cc-by-sa"
    assert deck.allow_download is False


@pytest.mark.parametrize(
    ("speakers", "message"),
    [
        ("nobody@nowhere.example", "No member has the address nobody@nowhere.example."),
        ("not-an-address", "“not-an-address” is not an e-mail address."),
    ],
)
def test_a_speaker_address_that_is_not_a_members_is_an_error_and_nothing_is_saved(
    client, owner, django_capture_on_commit_callbacks, speakers, message
):
    response = _upload(
        client,
        owner,
        files.deck_pdf(2),
        "talk.pdf",
        django_capture_on_commit_callbacks,
        speakers=f"{owner.email}, {speakers}",
    )

    assert response.context["form"].errors["speakers"] == [message]
    assert not SlideDeck.objects.exists()
    assert _stored_files() == []


def test_a_deck_titled_like_the_upload_page_gets_another_address(
    client, owner, django_capture_on_commit_callbacks
):
    _upload(
        client,
        owner,
        files.deck_pdf(1),
        "talk.pdf",
        django_capture_on_commit_callbacks,
        title="Upload",
    )

    deck = SlideDeck.objects.get()
    assert deck.slug != "upload"
    assert client.get(deck.get_absolute_url()).status_code == 200


@pytest.fixture
def deck(owner):
    return files.ready_deck(owner, pages=2, description="The first version.")


def _edit_url(deck):
    return reverse("casestudies:deck_edit", kwargs={"slug": deck.slug})


def test_the_owner_edits_a_decks_details_but_not_its_file(client, owner, deck, member_factory):
    co_speaker = member_factory(email="lea@museum.example")
    original = deck.original.name
    client.force_login(owner)

    form_page = client.get(_edit_url(deck))
    response = client.post(
        _edit_url(deck),
        _form(
            title="Opening night, live (2nd edition)",
            description="Updated after the talk.",
            language="fr",
            speakers="lea@museum.example",
            topics=[Topic.objects.get(slug="moderation").pk],
            licence="all-rights-reserved",
        ),
    )

    assert form_page.status_code == 200
    assert 'name="file"' not in form_page.content.decode()
    assert response.status_code == 302
    deck.refresh_from_db()
    assert deck.title == "Opening night, live (2nd edition)"
    assert deck.description == "Updated after the talk."
    assert deck.language == "fr"
    assert list(deck.speakers.all()) == [co_speaker]
    assert deck.licence == "all-rights-reserved"
    assert deck.original.name == original
    assert deck.slides.count() == 2


@pytest.mark.parametrize("method", ["get", "post"])
def test_another_member_cannot_edit_a_deck(client, deck, member_factory, method):
    client.force_login(member_factory())

    response = getattr(client, method)(_edit_url(deck), _form(title="Taken over"))

    assert response.status_code == 403
    deck.refresh_from_db()
    assert deck.title == "Opening night, live"


def test_visitors_are_asked_to_sign_in_before_editing(client, deck):
    response = client.post(_edit_url(deck), _form(title="Taken over"))

    assert response.status_code == 302
    deck.refresh_from_db()
    assert deck.title == "Opening night, live"


def test_an_invalid_edit_changes_nothing(client, owner, deck):
    client.force_login(owner)

    response = client.post(_edit_url(deck), _form(title="", speakers="nobody@nowhere.example"))

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"title", "speakers"}
    deck.refresh_from_db()
    assert deck.title == "Opening night, live"
    assert list(deck.speakers.all()) == [owner]
