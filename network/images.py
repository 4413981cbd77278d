"""Image uploads are checked by their content before anything is stored."""

from __future__ import annotations

import io
import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_SOURCE_PIXELS = 40_000_000


def open_checked_image(upload, *, max_bytes: int) -> Image.Image:
    """The decoded image, or a ValidationError saying clearly what is wrong."""
    if upload.size > max_bytes:
        raise ValidationError(
            _("This image is %(size)s MB; the limit is %(limit)s MB.")
            % {"size": f"{upload.size / 1_048_576:.1f}", "limit": f"{max_bytes / 1_048_576:.0f}"},
            code="too_large",
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
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
            image = Image.open(io.BytesIO(data))
            image.load()
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
    return image
