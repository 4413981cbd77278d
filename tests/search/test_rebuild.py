from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from search import engine
from search.documents import InstitutionDocument, ThreadDocument
from search.indexing import index_object
from search.management.commands.rebuild_search_index import progress_bar


def _rebuild(*args) -> str:
    out = StringIO()
    call_command("rebuild_search_index", *args, stdout=out)
    return out.getvalue()


def _indices_behind(alias: str) -> list[str]:
    return sorted(engine.client().indices.get_alias(name=alias))


def test_the_progress_bar_shows_how_far_the_build_is():
    assert progress_bar(1200, 2400, "case studies") == (
        "[###############               ] 1200/2400 case studies"
    )
    assert progress_bar(0, 0, "decks").startswith("[" + "#" * 30 + "]")


def test_rebuilding_the_engine_without_one_is_refused_with_a_clear_message(settings):
    settings.SEARCH_URL = ""

    with pytest.raises(CommandError, match="SEARCH_URL"):
        _rebuild("--backend", "engine")


@pytest.mark.opensearch
def test_a_rebuild_switches_the_alias_with_no_downtime_and_deletes_the_old_index(
    institution_factory, find
):
    louvre = institution_factory(name="Musée du Louvre")
    index_object("network", "institution", louvre.pk)
    alias = InstitutionDocument.alias()
    [old_index] = _indices_behind(alias)
    assert [hit.meta.id for hit in find(InstitutionDocument, "louvre")] == [str(louvre.pk)]
    orsay = institution_factory(name="Musée d'Orsay")

    output = _rebuild("--family", "institutions", "--chunk-size", "1")

    [new_index] = _indices_behind(alias)
    assert new_index != old_index
    assert not engine.client().indices.exists(index=old_index)
    assert "2/2 institutions" in output
    assert sorted(hit.meta.id for hit in find(InstitutionDocument, "musee")) == sorted(
        [str(louvre.pk), str(orsay.pk)]
    )


@pytest.mark.opensearch
def test_rebuilding_twice_gives_the_same_index_contents(
    member, institution, home_page, trusted_member, thread_factory, find
):
    thread_factory(trusted_member, title="Réseaux sociaux le dimanche", body="Qui répond ?")

    _rebuild()
    first = find(InstitutionDocument, institution.name) + find(ThreadDocument, "RS dimanche")
    _rebuild()
    second = find(InstitutionDocument, institution.name) + find(ThreadDocument, "RS dimanche")

    assert [hit.meta.id for hit in first] == [hit.meta.id for hit in second]
    assert len(second) == 2
