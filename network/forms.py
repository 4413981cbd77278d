from __future__ import annotations

import zoneinfo

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .avatars import normalise_avatar
from .models import Institution, InstitutionKind, Member, Platform, SpokenLanguage, Topic


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones()) if "/" in name]


class BilingualChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.name


class ProfileForm(forms.ModelForm):
    expertise = BilingualChoiceField(
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Expertise"),
    )
    platforms = BilingualChoiceField(
        queryset=Platform.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Platforms I work on"),
    )
    languages = forms.MultipleChoiceField(
        choices=SpokenLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Languages spoken"),
    )
    time_zone = forms.ChoiceField(choices=time_zone_choices, label=_("Time zone"))
    avatar = forms.FileField(
        required=False,
        label=_("Avatar"),
        help_text=_("JPEG, PNG, WebP or GIF, at most 2 MB. It is cropped to 400 × 400 pixels."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
    )

    class Meta:
        model = Member
        fields = [
            "display_name",
            "job_title",
            "bio",
            "avatar",
            "expertise",
            "platforms",
            "languages",
            "profile_visibility",
            "preferred_language",
            "time_zone",
            "notification_emails",
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5, "maxlength": 1000}),
            "profile_visibility": forms.RadioSelect,
            "notification_emails": forms.RadioSelect,
        }
        help_texts = {
            "bio": _("Plain text, at most 1,000 characters. Links and formatting are not kept."),
            "display_name": _("The name peers see next to your case studies and posts."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True

    def clean_avatar(self):
        upload = self.cleaned_data.get("avatar")
        if upload and upload is not self.initial.get("avatar") and hasattr(upload, "content_type"):
            return normalise_avatar(upload)
        return upload


# Path segments the institution URLs use in either language.
RESERVED_SLUGS = {"new", "nouvelle"}


class InstitutionForm(forms.ModelForm):
    class Meta:
        model = Institution
        fields = ["name", "kind", "country", "city", "size_band", "website"]

    def save(self, commit: bool = True) -> Institution:
        institution = super().save(commit=False)
        base = slugify(institution.name)[:180] or "institution"
        if base in RESERVED_SLUGS:
            base = f"{base}-institution"
        slug, suffix = base, 1
        while Institution.objects.filter(slug=slug).exists():
            suffix += 1
            slug = f"{base}-{suffix}"
        institution.slug = slug
        if commit:
            institution.save()
        return institution


class DirectoryFilterForm(forms.Form):
    """The filters both directories share; unknown values are ignored, not errors."""

    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind of institution"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        used_countries = set(Institution.objects.values_list("country", flat=True).distinct())
        self.fields["country"].choices = everything + [
            (code, name) for code, name in countries if code in used_countries
        ]
        self.fields["kind"].choices = everything + list(InstitutionKind.choices)
        self.fields["topic"].choices = everything + [(t.slug, t.name) for t in Topic.objects.all()]

    def filters(self) -> dict[str, str]:
        self.is_valid()  # keeps the valid filters even when another one is not
        return {
            name: self.cleaned_data.get(name) or "" for name in ("q", "country", "kind", "topic")
        }
