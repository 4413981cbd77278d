import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_forbid_inline_scripts_and_framing(client, home_page):
    response = client.get("/en/")

    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_rendered_pages_contain_no_inline_script(client, home_page, member):
    client.force_login(member)
    for path in [
        "/en/",
        "/fr/",
        "/en/members/",
        "/en/institutions/",
        "/en/profile/",
        "/en/accounts/email/",
        "/en/case-studies/",
    ]:
        html = client.get(path).content.decode()
        for chunk in html.split("<script")[1:]:
            opening = chunk.split(">", 1)[0]
            assert "src=" in opening or 'type="application/ld+json"' in opening, (path, opening)
        assert " onclick=" not in html and " onload=" not in html
