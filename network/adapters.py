"""allauth adapters: every account hook of the network lives here."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.utils.translation import get_language

from .roles import Role, assign_role


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.preferred_language = (get_language() or "en")[:2]
        if commit:
            user.save()
            assign_role(user, Role.MEMBER)
        return user


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form)
        assign_role(user, Role.MEMBER)
        return user
