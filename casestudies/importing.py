"""Bulk import of case studies, with their institutions and authors, from a JSON file.

The format is documented in ``docs/import-format.md``. The whole file is
checked first and every problem is reported with its JSON path; only a valid
file is imported, in one transaction, so an import is all or nothing.

A case study's ``key`` is its identity from one import to the next, without a
field of its own: the page's slug is the key, and its Wagtail
``translation_key`` is a UUID derived from the key of the version it
translates (or from its own key). Importing the same file again finds the
same pages through (``translation_key``, locale) and updates them, and the
French and English versions of one case study share their ``translation_key``
as Wagtail translations do. Pages that members wrote on the site have random
translation keys, so an import never takes one of them over.

Institutions and authors already on the network are matched (by slug and by
e-mail address) and left as they are: their own admins and owners keep them up
to date. Missing ones are created; a created author can log in only after
claiming the account with a password reset, and their address stays
unverified until they do.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from network.forms import RESERVED_SLUGS
from network.models import Institution, Member, Membership, Platform, SpokenLanguage, Topic
from network.roles import Role, assign_role

from .models import (
    Audience,
    CaseStudyIndexPage,
    CaseStudyOutcome,
    CaseStudyPage,
    CaseStudyResource,
    Licence,
)

# Fixed forever: changing it would make every re-import create new pages.
KEY_NAMESPACE = uuid.UUID("6f1d3c0e-5b7a-4c2e-9a8e-3d4b2f1a7c90")
KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEY_MAX_LENGTH = 80

INSTITUTION_FIELDS = {
    "slug": True,
    "name": True,
    "kind": True,
    "country": True,
    "city": True,
    "size_band": True,
    "website": False,
}
AUTHOR_FIELDS = {
    "email": True,
    "display_name": True,
    "job_title": False,
    "institution": False,
    "languages": False,
}
CASE_STUDY_TEXT_FIELDS = {
    "title": True,
    "summary": True,
    "budget_band": True,
    "team_size": True,
    "licence": False,
    "context": True,
    "goal": True,
    "actions": True,
    "results": False,
    "lessons": False,
    "external_authors": False,
}
CASE_STUDY_FIELDS = {
    **CASE_STUDY_TEXT_FIELDS,
    "key": True,
    "language": True,
    "translation_of": False,
    "period_start": True,
    "period_end": False,
    "topics": True,
    "platforms": False,
    "audiences": False,
    "institutions": True,
    "authors": True,
    "outcomes": False,
    "resources": False,
}
OUTCOME_FIELDS = {"label": True, "before": False, "after": True, "unit": False}
RESOURCE_FIELDS = {"title": True, "url": True}


class ImportFileError(Exception):
    """The file cannot be imported; ``errors`` says where and why, one line each."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ImportSummary:
    institutions_created: int = 0
    institutions_existing: int = 0
    authors_created: int = 0
    authors_existing: int = 0
    case_studies_created: int = 0
    case_studies_updated: int = 0


@dataclass
class _CaseStudy:
    path: str
    key: str
    language: str
    translation_key: uuid.UUID
    values: dict
    topics: list[str]
    platforms: list[str]
    audiences: list[str]
    institutions: list[str]
    authors: list[str]
    outcomes: list[dict] = field(default_factory=list)
    resources: list[dict] = field(default_factory=list)


@dataclass
class _Plan:
    institutions: list[dict] = field(default_factory=list)
    authors: list[dict] = field(default_factory=list)
    case_studies: list[_CaseStudy] = field(default_factory=list)


def read_import_file(path: str | Path) -> dict:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFileError(
            [_("%(path)s: cannot be read (%(error)s)") % {"path": path, "error": error}]
        ) from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            [
                _("%(path)s: not valid JSON at line %(line)d, column %(column)d: %(error)s")
                % {"path": path, "line": error.lineno, "column": error.colno, "error": error.msg}
            ]
        ) from error
    return data


