"""The main content pages run a bounded number of SQL queries, whatever the data size."""

import pytest

from tests.casestudies.builders import publish_case_study

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


@pytest.fixture
def many_case_studies(member_factory, institution, membership_factory):
    authors = [member_factory() for _ in range(3)]
    for author in authors:
        membership_factory(member=author, institution=institution)
    return [
        publish_case_study(author=authors[n % 3], institution=institution, title=f"Case {n}")
        for n in range(8)
    ]


@pytest.mark.parametrize("path", ["/en/", "/fr/", "/en/case-studies/"])
def test_listing_pages_stay_within_the_query_budget(
    client, django_assert_max_num_queries, many_case_studies, path
):
    client.get(path)  # warms the per-language navigation cache, as in production

    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(path)

    assert response.status_code == 200


def test_case_study_page_stays_within_the_query_budget(
    client, django_assert_max_num_queries, many_case_studies
):
    page = many_case_studies[0]
    client.get(page.url)

    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(page.url)

    assert page.title in response.content.decode()


def test_profile_and_institution_pages_stay_within_the_query_budget(
    client, django_assert_max_num_queries, many_case_studies, institution
):
    author = many_case_studies[0].authors.first()
    client.get(author.get_absolute_url())

    with django_assert_max_num_queries(MAX_QUERIES):
        profile = client.get(author.get_absolute_url())
    with django_assert_max_num_queries(MAX_QUERIES):
        institution_page = client.get(institution.get_absolute_url())

    assert profile.status_code == institution_page.status_code == 200
