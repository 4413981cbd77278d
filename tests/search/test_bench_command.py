"""``manage.py bench_search`` runs end to end on a small seed; the figures are not judged here."""

from __future__ import annotations

import random
import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from search import bench, engine


def _leftovers() -> set[str]:
    """Throw-away databases and indices that a benchmark run may leave behind."""
    found = {path.name for path in Path(tempfile.gettempdir()).glob("bench-search-*")}
    if settings.SEARCH_URL:
        indices = engine.client().indices.get(index="bench-*", ignore=[404])
        found |= set(indices) if isinstance(indices, dict) and "error" not in indices else set()
    return found


@pytest.mark.parametrize("documents", [60, 200, 2_000, 100_000, 100_003])
def test_a_plan_seeds_exactly_the_number_of_documents_asked_for_with_every_type(documents):
    plan = bench.Plan.for_documents(documents, random.Random(documents))

    assert plan.documents == documents
    assert all(count > 0 for count in plan.by_type.values())


def test_the_benchmark_refuses_to_seed_anything_outside_its_throw_away_world():
    with pytest.raises(RuntimeError, match="throw-away"):
        bench.run(
            StringIO(), documents=200, queries=5, query_budget_s=1, seed=1, token="not-this-run"
        )


def test_misspelt_query_words_stay_within_one_edit_after_the_first_letter():
    rng = random.Random(3)

    for word in ("moderation", "calendrier", "tourists"):
        typo = bench._typo(rng, word)
        assert typo != word
        assert typo[0] == word[0]
        assert abs(len(typo) - len(word)) <= 1


def test_bench_search_prints_the_figures_side_by_side_and_leaves_nothing_behind():
    before = _leftovers()
    out = StringIO()

    call_command("bench_search", resources=200, queries=20, stdout=out)

    output = out.getvalue()
    header = next(line for line in output.splitlines() if line.split() and line.startswith(" "))
    assert header.split() == (["engine", "database"] if settings.SEARCH_URL else ["database"])
    assert "N: 200 documents" in output
    for figure in ("query p50 (ms)", "query p95 (ms)", "rebuild (documents/s)"):
        [line] = [line for line in output.splitlines() if line.startswith(figure)]
        assert "n/a" not in line
    assert "Versions: " in output
    assert "Machine: " in output
    assert "documents/s: target" in output
    assert _leftovers() == before