def key_to_translation_key(key: str) -> uuid.UUID:
    return uuid.uuid5(KEY_NAMESPACE, key)


class _Checker:
    """Collects every problem of a file, each prefixed with its JSON path."""

    def __init__(self):
        self.errors: list[str] = []

    def error(self, path: str, message: str) -> None:
        self.errors.append(f"{path.lstrip('.')}: {message}")

    def object(self, value, path: str, fields: dict[str, bool]) -> bool:
        if not isinstance(value, dict):
            self.error(path, _("expected an object"))
            return False
        for name in sorted(value.keys() - fields.keys()):
            self.error(f"{path}.{name}", _("unknown field"))
        for name, required in fields.items():
            if required and value.get(name) in (None, "", []):
                self.error(f"{path}.{name}", _("this field is required"))
        return True

    def list(self, value, path: str) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path, _("expected a list"))
            return []
        return value

    def value(self, data: dict, name: str, path: str, model_field: models.Field, kind=str):
        """``data[name]`` checked by the model field it goes into, or None when absent."""
        value = data.get(name)
        if value is None:
            return None
        if kind is str and not isinstance(value, str):
            self.error(f"{path}.{name}", _("expected a string"))
            return None
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            self.error(f"{path}.{name}", _("expected a whole number"))
            return None
        if kind is float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                self.error(f"{path}.{name}", _("expected a number"))
                return None
            value = str(value)
        if isinstance(model_field, models.CharField):
            value = value.strip()
        try:
            return model_field.clean(value, None)
        except ValidationError as error:
            self.error(f"{path}.{name}", " ".join(error.messages))
            return None

    def values(self, data: dict, path: str, model, names) -> dict:
        return {name: self.value(data, name, path, _field(model, name)) for name in names}

    def entries(self, data: dict, name: str, fields: dict[str, bool]):
        """(path, object) for each well-formed object of the list ``data[name]``."""
        for position, item in enumerate(self.list(data.get(name), name)):
            path = f"{name}[{position}]"
            if self.object(item, path, fields):
                yield path, item

    def slugs(self, data: dict, name: str, path: str, known: set[str], message: str) -> list[str]:
        slugs = []
        for position, slug in enumerate(self.list(data.get(name), f"{path}.{name}")):
            if not isinstance(slug, str) or slug not in known:
                self.error(f"{path}.{name}[{position}]", message % {"slug": slug})
            elif slug not in slugs:
                slugs.append(slug)
        return slugs


def _field(model, name: str) -> models.Field:
    return model._meta.get_field(name)


def check_import(data) -> _Plan:
    """Everything the import needs, checked; raises ``ImportFileError`` listing all problems."""
    checker = _Checker()
    plan = _Plan()
    if not checker.object(
        data, "", {"institutions": False, "authors": False, "case_studies": True}
    ):
        raise ImportFileError([_("the file must hold one JSON object")])
    institution_slugs = _check_institutions(checker, data, plan)
    emails = _check_authors(checker, data, plan, institution_slugs)
    _check_case_studies(checker, data, plan, institution_slugs, emails)
    if checker.errors:
        raise ImportFileError(checker.errors)
    return plan


def _check_institutions(checker: _Checker, data: dict, plan: _Plan) -> set[str]:
    in_file: set[str] = set()
    for path, item in checker.entries(data, "institutions", INSTITUTION_FIELDS):
        values = checker.values(item, path, Institution, INSTITUTION_FIELDS)
        slug = values["slug"]
        if slug in RESERVED_SLUGS:
            checker.error(f"{path}.slug", _('"%(slug)s" is reserved') % {"slug": slug})
        elif slug in in_file:
            checker.error(f"{path}.slug", _('"%(slug)s" appears twice') % {"slug": slug})
        if slug:
            in_file.add(slug)
        plan.institutions.append({key: value or "" for key, value in values.items()})
    return in_file | set(Institution.objects.values_list("slug", flat=True))


