"""Finding members by the e-mail addresses someone typed in a form or a file."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from .models import Member


def members_by_address(addresses: Iterable[str]) -> tuple[list[Member], list[str]]:
    """The active members with these e-mail addresses (any case), and the addresses nobody has."""
    wanted = {address.lower(): address for address in addresses}
    found = {
        member.email_lower: member
        for member in Member.objects.annotate(email_lower=Lower("email")).filter(
            is_active=True, email_lower__in=list(wanted)
        )
    }
    members = [found[key] for key in wanted if key in found]
    unknown = [original for key, original in wanted.items() if key not in found]
    return members, unknown


def members_from_addresses(text: str) -> list[Member]:
    """The members whose addresses a form field lists, separated by commas.

    Raises a ValidationError naming any entry that is not an address, or that
    no member has, so the form can say which one to fix.
    """
    addresses = [part.strip() for part in text.split(",") if part.strip()]
    for address in addresses:
        try:
            validate_email(address)
        except ValidationError as error:
            raise ValidationError(
                _("“%(address)s” is not an e-mail address.") % {"address": address}
            ) from error
    members, unknown = members_by_address(addresses)
    if unknown:
        raise ValidationError(
            _("No member has the address %(address)s.") % {"address": ", ".join(unknown)}
        )
    return members
