"""The "Share a case study" form, with its outcome and resource rows."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from network.addresses import members_from_addresses
from network.forms import BilingualChoiceField
from network.images import open_checked_image
from network.models import Institution, Member, Platform, Topic

from .models import Audience, BudgetBand, Licence, TeamSize

COVER_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
OFFICE_EXTENSIONS = {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"}


class CaseStudyForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the text"),
        choices=settings.LANGUAGES,
        help_text=_("You can add a version in the other language once this one is saved."),
    )
    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
        help_text=_("At most 300 characters: the problem and what you did, in a nutshell."),
    )
    cover_image = forms.FileField(
        label=_("Cover image"),
        required=False,
        help_text=_("Optional. JPEG, PNG, WebP or GIF, at most 10 MB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
    )
    cover_alt = forms.CharField(
        label=_("Description of the cover image"),
        max_length=250,
        required=False,
        help_text=_("Required with an image: what someone who cannot see it should know."),
    )
    institutions = forms.ModelMultipleChoiceField(
        label=_("Institutions"), queryset=Institution.objects.order_by("name")
    )
    co_authors = forms.CharField(
        label=_("Co-authors who are members"),
        required=False,
        help_text=_("Their e-mail addresses, separated by commas. You are an author already."),
    )
    external_authors = forms.CharField(
        label=_("Other co-authors"),
        max_length=300,
        required=False,
        help_text=_("Names of co-authors who are not members, separated by commas."),
    )
    period_start = forms.IntegerField(label=_("Started in (year)"), min_value=1990)
    period_end = forms.IntegerField(label=_("Ended in (year)"), min_value=1990, required=False)
    topics = BilingualChoiceField(
        label=_("Topics"), queryset=Topic.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    platforms = BilingualChoiceField(
        label=_("Platforms"),
        queryset=Platform.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    audiences = BilingualChoiceField(
        label=_("Audiences"),
        queryset=Audience.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    budget_band = forms.ChoiceField(label=_("Budget"), choices=BudgetBand.choices)
    team_size = forms.ChoiceField(label=_("Team size"), choices=TeamSize.choices)
    licence = forms.ChoiceField(
        label=_("Licence"),
        choices=Licence.choices,
        initial=Licence.CC_BY,
        help_text=_("How peers may reuse your text."),
    )
    context = forms.CharField(
        label=_("Context"), widget=forms.Textarea(attrs={"rows": 6}), help_text=_("Markdown.")
    )
    goal = forms.CharField(
        label=_("Goal"), widget=forms.Textarea(attrs={"rows": 4}), help_text=_("Markdown.")
    )
    actions = forms.CharField(
        label=_("What you did"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Markdown."),
    )
    results = forms.CharField(
        label=_("Results"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text=_("Markdown. Add figures in the table of measured outcomes below."),
    )
    lessons = forms.CharField(
        label=_("Lessons learned"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text=_("Markdown."),
    )

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["language"]

    def clean_period_start(self) -> int:
        start = self.cleaned_data["period_start"]
        if start > dt.date.today().year + 1:
            raise ValidationError(_("This year is in the future."))
        return start

    def clean_cover_image(self):
        upload = self.cleaned_data.get("cover_image")
        if upload and hasattr(upload, "content_type"):
            open_checked_image(upload, max_bytes=COVER_MAX_BYTES)
            return upload
        return None

    def clean_co_authors(self) -> list[Member]:
        return members_from_addresses(self.cleaned_data["co_authors"])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("cover_image") and not (cleaned.get("cover_alt") or "").strip():
            self.add_error("cover_alt", _("Describe the cover image for people who cannot see it."))
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The end year comes before the start year."))
        return cleaned


class OutcomeForm(forms.Form):
    label = forms.CharField(label=_("What was measured"), max_length=150, required=False)
    before = forms.DecimalField(label=_("Before"), max_digits=14, decimal_places=2, required=False)
    after = forms.DecimalField(label=_("After"), max_digits=14, decimal_places=2, required=False)
    unit = forms.CharField(label=_("Unit"), max_length=40, required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("label") and cleaned.get("after") is None:
            self.add_error("after", _("Give the value after."))
        if cleaned.get("after") is not None and not cleaned.get("label"):
            self.add_error("label", _("Say what was measured."))
        return cleaned


class ResourceForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    url = forms.URLField(label=_("Link"), required=False, assume_scheme="https")
    file = forms.FileField(
        label=_("Or a file"),
        required=False,
        help_text=_("PDF, office document, CSV or text, at most 20 MB."),
    )
    document_id = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            check_attachment(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        has_target = cleaned.get("url") or cleaned.get("file") or cleaned.get("document_id")
        if cleaned.get("title") and not has_target and not self.errors:
            self.add_error("url", _("Give a link or attach a file."))
        if has_target and not cleaned.get("title"):
            self.add_error("title", _("Give this resource a title."))
        return cleaned


OutcomeFormSet = forms.formset_factory(OutcomeForm, extra=3, max_num=30, validate_max=True)
ResourceFormSet = forms.formset_factory(ResourceForm, extra=2, max_num=20, validate_max=True)


def check_attachment(upload) -> None:
    """Accept PDFs, office documents, CSV and plain text, judged by content and name alike."""
    if upload.size > ATTACHMENT_MAX_BYTES:
        raise ValidationError(_("Files are limited to 20 MB."))
    extension = Path(upload.name).suffix.lower()
    if extension not in {".pdf", ".csv", ".txt", *OFFICE_EXTENSIONS}:
        raise ValidationError(_("This kind of file is not accepted."))
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-") != (extension == ".pdf"):
        raise ValidationError(_("The file's content does not match its name."))
    if extension == ".pdf":
        return
    if head.startswith(b"PK\x03\x04") != (extension in OFFICE_EXTENSIONS):
        raise ValidationError(_("The file's content does not match its name."))
    if extension in OFFICE_EXTENSIONS:
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile as error:
            raise ValidationError(_("This file is damaged.")) from error
        finally:
            upload.seek(0)
        if "[Content_Types].xml" in names or "mimetype" in names:
            return
        raise ValidationError(_("This archive is not an office document."))
    sample = upload.read(64 * 1024)
    upload.seek(0)
    if b"\0" in sample:
        raise ValidationError(_("This kind of file is not accepted."))
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if len(sample) < 64 * 1024:
            raise ValidationError(_("This kind of file is not accepted.")) from error
