"""Pictures in forum posts: checked by content, re-encoded to WebP, stored under forum/.

The upload is decoded by ``network.images.open_checked_image`` (size, format and
pixel limits), turned upright, shrunk to a sensible size and saved again as
WebP from its pixels alone, so no EXIF, GPS or colour-profile metadata survives.
Posts only display images stored here (see ``reading.display_html``).
"""

from __future__ import annotations

import io
import re
import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image, ImageOps

from network.images import open_checked_image
from network.models import Member

from . import policy

MAX_EDGE = 2000
WEBP_QUALITY = 82
FOLDER = "forum"


def store_forum_image(upload, *, by: Member) -> str:
    """The public URL of the stored picture; ValidationError when the file is not acceptable."""
    if not by.is_authenticated or policy.active_suspension(by) is not None:
        raise PermissionDenied
    image = open_checked_image(upload, max_bytes=settings.FORUM_IMAGE_MAX_BYTES)
    data = _as_webp(image)
    name = f"{FOLDER}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.webp"
    return default_storage.url(default_storage.save(name, ContentFile(data)))


def markdown_snippet(url: str, description: str) -> str:
    """The Markdown that shows the picture, its description made safe for the brackets."""
    text = re.sub(r"\s+", " ", description).strip() or "image"
    text = re.sub(r"([\\\[\]])", r"\\\1", text)
    return f"![{text}]({url})"


def _as_webp(image: Image.Image) -> bytes:
    image = ImageOps.exif_transpose(image) or image
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    pixels = image.convert("RGBA" if has_alpha else "RGB")
    pixels.thumbnail((MAX_EDGE, MAX_EDGE))
    clean = Image.new(pixels.mode, pixels.size)
    clean.paste(pixels)
    buffer = io.BytesIO()
    clean.save(buffer, "WEBP", quality=WEBP_QUALITY, method=4)
    return buffer.getvalue()
