"""Members, institutions and the shared taxonomies every app classifies by.

A ``Member`` is the account itself (there is no separate profile table), so a
profile page, a forum post and a case-study byline all point at one row.
Institutions are joined through ``Membership``, which an institution's admin or
a network editor verifies.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.contenttypes.fields import GenericForeignKey
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .querysets import InstitutionQuerySet, MemberQuerySet, MembershipQuerySet


class BilingualName(models.Model):
    """A vocabulary entry labelled in both site languages."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "name_en"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or settings.LANGUAGE_CODE)[:2]
        return self.name_fr if language == "fr" else self.name_en


class Topic(BilingualName):
    """A practice area: case studies, decks, threads and members' expertise share it."""

    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)

    class Meta(BilingualName.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    @property
    def description(self) -> str:
        language = (get_language() or settings.LANGUAGE_CODE)[:2]
        return self.description_fr if language == "fr" else self.description_en


class Platform(BilingualName):
    """A channel a museum publishes on: a social network, its website, a newsletter."""

    class Meta(BilingualName.Meta):
        verbose_name = _("platform")
        verbose_name_plural = _("platforms")


class InstitutionKind(models.TextChoices):
    ART_MUSEUM = "art-museum", _("Art museum")
    HISTORY_MUSEUM = "history-museum", _("History museum")
    SCIENCE_CENTRE = "science-centre", _("Science centre")
    NATURAL_HISTORY_MUSEUM = "natural-history-museum", _("Natural-history museum")
    SOCIETY_MUSEUM = "society-museum", _("Society or ethnography museum")
    HERITAGE_SITE = "heritage-site", _("Heritage site")
    GALLERY = "gallery", _("Gallery")
    LIBRARY_ARCHIVE = "library-archive", _("Library or archive")
    NETWORK = "network", _("Museum network or association")


class SizeBand(models.TextChoices):
    SMALL = "small", _("Small (fewer than 10 staff)")
    MEDIUM = "medium", _("Medium (10 to 50 staff)")
    LARGE = "large", _("Large (51 to 250 staff)")
    MAJOR = "major", _("Major (more than 250 staff)")


class Institution(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=40, choices=InstitutionKind.choices)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120)
    size_band = models.CharField(_("size"), max_length=20, choices=SizeBand.choices)
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        indexes = [models.Index(fields=["country", "kind"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network:institution_detail", kwargs={"slug": self.slug})


class InstitutionSocialAccount(models.Model):
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="social_accounts"
    )
    platform = models.ForeignKey(Platform, on_delete=models.PROTECT, related_name="+")
    url = models.URLField(_("address"))

    class Meta:
        ordering = ["platform__sort_order"]
        verbose_name = _("social account")
        verbose_name_plural = _("social accounts")
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "platform"], name="one_account_per_platform"
            )
        ]

    def __str__(self) -> str:
        return f"{self.institution} · {self.platform}"


class ProfileVisibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can see my profile")
    MEMBERS = "members", _("Members only: signed-in members can see my profile")


class SpokenLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    GERMAN = "de", _("German")
    SPANISH = "es", _("Spanish")
    ITALIAN = "it", _("Italian")
    DUTCH = "nl", _("Dutch")
    PORTUGUESE = "pt", _("Portuguese")
    CATALAN = "ca", _("Catalan")
    POLISH = "pl", _("Polish")
    ARABIC = "ar", _("Arabic")
    CHINESE = "zh", _("Chinese")
    JAPANESE = "ja", _("Japanese")
    INUKTITUT = "iu", _("Inuktitut")


class NotificationEmails(models.TextChoices):
    IMMEDIATELY = "immediately", _("Send each one at once")
    DIGEST = "digest", _("Gather them in my digest")
    OFF = "off", _("Don't e-mail me; I'll check the site")


class MemberManager(BaseUserManager.from_queryset(MemberQuerySet)):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> Member:
        member = self.model(email=self.normalize_email(email), **fields)
        member.set_password(password)
        member.save(using=self._db)
        return member

    def create_superuser(self, email: str, password: str | None = None, **fields) -> Member:
        fields.setdefault("is_staff", True)
        fields.setdefault("is_superuser", True)
        return self.create_user(email, password, **fields)


