"""Pictures in posts: checked by content, re-encoded without metadata, shown only from here."""

import datetime as dt
import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from forums.models import Post, Suspension

pytestmark = pytest.mark.django_db

GPS_TAG = 0x8825


def image_file(name="photo.jpg", image_format="JPEG", size=(64, 48), exif=None):
    buffer = io.BytesIO()
    extra = {"exif": exif} if exif is not None else {}
    Image.new("RGB", size, (200, 80, 40)).save(buffer, image_format, **extra)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def upload(client, file, **data):
    return client.post(reverse("forums:image_upload"), {"image": file, **data})


def stored_files(settings):
    return sorted((settings.MEDIA_ROOT / "forum").rglob("*.webp"))


def test_an_uploaded_photo_is_stored_as_webp_and_its_markdown_offered(client, member, settings):
    client.force_login(member)

    response = upload(client, image_file(), description="Our [night] team")
    page = response.content.decode()

    files = stored_files(settings)
    assert response.status_code == 200
    assert len(files) == 1
    assert Image.open(files[0]).format == "WEBP"
    url = f"/media/{files[0].relative_to(settings.MEDIA_ROOT).as_posix()}"
    assert f"![Our \\[night\\] team]({url})" in page


def test_location_and_camera_metadata_are_removed(client, member, settings):
    exif = Image.Exif()
    exif[0x010F] = "SpyCam"  # camera maker
    exif[GPS_TAG] = {1: "N", 2: (48.0, 51.0, 24.0)}
    client.force_login(member)

    upload(client, image_file(exif=exif.tobytes()))

    stored = Image.open(stored_files(settings)[0])
    assert not stored.getexif()
    assert "exif" not in stored.info
    assert "xmp" not in stored.info


def test_a_file_that_is_not_an_image_is_refused_clearly(client, member, settings):
    client.force_login(member)
    fake = SimpleUploadedFile("photo.png", b"<script>alert(1)</script>", content_type="image/png")

    response = upload(client, fake)

    assert response.status_code == 400
    assert "This file is not an image we can read." in response.content.decode()
    assert not (settings.MEDIA_ROOT / "forum").exists()


def test_an_image_over_the_size_limit_is_refused_clearly(client, member, settings):
    settings.FORUM_IMAGE_MAX_BYTES = 1024
    client.force_login(member)

    noise = io.BytesIO()
    Image.frombytes("RGB", (64, 64), os.urandom(64 * 64 * 3)).save(noise, "PNG")

    response = upload(client, SimpleUploadedFile("noise.png", noise.getvalue()))

    assert response.status_code == 400
    assert "the limit is" in response.content.decode()


def test_the_page_script_gets_the_markdown_as_json(client, member):
    client.force_login(member)

    done = client.post(
        reverse("forums:image_upload"),
        {"image": image_file()},
        headers={"accept": "application/json"},
    )
    refused = client.post(
        reverse("forums:image_upload"),
        {"image": SimpleUploadedFile("x.gif", b"GIF89a nonsense")},
        headers={"accept": "application/json"},
    )

    assert done.json()["markdown"].startswith("![image](/media/forum/")
    assert refused.status_code == 400
    assert refused.json()["errors"]


def test_visitors_and_suspended_members_cannot_upload(client, member):
    Suspension.objects.create(
        member=member, reason="Spam", ends_at=timezone.now() + dt.timedelta(days=1)
    )

    visitor = upload(client, image_file())
    client.force_login(member)
    suspended = upload(client, image_file())

    assert visitor["Location"].startswith(reverse("account_login"))
    assert suspended.status_code == 403


def test_posts_show_images_from_this_site_and_only_describe_the_others(
    client, trusted_member, thread_factory
):
    client.force_login(trusted_member)
    snippet = upload(client, image_file(), description="Our team").content.decode()
    own = snippet.split("![Our team](")[1].split(")")[0]
    body = f"![Our team]({own})\n\n![tracker](https://evil.example/pixel.gif)"
    thread = thread_factory(trusted_member, body=body)

    page = client.get(thread.get_absolute_url()).content.decode()

    assert f'<img src="{own}" alt="Our team">' in page
    assert "evil.example" not in page
    assert '<span class="forum-image-removed">[tracker]</span>' in page
    assert Post.objects.filter(body=body).exists()
