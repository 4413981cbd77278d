"""Reading and posting in the forums; moderation has its own views.

Views stay thin: ``reading`` builds what pages show, ``posting`` applies the
rules, and a refused post is shown again with the member's text and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from network.markup import render_markdown

from . import answers, discussions, forum_images, posting, reactions, reading, subscriptions
from .forms import AcceptForm, ImageUploadForm, PostForm, ReactionForm, SubscriptionForm, ThreadForm
from .models import Post, Subscription, Thread
from .querysets import is_moderator

T = TypeVar("T")


def index(request: HttpRequest) -> HttpResponse:
    categories = reading.categories_with_activity(request.user)
    return render(request, "forums/index.html", {"categories": categories})


def category(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_object_or_404(reading.readable_categories(request.user), slug=slug)
    threads = reading.threads_in(category, request.user)
    page = Paginator(threads, reading.THREADS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "category": category,
        "page": page,
        "is_moderator": is_moderator(request.user),
        "can_start_thread": not category.is_discussion_home
        and (not request.user.is_authenticated or posting.can_post_in(request.user, category)),
        "subscription_level": subscriptions.level_of(request.user, category=category),
        "subscription_levels": Subscription.Level.choices,
    }
    return render(request, "forums/category.html", context)


def thread_detail(request: HttpRequest, pk: int) -> HttpResponse:
    thread = _thread_or_404(request, pk)
    return _thread_response(request, thread, page_number=request.GET.get("page"))


def post_permalink(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    _thread_or_404(request, post.thread_id)
    if not reading.listed_posts(post.thread, request.user).filter(pk=post.pk).exists():
        raise Http404
    page = reading.page_of(post, request.user)
    url = post.thread.get_absolute_url()
    return redirect(f"{url}?page={page}#post-{post.pk}" if page > 1 else f"{url}#post-{post.pk}")


def post_history(request: HttpRequest, pk: int) -> HttpResponse:
    post = _visible_post_or_404(request, pk)
    revisions = list(post.revisions.select_related("edited_by"))
    post.display_html = reading.display_html(post.body_html)
    for revision in revisions:
        revision.display_html = reading.display_html(render_markdown(revision.body))
    context = {"post": post, "thread": post.thread, "revisions": revisions}
    return render(request, "forums/post_history.html", context)


@login_required
def thread_new(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_object_or_404(
        reading.readable_categories(request.user), slug=slug, is_discussion_home=False
    )
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        thread = _attempt(
            form,
            lambda: posting.start_thread(
                request.user,
                category,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                language=form.cleaned_data["language"],
                ip_address=_client_ip(request),
            ),
        )
        if thread is not None:
            return _posted(request, thread.posts.first(), to=thread)
    context = {"form": form, "category": category, "image_form": ImageUploadForm()}
    return render(request, "forums/thread_form.html", context)


@login_required
@require_POST
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    thread = _thread_or_404(request, pk)
    form = PostForm(request.POST)
    if form.is_valid():
        body = form.cleaned_data["body"]
        post = _attempt(
            form,
            lambda: posting.reply(thread, request.user, body=body, ip_address=_client_ip(request)),
        )
        if post is not None:
            return _posted(request, post)
    return _thread_response(request, thread, page_number="last", reply_form=form)


@login_required
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    post = _visible_post_or_404(request, pk)
    if post.author_id != request.user.pk and not is_moderator(request.user):
        raise PermissionDenied
    form = PostForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        body = form.cleaned_data["body"]
        if _attempt(form, lambda: posting.edit_post(post, request.user, body=body)):
            messages.success(request, _("Your changes are saved."))
            return redirect(post)
    context = {
        "form": form,
        "post": post,
        "image_form": ImageUploadForm(initial={"next": post.get_absolute_url()}),
    }
    return render(request, "forums/post_edit.html", context)


@login_required
@require_POST
def react(request: HttpRequest, pk: int) -> HttpResponse:
    post = _visible_post_or_404(request, pk)
    form = ReactionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This reaction does not exist."))
        return redirect(post)
    reactions.toggle_reaction(post, by=request.user, kind=form.cleaned_data["kind"])
    return redirect(post)


@login_required
@require_POST
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    post = _visible_post_or_404(request, pk)
    form = AcceptForm(request.POST)
    if not form.is_valid():
        return redirect(post)
    if form.cleaned_data["accepted"]:
        answers.accept_answer(post, by=request.user)
        messages.success(request, _("This reply is marked as the accepted answer."))
    else:
        answers.withdraw_answer(post.thread, by=request.user)
        messages.success(request, _("The thread no longer has an accepted answer."))
    return redirect(post)


@login_required
@require_POST
def subscribe(request: HttpRequest) -> HttpResponse:
    form = SubscriptionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how closely to follow, then save again."))
        return redirect("forums:index")
    if form.cleaned_data["thread"]:
        target = {"thread": _thread_or_404(request, form.cleaned_data["thread"])}
    else:
        readable = reading.readable_categories(request.user)
        target = {"category": get_object_or_404(readable, pk=form.cleaned_data["category"])}
    subscription = subscriptions.set_subscription(
        request.user, level=form.cleaned_data["level"], **target
    )
    messages.success(
        request,
        _("Notifications updated: %(level)s.") % {"level": subscription.get_level_display()},
    )
    return redirect(next(iter(target.values())))


@login_required
def image_upload(request: HttpRequest) -> HttpResponse:
    """Stores a picture and gives the Markdown to paste; JSON for the script, a page otherwise."""
    form = ImageUploadForm(request.POST or None, request.FILES or None)
    wants_json = "application/json" in request.headers.get("Accept", "")
    snippet = ""
    if request.method == "POST" and form.is_valid():
        try:
            url = forum_images.store_forum_image(form.cleaned_data["image"], by=request.user)
        except ValidationError as error:
            form.add_error("image", error)
        else:
            snippet = forum_images.markdown_snippet(url, form.cleaned_data["description"])
    if wants_json and request.method == "POST":
        if snippet:
            return JsonResponse({"markdown": snippet})
        errors = [str(message) for messages_ in form.errors.values() for message in messages_]
        return JsonResponse({"errors": errors}, status=400)
    back = form.data.get("next") or request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = ""
    status = 400 if request.method == "POST" and not snippet else 200
    context = {"form": form, "snippet": snippet, "back": back}
    return render(request, "forums/image_upload.html", context, status=status)


def discuss(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    try:
        subject = discussions.discussable(kind, pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    existing = discussions.existing_discussion(subject)
    if existing is not None and reading.readable_threads(request.user).contains(existing):
        if request.method == "POST":
            return reply(request, existing.pk)
        return redirect(existing)
    if request.method == "POST" and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    form = PostForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        body = form.cleaned_data["body"]
        post = _attempt(
            form,
            lambda: discussions.start_discussion(
                subject, by=request.user, body=body, ip_address=_client_ip(request)
            ),
        )
        if post is not None:
            return _posted(request, post)
    home = discussions.home_category()
    context = {
        "subject": discussions.describe(subject),
        "form": form,
        "category": home,
        "login_url": _login_url(request),
        "signup_url": reverse("account_signup"),
        **reading.reply_state(request.user, home),
    }
    return render(request, "forums/discuss.html", context)


def _attempt(form, action: Callable[[], T]) -> T | None:
    """Runs a posting action; a refusal becomes the form's error, so the text is shown again."""
    try:
        return action()
    except posting.PostingRefused as refusal:
        form.add_error(None, str(refusal))
        return None


