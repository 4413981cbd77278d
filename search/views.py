from django.db import connection
from django.http import JsonResponse

from . import engine


def health(request):
    """Liveness for load balancers: the database answers, and the engine if one is configured."""
    status = {"database": connection.vendor}
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    if engine.engine_configured():
        try:
            status["search"] = engine.engine_info()
        except engine.EngineUnavailable:
            status["search"] = "unavailable"
            return JsonResponse(status, status=503)
    else:
        status["search"] = "database"
    return JsonResponse(status)
