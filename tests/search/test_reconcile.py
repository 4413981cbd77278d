import datetime as dt
import socket
from io import StringIO

import pytest
from celery.exceptions import Retry
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils import timezone
from opensearchpy.exceptions import ConnectionError as EngineConnectionError

from casestudies.models import EventSession, Slide, SlideDeck
from forums.posting import reply, start_thread
from network.models import Institution
from search import engine, tasks
from search.documents import FAMILIES, DeckPageDocument, InstitutionDocument, ThreadDocument
from search.models import SearchEntry
from search.reconcile import reconcile
from tests.casestudies.builders import publish_case_study, publish_event

pytestmark = pytest.mark.django_db


def _ids(hits):
    return sorted(hit.meta.id for hit in hits)


def _stored_ids(family):
    return sorted(SearchEntry.objects.filter(family=family.family).values_list("doc_id", flat=True))


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def unreachable_engine():
    """An engine address where nothing listens (the engine of every other test is left alone)."""
    engine.client.cache_clear()
    with override_settings(SEARCH_URL=f"http://127.0.0.1:{_unused_port()}"):
        yield
    engine.client.cache_clear()


def _deck_of_three_slides(owner) -> SlideDeck:
    deck = SlideDeck.objects.create(
        title="Reels that worked", slug="reels", owner=owner, language="en", status="ready"
    )
    for number, text in enumerate(("Our plan", "Short videos tripled followers", "Thanks"), 1):
        Slide.objects.create(deck=deck, number=number, text=text, thumbnail="t.png")
    deck.save()
    return deck


