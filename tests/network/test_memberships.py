import pytest
from django.core import mail
from django.urls import reverse

from network.models import Membership
from network.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def institution_admin(member_factory, institution, membership_factory):
    admin = member_factory(display_name="Institution Admin")
    membership_factory(member=admin, institution=institution, role="admin")
    return admin


def test_member_asks_to_join_and_the_institution_admin_is_emailed(
    client, member, institution, institution_admin, django_capture_on_commit_callbacks
):
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("network:institution_join", args=[institution.slug]))

    assert response.status_code == 302
    membership = Membership.objects.get(member=member, institution=institution)
    assert membership.status == "pending"
    assert [message.to for message in mail.outbox] == [[institution_admin.email]]


def test_institution_admin_verifies_a_join_request_and_the_member_is_told(
    client,
    member,
    institution,
    institution_admin,
    membership_factory,
    django_capture_on_commit_callbacks,
):
    membership = membership_factory(member=member, institution=institution, status="pending")
    client.force_login(institution_admin)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("network:membership_decide", args=[membership.pk]), {"decision": "verify"}
        )

    membership.refresh_from_db()
    assert membership.status == "verified"
    assert membership.decided_by == institution_admin
    assert mail.outbox[-1].to == [member.email]
    assert "verified" in mail.outbox[-1].subject


def test_decision_email_is_written_in_the_members_language(
    client,
    member,
    institution,
    institution_admin,
    membership_factory,
    django_capture_on_commit_callbacks,
):
    member.preferred_language = "fr"
    member.save()
    membership = membership_factory(member=member, institution=institution, status="pending")
    client.force_login(institution_admin)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("network:membership_decide", args=[membership.pk]), {"decision": "decline"}
        )

    assert "refusée" in mail.outbox[-1].subject


def test_ordinary_member_cannot_verify_someone_elses_request(
    client, member_factory, institution, membership_factory
):
    membership = membership_factory(institution=institution, status="pending")
    client.force_login(member_factory())

    response = client.post(
        reverse("network:membership_decide", args=[membership.pk]), {"decision": "verify"}
    )

    assert response.status_code == 403
    membership.refresh_from_db()
    assert membership.status == "pending"


def test_institution_admin_cannot_verify_a_claim_to_become_admin(
    client, institution, institution_admin, membership_factory
):
    claim = membership_factory(institution=institution, status="pending", role="admin")
    client.force_login(institution_admin)

    response = client.post(
        reverse("network:membership_decide", args=[claim.pk]), {"decision": "verify"}
    )

    assert response.status_code == 403


def test_member_claims_an_unclaimed_institution_and_an_editor_verifies_it(
    client, member, institution, member_factory, django_capture_on_commit_callbacks
):
    editor = member_factory(role=Role.EDITOR)
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("network:institution_claim", args=[institution.slug]))
    claim = Membership.objects.get(member=member, institution=institution)
    assert mail.outbox[-1].to == [editor.email]

    client.force_login(editor)
    client.post(reverse("network:membership_decide", args=[claim.pk]), {"decision": "verify"})

    claim.refresh_from_db()
    assert (claim.role, claim.status) == ("admin", "verified")


def test_claiming_an_institution_that_has_an_admin_is_refused_with_a_message(
    client, member, institution, institution_admin
):
    client.force_login(member)

    response = client.post(
        reverse("network:institution_claim", args=[institution.slug]), follow=True
    )

    assert "already has an admin" in response.content.decode()
    assert not Membership.objects.filter(member=member).exists()


def test_asking_twice_to_join_is_refused_with_a_message(client, member, institution):
    client.force_login(member)
    client.post(reverse("network:institution_join", args=[institution.slug]))

    response = client.post(
        reverse("network:institution_join", args=[institution.slug]), follow=True
    )

    assert "already waiting" in response.content.decode()
    assert Membership.objects.filter(member=member).count() == 1


def test_member_adds_a_missing_institution_and_becomes_its_pending_admin(client, member):
    client.force_login(member)

    response = client.post(
        reverse("network:institution_create"),
        {
            "name": "Musée de la Mer de Gaspé",
            "kind": "natural-history-museum",
            "country": "CA",
            "city": "Gaspé",
            "size_band": "small",
            "website": "https://gaspe.example",
        },
    )

    membership = Membership.objects.get(member=member)
    assert response.status_code == 302
    assert membership.institution.slug == "musee-de-la-mer-de-gaspe"
    assert (membership.role, membership.status) == ("admin", "pending")


def test_invalid_institution_form_keeps_what_was_typed(client, member):
    client.force_login(member)

    response = client.post(
        reverse("network:institution_create"),
        {
            "name": "Musée sans pays",
            "kind": "art-museum",
            "city": "Nowhere",
            "website": "not a url",
        },
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="Musée sans pays"' in page
    assert response.context["form"].errors.keys() >= {"country", "size_band", "website"}


def test_member_leaves_an_institution(client, member, institution, membership_factory):
    membership = membership_factory(member=member, institution=institution)
    client.force_login(member)

    client.post(reverse("network:membership_leave", args=[membership.pk]))

    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_verified_institution_appears_on_the_members_profile(
    client, member, institution, membership_factory
):
    membership_factory(member=member, institution=institution)

    page = client.get(member.get_absolute_url()).content.decode()

    assert institution.name in page
