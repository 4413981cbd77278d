"""The "find peers with this problem" page: its form, what it finds and for whom."""

from contextlib import contextmanager
from unittest import mock
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation
from opensearchpy import OpenSearch

from network.models import InstitutionKind, Platform
from search import bridge, engine, indexing
from tests.casestudies.builders import publish_case_study

TROLLS = "How do we deal with trolls posting insulting comments under our Facebook posts?"


def _peers_url(problem: str | None = None, *, language: str = "en") -> str:
    with translation.override(language):
        url = reverse("peers:find_peers")
    return url if problem is None else f"{url}?{urlencode({'problem': problem})}"


def _index(*objects) -> None:
    for obj in objects:
        indexing.index_object(obj._meta.app_label, obj._meta.model_name, obj.pk)
    indexing.refresh_all()


def _section(html: str, heading_id: str) -> str:
    start = html.index(f'aria-labelledby="{heading_id}"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def viewer(member_factory, membership_factory, institution_factory):
    """A signed-in member from a small science centre who works on Facebook."""
    person = member_factory(display_name="Asking Member")
    membership_factory(
        member=person,
        institution=institution_factory(
            name="Cité des sciences test", kind=InstitutionKind.SCIENCE_CENTRE, size_band="small"
        ),
    )
    person.platforms.add(Platform.objects.get(slug="facebook"))
    return person


@pytest.fixture
def troll_authors(member_factory, institution, home_page, trusted_member, thread_factory):
    """A case study and a thread on trolls, by two members, and an unrelated case study."""
    case_study_author = member_factory(display_name="Case Study Author")
    thread_author = trusted_member
    thread_author.profile_visibility = "members"
    thread_author.save()
    off_topic_author = member_factory(display_name="Catalogue Author")
    case_study = publish_case_study(
        author=case_study_author,
        institution=institution,
        title="Handling trolls and insulting comments on Facebook",
        summary="Trolls flooded our Facebook posts with insulting comments.",
        lessons="A public moderation charter calmed the trolls.",
    )
    thread = thread_factory(
        thread_author,
        title="Trolls insulting us under our Facebook posts",
        body="Trolls post insulting comments under every Facebook post. How do you deal with them?",
    )
    off_topic = publish_case_study(
        author=off_topic_author,
        institution=institution,
        title="Printing an exhibition catalogue on a budget",
        summary="Paper, binding and print runs for a small catalogue.",
        context="A printed catalogue for the spring show.",
        goal="Sell the catalogue in the shop.",
        actions="We compared three printers.",
    )
    _index(case_study, thread, off_topic)
    return {
        "case_study": case_study,
        "thread": thread,
        "off_topic": off_topic,
        "case_study_author": case_study_author,
        "thread_author": thread_author,
        "off_topic_author": off_topic_author,
    }


@pytest.mark.opensearch
def test_anonymous_viewers_are_sent_to_sign_in_and_never_see_members_only_authors(
    client, troll_authors
):
    response = client.get(_peers_url(TROLLS))
    sign_in_page = client.get(response["Location"]).content.decode()

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert troll_authors["thread_author"].display_name not in sign_in_page
    assert troll_authors["thread"].title not in sign_in_page


def test_a_signed_in_member_gets_the_empty_form_and_their_context(client, viewer):
    client.force_login(viewer)

    response = client.get(_peers_url())

    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="problem"' in page
    assert "Cité des sciences test" in page
    assert "Science centre" in page
    assert "Small (fewer than 10 staff)" in page
    assert "Facebook" in page
    assert "Closest resources" not in page
    assert "errorlist" not in page


def test_a_member_without_institution_or_platform_is_invited_to_complete_the_profile(
    client, member
):
    client.force_login(member)

    page = client.get(_peers_url()).content.decode()

    assert "No verified institution yet." in page
    assert reverse("network:profile_edit") in page


@pytest.mark.parametrize(
    ("problem", "message"),
    [
        ("", "Describe your problem in a few words (at least 10 characters)."),
        ("   ", "Describe your problem in a few words (at least 10 characters)."),
        ("trolls", "Write at least 10 characters so that close resources can be found"),
        ("x" * 2001, "Keep your problem under 2000 characters (you wrote 2001)."),
    ],
)
def test_a_problem_empty_too_short_or_too_long_is_refused_with_a_message(
    client, member, problem, message
):
    client.force_login(member)

    response = client.get(_peers_url(problem))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert "Closest resources" not in response.content.decode()


@pytest.mark.opensearch
def test_a_problem_finds_the_closest_case_study_and_thread_and_their_authors(
    client, viewer, troll_authors
):
    client.force_login(viewer)

    response = client.get(_peers_url(TROLLS))

    page = response.content.decode()
    resources = _section(page, "resources-heading")
    peers = _section(page, "peers-heading")
    assert response.status_code == 200
    assert troll_authors["case_study"].url in resources
    assert troll_authors["thread"].get_absolute_url() in resources
    assert troll_authors["off_topic"].title not in resources
    assert troll_authors["case_study_author"].get_absolute_url() in peers
    # A members-only profile is shown to a signed-in member.
    assert troll_authors["thread_author"].get_absolute_url() in peers
    assert troll_authors["off_topic_author"].display_name not in peers
    assert viewer.get_absolute_url() not in peers
    assert "<mark>" in resources
    assert "Link to these results" in page


@pytest.mark.opensearch
def test_the_member_never_appears_among_their_own_peers(client, viewer, troll_authors):
    troll_authors["case_study"].authors.add(viewer)
    _index(troll_authors["case_study"])
    client.force_login(viewer)

    peers = _section(client.get(_peers_url(TROLLS)).content.decode(), "peers-heading")

    assert troll_authors["case_study_author"].get_absolute_url() in peers
    assert viewer.get_absolute_url() not in peers


@pytest.mark.opensearch
def test_a_problem_nobody_met_says_so_and_points_to_the_forums(client, viewer, troll_authors):
    client.force_login(viewer)

    page = client.get(_peers_url("Locomotive boiler restoration")).content.decode()

    assert "No case study or thread is close to this problem yet." in page
    assert reverse("forums:index") in _section(page, "resources-heading")
    assert "No other member wrote about this problem yet." in page


@pytest.fixture
def twin_case_studies(member_factory, institution_factory, home_page):
    """The same text published by an art museum and by a science centre of the same size."""
    twins = {}
    for kind in (InstitutionKind.ART_MUSEUM, InstitutionKind.SCIENCE_CENTRE):
        twins[kind] = publish_case_study(
            author=member_factory(),
            institution=institution_factory(kind=kind, size_band="medium"),
            title="Trolls and insulting comments on Facebook",
            summary="Trolls posted insulting comments under our Facebook posts.",
        )
    _index(*twins.values())
    return twins


@pytest.mark.opensearch
@pytest.mark.parametrize("own_kind", [InstitutionKind.ART_MUSEUM, InstitutionKind.SCIENCE_CENTRE])
def test_an_equally_close_resource_from_a_museum_of_the_members_own_kind_comes_first(
    client, member_factory, membership_factory, institution_factory, twin_case_studies, own_kind
):
    asking = member_factory()
    membership_factory(member=asking, institution=institution_factory(kind=own_kind))
    client.force_login(asking)

    resources = _section(client.get(_peers_url(TROLLS)).content.decode(), "resources-heading")

    own = twin_case_studies[own_kind].url
    other = next(page.url for kind, page in twin_case_studies.items() if kind != own_kind)
    assert own in resources
    assert other in resources
    assert resources.index(own) < resources.index(other)


@pytest.mark.opensearch
def test_the_french_page_speaks_french(client, viewer, troll_authors):
    client.force_login(viewer)

    response = client.get(_peers_url(TROLLS, language="fr"))

    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr">' in page
    assert "Petite" in page
    assert "Étude de cas" in page
    assert "Case study" not in page


@contextmanager
def _engine_unreachable():
    """Both roads to the engine (its client and elasticsearch-dsl's connection) lead nowhere."""
    unreachable = OpenSearch(hosts=["http://127.0.0.1:9"], timeout=1, max_retries=0)
    try:
        with mock.patch.object(engine, "client", lambda: unreachable):
            bridge.register()
            yield
    finally:
        bridge.register()


@pytest.mark.opensearch
def test_with_the_engine_down_the_page_answers_from_the_database_and_says_so(
    client, viewer, troll_authors
):
    client.force_login(viewer)

    with _engine_unreachable():
        response = client.get(_peers_url(TROLLS))

    page = response.content.decode()
    assert response.status_code == 200
    assert "The search engine is unavailable right now" in page
    assert troll_authors["case_study"].url in _section(page, "resources-heading")
