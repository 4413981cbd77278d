"""Case studies: what a museum team did, why, and what came of it.

A case study is a Wagtail page under a ``CaseStudyIndexPage`` of its
language's tree; its French and English versions share a ``translation_key``.
Members write them through the site's own form (``casestudies/submission.py``),
and every version goes through the "Case study moderation" workflow.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from network.models import BilingualName

from .choices import LICENCE_URLS, BudgetBand, Licence, TeamSize


class Audience(BilingualName):
    """Who a practice was aimed at: families, school groups, foreign-language tourists…"""

    class Meta(BilingualName.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class CaseStudyIndexPage(Page):
    """Lists the case studies of one language; their parent in the page tree."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    parent_page_types = ["casestudies.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count_per_parent = 1
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("case study index")

    def get_context(self, request, *args, **kwargs):
        from casestudies.listing import case_study_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_listing(request, self))
        return context


class CaseStudyPage(Page):
    summary = models.CharField(_("summary"), max_length=300)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it."),
    )
    institutions = ParentalManyToManyField(
        "network.Institution", verbose_name=_("institutions"), related_name="case_studies"
    )
    authors = ParentalManyToManyField(
        "network.Member", verbose_name=_("authors"), related_name="case_studies"
    )
    external_authors = models.CharField(
        _("other authors"),
        max_length=300,
        blank=True,
        help_text=_("Co-authors who are not members, separated by commas."),
    )
    period_start = models.PositiveSmallIntegerField(_("from (year)"))
    period_end = models.PositiveSmallIntegerField(_("to (year)"), null=True, blank=True)
    topics = ParentalManyToManyField(
        "network.Topic", verbose_name=_("topics"), related_name="case_studies"
    )
    platforms = ParentalManyToManyField(
        "network.Platform", verbose_name=_("platforms"), related_name="case_studies", blank=True
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audiences"), related_name="case_studies", blank=True
    )
    budget_band = models.CharField(_("budget"), max_length=20, choices=BudgetBand.choices)
    team_size = models.CharField(_("team size"), max_length=20, choices=TeamSize.choices)
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY
    )
    context = models.TextField(_("context"), help_text=_("Markdown."))
    goal = models.TextField(_("goal"), help_text=_("Markdown."))
    actions = models.TextField(_("what we did"), help_text=_("Markdown."))
    results = models.TextField(_("results"), blank=True, help_text=_("Markdown."))
    lessons = models.TextField(_("lessons learned"), blank=True, help_text=_("Markdown."))

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], _("Cover")),
        MultiFieldPanel(
            [
                FieldPanel("authors"),
                FieldPanel("external_authors"),
                FieldPanel("institutions"),
                FieldPanel("period_start"),
                FieldPanel("period_end"),
            ],
            _("Who and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics"),
                FieldPanel("platforms"),
                FieldPanel("audiences"),
                FieldPanel("budget_band"),
                FieldPanel("team_size"),
                FieldPanel("licence"),
            ],
            _("Classification"),
        ),
        FieldPanel("context"),
        FieldPanel("goal"),
        FieldPanel("actions"),
        FieldPanel("results"),
        InlinePanel("outcomes", label=_("Measured outcomes")),
        FieldPanel("lessons"),
        InlinePanel("resource_links", label=_("Resources")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("context"),
        index.SearchField("actions"),
        index.SearchField("lessons"),
    ]

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def clean(self):
        super().clean()
        if self.cover_image_id and not self.cover_alt.strip():
            raise ValidationError({"cover_alt": _("Describe the cover image for screen readers.")})
        if self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end year comes before the start year.")})

    @property
    def language(self) -> str:
        return self.locale.language_code

    @property
    def period_label(self) -> str:
        if self.period_end and self.period_end != self.period_start:
            return f"{self.period_start}–{self.period_end}"
        return str(self.period_start)

    @property
    def licence_url(self) -> str:
        return LICENCE_URLS.get(self.licence, "")

    def get_context(self, request, *args, **kwargs):
        # Lazy querysets: the template only evaluates them when its cached fragment is cold.
        context = super().get_context(request, *args, **kwargs)
        context["translations"] = self.get_translations().live().select_related("locale")
        context["decks"] = self.decks.ready()
        return context

    def structured_data(self) -> dict:
        """schema.org description of the case study, for search engines and aggregators."""
        from django.conf import settings

        return {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "abstract": self.summary,
            "inLanguage": self.language,
            "url": f"{settings.SITE_URL}{self.url or ''}",
            "datePublished": self.first_published_at,
            "dateModified": self.last_published_at,
            "author": [
                {
                    "@type": "Person",
                    "name": str(author),
                    "url": f"{settings.SITE_URL}{author.get_absolute_url()}",
                }
                for author in self.authors.all()
            ],
            "sourceOrganization": [
                {"@type": "Organization", "name": institution.name}
                for institution in self.institutions.all()
            ],
            "about": [topic.name for topic in self.topics.all()],
            "license": self.licence_url or None,
        }

    def author_names(self) -> list[str]:
        names = [str(author) for author in self.authors.all()]
        names += [name.strip() for name in self.external_authors.split(",") if name.strip()]
        return names


class CaseStudyOutcome(Orderable):
    """One measured result, such as followers before and after a campaign."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="outcomes")
    label = models.CharField(_("what was measured"), max_length=150)
    before = models.DecimalField(
        _("before"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    after = models.DecimalField(_("after"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=40, blank=True)

    panels = [FieldPanel("label"), FieldPanel("before"), FieldPanel("after"), FieldPanel("unit")]

    @property
    def change_percent(self) -> float | None:
        if self.before in (None, 0):
            return None
        return float((self.after - self.before) / abs(self.before) * 100)


class CaseStudyResource(Orderable):
    """A template, charter or link the team shares with peers."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="resource_links")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("link"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("document")]

    def clean(self):
        if not self.url and not self.document_id:
            raise ValidationError(_("Give a link or attach a file."))

    @property
    def href(self) -> str:
        return self.document.url if self.document_id else self.url
