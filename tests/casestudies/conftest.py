import pytest


@pytest.fixture(autouse=True)
def site_structure(home_page):
    """Every content test runs on the real page tree: home, indexes, workflow."""
    return home_page
