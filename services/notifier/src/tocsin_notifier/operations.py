"""Operations endpoints: liveness, readiness and Prometheus metrics."""

from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Response
from fastapi.responses import PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest


def routes(readiness: Callable[[], Awaitable[bool]]) -> APIRouter:
    """/healthz, /readyz and /metrics on the API's own port."""
    router = APIRouter(tags=["operations"])

    @router.get("/healthz", response_class=PlainTextResponse, summary="Liveness")
    async def healthz() -> Response:
        """Liveness: the process answers."""
        return PlainTextResponse("ok\n")

    @router.get(
        "/readyz",
        response_class=PlainTextResponse,
        summary="Readiness",
        responses={503: {"description": "The database (or Kafka) does not answer"}},
    )
    async def readyz() -> Response:
        """Readiness: the database (and, under `serve`, Kafka) answer."""
        ready = await readiness()
        return PlainTextResponse("ready\n" if ready else "not ready\n", status_code=200 if ready else 503)

    @router.get("/metrics", response_class=PlainTextResponse, summary="Prometheus metrics")
    async def metrics() -> Response:
        """Prometheus text format."""
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return router
