"""Forms for reading and posting in the forums; the rules themselves live in ``posting``."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Post, Reaction, Subscription, Thread

BODY_MAX_LENGTH = Post._meta.get_field("body").max_length
TITLE_MAX_LENGTH = Thread._meta.get_field("title").max_length


class BodyField(forms.CharField):
    """Markdown text: leading spaces matter (indented code), so only blank text is refused."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Your message"))
        super().__init__(
            max_length=BODY_MAX_LENGTH,
            strip=False,
            widget=forms.Textarea(attrs={"rows": 8, "class": "forum-body-input"}),
            help_text=_("Markdown is accepted: see “Formatting help” below."),
            error_messages={
                "required": _("Write a message before posting."),
                "max_length": _(
                    "Your message is %(show_value)d characters long; "
                    "the limit is %(limit_value)d. Shorten it or split it in two."
                ),
            },
            **kwargs,
        )

    def clean(self, value):
        value = super().clean(value)
        if not value.strip():
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return value


class PostForm(forms.Form):
    body = BodyField()


class ThreadForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("A question or a clear statement, so peers know what the thread is about."),
        error_messages={
            "required": _("Give your thread a title."),
            "max_length": _(
                "The title is %(show_value)d characters long; the limit is %(limit_value)d."
            ),
        },
    )
    body = BodyField()
    language = forms.ChoiceField(label=_("Language of the thread"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = (get_language() or settings.LANGUAGE_CODE)[:2]


class ReactionForm(forms.Form):
    kind = forms.ChoiceField(choices=Reaction.Kind.choices)


class AcceptForm(forms.Form):
    accepted = forms.TypedChoiceField(
        choices=[("1", "1"), ("0", "0")], coerce=lambda value: value == "1"
    )


class SubscriptionForm(forms.Form):
    level = forms.ChoiceField(
        label=_("Notifications"), choices=Subscription.Level.choices, widget=forms.RadioSelect
    )
    thread = forms.IntegerField(required=False, widget=forms.HiddenInput)
    category = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("thread")) == bool(cleaned.get("category")):
            raise forms.ValidationError(_("Choose a thread or a category to follow."))
        return cleaned


class ImageUploadForm(forms.Form):
    image = forms.FileField(
        label=_("Image"),
        error_messages={"required": _("Choose an image to upload.")},
    )
    description = forms.CharField(
        label=_("Description for people who cannot see the image"),
        max_length=200,
        required=False,
        help_text=_("Say what the image shows, in a sentence."),
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["image"].help_text = _("JPEG, PNG, WebP or GIF, up to %(size)d MB.") % {
            "size": settings.FORUM_IMAGE_MAX_BYTES // 1_048_576
        }
        self.fields["image"].widget.attrs["accept"] = "image/jpeg,image/png,image/webp,image/gif"
