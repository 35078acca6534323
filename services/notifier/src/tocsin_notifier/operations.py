"""Operations endpoints: liveness, readiness and Prometheus metrics."""

from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Response
from fastapi.responses import PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from tocsin_notifier.readiness import Readiness


def routes(readiness: Callable[[], Awaitable[Readiness]]) -> APIRouter:
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
        responses={503: {"description": "The database does not answer"}},
    )
    async def readyz() -> Response:
        """Readiness: the database answers (everything the API serves needs it, and only it).

        The body names each dependency's state; Kafka's (`ok`, `unreachable`, `unknown` before the first
        check, `not used` under `api`) is reported but never makes this 503: the API works without it.
        """
        state = await readiness()
        return PlainTextResponse(state.report(), status_code=200 if state.ready else 503)

    @router.get("/metrics", response_class=PlainTextResponse, summary="Prometheus metrics")
    async def metrics() -> Response:
        """Prometheus text format."""
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return router
