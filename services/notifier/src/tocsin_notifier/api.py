"""The HTTP API: subscriptions, secrets, test events, delivery history, health and metrics.

Owners authenticate with their subscription's manage token, operators with NOTIFIER_ADMIN_TOKEN, both as
`Authorization: Bearer ...`: no or unknown token -> 401, a token for another subscription -> 403, no such
subscription -> 404. Invalid input -> 422 naming the field, bodies over NOTIFIER_MAX_BODY_BYTES -> 413,
too many creations, test events or re-enablings (per client, and per subscription) or confirmation mails
to one address -> 429 with Retry-After. Clients are counted per IPv4 address and per IPv6 /64. Subscriber
pages (confirm, unsubscribe) act only on POST.
"""

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import urlsplit

import structlog
from fastapi import APIRouter, BackgroundTasks, Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tocsin_notifier import operations, pages
from tocsin_notifier.api_models import (
    ConfirmationQueued,
    DeliveryOut,
    DeliveryPage,
    Problem,
    SecretRotated,
    SecretRotation,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionOut,
    SubscriptionPage,
    SubscriptionPatch,
    TestSent,
)
from tocsin_notifier.channels.email import validate_address
from tocsin_notifier.channels.webhook import new_secret
from tocsin_notifier.delivery import EmailChannel, WebhookChannel
from tocsin_notifier.errors import ConflictError, DeliveryError, NotFoundError, UnsafeTargetError
from tocsin_notifier.guards import BodyLimit, Principal, RateLimiter, client_key, is_admin_token
from tocsin_notifier.mail import Mailer
from tocsin_notifier.mail_outbox import MailWorker
from tocsin_notifier.models import Subscription
from tocsin_notifier.outbox import Outbox
from tocsin_notifier.sample import sample_alert
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.ssrf import Network, Resolver, check_url, parse_networks, resolve_and_check
from tocsin_notifier.store import SECRET_OVERLAP, Changes, NewSubscription, SubscriptionStore, valid_secrets
from tocsin_schemas import to_structured_json

log = structlog.get_logger()
# Test events and re-enablings per subscription per window, whoever asks (each one costs the receiver a request).
PER_SUBSCRIPTION_LIMIT = 5
PER_SUBSCRIPTION_WINDOW = 600.0
# Confirmation mails (new subscriptions and resends) to one address per window, from whichever client.
PER_ADDRESS_LIMIT = 3
PER_ADDRESS_WINDOW = 3600.0
# How long subscribing waits for DNS before leaving the check to connect time.
RESOLVE_TIMEOUT = 2.0
UNSAFE_TARGET = "unsafe webhook target"
AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "No or unknown bearer token"},
    403: {"model": Problem, "description": "The token does not grant access to this subscription"},
    404: {"model": Problem, "description": "No such subscription"},
}
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": Problem, "description": "The subscription's state does not allow this"},
}
TOO_LARGE: dict[int | str, dict[str, Any]] = {
    413: {"model": Problem, "description": "Request body larger than NOTIFIER_MAX_BODY_BYTES"},
}
TOO_MANY: dict[int | str, dict[str, Any]] = {
    429: {
        "model": Problem,
        "description": "Too many requests from this client, to this subscription or to this address; see Retry-After",
    },
}


@dataclass
class ApiContext:
    """Everything the routes use, built once by app.py."""

    settings: NotifierSettings
    subscriptions: SubscriptionStore
    outbox: Outbox
    webhooks: WebhookChannel
    email: EmailChannel
    mailer: Mailer
    mail_worker: MailWorker
    readiness: Callable[[], Awaitable[bool]]
    clock: Callable[[], dt.datetime]
    resolver: Resolver | None = None  # None: the system resolver
    limiter: RateLimiter = field(init=False)
    per_subscription: RateLimiter = field(init=False)
    per_address: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.settings.create_rate_limit, self.settings.create_rate_window)
        self.per_subscription = RateLimiter(PER_SUBSCRIPTION_LIMIT, PER_SUBSCRIPTION_WINDOW)
        self.per_address = RateLimiter(PER_ADDRESS_LIMIT, PER_ADDRESS_WINDOW)


def create_api(ctx: ApiContext) -> FastAPI:
    """The FastAPI application (OpenAPI at /docs and /openapi.json)."""
    # No trailing-slash redirects: they echo the Host header into a Location.
    api = FastAPI(title="Tocsin notifier", version="1.0.0", description=__doc__, redirect_slashes=False)
    api.include_router(_subscription_routes(ctx))
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