class Member(AbstractUser):
    """A museum professional's account and public profile."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    handle = models.SlugField(_("profile address"), max_length=80, unique=True)
    display_name = models.CharField(_("display name"), max_length=120, blank=True)
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    avatar = models.ImageField(_("avatar"), upload_to="avatars/%Y/%m/", blank=True, max_length=255)
    expertise = models.ManyToManyField(
        Topic, verbose_name=_("expertise"), related_name="experts", blank=True
    )
    platforms = models.ManyToManyField(
        Platform, verbose_name=_("platforms I work on"), related_name="members", blank=True
    )
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    profile_visibility = models.CharField(
        _("profile visibility"),
        max_length=10,
        choices=ProfileVisibility.choices,
        default=ProfileVisibility.MEMBERS,
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    time_zone = models.CharField(_("time zone"), max_length=64, default="Europe/Paris")
    notification_emails = models.CharField(
        _("e-mails about replies, mentions and decisions"),
        max_length=12,
        choices=NotificationEmails.choices,
        default=NotificationEmails.IMMEDIATELY,
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = MemberManager()

    class Meta:
        ordering = ["display_name", "email"]
        verbose_name = _("member")
        verbose_name_plural = _("members")
        permissions = [
            ("verify_memberships", _("Can verify memberships and claims of any institution")),
            ("organise_events", _("Can publish events and their programmes")),
            ("moderate_forums", _("Can moderate forum discussions")),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email.split("@")[0]

    def save(self, *args, **kwargs):
        if not self.handle:
            self.handle = self._unique_handle()
        super().save(*args, **kwargs)

    def _unique_handle(self) -> str:
        base = slugify(self.display_name or self.email.split("@")[0])[:70] or "member"
        candidate, suffix = base, 1
        while Member.objects.filter(handle=candidate).exclude(pk=self.pk).exists():
            suffix += 1
            candidate = f"{base}-{suffix}"
        return candidate

    def get_absolute_url(self) -> str:
        return reverse("network:member_detail", kwargs={"handle": self.handle})

    def get_full_name(self) -> str:
        return str(self)

    def get_short_name(self) -> str:
        return str(self)

    @property
    def spoken_language_labels(self) -> list[str]:
        labels = dict(SpokenLanguage.choices)
        return [str(labels[code]) for code in self.languages if code in labels]

    def is_visible_to(self, viewer) -> bool:
        if self.profile_visibility == ProfileVisibility.PUBLIC or viewer.pk == self.pk:
            return True
        return viewer.is_authenticated


class Membership(models.Model):
    """A member's tie to an institution, requested by the member and then verified.

    A ``member`` request is verified by one of the institution's admins; an
    ``admin`` request is a claim to run the institution's page and is verified
    by a network editor.
    """

    class Role(models.TextChoices):
        MEMBER = "member", _("Staff member")
        ADMIN = "admin", _("Institution admin")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for verification")
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Declined")

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="memberships")
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["member", "institution"], name="one_membership_each")
        ]
        indexes = [models.Index(fields=["institution", "status"])]

    def __str__(self) -> str:
        return f"{self.member} @ {self.institution} ({self.get_status_display()})"


class Notification(models.Model):
    """Something a member should know about, shown in the site and possibly e-mailed.

    The text is not stored: ``kind`` and ``params`` are rendered in the reader's
    language when shown (see ``network/notifications.py``).
    """

    recipient = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=40)
    params = models.JSONField(default=dict, blank=True)
    url = models.CharField(max_length=500, blank=True)
    actor = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["recipient", "read_at"])]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient}"


class Follow(models.Model):
    """A member's wish to hear about something: the digests read these rows.

    The target is generic so that every kind a member follows is read in one
    query. Which kinds can be followed, and by whom, is decided in
    ``network/follows.py``; nothing else should create these rows.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(_("followed since"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "content_type", "object_id"], name="one_follow_each"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="follow_target_idx")]

    def __str__(self) -> str:
        return f"{self.member} → {self.content_type.model} {self.object_id}"
