import pytest
from django.urls import reverse

from network.notifications import notify

pytestmark = pytest.mark.django_db


def test_notifications_are_listed_in_the_readers_language_with_an_unread_count(
    client, member, institution
):
    notify(
        member,
        "membership_verified",
        url=institution.get_absolute_url(),
        email=False,
        institution=institution.name,
    )
    client.force_login(member)

    english = client.get(reverse("network:notifications")).content.decode()
    french = client.get("/fr/notifications/").content.decode()

    assert f"You are now verified at {institution.name}." in english
    assert f"Votre rattachement à {institution.name} est vérifié" in french
    assert 'class="badge">1<' in english


def test_marking_all_as_read_clears_the_count(client, member, institution):
    notify(member, "membership_verified", email=False, institution=institution.name)
    client.force_login(member)

    client.post(reverse("network:notifications"))

    assert member.notifications.filter(read_at__isnull=True).count() == 0
    assert 'class="badge">' not in client.get(reverse("network:notifications")).content.decode()


def test_a_member_sees_only_their_own_notifications(client, member, member_factory):
    other = member_factory()
    notify(other, "casestudy_published", email=False, title="Secret draft title")
    client.force_login(member)

    page = client.get(reverse("network:notifications")).content.decode()

    assert "Secret draft title" not in page


def test_notification_email_is_sent_in_the_recipients_language(
    member, institution, mailoutbox, django_capture_on_commit_callbacks
):
    member.preferred_language = "fr"
    member.save()

    with django_capture_on_commit_callbacks(execute=True):
        notify(
            member,
            "casestudy_published",
            url=reverse("network:notifications"),
            title="Notre charte",
        )

    assert len(mailoutbox) == 1
    assert "Notre charte" in mailoutbox[0].subject
    assert "/fr/notifications/" in mailoutbox[0].body
