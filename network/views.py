from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from casestudies.contributions import contributions_at, contributions_of

from . import memberships, notifications
from .forms import DirectoryFilterForm, InstitutionForm, ProfileForm
from .models import Institution, Member, Membership

DIRECTORY_PAGE_SIZE = 24


def member_directory(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET)
    filters = form.filters()
    members = Member.objects.visible_to(request.user).working_in(
        country=filters["country"], kind=filters["kind"], topic=filters["topic"]
    )
    if filters["q"]:
        members = members.filter(display_name__icontains=filters["q"])
    page = Paginator(members.with_directory_data(), DIRECTORY_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "network/member_directory.html", {"form": form, "page": page})


def member_detail(request: HttpRequest, handle: str) -> HttpResponse:
    member = get_object_or_404(Member.objects.listed().with_directory_data(), handle=handle)
    if not member.is_visible_to(request.user):
        return render(request, "network/member_private.html", {"member": member}, status=403)
    context = {"member": member, **contributions_of(member)}
    return render(request, "network/member_detail.html", context)


@login_required
@transaction.atomic
def profile_edit(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, request.FILES or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile is saved."))
            return redirect("network:profile_edit")
        messages.error(request, _("Some fields need your attention. Nothing was saved yet."))
    my_memberships = request.user.memberships.select_related("institution")
    return render(
        request, "network/profile_edit.html", {"form": form, "memberships": my_memberships}
    )


def institution_directory(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET)
    filters = form.filters()
    institutions = Institution.objects.filtered(
        country=filters["country"], kind=filters["kind"], topic=filters["topic"]
    )
    if filters["q"]:
        institutions = institutions.filter(name__icontains=filters["q"])
    page = Paginator(
        institutions.with_member_counts().order_by("name"), DIRECTORY_PAGE_SIZE
    ).get_page(request.GET.get("page"))
    return render(request, "network/institution_directory.html", {"form": form, "page": page})


def institution_detail(request: HttpRequest, slug: str) -> HttpResponse:
    institution = get_object_or_404(
        Institution.objects.prefetch_related("social_accounts__platform"), slug=slug
    )
    staff = (
        Member.objects.visible_to(request.user)
        .filter(memberships__institution=institution, memberships__status="verified")
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(institution=institution),
                to_attr="memberships_here",
            )
        )
        .distinct()
    )
    mine = None
    pending = []
    if request.user.is_authenticated:
        mine = institution.memberships.filter(member=request.user).first()
        pending = [
            membership
            for membership in institution.memberships.pending().select_related("member")
            if memberships.can_decide(membership, request.user)
        ]
    context = {
        "institution": institution,
        "staff": staff,
        "my_membership": mine,
        "pending": pending,
        "has_admin": Membership.objects.admins_of(institution).exists(),
        **contributions_at(institution),
    }
    return render(request, "network/institution_detail.html", context)


@login_required
def institution_create(request: HttpRequest) -> HttpResponse:
    form = InstitutionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        membership = memberships.create_institution(request.user, form.save(commit=False))
        messages.success(
            request,
            _("%(name)s is listed. A network editor will verify that you run its page.")
            % {"name": membership.institution},
        )
        return redirect(membership.institution)
    return render(request, "network/institution_form.html", {"form": form})


@login_required
@require_POST
def institution_join(request: HttpRequest, slug: str) -> HttpResponse:
    return _request_membership(request, slug, memberships.request_to_join)


@login_required
@require_POST
def institution_claim(request: HttpRequest, slug: str) -> HttpResponse:
    return _request_membership(request, slug, memberships.claim_institution)


def _request_membership(request: HttpRequest, slug: str, action) -> HttpResponse:
    institution = get_object_or_404(Institution, slug=slug)
    try:
        action(request.user, institution)
    except memberships.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Your request is sent. You will get an e-mail once it is decided.")
        )
    return redirect(institution)


@login_required
@require_POST
def membership_decide(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(
        Membership.objects.select_related("institution", "member"), pk=pk
    )
    decide = (
        memberships.verify_membership
        if request.POST.get("decision") == "verify"
        else memberships.decline_membership
    )
    try:
        decide(membership, by=request.user)
    except memberships.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Decision recorded for %(member)s.") % {"member": membership.member}
        )
    return redirect(membership.institution)


@login_required
@require_POST
def membership_leave(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership, pk=pk, member=request.user)
    memberships.leave_institution(membership, by=request.user)
    messages.success(request, _("You have left %(name)s.") % {"name": membership.institution})
    return redirect("network:profile_edit")


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        notifications.mark_all_read(request.user)
        return redirect("network:notifications")
    page = Paginator(
        request.user.notifications.select_related("actor"), DIRECTORY_PAGE_SIZE
    ).get_page(request.GET.get("page"))
    return render(request, "network/notifications.html", {"page": page})
