"""Forms for flagging posts and for the moderators' actions.

The forms check the input; the rules about who may do what live in
``forums/moderation.py`` and ``forums/flags.py``.
"""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Category, Flag, ModerationLogEntry, Post, Thread
from .moderation import SLOW_MODE_CHOICES

REASON_REQUIRED = _("Give a reason: it is kept in the moderation log.")


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why should a moderator look at this post?"),
        choices=Flag.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose why you are flagging this post."),
            "invalid_choice": _("Choose why you are flagging this post."),
        },
    )
    details = forms.CharField(
        label=_("Details (optional)"), max_length=500, required=False, widget=forms.Textarea
    )


class OptionalReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), max_length=300, required=False)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=300, error_messages={"required": REASON_REQUIRED}
    )


class DeleteForm(ReasonForm):
    confirm = forms.BooleanField(
        label=_("Delete for good: this cannot be undone"),
        error_messages={"required": _("Tick the box to confirm the deletion.")},
    )


class MoveForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Move to category"),
        queryset=Category.objects.none(),
        empty_label=None,
        error_messages={
            "required": _("Choose the category to move the thread to."),
            "invalid_choice": _("This category does not exist."),
        },
    )
    reason = forms.CharField(label=_("Reason (optional)"), max_length=300, required=False)

    def __init__(self, *args, thread: Thread, **kwargs):
        super().__init__(*args, **kwargs)
        self.thread = thread
        self.fields["category"].queryset = Category.objects.all()
        self.fields["category"].widget.choices = [
            (category.pk, category.name)
            for category in Category.objects.exclude(pk=thread.category_id)
        ]

    def clean_category(self):
        category = self.cleaned_data["category"]
        if category.pk == self.thread.category_id:
            raise forms.ValidationError(_("The thread is already in this category."))
        return category


SLOW_MODE_LABELS = {
    0: _("Off"),
    30: _("30 seconds between posts"),
    60: _("1 minute between posts"),
    300: _("5 minutes between posts"),
    900: _("15 minutes between posts"),
    3600: _("1 hour between posts"),
}


class SlowModeForm(forms.Form):
    seconds = forms.TypedChoiceField(
        label=_("Slow mode"),
        coerce=int,
        choices=[(seconds, SLOW_MODE_LABELS[seconds]) for seconds in SLOW_MODE_CHOICES],
        error_messages={"invalid_choice": _("Choose one of the slow mode durations offered.")},
    )
    reason = forms.CharField(label=_("Reason (optional)"), max_length=300, required=False)


class SplitForm(forms.Form):
    posts = forms.ModelMultipleChoiceField(
        label=_("Replies to move"),
        queryset=Post.objects.none(),
        error_messages={
            "required": _("Select at least one reply to move into the debate."),
            "invalid_choice": _("Only replies from this thread can be moved."),
            "invalid_pk_value": _("Only replies from this thread can be moved."),
        },
    )
    title = forms.CharField(
        label=_("Title of the debate thread"),
        max_length=200,
        error_messages={"required": _("Give the debate thread a title.")},
    )
    reason = forms.CharField(
        label=_("Reason (shown in the log)"),
        max_length=300,
        error_messages={"required": REASON_REQUIRED},
    )

    def __init__(self, *args, thread: Thread, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["posts"].queryset = thread.posts.all()


class SuspendForm(forms.Form):
    CUSTOM = "custom"

    duration = forms.ChoiceField(
        label=_("For how long?"),
        choices=[
            ("1", _("1 day")),
            ("3", _("3 days")),
            ("7", _("1 week")),
            ("30", _("1 month")),
            (CUSTOM, _("Until a date of my choice")),
        ],
        initial="1",
        widget=forms.RadioSelect,
    )
    until = forms.DateField(
        label=_("Until (for a date of your choice)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The suspension ends at the end of this day."),
    )
    reason = forms.CharField(
        label=_("Reason (the member sees it)"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": REASON_REQUIRED},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("duration") == self.CUSTOM:
            until = cleaned.get("until")
            if until is None:
                self.add_error("until", _("Give the date the suspension ends."))
            elif until < timezone.localdate():
                self.add_error("until", _("The end of the suspension must be in the future."))
        return cleaned

    def days_or_until(self) -> int | datetime.date:
        if self.cleaned_data["duration"] == self.CUSTOM:
            return self.cleaned_data["until"]
        return int(self.cleaned_data["duration"])


class LogFilterForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[("", _("All actions")), *ModerationLogEntry.Action.choices],
        required=False,
    )
