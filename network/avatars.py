"""Avatars are re-encoded before they are stored.

Re-encoding drops metadata (GPS tags in phone photos) and anything smuggled
after the image data, so what is served is always a plain small image.
"""

from __future__ import annotations

import io
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile

from .images import open_checked_image

AVATAR_SIZE = (400, 400)


def normalise_avatar(upload) -> ContentFile:
    image = open_checked_image(upload, max_bytes=settings.AVATAR_MAX_BYTES)
    image = image.convert("RGBA") if image.mode in {"P", "LA", "RGBA"} else image.convert("RGB")
    image.thumbnail(AVATAR_SIZE)
    output = io.BytesIO()
    image.save(output, format="WEBP", quality=85)
    return ContentFile(output.getvalue(), name=f"{Path(upload.name).stem[:40] or 'avatar'}.webp")