def _subscription_routes(ctx: ApiContext) -> APIRouter:
    router = APIRouter(tags=["subscriptions"])
    bearer = HTTPBearer(auto_error=False, description="manage token or admin token")
    admin_token = ctx.settings.admin_token.get_secret_value() if ctx.settings.admin_token else None
    allow = parse_networks(ctx.settings.webhook_allow_networks)

    async def principal(
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Principal:
        if creds is None or creds.scheme.lower() != "bearer":
            raise HTTPException(401, "bearer token required", headers={"WWW-Authenticate": "Bearer"})
        if is_admin_token(creds.credentials, admin_token):
            return Principal(admin=True)
        owned = await ctx.subscriptions.by_manage_token(creds.credentials)
        if owned is None:
            raise HTTPException(401, "unknown token", headers={"WWW-Authenticate": "Bearer"})
        return Principal(admin=False, subscription_id=owned.id)

    Caller = Annotated[Principal, Depends(principal)]

    async def managed(sub_id: str, caller: Principal) -> Subscription:
        sub = await ctx.subscriptions.get(sub_id)
        if sub is None:
            raise NotFoundError(sub_id)
        if not caller.may_manage(sub_id):
            raise HTTPException(403, "this token does not grant access to this subscription")
        return sub

    def limit_rate(request: Request, action: str = "create", sub_id: str | None = None) -> None:
        """429 when this client did `action` too often, or anyone did it too often to subscription `sub_id`."""
        client = client_key(request.client.host) if request.client else "unknown"
        key = client if action == "create" else f"{action}\x1f{client}"
        wait = ctx.limiter.hit(key)
        if wait is None and sub_id is not None:
            wait = ctx.per_subscription.hit(f"{action}\x1f{sub_id}")
        if wait is not None:
            raise _too_many(wait)

    def limit_mail(address: str | None) -> None:
        """429 when `address` was sent PER_ADDRESS_LIMIT confirmation mails this window."""
        if address is not None and (wait := ctx.per_address.hit(address.lower())) is not None:
            raise _too_many(wait)

    @router.post(
        "/v1/subscriptions",
        status_code=201,
        response_model=SubscriptionCreated,
        summary="Create a subscription",
        responses={**TOO_LARGE, **TOO_MANY},
    )
    async def create_subscription(
        body: SubscriptionCreate, request: Request, background: BackgroundTasks
    ) -> SubscriptionCreated:
        """Subscribe a webhook (active at once) or an email address (pending until confirmed).

        The answer carries the manage token and, for webhooks, the signing secret: both are shown only
        here. An email subscription is sent a confirmation mail (retried until the SMTP relay takes it)
        whose link opens a page with a button; it receives nothing until that button is pressed.
        At most 3 confirmation mails per address per hour, creations and resends together (429).
        """
        limit_rate(request)
        new = _validated(body, allow)
        if new.channel == "webhook":
            await _check_resolved(new.target, allow, ctx.resolver)
        limit_mail(new.target if new.channel == "email" else new.contact_email)
        secret = new_secret() if new.channel == "webhook" else None
        created = await ctx.subscriptions.create(new, secret=secret, now=ctx.clock())
        for mail_id in (created.confirmation_mail_id, created.contact_mail_id):
            if mail_id:
                background.add_task(ctx.mail_worker.send_now, mail_id)
        log.info("subscription_created", subscription_id=created.subscription.id, channel=new.channel)
        return SubscriptionCreated(
            **SubscriptionOut.of(created.subscription).model_dump(),
            manage_token=created.manage_token,
            secret=created.secret,
        )

    @router.get(
        "/v1/subscriptions",
        response_model=SubscriptionPage,
        summary="List subscriptions (admin)",
        responses=AUTH_ERRORS,
    )
    async def list_subscriptions(
        caller: Caller,
        status: Annotated[str | None, Query(pattern="^(pending|active|disabled|unsubscribed)$")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> SubscriptionPage:
        """Every subscription (admin token only)."""
        if not caller.admin:
            raise HTTPException(403, "the admin token is required to list subscriptions")
        rows, total = await ctx.subscriptions.listing(status=status, limit=limit, offset=offset)
        return SubscriptionPage(items=[SubscriptionOut.of(s) for s in rows], total=total)

    @router.get(
        "/v1/subscriptions/{sub_id}",
        response_model=SubscriptionOut,
        summary="Show a subscription",
        responses=AUTH_ERRORS,
    )
    async def get_subscription(sub_id: str, caller: Caller) -> SubscriptionOut:
        """One subscription."""
        return SubscriptionOut.of(await managed(sub_id, caller))

    @router.patch(
        "/v1/subscriptions/{sub_id}",
        response_model=SubscriptionOut,
        summary="Change a subscription",
        responses={**AUTH_ERRORS, **CONFLICT, **TOO_LARGE, **TOO_MANY},
    )
    async def change_subscription(
        sub_id: str, body: SubscriptionPatch, caller: Caller, request: Request
    ) -> SubscriptionOut:
        """Change filters, digest or contact; `status: active` re-enables a disabled subscription.

        A pending email subscription can only be activated through its confirmation mail (409 here).
        Re-enabling is rate-limited per client and per subscription (429). A new contact address is sent
        a confirmation mail and receives nothing else until it is confirmed (at most 3 per address per hour).
        """
        sub = await managed(sub_id, caller)
        if body.status == "active":
            limit_rate(request, "reactivate", sub_id)
        if body.digest not in (None, "immediate") and sub.channel != "email":
            raise _invalid("digest", "digests are available for email subscriptions only")
        contact = _address("contact_email", body.contact_email) if body.contact_email else None
        if contact is not None and sub.channel == "webhook" and contact != sub.contact_email:
            limit_mail(contact)  # the new contact is sent a confirmation mail
        changes = Changes(
            filters=body.filters.changed() if body.filters else None,
            digest=body.digest,
            contact_email=contact,
            reactivate=body.status == "active",
        )
        changed = await ctx.subscriptions.change(sub_id, changes, now=ctx.clock())
        log.info("subscription_changed", subscription_id=sub_id, status=changed.status, admin=caller.admin)
        return SubscriptionOut.of(changed)

    @router.delete(
        "/v1/subscriptions/{sub_id}", status_code=204, summary="Delete a subscription", responses=AUTH_ERRORS
    )
    async def delete_subscription(sub_id: str, caller: Caller) -> Response:
        """Forget the subscription and its delivery history."""
        await managed(sub_id, caller)
        await ctx.subscriptions.delete(sub_id)
        log.info("subscription_deleted", subscription_id=sub_id)
        return Response(status_code=204)

    @router.post(
        "/v1/subscriptions/{sub_id}/test",
        response_model=TestSent,
        summary="Send a test event",
        responses={**AUTH_ERRORS, **CONFLICT, **TOO_MANY},
    )
    async def send_test(sub_id: str, caller: Caller, request: Request) -> TestSent:
        """Send a signed test event (or a test email) now and report what the receiver said.

        Rate-limited per client and per subscription (429).
        """
        sub = await managed(sub_id, caller)
        limit_rate(request, "test", sub_id)
        if sub.status != "active":
            raise ConflictError(f"a {sub.status} subscription receives nothing")
        now = ctx.clock()
        alert = sample_alert(sub.id, now)
        if sub.channel == "webhook":
            body = to_structured_json(alert).encode()
            result = await ctx.webhooks.send(sub.target, msg_id=alert.id, body=body, secrets=valid_secrets(sub, now))
        else:
            token = await ctx.subscriptions.unsubscribe_token_for(sub.id)
            result = await ctx.email.send(ctx.mailer.alert([alert], to=sub.target, unsubscribe_token=token))
        log.info(
            "test_event_sent", subscription_id=sub.id, ok=result.ok, http_status=result.http_status, error=result.error
        )
        error = result.error
        if error and error.startswith("unsafe target"):
            error = UNSAFE_TARGET  # the detail may name an internal address: it stays in the log
        return TestSent(ok=result.ok, http_status=result.http_status, error=error)

    @router.post(
        "/v1/subscriptions/{sub_id}/rotate-secret",
        response_model=SecretRotated,
        summary="Rotate the signing secret",
        responses={**AUTH_ERRORS, **CONFLICT, **TOO_LARGE},
    )
    async def rotate_secret(
        sub_id: str,
        caller: Caller,
        body: SecretRotation | None = None,
        revoke_previous: Annotated[bool, Query(description="Same as the body field")] = False,
    ) -> SecretRotated:
        """Issue a new signing secret; it and the one it replaces both sign every delivery for 24 h.

        At most two secrets are live: rotating again ends every older secret at once. With
        `revoke_previous: true` (JSON body or query flag) the replaced secret ends now too (a leaked secret).
        """
        await managed(sub_id, caller)
        revoke = revoke_previous or (body is not None and body.revoke_previous)
        secret, now = new_secret(), ctx.clock()
        await ctx.subscriptions.rotate_secret(sub_id, secret, now=now, revoke_previous=revoke)
        log.info("secret_rotated", subscription_id=sub_id, revoked_previous=revoke)
        return SecretRotated(secret=secret, previous_valid_until=now if revoke else now + SECRET_OVERLAP)

    @router.post(
        "/v1/subscriptions/{sub_id}/resend-confirmation",
        status_code=202,
        response_model=ConfirmationQueued,
        summary="Send the confirmation mail again",
        responses={**AUTH_ERRORS, **CONFLICT, **TOO_MANY},
    )
    async def resend_confirmation(
        sub_id: str, caller: Caller, request: Request, background: BackgroundTasks
    ) -> ConfirmationQueued:
        """Queue the confirmation mail of a pending email subscription again (same link as before).

        Counts towards the limits on creations per client and on confirmation mails per address (429).
        """
        sub = await managed(sub_id, caller)
        limit_rate(request)
        if sub.channel == "email" and sub.status == "pending":
            limit_mail(sub.target)
        mail_id = await ctx.subscriptions.resend_confirmation(sub_id, now=ctx.clock())
        if mail_id is not None:
            background.add_task(ctx.mail_worker.send_now, mail_id)
        log.info("confirmation_requeued", subscription_id=sub_id, already_sending=mail_id is None)
        return ConfirmationQueued(subscription_id=sub_id)

    @router.get(
        "/v1/deliveries",
        response_model=DeliveryPage,
        summary="Delivery history of a subscription",
        responses=AUTH_ERRORS,
        tags=["deliveries"],
    )
    async def list_deliveries(
        caller: Caller,
        subscription_id: Annotated[str, Query(min_length=1)],
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> DeliveryPage:
        """Delivery history of one subscription: attempts, status codes, errors, next attempt."""
        await managed(subscription_id, caller)
        rows = await ctx.outbox.history(subscription_id, limit=limit)
        return DeliveryPage(items=[DeliveryOut.of(row, attempts) for row, attempts in rows])

    return router


def _validated(body: SubscriptionCreate, allow: Any) -> NewSubscription:
    if body.channel == "webhook":
        if body.digest != "immediate":
            raise _invalid("digest", "digests are available for email subscriptions only")
        try:
            check_url(body.target, allow)
        except DeliveryError as exc:
            raise _invalid("target", str(exc)) from exc
        target = body.target
    else:
        target = _address("target", body.target)
    contact = _address("contact_email", body.contact_email) if body.contact_email else None
    return NewSubscription(body.channel, target, body.filters.to_filters(), body.digest, contact)


async def _check_resolved(url: str, allow: tuple[Network, ...], resolver: Resolver | None) -> None:
    """Refuse (422) a webhook whose host resolves to an unsafe address now; connect time checks again.

    A name that does not resolve in RESOLVE_TIMEOUT is accepted: deliveries will retry and be judged then.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        async with asyncio.timeout(RESOLVE_TIMEOUT):
            await resolve_and_check(host, port, allow, resolver=resolver)
    except UnsafeTargetError as exc:
        log.warning("webhook_target_refused", host=host, reason=str(exc))
        raise _invalid("target", f"{UNSAFE_TARGET}: the host resolves to an address that is not allowed") from exc
    except (OSError, TimeoutError) as exc:
        log.info("webhook_target_unresolved", host=host, error=str(exc) or type(exc).__name__)


def _address(field_name: str, value: str) -> str:
    try:
        return validate_address(value)
    except DeliveryError as exc:
        raise _invalid(field_name, str(exc)) from exc


def _too_many(wait: float) -> HTTPException:
    return HTTPException(429, "too many requests; slow down", headers={"Retry-After": str(int(wait) + 1)})


def _invalid(field_name: str, message: str) -> RequestValidationError:
    return RequestValidationError([{"loc": ("body", field_name), "msg": message, "type": "value_error"}])