def _check_authors(checker: _Checker, data: dict, plan: _Plan, institutions: set[str]) -> set[str]:
    in_file: set[str] = set()
    spoken = {code for code, _label in SpokenLanguage.choices}
    for path, item in checker.entries(data, "authors", AUTHOR_FIELDS):
        values = checker.values(item, path, Member, ("email", "display_name", "job_title"))
        email = (values["email"] or "").lower()
        if email in in_file:
            checker.error(f"{path}.email", _('"%(email)s" appears twice') % {"email": email})
        if email:
            in_file.add(email)
        institution = item.get("institution")
        if institution is not None and institution not in institutions:
            checker.error(
                f"{path}.institution", _('unknown institution "%(slug)s"') % {"slug": institution}
            )
        languages = checker.slugs(item, "languages", path, spoken, _('unknown language "%(slug)s"'))
        plan.authors.append(
            {
                "email": email,
                "display_name": values["display_name"] or "",
                "job_title": values["job_title"] or "",
                "institution": institution,
                "languages": languages,
            }
        )
    return in_file


def _known_email(email: str, in_file: set[str]) -> bool:
    return email.lower() in in_file or _find_member(email) is not None


def _find_member(email: str) -> Member | None:
    """A member whose account, or one of whose allauth addresses, is ``email``."""
    return (
        Member.objects.filter(Q(email__iexact=email) | Q(emailaddress__email__iexact=email))
        .distinct()
        .first()
    )


def _check_case_studies(
    checker: _Checker, data: dict, plan: _Plan, institutions: set[str], emails: set[str]
) -> None:
    vocabularies = {
        "topics": (
            set(Topic.objects.values_list("slug", flat=True)),
            _('unknown topic "%(slug)s"'),
        ),
        "platforms": (
            set(Platform.objects.values_list("slug", flat=True)),
            _('unknown platform "%(slug)s"'),
        ),
        "audiences": (
            set(Audience.objects.values_list("slug", flat=True)),
            _('unknown audience "%(slug)s"'),
        ),
        "institutions": (institutions, _('unknown institution "%(slug)s"')),
    }
    items = list(checker.entries(data, "case_studies", CASE_STUDY_FIELDS))
    by_key: dict[str, dict] = {}
    for path, item in items:
        key = item.get("key")
        if key is None:
            continue
        if not isinstance(key, str) or not KEY_PATTERN.match(key) or len(key) > KEY_MAX_LENGTH:
            checker.error(
                f"{path}.key",
                _("use lowercase letters, digits and hyphens only (at most %(max)d)")
                % {"max": KEY_MAX_LENGTH},
            )
        elif key in by_key:
            checker.error(f"{path}.key", _('"%(key)s" appears twice') % {"key": key})
        else:
            by_key[key] = item
    for path, item in items:
        case_study = _check_case_study(checker, path, item, by_key, vocabularies, emails)
        if case_study is not None:
            plan.case_studies.append(case_study)
    _check_addresses(checker, plan)


