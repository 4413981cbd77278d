"""A newcomer's first visit, in a real browser, in each language."""

import re

import pytest
from django.core import mail
from django.utils.translation import override

from network.models import Membership
from tests.factories import PASSWORD, InstitutionFactory, MemberFactory, MembershipFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WORDS = {
    "en": {
        "sign_up": "Sign Up",
        "confirm": "Confirm",
        "save": "Save my profile",
        "join": "Ask to join",
        "verify": "Verify",
        "apply": "Apply filters",
        "members": "/en/members/",
        "saved": "Your profile is saved.",
        "sent": "Your request is sent.",
    },
    "fr": {
        "sign_up": "Création de compte",
        "confirm": "Confirmer",
        "save": "Enregistrer mon profil",
        "join": "Demander à rejoindre",
        "verify": "Valider",
        "apply": "Appliquer les filtres",
        "members": "/fr/membres/",
        "saved": "Votre profil est enregistré.",
        "sent": "Votre demande est envoyée.",
    },
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_newcomer_signs_up_verifies_completes_profile_joins_and_finds_a_colleague(
    live_server, page, screenshots, language
):
    from casestudies.site_setup import ensure_site_structure

    words = WORDS[language]
    ensure_site_structure()
    institution = InstitutionFactory(name="Musée des Rivages", country="CA", city="Rimouski")
    admin = MemberFactory(display_name="Aline Tremblay", email=f"aline.{language}@example.org")
    MembershipFactory(member=admin, institution=institution, role="admin")
    MemberFactory(display_name="Colleague Gagnon", expertise=["moderation"])
    email = f"newcomer.{language}@example.org"
    with override(language):
        institution_url = live_server.url + institution.get_absolute_url()

    page.goto(f"{live_server.url}/{language}/accounts/signup/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    screenshots.take(page, "sign-up form")
    page.get_by_role("button", name=words["sign_up"]).click()
    page.wait_for_url(re.compile(r".*/confirm-email/.*"))
    screenshots.take(page, "verification sent")

    verification = next(m for m in mail.outbox if m.to == [email])
    link = re.search(r"https?://\S+", verification.body).group(0)
    page.goto(live_server.url + link[link.index("/", 8) :])
    screenshots.take(page, "confirm address")
    page.get_by_role("button", name=words["confirm"]).click()

    page.wait_for_url(re.compile(r".*/(profile|profil)/$"))
    page.fill("input[name=display_name]", f"Newcomer {language.upper()}")
    page.fill("input[name=job_title]", "Community manager")
    page.get_by_role("group", name="Expertise").get_by_label(
        re.compile("Live coverage|Couverture en direct")
    ).check()
    page.get_by_role(
        "group", name=re.compile("Platforms I work on|Plateformes sur lesquelles")
    ).get_by_label("Instagram").check()
    screenshots.take(page, "profile form")
    page.get_by_role("button", name=words["save"], exact=True).click()
    assert page.get_by_text(words["saved"]).is_visible()

    page.goto(institution_url)
    page.get_by_role("button", name=words["join"]).click()
    assert page.get_by_text(words["sent"]).is_visible()
    screenshots.take(page, "join requested")

    request = Membership.objects.get(member__email=email)
    assert request.status == "pending"
    admin_page = page.context.browser.new_context().new_page()
    admin_page.goto(f"{live_server.url}/{language}/accounts/login/")
    admin_page.fill("input[name=login]", admin.email)
    admin_page.fill("input[name=password]", PASSWORD)
    admin_page.locator("form[action$='/login/'] button[type=submit]").click()
    admin_page.goto(institution_url)
    admin_page.get_by_role("button", name=re.compile(f"^{words['verify']} Newcomer")).click()
    screenshots.take(admin_page, "admin verified")
    admin_page.context.close()
    request.refresh_from_db()
    assert request.status == "verified"

    page.goto(f"{live_server.url}{words['members']}")
    page.select_option("select[name=topic]", "moderation")
    page.get_by_role("button", name=words["apply"]).click()
    page.wait_for_url(re.compile(r".*topic=moderation.*"))
    screenshots.take(page, "directory filtered")
    assert page.get_by_role("link", name="Colleague Gagnon").is_visible()
    assert page.get_by_role("link", name=f"Newcomer {language.upper()}").count() == 0
