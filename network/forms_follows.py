"""The profile page's checkboxes for following topics and platforms, which have no page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .forms import BilingualChoiceField
from .models import Platform, Topic


class FollowedTopicsForm(forms.Form):
    topics = BilingualChoiceField(
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Topics I follow"),
    )
    platforms = BilingualChoiceField(
        queryset=Platform.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Platforms I follow"),
    )
