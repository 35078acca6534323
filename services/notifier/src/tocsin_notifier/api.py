"""The HTTP API: subscriptions, secrets, test events, delivery history, health and metrics.

Owners authenticate with their subscription's manage token, operators with NOTIFIER_ADMIN_TOKEN, both as
`Authorization: Bearer ...`: no or unknown token -> 401, a token for another subscription -> 403, no such
subscription -> 404. Invalid input -> 422 naming the field, bodies over NOTIFIER_MAX_BODY_BYTES -> 413,
too many creations, test events or re-enablings (per client, and per subscription) or confirmation mails
to one address -> 429 with Retry-After (503 when the database cannot count test events or mails). Clients
are counted per IPv4 address and per IPv6 /64, in the database every replica shares. Subscriber pages
(confirm, unsubscribe) act only on POST. A JSON body must be strict JSON (no NaN or Infinity, no lone
surrogates, no duplicate keys, UTF-8) and sent as application/json, else 422 saying why. While the database
does not answer -> 503 with Retry-After (the same request can be sent again).
"""

import email.message
import json
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.types import ASGIApp, Receive, Scope, Send

from tocsin_notifier import api_deliveries, api_subscriptions, operations, pages, signup
from tocsin_notifier.api_access import UNAVAILABLE_RETRY, Access
from tocsin_notifier.api_context import ApiContext
from tocsin_notifier.api_models import JsonBodyError, strict_json
from tocsin_notifier.database import OUTAGES, database_unavailable
from tocsin_notifier.errors import ConflictError, IdempotencyMismatchError, NotFoundError
from tocsin_notifier.guards import BodyLimit, read_body, replaying
from tocsin_notifier.rounds import FailureLog

NOT_JSON = "the body must be a JSON object sent with Content-Type: application/json"
UNAVAILABLE = "the notifier's database is not answering; try again later"

__all__ = ["ApiContext", "create_api"]


def create_api(ctx: ApiContext) -> FastAPI:
    """The FastAPI application (OpenAPI at /openapi.json).

    No /docs or /redoc: FastAPI's pages load unpinned scripts from a CDN, without integrity checks, on the API's own
    origin, where operators would paste the admin token. Any OpenAPI viewer reads /openapi.json instead.
    """
    # No trailing-slash redirects: they echo the Host header into a Location.
    api = FastAPI(
        title="Tocsin notifier",
        version="1.0.0",
        description=__doc__,
        redirect_slashes=False,
        docs_url=None,
        redoc_url=None,
    )
    access = Access(ctx)
    api.include_router(api_subscriptions.routes(ctx, access))
    api.include_router(api_deliveries.routes(ctx, access))
    api.include_router(pages.routes(ctx.subscriptions, ctx.clock))
    api.include_router(signup.routes(ctx, access))
    api.include_router(operations.routes(ctx.readiness))
    api.add_middleware(StrictJson)
    api.add_middleware(BodyLimit, max_bytes=ctx.settings.max_body_bytes)  # outermost: StrictJson reads bounded bodies

    @api.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": [_answerable(error) for error in exc.errors()]}, status_code=422)

    @api.exception_handler(NotFoundError)
    async def not_found(_: Request, exc: NotFoundError) -> JSONResponse:
        return JSONResponse({"detail": "subscription not found"}, status_code=404)

    @api.exception_handler(ConflictError)
    async def conflict(_: Request, exc: ConflictError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=409)

    @api.exception_handler(IdempotencyMismatchError)
    async def reused_key(_: Request, exc: IdempotencyMismatchError) -> JSONResponse:
        problem = {"type": "idempotency_key_reused", "loc": ["header", "Idempotency-Key"], "msg": str(exc)}
        return JSONResponse({"detail": [problem]}, status_code=422)

    outages = FailureLog("api_database_failed", traceback=False)

    async def unavailable(request: Request, exc: Exception) -> JSONResponse:
        if not database_unavailable(exc):
            raise exc  # a defect, not an outage: the 500 and its traceback in the log
        outages.failed(exc, path=request.url.path)
        return JSONResponse({"detail": UNAVAILABLE}, status_code=503, headers={"Retry-After": UNAVAILABLE_RETRY})

    # Every database error is looked at: a terminated connection or "too many clients" is a plain DBAPIError
    for outage in (*OUTAGES, DBAPIError):
        api.add_exception_handler(outage, unavailable)

    return api


class StrictJson:
    """ASGI middleware: a JSON body that is not strict JSON (see api_models.strict_json) is a 422 saying why.

    FastAPI would parse NaN, 1e999 or a lone surrogate, then fail (500) to echo it back in its 422.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS") or not _declares_json(scope):
            await self.app(scope, receive, send)
            return
        body = await read_body(receive) or b""  # BodyLimit, outside, has bounded it
        if body:
            try:
                strict_json(body)
            except JsonBodyError as exc:
                problem = {"type": "json_invalid", "loc": ["body"], "msg": str(exc)}
                await JSONResponse({"detail": [problem]}, status_code=422)(scope, receive, send)
                return
        await self.app(scope, replaying(body, receive), send)


def _declares_json(scope: Scope) -> bool:
    """Whether FastAPI will parse the body as JSON: its Content-Type is application/json or application/*+json."""
    header = next((value for name, value in scope["headers"] if name == b"content-type"), None)
    if not header:
        return False
    content_type = email.message.Message()
    content_type["content-type"] = header.decode("latin-1")  # read the way FastAPI reads it
    subtype = content_type.get_content_subtype()
    return content_type.get_content_maintype() == "application" and (subtype == "json" or subtype.endswith("+json"))


def _answerable(error: Mapping[str, Any]) -> dict[str, Any]:
    """A validation error as the 422 shows it; the offending input only when it can be written back as JSON.

    A body FastAPI did not read as JSON (another or no Content-Type) is named as such instead of echoed.
    """
    if tuple(error.get("loc", ())) == ("body",) and isinstance(error.get("input"), bytes):
        return {"type": "json_required", "loc": ["body"], "msg": NOT_JSON}
    answer = {key: _printable(value) for key, value in error.items() if key not in ("input", "ctx")}
    answer["loc"] = [_printable(part) for part in error.get("loc", ())]
    try:
        echoed = jsonable_encoder({key: error[key] for key in ("input", "ctx") if key in error})
        json.dumps(echoed, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (ValueError, TypeError, RecursionError):  # NaN, lone surrogates, undecodable bytes
        return answer
    return {**answer, **echoed}


def _printable(value: Any) -> Any:
    """Strings with any lone surrogate escaped (they cannot be encoded as UTF-8); anything else as it is."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(value, str) else value
