import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from network.roles import Role
from tests.casestudies.builders import publish_event

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(autouse=True)
def site_structure(home_page):
    """Every content test runs on the real page tree: home, indexes, workflow."""
    return home_page


@pytest.fixture
def organiser(member_factory):
    return member_factory(display_name="Olivia Organiser", role=Role.ORGANISER)


@pytest.fixture
def event(organiser):
    """A two-day event in Paris in 2030, owned by ``organiser``."""
    return publish_event(
        owner=organiser,
        starts_at=dt.datetime(2030, 3, 12, 9, 0, tzinfo=PARIS),
        ends_at=dt.datetime(2030, 3, 13, 18, 0, tzinfo=PARIS),
    )
