import pytest
from elasticsearch_dsl import Search, connections

from search.bridge import OpenSearchBridge, Response
from search.documents import InstitutionDocument
from search.indexing import ensure_index, index_object

pytestmark = pytest.mark.opensearch


def test_the_bridge_is_elasticsearch_dsl_default_connection():
    assert isinstance(connections.get_connection("default"), OpenSearchBridge)


def test_a_dsl_search_and_count_go_through_the_bridge_to_opensearch(institution, find):
    index_object("network", "institution", institution.pk)

    hits = find(InstitutionDocument, institution.name)
    count = Search(index=InstitutionDocument.alias()).filter("term", type="institution").count()

    assert [hit.meta.id for hit in hits] == [str(institution.pk)]
    assert hits[0].url == institution.get_absolute_url()
    assert count == 1


def test_an_empty_index_answers_with_no_hits_rather_than_an_error(db):
    ensure_index(InstitutionDocument)

    response = Search(index=InstitutionDocument.alias()).query("match", title="louvre").execute()

    assert response.hits.total.value == 0
    assert list(response) == []


def test_a_response_reads_as_its_body():
    response = Response({"count": 3})

    assert response.body["count"] == 3
    assert response["count"] == 3
