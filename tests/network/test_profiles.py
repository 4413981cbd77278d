import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

pytestmark = pytest.mark.django_db


def _image_bytes(fmt="PNG", size=(800, 600)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (29, 78, 95)).save(buffer, format=fmt)
    return buffer.getvalue()


def _profile_data(**overrides):
    data = {
        "display_name": "Léa Martin",
        "job_title": "Chargée de communication numérique",
        "bio": "I run the museum's Instagram and its editorial calendar.",
        "expertise": [],
        "platforms": [],
        "languages": ["fr", "en"],
        "profile_visibility": "public",
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "notification_emails": "immediately",
    }
    data.update(overrides)
    return data


def test_member_completes_their_profile(client, member):
    client.force_login(member)

    response = client.post(reverse("network:profile_edit"), _profile_data())

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.display_name == "Léa Martin"
    assert member.languages == ["fr", "en"]
    assert member.preferred_language == "fr"


def test_profile_page_shows_expertise_and_languages(client, member_factory):
    person = member_factory(display_name="Jonas Weber", expertise=["moderation"])
    person.languages = ["de", "en"]
    person.save()

    page = client.get(person.get_absolute_url()).content.decode()

    assert "Jonas Weber" in page
    assert "Moderation and troll handling" in page
    assert "German, English" in page


def test_members_only_profile_is_refused_to_visitors_but_shown_to_members(client, member_factory):
    private = member_factory(display_name="Private Person", profile_visibility="members")

    anonymous = client.get(private.get_absolute_url())
    client.force_login(member_factory())
    signed_in = client.get(private.get_absolute_url())

    assert anonymous.status_code == 403
    assert "Private Person" not in anonymous.content.decode()
    assert signed_in.status_code == 200
    assert "Private Person" in signed_in.content.decode()


def test_profile_edit_requires_sign_in(client):
    response = client.get(reverse("network:profile_edit"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_avatar_is_reencoded_and_resized(client, member):
    client.force_login(member)
    upload = SimpleUploadedFile("photo.jpg", _image_bytes("JPEG", (1600, 1200)), "image/jpeg")

    client.post(reverse("network:profile_edit"), {**_profile_data(), "avatar": upload})

    member.refresh_from_db()
    assert member.avatar.name.endswith(".webp")
    with Image.open(member.avatar.path) as stored:
        assert max(stored.size) == 400


def test_file_pretending_to_be_an_image_is_refused_and_the_typed_fields_are_kept(client, member):
    client.force_login(member)
    fake = SimpleUploadedFile("avatar.png", b"%PDF-1.4 not an image at all", "image/png")

    response = client.post(
        reverse("network:profile_edit"),
        {**_profile_data(display_name="Typed Name"), "avatar": fake},
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "not an image we can read" in page
    assert 'value="Typed Name"' in page
    member.refresh_from_db()
    assert member.display_name != "Typed Name"
    assert not member.avatar


def test_oversized_avatar_is_refused_with_its_size(client, member, settings):
    settings.AVATAR_MAX_BYTES = 10_000
    client.force_login(member)
    big = SimpleUploadedFile(
        "big.png", _image_bytes("PNG", (1500, 1500)) + b"\0" * 20_000, "image/png"
    )

    response = client.post(reverse("network:profile_edit"), {**_profile_data(), "avatar": big})

    assert response.status_code == 200
    assert "the limit is" in response.content.decode()


def test_svg_avatar_is_refused(client, member):
    client.force_login(member)
    svg = SimpleUploadedFile(
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "image/svg+xml",
    )

    response = client.post(reverse("network:profile_edit"), {**_profile_data(), "avatar": svg})

    assert response.status_code == 200
    member.refresh_from_db()
    assert not member.avatar


def test_script_in_bio_is_shown_as_text_not_run(client, member):
    client.force_login(member)
    client.post(
        reverse("network:profile_edit"),
        _profile_data(bio='<script>alert("x")</script><img src=x onerror=alert(1)>'),
    )

    page = client.get(member.get_absolute_url()).content.decode()

    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page
    assert "<img src=x" not in page


def test_empty_display_name_gives_a_clear_error(client, member):
    client.force_login(member)

    response = client.post(reverse("network:profile_edit"), _profile_data(display_name=""))

    assert response.status_code == 200
    assert response.context["form"].errors["display_name"]
