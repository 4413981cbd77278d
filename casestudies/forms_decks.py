"""Forms for slide decks: upload, metadata, the list's filter and the viewer's jump box."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from network.addresses import members_from_addresses
from network.forms import BilingualChoiceField
from network.models import Member, Topic

from . import deck_processing
from .decks import DeckMetadata
from .models import CaseStudyPage, EventSession, Licence


class SessionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: EventSession) -> str:
        day = date_format(timezone.localtime(obj.starts_at), "SHORT_DATE_FORMAT")
        return f"{obj.event.title} · {obj.title} ({day})"


class CaseStudyChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: CaseStudyPage) -> str:
        return f"{obj.title} ({obj.locale.language_code.upper()})"


class DeckMetadataForm(forms.Form):
    """What a deck says about itself: shared by the upload and the edit pages."""

    title = forms.CharField(label=_("Title"), max_length=250)
    description = forms.CharField(
        label=_("Description"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        help_text=_("Plain text, at most 2,000 characters: what the talk was about."),
    )
    language = forms.ChoiceField(label=_("Language of the slides"), choices=settings.LANGUAGES)
    speakers = forms.CharField(
        label=_("Speakers who are members"),
        required=False,
        help_text=_(
            "Their e-mail addresses, separated by commas. Left empty, you are the speaker."
        ),
    )
    session = SessionChoiceField(
        label=_("Event session"),
        queryset=EventSession.objects.none(),
        required=False,
        empty_label=_("None"),
        help_text=_("The talk these slides were shown at, if it is in an event's programme."),
    )
    case_studies = CaseStudyChoiceField(
        label=_("Related case studies"),
        queryset=CaseStudyPage.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Optional. Hold Ctrl (or Cmd) to choose more than one."),
    )
    topics = BilingualChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    licence = forms.ChoiceField(
        label=_("Licence"),
        choices=Licence.choices,
        initial=Licence.CC_BY,
        help_text=_("How peers may reuse your slides."),
    )
    allow_download = forms.BooleanField(
        label=_("Let visitors download the original file"), required=False, initial=True
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = (
            EventSession.objects.filter(event__live=True)
            .select_related("event")
            .order_by("-starts_at")
        )
        self.fields["case_studies"].queryset = (
            CaseStudyPage.objects.live().select_related("locale").order_by("title")
        )

    def clean_speakers(self) -> list[Member]:
        return members_from_addresses(self.cleaned_data["speakers"])

    def metadata(self) -> DeckMetadata:
        data = self.cleaned_data
        return DeckMetadata(
            title=data["title"],
            language=data["language"],
            description=data["description"],
            licence=data["licence"],
            allow_download=data["allow_download"],
            topics=list(data["topics"]),
            speakers=data["speakers"],
            session=data["session"],
            case_studies=list(data["case_studies"]),
        )


class DeckUploadForm(DeckMetadataForm):
    file = forms.FileField(
        label=_("Slides"),
        help_text=_(
            "A PDF, or a PowerPoint (.pptx) or OpenDocument (.odp) presentation, "
            "at most %(limit)s MB."
        ),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": (
                    ".pdf,.pptx,.odp,application/pdf,application/vnd.openxmlformats-"
                    "officedocument.presentationml.presentation,"
                    "application/vnd.oasis.opendocument.presentation"
                )
            }
        ),
    )

    field_order = ["file", "title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = deck_processing.max_upload_bytes() / 1_048_576
        self.fields["file"].help_text = self.fields["file"].help_text % {"limit": f"{limit:.0f}"}

    def clean_file(self) -> deck_processing.CheckedUpload:
        try:
            return deck_processing.check_upload(self.cleaned_data["file"])
        except deck_processing.DeckFileError as error:
            raise ValidationError(str(error), code="unreadable") from error


class DeckFilterForm(forms.Form):
    """The deck list's filter; an unknown topic is ignored, not an error."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in Topic.objects.all()
        ]

    def chosen_topic(self) -> str:
        return self.cleaned_data.get("topic", "") if self.is_valid() else ""


class SlideJumpForm(forms.Form):
    """The viewer's "go to slide" box: a GET form that works without JavaScript."""

    def __init__(self, *args, page_count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slide"] = forms.IntegerField(
            label=_("Go to slide"), min_value=1, max_value=page_count
        )
