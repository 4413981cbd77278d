"""Smoke tests proving each configured service is the real thing.

Each prints the server's name and version so that CI's log names them.
"""

import pytest
from django.conf import settings
from django.db import connection


@pytest.mark.postgres
@pytest.mark.django_db
def test_database_is_a_real_postgresql_server():
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        (version,) = cursor.fetchone()

    print(f"\n[services] database: {version}")
    assert version.startswith("PostgreSQL")


@pytest.mark.redis
def test_broker_is_a_real_redis_server():
    import redis

    server = redis.Redis.from_url(settings.CELERY_BROKER_URL).info("server")

    print(f"\n[services] broker: Redis {server['redis_version']} ({server['redis_mode']})")
    assert server["redis_version"]


@pytest.mark.opensearch
def test_search_engine_is_a_real_opensearch_node():
    from search.engine import engine_info

    info = engine_info()

    print(f"\n[services] search: {info['distribution']} {info['version']} node {info['name']}")
    assert info["distribution"] == "opensearch"
    assert info["version"]


@pytest.mark.opensearch
@pytest.mark.django_db
def test_health_endpoint_reports_the_engine(client):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json()["search"]["distribution"] == "opensearch"
