"""A real engine is stopped mid-test: the site keeps working and search catches up afterwards.

The engine here is a second, throw-away OpenSearch node (its own ports, data
and cluster), so stopping it never disturbs the node other tests use.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from celery.exceptions import Retry
from django.test import override_settings
from django.urls import reverse
from opensearchpy.exceptions import ConnectionError as EngineConnectionError

from casestudies.models import CaseStudyPage
from forums.models import Post
from network.models import Platform, Topic
from search import bridge, engine, tasks
from search.faceted import EngineBackend
from search.query import SearchQuery
from search.reconcile import reconcile

pytestmark = [
    pytest.mark.opensearch,
    # Index tasks run at each real commit, inside the requests, as on a live site.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "opensearch.sh"
NODE_JAR = REPO / "scripts" / "opensearch" / "target" / "opensearch-node.jar"


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _why_no_node_can_start() -> str | None:
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        return "needs Java 17+ to start a throw-away OpenSearch node"
    if not NODE_JAR.exists():
        return f"needs the OpenSearch node built first ({SCRIPT} build, with mvn)"
    return None


@dataclass
class ThrowAwayNode:
    """A single-node cluster of its own, started and stopped with scripts/opensearch.sh."""

    var_dir: Path
    port: int
    transport_port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self, command: str) -> None:
        environment = {
            **os.environ,
            "OPENSEARCH_PORT": str(self.port),
            "OPENSEARCH_TRANSPORT_PORT": str(self.transport_port),
            "OPENSEARCH_VAR_DIR": str(self.var_dir),
            "OPENSEARCH_CLUSTER_NAME": f"outage-test-{self.port}",
            "OPENSEARCH_HEAP": "-Xms256m -Xmx512m",
            "OPENSEARCH_START_TIMEOUT": "90",
        }
        subprocess.run(
            [str(SCRIPT), command], env=environment, check=True, capture_output=True, timeout=120
        )

    def start(self) -> None:
        self._run("start")

    def stop(self) -> None:
        self._run("stop")


def _connect_to_configured_engine() -> None:
    engine.client.cache_clear()
    bridge.register()


@pytest.fixture
def engine_node(tmp_path_factory):
    reason = _why_no_node_can_start()
    if reason:
        pytest.skip(reason)
    node = ThrowAwayNode(
        var_dir=tmp_path_factory.mktemp("opensearch-node"),
        port=_unused_port(),
        transport_port=_unused_port(),
    )
    try:
        node.start()
        with override_settings(SEARCH_URL=node.url):
            _connect_to_configured_engine()
            yield node
    finally:
        node.stop()
        _connect_to_configured_engine()


@pytest.fixture
def author(member_factory, institution, membership_factory):
    person = member_factory(display_name="Nadia Benali")
    membership_factory(member=person, institution=institution)
    return person


def _case_study_form(institution) -> dict:
    return {
        "language": "en",
        "title": "Calming a heated thread after a controversial exhibition",
        "summary": "How we answered 400 angry comments in a week without feeding the trolls.",
        "institutions": [institution.pk],
        "co_authors": "",
        "external_authors": "",
        "period_start": 2024,
        "period_end": "",
        "topics": [Topic.objects.get(slug="moderation").pk],
        "platforms": [Platform.objects.get(slug="instagram").pk],
        "budget_band": "none",
        "team_size": "2-5",
        "licence": "cc-by-sa",
        "context": "An exhibition on colonial history drew strong reactions.",
        "goal": "Keep the conversation open and respectful.",
        "actions": "A moderation charter, answers within the hour.",
        "results": "Fewer insults after three days.",
        "lessons": "Publish the charter before the storm.",
        "outcomes-TOTAL_FORMS": "0",
        "outcomes-INITIAL_FORMS": "0",
        "resources-TOTAL_FORMS": "0",
        "resources-INITIAL_FORMS": "0",
        "action": "submit",
    }


def _engine_finds(text: str) -> set[tuple[str, str]]:
    engine.client().indices.refresh(index="_all")
    raw = EngineBackend().search(SearchQuery(text=text), public_only=True)
    return {(hit.type, hit.id) for hit in raw.hits}


def _retries_logged(caplog) -> list[Retry]:
    return [
        record.exc_info[1]
        for record in caplog.records
        if record.exc_info and isinstance(record.exc_info[1], Retry)
    ]


def test_publishing_and_posting_survive_an_engine_outage_and_search_misses_nothing_afterwards(
    client,
    engine_node,
    home_page,
    author,
    institution,
    moderator,
    trusted_member,
    thread_factory,
    caplog,
):
    thread = thread_factory(trusted_member, title="Who answers at night?", body="We take turns.")
    assert _engine_finds("answers at night") == {("thread", str(thread.pk))}

    engine_node.stop()
    caplog.set_level(logging.ERROR, logger="django.db.backends.base")

    client.force_login(author)
    submitted = client.post(reverse("casestudies:case_study_new"), _case_study_form(institution))
    page = CaseStudyPage.objects.get(title__startswith="Calming a heated thread")
    client.force_login(moderator)
    approved = client.post(
        reverse("casestudies:moderation_decide", args=[page.current_workflow_task_state.pk]),
        {"decision": "approve"},
    )
    client.force_login(trusted_member)
    replied = client.post(
        reverse("forums:reply", args=[thread.pk]), {"body": "A rota shared with the volunteers."}
    )

    page.refresh_from_db()
    assert (submitted.status_code, approved.status_code, replied.status_code) == (302, 302, 302)
    assert page.live
    assert Post.objects.filter(thread=thread, body="A rota shared with the volunteers.").exists()
    retries = _retries_logged(caplog)
    assert retries, "the index tasks should have asked to be retried"
    assert all(isinstance(retry.exc, EngineConnectionError) for retry in retries)

    fallback = client.get(reverse("search:search"), {"q": "heated thread exhibition"})
    assert fallback.status_code == 200
    assert fallback.context["results"].backend == "database"
    assert "The search engine is unavailable" in fallback.content.decode()
    assert f'href="{page.url}"' in fallback.content.decode()

    engine_node.start()
    _connect_to_configured_engine()
    caught_up = tasks.reconcile.delay().get()

    assert caught_up["casestudies"]["missing"] == 1
    assert ("case_study", str(page.pk)) in _engine_finds("heated thread exhibition")
    assert _engine_finds("volunteers rota") == {("thread", str(thread.pk))}
    assert all(report.in_step for report in reconcile().values())