def _check_case_study(
    checker: _Checker, path: str, item: dict, by_key: dict, vocabularies: dict, emails: set[str]
) -> _CaseStudy | None:
    """One case study's problems, reported; its import plan when its key is usable."""
    language = item.get("language")
    if language is not None and language not in dict(settings.LANGUAGES):
        checker.error(
            f"{path}.language",
            _("must be one of: %(codes)s")
            % {"codes": ", ".join(code for code, _name in settings.LANGUAGES)},
        )
        language = None
    values = checker.values(item, path, CaseStudyPage, CASE_STUDY_TEXT_FIELDS)
    for name in ("period_start", "period_end"):
        values[name] = checker.value(item, name, path, _field(CaseStudyPage, name), kind=int)
    start, end = values["period_start"], values["period_end"]
    if start is not None and end is not None and end < start:
        checker.error(f"{path}.period_end", _("the end year comes before the start year"))
    values = {name: _empty(name) if value is None else value for name, value in values.items()}
    values["licence"] = values["licence"] or Licence.CC_BY

    related = {
        name: checker.slugs(item, name, path, known, message)
        for name, (known, message) in vocabularies.items()
    }
    authors: list[str] = []
    for position, email in enumerate(checker.list(item.get("authors"), f"{path}.authors")):
        if not isinstance(email, str) or not _known_email(email, emails):
            checker.error(
                f"{path}.authors[{position}]",
                _('unknown author "%(email)s": list them under "authors"') % {"email": email},
            )
        elif email.lower() not in authors:
            authors.append(email.lower())
    outcomes = [
        _check_outcome(checker, f"{path}.outcomes[{position}]", outcome)
        for position, outcome in enumerate(checker.list(item.get("outcomes"), f"{path}.outcomes"))
    ]
    resources = [
        _check_resource(checker, f"{path}.resources[{position}]", resource)
        for position, resource in enumerate(
            checker.list(item.get("resources"), f"{path}.resources")
        )
    ]
    root = _check_translation_of(checker, path, item, by_key)
    key = item.get("key")
    if by_key.get(key) is not item or language is None:
        return None
    return _CaseStudy(
        path=path,
        key=key,
        language=language,
        translation_key=key_to_translation_key(root or key),
        values=values,
        authors=authors,
        outcomes=[outcome for outcome in outcomes if outcome],
        resources=[resource for resource in resources if resource],
        **related,
    )


def _check_translation_of(checker: _Checker, path: str, item: dict, by_key: dict) -> str | None:
    """The key of the original this case study translates, if it names a valid one."""
    original = item.get("translation_of")
    if original is None:
        return None
    target = by_key.get(original) if isinstance(original, str) else None
    if target is None:
        checker.error(
            f"{path}.translation_of",
            _('no case study has the key "%(key)s" in this file') % {"key": original},
        )
    elif target is item:
        checker.error(f"{path}.translation_of", _("a case study cannot translate itself"))
    elif target.get("translation_of") is not None:
        checker.error(
            f"{path}.translation_of",
            _('"%(key)s" is itself a translation: name its original') % {"key": original},
        )
    elif target.get("language") == item.get("language"):
        checker.error(
            f"{path}.translation_of", _('"%(key)s" is in the same language') % {"key": original}
        )
    else:
        return original
    return None


def _check_outcome(checker: _Checker, path: str, outcome) -> dict | None:
    if not checker.object(outcome, path, OUTCOME_FIELDS):
        return None
    values = checker.values(outcome, path, CaseStudyOutcome, ("label", "unit"))
    for name in ("before", "after"):
        values[name] = checker.value(outcome, name, path, _field(CaseStudyOutcome, name), float)
    values["unit"] = values["unit"] or ""
    return values


def _check_resource(checker: _Checker, path: str, resource) -> dict | None:
    if not checker.object(resource, path, RESOURCE_FIELDS):
        return None
    return checker.values(resource, path, CaseStudyResource, RESOURCE_FIELDS)


def _check_addresses(checker: _Checker, plan: _Plan) -> None:
    """Two versions of one case study share a language, or a key's address is someone else's."""
    seen: set[tuple[uuid.UUID, str]] = set()
    for case_study in plan.case_studies:
        version = (case_study.translation_key, case_study.language)
        if version in seen:
            checker.error(
                f"{case_study.path}.translation_of",
                _("another case study is already the translation in this language"),
            )
        seen.add(version)
        taken = (
            CaseStudyPage.objects.filter(
                locale__language_code=case_study.language, slug=case_study.key
            )
            .exclude(translation_key=case_study.translation_key)
            .exists()
        )
        if taken:
            checker.error(
                f"{case_study.path}.key",
                _('the address "%(key)s" is already used by another case study')
                % {"key": case_study.key},
            )


