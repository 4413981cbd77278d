"""Slide decks on the site: list, upload and edit pages, the viewer, embeds and oEmbed."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from . import decks
from .deck_processing import FileKind
from .forms_decks import DeckFilterForm, DeckMetadataForm, DeckUploadForm, SlideJumpForm
from .models import Slide, SlideDeck

DECKS_PER_PAGE = 24
EMBED_WIDTH = 640
EMBED_BAR_HEIGHT = 56  # the embed's navigation bar, under the slide
EMBEDDABLE_VIEWS = {"deck_detail", "deck_slide", "deck_embed"}
# The embed may be framed by any site; everything else keeps the site's strict policy.
EMBED_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *"
)


def deck_list(request: HttpRequest) -> HttpResponse:
    form = DeckFilterForm(request.GET)
    listed = (
        SlideDeck.objects.ready()
        .prefetch_related(
            "speakers", Prefetch("slides", Slide.objects.filter(number=1), to_attr="covers")
        )
        .order_by("-created_at")
    )
    if topic := form.chosen_topic():
        listed = listed.filter(topics__slug=topic)
    page = Paginator(listed, DECKS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "casestudies/decks/list.html", {"form": form, "page": page})


@login_required
def deck_upload(request: HttpRequest) -> HttpResponse:
    form = DeckUploadForm(
        request.POST or None,
        request.FILES or None,
        initial={"language": request.LANGUAGE_CODE, "speakers": request.user.email},
    )
    if request.method == "POST":
        if form.is_valid():
            deck = decks.create_deck(
                request.user, upload=form.cleaned_data["file"], metadata=form.metadata()
            )
            messages.success(
                request,
                _("Your slides are uploaded. Their pages appear here once they are processed."),
            )
            return redirect(deck)
        messages.error(request, _("Some fields need your attention. Nothing was saved yet."))
    return render(request, "casestudies/decks/form.html", {"form": form, "deck": None})


@login_required
def deck_edit(request: HttpRequest, slug: str) -> HttpResponse:
    deck = get_object_or_404(SlideDeck.objects.visible_to(request.user), slug=slug)
    if not decks.can_edit(deck, request.user):
        raise PermissionDenied
    form = DeckMetadataForm(request.POST or None, initial=_initial(deck))
    if request.method == "POST":
        if form.is_valid():
            decks.update_deck(deck, by=request.user, metadata=form.metadata())
            messages.success(request, _("The details of your slides are saved."))
            return redirect(deck)
        messages.error(request, _("Some fields need your attention. Nothing was saved yet."))
    return render(request, "casestudies/decks/form.html", {"form": form, "deck": deck})


def _initial(deck: SlideDeck) -> dict:
    return {
        "title": deck.title,
        "description": deck.description,
        "language": deck.language,
        "licence": deck.licence,
        "allow_download": deck.allow_download,
        "topics": list(deck.topics.all()),
        "speakers": ", ".join(speaker.email for speaker in deck.speakers.all()),
        "session": deck.session,
        "case_studies": list(deck.case_studies.all()),
    }


def deck_detail(request: HttpRequest, slug: str) -> HttpResponse:
    deck = _visible_deck(request, slug)
    ready = deck.status == SlideDeck.Status.READY
    slides = list(deck.slides.only("deck_id", "number", "thumbnail", "width", "height"))
    context = {
        "deck": deck,
        "slides": slides,
        "speakers": list(deck.speakers.all()),
        "topics": list(deck.topics.all()),
        "case_studies": list(deck.case_studies.live().select_related("locale")),
        "can_edit": decks.can_edit(deck, request.user),
    }
    if ready:
        width, height = _embed_size(deck, slides[0] if slides else None)
        context.update(
            {
                "embed_html": _embed_html(deck, width=width, height=height),
                "oembed_url": _oembed_url(deck.get_absolute_url()),
                "structured_data": _structured_data(deck, context, slides),
            }
        )
    return render(request, "casestudies/decks/detail.html", context)


def deck_slide(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    deck = _visible_deck(request, slug)
    if not 1 <= number <= deck.page_count:
        raise Http404
    slide = get_object_or_404(Slide, deck=deck, number=number)
    jump = SlideJumpForm(
        request.GET if "slide" in request.GET else None, page_count=deck.page_count
    )
    if jump.is_bound and jump.is_valid():
        return redirect(deck.slide_url(jump.cleaned_data["slide"]))
    context = {
        "deck": deck,
        "slide": slide,
        "jump": jump,
        "first_url": deck.slide_url(1) if number > 1 else "",
        "previous_url": deck.slide_url(number - 1) if number > 1 else "",
        "next_url": deck.slide_url(number + 1) if number < deck.page_count else "",
        "last_url": deck.slide_url(deck.page_count) if number < deck.page_count else "",
        "oembed_url": _oembed_url(slide.get_absolute_url()),
    }
    return render(request, "casestudies/decks/slide.html", context)


def deck_download(request: HttpRequest, slug: str) -> FileResponse:
    deck = _visible_deck(request, slug)
    if not deck.allow_download or not deck.original:
        raise Http404
    try:
        kind = FileKind(Path(deck.original.name).suffix.lstrip(".").lower())
    except ValueError:
        kind = FileKind.PDF
    try:
        original = deck.original.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    return FileResponse(
        original,
        as_attachment=True,
        filename=f"{deck.slug}.{kind}",
        content_type=kind.content_type,
    )


@xframe_options_exempt
def deck_embed(request: HttpRequest, slug: str) -> HttpResponse:
    deck = get_object_or_404(SlideDeck.objects.ready(), slug=slug)
    number = _positive_int(request.GET.get("slide")) or 1
    slide = get_object_or_404(Slide, deck=deck, number=min(number, deck.page_count))
    embed_url = reverse("casestudies:deck_embed", kwargs={"slug": deck.slug})
    context = {
        "deck": deck,
        "slide": slide,
        "previous_url": f"{embed_url}?slide={slide.number - 1}" if slide.number > 1 else "",
        "next_url": (
            f"{embed_url}?slide={slide.number + 1}" if slide.number < deck.page_count else ""
        ),
        "full_url": _absolute(slide.get_absolute_url()),
    }
    response = render(request, "casestudies/decks/embed.html", context)
    response["Content-Security-Policy"] = EMBED_POLICY
    return response


@require_GET
def oembed(request: HttpRequest) -> HttpResponse:
    """The oEmbed provider (https://oembed.com) for deck and slide addresses."""
    if request.GET.get("format", "json") != "json":
        return HttpResponse(
            _("Only the JSON format is available."), status=501, content_type="text/plain"
        )
    deck, number = _deck_from_url(request, request.GET.get("url", ""))
    cover = deck.slides.filter(number=number).first()
    width, height = _embed_size(
        deck,
        cover,
        max_width=_positive_int(request.GET.get("maxwidth")),
        max_height=_positive_int(request.GET.get("maxheight")),
    )
    speakers = list(deck.speakers.all()) or [deck.owner]
    data = {
        "version": "1.0",
        "type": "rich",
        "provider_name": settings.WAGTAIL_SITE_NAME,
        "provider_url": _absolute("/"),
        "title": deck.title,
        "author_name": ", ".join(str(speaker) for speaker in speakers),
        "author_url": _absolute(speakers[0].get_absolute_url()),
        "html": _embed_html(deck, width=width, height=height, number=number),
        "width": width,
        "height": height,
    }
    if cover is not None:
        data.update(
            {
                "thumbnail_url": _absolute(cover.thumbnail.url),
                "thumbnail_width": 320,
                "thumbnail_height": round(320 * cover.height / cover.width) if cover.width else 0,
            }
        )
    response = JsonResponse(data)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _visible_deck(request: HttpRequest, slug: str) -> SlideDeck:
    """The deck if this visitor may see it: ready decks for all, any state for its owner."""
    return get_object_or_404(
        SlideDeck.objects.visible_to(request.user).select_related("owner", "session__event"),
        slug=slug,
    )


def _deck_from_url(request: HttpRequest, url: str) -> tuple[SlideDeck, int]:
    """The ready deck and slide number an address of this site points to, or a 404."""
    parts = urlsplit(url)
    own_hosts = {urlsplit(settings.SITE_URL).netloc, request.get_host()}
    foreign = parts.netloc and parts.netloc not in own_hosts
    if parts.scheme not in ("http", "https", "") or foreign:
        raise Http404
    language = parts.path.lstrip("/").split("/", 1)[0]
    if language not in dict(settings.LANGUAGES):
        raise Http404
    with translation.override(language):
        try:
            match = resolve(parts.path)
        except Resolver404 as error:
            raise Http404 from error
    if match.namespace != "casestudies" or match.url_name not in EMBEDDABLE_VIEWS:
        raise Http404
    deck = get_object_or_404(
        SlideDeck.objects.ready().select_related("owner"), slug=match.kwargs["slug"]
    )
    number = match.kwargs.get("number", 1)
    if match.url_name == "deck_embed":
        number = _positive_int(parse_qs(parts.query).get("slide", [""])[0]) or 1
    if not 1 <= number <= deck.page_count:
        raise Http404
    return deck, number


def _embed_size(
    deck: SlideDeck,
    slide: Slide | None,
    *,
    max_width: int | None = None,
    max_height: int | None = None,
) -> tuple[int, int]:
    ratio = slide.height / slide.width if slide and slide.width else 9 / 16
    width = min(EMBED_WIDTH, max_width or EMBED_WIDTH)
    if max_height and round(width * ratio) + EMBED_BAR_HEIGHT > max_height:
        width = max(1, round((max_height - EMBED_BAR_HEIGHT) / ratio))
    return width, round(width * ratio) + EMBED_BAR_HEIGHT


def _embed_html(deck: SlideDeck, *, width: int, height: int, number: int = 1) -> str:
    src = _absolute(reverse("casestudies:deck_embed", kwargs={"slug": deck.slug}))
    if number > 1:
        src = f"{src}?slide={number}"
    return format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" allowfullscreen>'
        "</iframe>",
        src,
        width,
        height,
        _("Slides: %(title)s") % {"title": deck.title},
    )


def _oembed_url(path: str) -> str:
    query = urlencode({"url": _absolute(path), "format": "json"})
    return f"{_absolute(reverse('casestudies:oembed'))}?{query}"


def _structured_data(deck: SlideDeck, context: dict, slides: list[Slide]) -> dict:
    """schema.org description of the deck, for search engines and aggregators."""
    return {
        "@context": "https://schema.org",
        "@type": "PresentationDigitalDocument",
        "name": deck.title,
        "description": deck.description or None,
        "inLanguage": deck.language,
        "license": deck.licence_url or None,
        "url": _absolute(deck.get_absolute_url()),
        "numberOfPages": deck.page_count,
        "dateCreated": deck.created_at,
        "author": [
            {
                "@type": "Person",
                "name": str(speaker),
                "url": _absolute(speaker.get_absolute_url()),
            }
            for speaker in context["speakers"]
        ],
        "about": [topic.name for topic in context["topics"]],
        "thumbnailUrl": _absolute(slides[0].thumbnail.url) if slides else None,
    }


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _positive_int(value: str | None) -> int | None:
    try:
        number = int(value or "")
    except ValueError:
        return None
    return number if number > 0 else None