def _thread_or_404(request: HttpRequest, pk: int) -> Thread:
    try:
        return reading.thread_for_reader(request.user, pk)
    except Thread.DoesNotExist as missing:
        raise Http404 from missing


def _visible_post_or_404(request: HttpRequest, pk: int) -> Post:
    post = get_object_or_404(
        Post.objects.visible_to(request.user).select_related("thread__category", "author"), pk=pk
    )
    _thread_or_404(request, post.thread_id)
    return post


def _thread_response(
    request: HttpRequest, thread: Thread, *, page_number, reply_form: PostForm | None = None
) -> HttpResponse:
    context = reading.thread_page(thread, request.user, page_number)
    context["reply_form"] = reply_form or PostForm()
    context["image_form"] = ImageUploadForm(initial={"next": thread.get_absolute_url()})
    context["login_url"] = _login_url(request)
    reading.record_reading(request.user, thread, context["page"])
    return render(request, "forums/thread.html", context)


def _posted(request: HttpRequest, post: Post, *, to=None) -> HttpResponse:
    """Where a member lands after posting; a held post says why nobody else sees it yet."""
    if post.status == Post.Status.PENDING:
        messages.info(
            request,
            _(
                "Thanks! As a new member, your first post is checked by a moderator "
                "before others can see it. You will be told once it is visible."
            ),
        )
    return redirect(to or post)


def _login_url(request: HttpRequest) -> str:
    return redirect_to_login(request.get_full_path())["Location"]


def _client_ip(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR") or None
