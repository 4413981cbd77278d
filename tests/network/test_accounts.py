import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from network.models import Member
from network.roles import Role, roles_of
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def _sign_up(client, email="new.peer@example.org", language="en"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def _link_in(message) -> str:
    return re.search(r"https?://[^\s]+", message.body).group(0)


def test_sign_up_sends_a_verification_email_and_does_not_log_in_yet(client):
    response = _sign_up(client)

    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert len(mail.outbox) == 1
    assert "_auth_user_id" not in client.session
    assert not EmailAddress.objects.get(email="new.peer@example.org").verified


def test_new_member_gets_the_member_role_and_the_sign_up_language(client):
    _sign_up(client, language="fr")

    member = Member.objects.get(email="new.peer@example.org")
    assert roles_of(member) == {Role.MEMBER}
    assert member.preferred_language == "fr"


def test_verification_link_confirms_the_address_on_post_and_signs_in(client):
    _sign_up(client)
    link = _link_in(mail.outbox[0])

    page = client.get(link)
    assert page.status_code == 200
    assert not EmailAddress.objects.get(email="new.peer@example.org").verified

    response = client.post(link)

    assert response.status_code == 302
    assert EmailAddress.objects.get(email="new.peer@example.org").verified
    assert "_auth_user_id" in client.session


def test_unverified_member_cannot_log_in(client):
    _sign_up(client)
    client.logout()

    response = client.post(
        reverse("account_login"), {"login": "new.peer@example.org", "password": PASSWORD}
    )

    assert "_auth_user_id" not in client.session
    assert "confirm-email" in response["Location"]


def test_verified_member_logs_in_and_out(client, member):
    client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    assert client.session["_auth_user_id"] == str(member.pk)

    client.post(reverse("account_logout"))

    assert "_auth_user_id" not in client.session


def test_signing_up_with_a_taken_address_looks_the_same_as_a_new_one(client, member):
    fresh = _sign_up(client, email="someone.new@example.org")
    client.logout()
    taken = _sign_up(client, email=member.email)

    assert taken.status_code == fresh.status_code == 302
    assert taken["Location"] == fresh["Location"]
    assert Member.objects.filter(email=member.email).count() == 1
    assert mail.outbox[-1].to == [member.email]


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client, member):
    known = client.post(reverse("account_reset_password"), {"email": member.email})
    unknown = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_password_reset_link_sets_a_new_password(client, member):
    client.post(reverse("account_reset_password"), {"email": member.email})
    link = _link_in(next(m for m in mail.outbox if m.to == [member.email]))

    form_page = client.get(link, follow=True)
    client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"password1": "another-long-password-7", "password2": "another-long-password-7"},
    )

    member.refresh_from_db()
    assert member.check_password("another-long-password-7")


def test_expired_or_forged_reset_link_gives_a_clear_page_not_an_error(client, member):
    response = client.get("/en/accounts/password/reset/key/1-forged-token/", follow=True)

    assert response.status_code == 200
    assert (
        "bad token" in response.content.decode().lower()
        or "invalid" in response.content.decode().lower()
    )


def test_member_adds_a_new_email_address_which_must_be_verified(client, member):
    client.force_login(member)

    client.post(reverse("account_email"), {"action_add": "", "email": "new.address@example.org"})

    added = EmailAddress.objects.get(email="new.address@example.org")
    assert added.user == member
    assert not added.verified
    assert mail.outbox[-1].to == ["new.address@example.org"]


def test_failed_logins_are_rate_limited(client, member, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip"}
    cache.clear()

    pages = [
        client.post(reverse("account_login"), {"login": member.email, "password": "wrong"})
        for _ in range(4)
    ]

    assert all("Too many failed login attempts" not in p.content.decode() for p in pages[:3])
    assert "Too many failed login attempts" in pages[3].content.decode()
    locked_out = client.post(
        reverse("account_login"), {"login": member.email, "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    assert locked_out.status_code == 200
    cache.clear()


def test_sign_up_is_rate_limited_per_ip(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {"signup": "2/m/ip"}
    cache.clear()

    statuses = [_sign_up(client, email=f"burst{n}@example.org").status_code for n in range(4)]

    assert statuses[-1] == 429
    cache.clear()


@pytest.mark.parametrize(
    ("path", "phrase"),
    [
        ("/fr/accounts/login/", "Connexion"),
        ("/fr/accounts/signup/", "Inscription"),
        ("/fr/accounts/password/reset/", "mot de passe"),
        ("/en/accounts/login/", "Sign In"),
    ],
)
def test_account_pages_use_the_site_layout_and_language(client, path, phrase):
    page = client.get(path).content.decode()

    assert phrase in page
    assert 'class="skip-link"' in page
    assert 'lang="' + path[1:3] + '"' in page
