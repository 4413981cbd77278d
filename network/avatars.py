"""Avatar uploads are checked by content and re-encoded before they are stored.

Re-encoding drops metadata (GPS tags in phone photos) and anything smuggled
after the image data, so what is served is always a plain small image.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_SOURCE_PIXELS = 40_000_000
AVATAR_SIZE = (400, 400)


def normalise_avatar(upload) -> ContentFile:
    if upload.size > settings.AVATAR_MAX_BYTES:
        raise ValidationError(
            _("This image is %(size)s MB; the limit is %(limit)s MB.")
            % {
                "size": f"{upload.size / 1_048_576:.1f}",
                "limit": f"{settings.AVATAR_MAX_BYTES / 1_048_576:.0f}",
            },
            code="too_large",
        )
    data = upload.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                image_format = probe.format
                if probe.width * probe.height > MAX_SOURCE_PIXELS:
                    raise ValidationError(
                        _("This image has too many pixels."), code="too_many_pixels"
                    )
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                image = (
                    image.convert("RGBA")
                    if image.mode in {"P", "LA", "RGBA"}
                    else image.convert("RGB")
                )
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as error:
        raise ValidationError(
            _("This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF picture."),
            code="not_an_image",
        ) from error
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _(
                "Images in %(format)s format are not accepted. "
                "Upload a JPEG, PNG, WebP or GIF picture."
            )
            % {"format": image_format},
            code="bad_format",
        )
    image.thumbnail(AVATAR_SIZE)
    output = io.BytesIO()
    image.save(output, format="WEBP", quality=85)
    return ContentFile(output.getvalue(), name=f"{Path(upload.name).stem[:40] or 'avatar'}.webp")