@transaction.atomic
def import_case_studies(data, *, publish: bool = True) -> ImportSummary:
    """Check then import ``data``; all or nothing. Drafts only when ``publish`` is False."""
    plan = check_import(data)
    summary = ImportSummary()
    institutions = _import_institutions(plan, summary)
    members = _import_authors(plan, summary, institutions)
    for case_study in plan.case_studies:
        _import_case_study(case_study, members, publish=publish, summary=summary)
    return summary


def _import_institutions(plan: _Plan, summary: ImportSummary) -> dict[str, Institution]:
    institutions = {}
    for values in plan.institutions:
        institution, created = Institution.objects.get_or_create(
            slug=values["slug"], defaults=values
        )
        if created:
            summary.institutions_created += 1
        else:
            summary.institutions_existing += 1
        institutions[institution.slug] = institution
    return institutions


def _import_authors(
    plan: _Plan, summary: ImportSummary, institutions: dict[str, Institution]
) -> dict[str, Member]:
    members = {}
    for values in plan.authors:
        member = _find_member(values["email"])
        if member is not None:
            summary.authors_existing += 1
        else:
            member = _create_author(values, institutions)
            summary.authors_created += 1
        members[values["email"]] = member
    return members


def _create_author(values: dict, institutions: dict[str, Institution]) -> Member:
    site_languages = {code for code, _name in settings.LANGUAGES}
    member = Member(
        email=values["email"],
        display_name=values["display_name"],
        job_title=values["job_title"],
        languages=values["languages"],
        preferred_language=next(
            (code for code in values["languages"] if code in site_languages),
            settings.LANGUAGE_CODE,
        ),
    )
    member.set_unusable_password()
    member.save()
    EmailAddress.objects.create(user=member, email=member.email, primary=True, verified=False)
    assign_role(member, Role.MEMBER)
    if values["institution"]:
        institution = institutions.get(values["institution"]) or Institution.objects.get(
            slug=values["institution"]
        )
        # The importing administrator vouches for the affiliation, as for the case studies.
        Membership.objects.create(
            member=member,
            institution=institution,
            status=Membership.Status.VERIFIED,
            decided_at=timezone.now(),
        )
    return member


def _import_case_study(
    case_study: _CaseStudy, members: dict[str, Member], *, publish: bool, summary: ImportSummary
) -> CaseStudyPage:
    locale = Locale.objects.get(language_code=case_study.language)
    authors = [members.get(email) or _find_member(email) for email in case_study.authors]
    page = CaseStudyPage.objects.filter(
        translation_key=case_study.translation_key, locale=locale
    ).first()
    if page is None:
        index = CaseStudyIndexPage.objects.get(locale=locale)
        page = CaseStudyPage(
            slug=case_study.key,
            translation_key=case_study.translation_key,
            locale=locale,
            owner=authors[0],
            live=False,
            **case_study.values,
        )
        index.add_child(instance=page)
        summary.case_studies_created += 1
    else:
        summary.case_studies_updated += 1
    draft = page.get_latest_revision_as_object() if page.latest_revision_id else page
    for name, value in case_study.values.items():
        setattr(draft, name, value)
    draft.authors.set(authors)
    draft.institutions.set(Institution.objects.filter(slug__in=case_study.institutions))
    draft.topics.set(Topic.objects.filter(slug__in=case_study.topics))
    draft.platforms.set(Platform.objects.filter(slug__in=case_study.platforms))
    draft.audiences.set(Audience.objects.filter(slug__in=case_study.audiences))
    draft.outcomes = [CaseStudyOutcome(**outcome) for outcome in case_study.outcomes]
    draft.resource_links = [CaseStudyResource(**resource) for resource in case_study.resources]
    try:
        revision = draft.save_revision(user=None, log_action=True)
    except ValidationError as error:
        raise ImportFileError([f"{case_study.path}: {' '.join(error.messages)}"]) from error
    if publish:
        revision.publish()
    return page


def _empty(name: str):
    return None if name == "period_end" else ""