@pytest.mark.opensearch
def test_content_indexed_by_its_signals_is_already_in_step_for_every_family(
    member_factory, institution_factory, home_page, category, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        institution = institution_factory(name="Musée des Confluences")
        author = member_factory(display_name="Nadia Benali")
        publish_case_study(author=author, institution=institution)
        event = publish_event(owner=author, title="Museum Night Summit")
        EventSession.objects.create(
            event=event,
            title="Community management at night",
            starts_at=event.starts_at,
            ends_at=event.starts_at + dt.timedelta(hours=1),
        )
        _deck_of_three_slides(author)
        start_thread(author, category, title="Trolls at midnight", body="Help!", language="en")

    reports = reconcile()

    assert {name: report.as_dict() for name, report in reports.items()} == {
        family.family: {"missing": 0, "extra": 0, "refreshed": 0} for family in FAMILIES
    }


@pytest.mark.opensearch
def test_a_document_deleted_behind_the_engines_back_is_written_again(institution_factory, find):
    louvre = institution_factory(name="Musée du Louvre")
    reconcile([InstitutionDocument])
    engine.client().delete(index=InstitutionDocument.alias(), id=str(louvre.pk), refresh=True)
    assert find(InstitutionDocument, "louvre") == []

    [report] = reconcile([InstitutionDocument]).values()

    assert (report.missing, report.extra, report.refreshed) == (1, 0, 0)
    assert _ids(find(InstitutionDocument, "louvre")) == [str(louvre.pk)]


@pytest.mark.opensearch
def test_a_row_deleted_without_its_index_task_has_its_document_removed_from_both_backends(
    settings, institution_factory, find
):
    louvre = institution_factory(name="Musée du Louvre")
    orsay = institution_factory(name="Musée d'Orsay")
    reconcile([InstitutionDocument])
    settings.SEARCH_AUTOSYNC = False
    Institution.objects.filter(pk=louvre.pk).delete()

    [report] = reconcile([InstitutionDocument]).values()

    assert (report.missing, report.extra) == (0, 1)
    assert _ids(find(InstitutionDocument, "musee")) == [str(orsay.pk)]
    assert _stored_ids(InstitutionDocument) == [str(orsay.pk)]


@pytest.mark.opensearch
def test_a_slide_deleted_without_a_signal_takes_only_its_page_out_of_the_deck(member, find):
    deck = _deck_of_three_slides(member)
    reconcile([DeckPageDocument])
    deck.slides.filter(number=2).delete()

    [report] = reconcile([DeckPageDocument]).values()

    assert report.extra == 1
    assert find(DeckPageDocument, "tripled followers") == []
    remaining = [f"{deck.pk}-0", f"{deck.pk}-1", f"{deck.pk}-3"]
    assert _ids(find(DeckPageDocument, "reels")) == [f"{deck.pk}-0"]
    assert _stored_ids(DeckPageDocument) == remaining


@pytest.mark.opensearch
def test_a_thread_answered_while_autosync_was_off_is_refreshed_once_since_covers_the_reply(
    settings, trusted_member, member_factory, thread_factory, find
):
    thread = thread_factory(trusted_member, title="Who answers at night?", body="We take turns.")
    reconcile([ThreadDocument])
    settings.SEARCH_AUTOSYNC = False
    before_the_reply = timezone.now()
    reply(thread, trusted_member, body="A rota shared with the volunteers.")

    [unchanged] = reconcile([ThreadDocument]).values()
    assert unchanged.in_step
    assert find(ThreadDocument, "volunteers") == []

    [report] = reconcile([ThreadDocument], since=before_the_reply).values()

    assert (report.missing, report.extra, report.refreshed) == (0, 0, 1)
    assert _ids(find(ThreadDocument, "volunteers")) == [str(thread.pk)]
    stored = SearchEntry.objects.get(family=ThreadDocument.family, doc_id=str(thread.pk))
    assert "volunteers" in stored.body


def test_the_database_copy_is_reconciled_without_an_engine(settings, institution_factory):
    settings.SEARCH_URL = ""
    louvre = institution_factory(name="Musée du Louvre")
    reconcile([InstitutionDocument])
    SearchEntry.objects.filter(doc_id=str(louvre.pk)).delete()
    SearchEntry.objects.create(
        family=InstitutionDocument.family,
        doc_id="987654",
        type="institution",
        object_id="987654",
        title="A museum that closed",
        url="/institutions/closed/",
    )

    [report] = reconcile([InstitutionDocument]).values()

    assert (report.missing, report.extra) == (1, 1)
    assert _stored_ids(InstitutionDocument) == [str(louvre.pk)]
    assert SearchEntry.objects.get(doc_id=str(louvre.pk)).title == "Musée du Louvre"


def test_the_reconcile_task_looks_back_two_beat_intervals_or_to_its_last_success(
    settings, institution_factory
):
    settings.SEARCH_URL = ""
    settings.SEARCH_RECONCILE_SECONDS = 900
    now = timezone.now()
    assert tasks.reconcile_since(now) == now - dt.timedelta(minutes=30)
    institution_factory(name="Musée du Louvre")

    result = tasks.reconcile.delay().get()

    assert result["institutions"] == {"missing": 1, "extra": 0, "refreshed": 0}
    last_success = tasks.reconcile_since(timezone.now() + dt.timedelta(hours=5))
    assert now <= last_success <= timezone.now()


def test_the_reconcile_task_asks_to_be_retried_while_the_engine_cannot_be_reached(
    unreachable_engine,
):
    with pytest.raises(Retry) as retry:
        tasks.reconcile.delay()

    assert isinstance(retry.value.exc, EngineConnectionError)


@pytest.mark.opensearch
def test_the_command_prints_what_it_wrote_and_removed_for_each_family(institution_factory):
    institution_factory(name="Musée du Louvre")
    out = StringIO()

    call_command("reconcile_search_index", "--family", "institutions", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0] == "Reconciling the engine and the database copy…"
    assert lines[2].split() == ["institutions", "1", "0", "0"]
    assert "now in step" in lines[-1]


def test_the_command_says_when_the_engine_cannot_be_reached(unreachable_engine):
    with pytest.raises(CommandError, match="unreachable"):
        call_command("reconcile_search_index", stdout=StringIO())
