import pytest
from django.urls import reverse

from network.models import Institution, InstitutionKind

pytestmark = pytest.mark.django_db


def test_member_directory_lists_public_profiles_to_visitors_and_hides_members_only_ones(
    client, member_factory
):
    member_factory(display_name="Camille Public", profile_visibility="public")
    member_factory(display_name="Hidden Colleague", profile_visibility="members")

    page = client.get(reverse("network:member_directory")).content.decode()

    assert "Camille Public" in page
    assert "Hidden Colleague" not in page


def test_signed_in_member_sees_members_only_profiles_in_the_directory(client, member_factory):
    viewer = member_factory()
    member_factory(display_name="Hidden Colleague", profile_visibility="members")
    client.force_login(viewer)

    page = client.get(reverse("network:member_directory")).content.decode()

    assert "Hidden Colleague" in page


def test_member_without_verified_email_is_not_listed(client, member_factory):
    unverified = member_factory(display_name="Not Yet Verified")
    unverified.emailaddress_set.update(verified=False)

    page = client.get(reverse("network:member_directory")).content.decode()

    assert "Not Yet Verified" not in page


def test_member_directory_filters_by_country_kind_and_topic(
    client, member_factory, institution_factory, membership_factory
):
    quebec = institution_factory(country="CA", kind=InstitutionKind.SCIENCE_CENTRE, city="Québec")
    lyon = institution_factory(country="FR", kind=InstitutionKind.ART_MUSEUM)
    match = member_factory(display_name="Match Québec", expertise=["moderation"])
    membership_factory(member=match, institution=quebec)
    wrong_topic = member_factory(display_name="Wrong Topic", expertise=["analytics"])
    membership_factory(member=wrong_topic, institution=quebec)
    wrong_country = member_factory(display_name="Wrong Country", expertise=["moderation"])
    membership_factory(member=wrong_country, institution=lyon)

    response = client.get(
        reverse("network:member_directory"),
        {"country": "CA", "kind": "science-centre", "topic": "moderation"},
    )
    page = response.content.decode()

    assert "Match Québec" in page
    assert "Wrong Topic" not in page
    assert "Wrong Country" not in page


def test_pending_membership_does_not_count_for_the_country_filter(
    client, member_factory, institution_factory, membership_factory
):
    quebec = institution_factory(country="CA")
    pending = member_factory(display_name="Pending Person")
    membership_factory(member=pending, institution=quebec, status="pending")

    page = client.get(reverse("network:member_directory"), {"country": "CA"}).content.decode()

    assert "Pending Person" not in page


def test_unknown_filter_values_are_ignored_instead_of_failing(client, member_factory):
    member_factory(display_name="Still Listed")

    response = client.get(reverse("network:member_directory"), {"country": "ZZ", "topic": "<x>"})

    assert response.status_code == 200
    assert "Still Listed" in response.content.decode()


def test_institution_directory_filters_by_country_and_kind(client, institution_factory):
    institution_factory(name="Centre des sciences de Montréal", country="CA", kind="science-centre")
    institution_factory(name="Museo di Torino", country="IT", kind="art-museum")

    page = client.get(
        reverse("network:institution_directory"), {"country": "CA", "kind": "science-centre"}
    ).content.decode()

    assert "Centre des sciences de Montréal" in page
    assert "Museo di Torino" not in page


def test_institution_directory_filters_by_topic_of_its_verified_members(
    client, institution_factory, member_factory, membership_factory
):
    with_expert = institution_factory(name="Expert House")
    institution_factory(name="Quiet House")
    membership_factory(member=member_factory(expertise=["live-coverage"]), institution=with_expert)

    page = client.get(
        reverse("network:institution_directory"), {"topic": "live-coverage"}
    ).content.decode()

    assert "Expert House" in page
    assert "Quiet House" not in page


def test_institution_page_lists_its_verified_members_only(
    client, institution, member_factory, membership_factory
):
    membership_factory(
        member=member_factory(display_name="Verified Curator"), institution=institution
    )
    membership_factory(
        member=member_factory(display_name="Pending Curator"),
        institution=institution,
        status="pending",
    )

    page = client.get(institution.get_absolute_url()).content.decode()

    assert "Verified Curator" in page
    assert "Pending Curator" not in page


def test_directories_are_paginated(client, member_factory):
    for _ in range(30):
        member_factory()

    first = client.get(reverse("network:member_directory"))
    second = client.get(reverse("network:member_directory"), {"page": 2})

    assert first.context["page"].paginator.num_pages == 2
    assert len(second.context["page"].object_list) == 6


def test_member_directory_query_count_does_not_grow_with_members(
    client, django_assert_max_num_queries, member_factory, institution
):
    for _ in range(20):
        member_factory(expertise=["moderation", "analytics"])

    with django_assert_max_num_queries(12):
        client.get(reverse("network:member_directory"))


def test_institution_directory_query_count_is_bounded(
    client, django_assert_max_num_queries, institution_factory
):
    for _ in range(20):
        institution_factory()

    with django_assert_max_num_queries(8):
        response = client.get(reverse("network:institution_directory"))

    assert Institution.objects.count() == len(response.context["page"].object_list)
