"""The HTTP API: subscriptions, secrets, test events, delivery history, health and metrics.

Owners authenticate with their subscription's manage token, operators with NOTIFIER_ADMIN_TOKEN, both as
`Authorization: Bearer ...`: no or unknown token -> 401, a token for another subscription -> 403, no such
subscription -> 404. Invalid input -> 422 naming the field, bodies over NOTIFIER_MAX_BODY_BYTES -> 413,
too many creations, test events or re-enablings (per client, and per subscription) or confirmation mails
to one address -> 429 with Retry-After (503 when the database cannot count test events or mails). Clients
are counted per IPv4 address and per IPv6 /64, in the database every replica shares. Subscriber pages
(confirm, unsubscribe) act only on POST.
"""

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tocsin_notifier import api_deliveries, api_subscriptions, operations, pages
from tocsin_notifier.api_access import Access
from tocsin_notifier.api_context import ApiContext
from tocsin_notifier.errors import ConflictError, NotFoundError
from tocsin_notifier.guards import BodyLimit

__all__ = ["ApiContext", "create_api"]


def create_api(ctx: ApiContext) -> FastAPI:
    """The FastAPI application (OpenAPI at /docs and /openapi.json)."""
    # No trailing-slash redirects: they echo the Host header into a Location.
    api = FastAPI(title="Tocsin notifier", version="1.0.0", description=__doc__, redirect_slashes=False)
    access = Access(ctx)
    api.include_router(api_subscriptions.routes(ctx, access))
    api.include_router(api_deliveries.routes(ctx, access))
    api.include_router(pages.routes(ctx.subscriptions, ctx.clock))
    api.include_router(operations.routes(ctx.readiness))
    api.add_middleware(BodyLimit, max_bytes=ctx.settings.max_body_bytes)

    @api.exception_handler(NotFoundError)
    async def not_found(_: Request, exc: NotFoundError) -> JSONResponse:
        return JSONResponse({"detail": "subscription not found"}, status_code=404)

    @api.exception_handler(ConflictError)
    async def conflict(_: Request, exc: ConflictError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=409)

    return api
