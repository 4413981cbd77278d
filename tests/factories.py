"""Factories for the network's models; exposed as fixtures in conftest.py."""

import factory
from allauth.account.models import EmailAddress

from network.models import Institution, InstitutionKind, Member, Membership, SizeBand, Topic
from network.roles import Role, assign_role

PASSWORD = "a-long-test-password-42"


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Musée Test {n}")
    slug = factory.Sequence(lambda n: f"musee-essai-{n}")
    kind = InstitutionKind.ART_MUSEUM
    country = "FR"
    city = "Lyon"
    size_band = SizeBand.MEDIUM
    website = factory.LazyAttribute(lambda o: f"https://{o.slug}.example")


class MemberFactory(factory.django.DjangoModelFactory):
    """A member with a verified e-mail address, in the Members role."""

    class Meta:
        model = Member
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"peer{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Peer {n}")
    job_title = "Community manager"
    profile_visibility = "public"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, primary=True, verified=True)
            assign_role(self, Role.MEMBER)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            assign_role(self, extracted)

    @factory.post_generation
    def expertise(self, create, extracted, **kwargs):
        if create and extracted:
            self.expertise.set(Topic.objects.filter(slug__in=extracted))


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    member = factory.SubFactory(MemberFactory)
    institution = factory.SubFactory(InstitutionFactory)
    role = Membership.Role.MEMBER
    status = Membership.Status.VERIFIED
