"""Routes about what a subscription receives: a test event now, its signing secrets, its delivery history."""

import base64
import datetime as dt
from typing import Annotated, Literal

import structlog
from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError

from tocsin_notifier.api_access import Access
from tocsin_notifier.api_context import AUTH_ERRORS, CONFLICT, TOO_LARGE, TOO_MANY, UNSAFE_TARGET, ApiContext
from tocsin_notifier.api_models import (
    DeliveryOut,
    DeliveryPage,
    DeliveryStatus,
    Redelivered,
    Redelivery,
    SecretRotated,
    SecretRotation,
    TestSent,
)
from tocsin_notifier.channels.webhook import new_secret
from tocsin_notifier.errors import ConflictError
from tocsin_notifier.guards import Principal
from tocsin_notifier.sample import sample_alert
from tocsin_notifier.subscription import SECRET_OVERLAP, valid_secrets
from tocsin_schemas import to_structured_json

log = structlog.get_logger()
REDELIVER_BATCH = 1000  # deliveries reopened per request


def routes(ctx: ApiContext, access: Access) -> APIRouter:
    """POST .../test and .../rotate-secret under /v1/subscriptions/{id}, and GET /v1/deliveries."""
    router = APIRouter(tags=["subscriptions"])
    Caller = Annotated[Principal, Depends(access.principal)]

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
        sub = await access.managed(sub_id, caller)
        await access.limit_rate(request, "test", sub_id)
        if sub.status != "active":
            raise ConflictError(f"the subscription is {sub.status}: it receives nothing")
        now = ctx.clock()
        alert = sample_alert(sub.id, now)
        if sub.channel == "webhook":
            body = to_structured_json(alert).encode()
            result = await ctx.webhooks.send(sub.target, msg_id=alert.id, body=body, secrets=valid_secrets(sub, now))
        else:
            token = await ctx.subscriptions.unsubscribe_token_for(sub.id)
            mail = ctx.mailer.alert([alert], to=sub.target, unsubscribe_token=token, language=sub.language)
            result = await ctx.email.send(mail)
        log.info(
            "test_event_sent", subscription_id=sub.id, ok=result.ok, http_status=result.http_status, error=result.error
        )
        error = result.error
        if error and error.startswith("unsafe target"):
            error = UNSAFE_TARGET  # the detail may name an internal address: it stays in the log
        return TestSent(ok=result.ok, http_status=result.http_status, error=error)

    @router.post(
        "/v1/subscriptions/{sub_id}/redeliver",
        response_model=Redelivered,
        summary="Send failed deliveries again",
        responses={**AUTH_ERRORS, **CONFLICT, **TOO_LARGE, **TOO_MANY},
        tags=["deliveries"],
    )
    async def redeliver(sub_id: str, caller: Caller, request: Request, body: Redelivery | None = None) -> Redelivered:
        """Once a receiver is fixed: every delivery of this subscription given up for good (`failed` after its last
        retry, or `disabled` by a 410), optionally only those created since `since`, is tried once more, now, in
        the order the alerts came (at most REDELIVER_BATCH per request; `more` says when to ask again). One more
        attempt each: a delivery that fails again is given up again and dead-lettered again. The subscription must
        be active (re-enable a disabled one first). Rate-limited per client and per subscription (429)."""
        sub = await access.managed(sub_id, caller)
        await access.limit_rate(request, "redeliver", sub_id)
        if sub.status != "active":
            todo = {"pending": "confirm it first", "disabled": "re-enable it first"}.get(sub.status, "it is over")
            raise ConflictError(f"the subscription is {sub.status}: {todo}")
        since = body.since if body is not None else None
        reopened = await ctx.outbox.reopen(sub.id, since=since, now=ctx.clock(), limit=REDELIVER_BATCH)
        more = reopened == REDELIVER_BATCH
        log.info("deliveries_reopened", subscription_id=sub.id, reopened=reopened, since=since)
        if reopened and ctx.wake is not None:
            ctx.wake.set()
        return Redelivered(reopened=reopened, more=more)

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
        revoke_previous: Annotated[
            Literal["true", "false"], Query(description="Same as the body field: true or false, nothing else")
        ] = "false",
    ) -> SecretRotated:
        """Issue a new signing secret; it and the one it replaces both sign every delivery for 24 h.

        At most two secrets are live: rotating again ends every older secret at once. With
        `revoke_previous: true` (JSON body or query flag) the replaced secret ends now too (a leaked secret).
        """
        await access.managed(sub_id, caller)
        revoke = revoke_previous == "true" or (body is not None and body.revoke_previous)
        secret, now = new_secret(), ctx.clock()
        await ctx.subscriptions.rotate_secret(sub_id, secret, now=now, revoke_previous=revoke)
        log.info("secret_rotated", subscription_id=sub_id, revoked_previous=revoke)
        return SecretRotated(secret=secret, previous_valid_until=now if revoke else now + SECRET_OVERLAP)

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
        cursor: Annotated[str | None, Query(description="`next_cursor` of the previous page")] = None,
        status: Annotated[DeliveryStatus | None, Query(description="Only deliveries in this state")] = None,
    ) -> DeliveryPage:
        """Delivery history of one subscription, newest first: attempts, status codes, errors, next attempt.

        Pages follow `next_cursor` (older deliveries); a page never skips or repeats a delivery.
        """
        await access.managed(subscription_id, caller)
        before = read_cursor(cursor) if cursor is not None else None
        rows = await ctx.outbox.history(subscription_id, limit=limit + 1, before=before, status=status)
        page = rows[:limit]
        more = len(rows) > limit
        return DeliveryPage(
            items=[DeliveryOut.of(row, attempts) for row, attempts in page],
            next_cursor=make_cursor(page[-1][0].created_at, page[-1][0].id) if more else None,
        )

    return router


def make_cursor(created_at: dt.datetime, delivery_id: str) -> str:
    """An opaque page cursor: the last delivery's creation time and id, base64url."""
    return base64.urlsafe_b64encode(f"{created_at.isoformat()}|{delivery_id}".encode()).decode().rstrip("=")


def read_cursor(cursor: str) -> tuple[dt.datetime, str]:
    """The (created_at, id) a cursor carries; RequestValidationError (422 on `cursor`) if it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        when, delivery_id = raw.split("|", 1)
        created = dt.datetime.fromisoformat(when)
        if created.tzinfo is None:
            raise ValueError("a cursor's time carries its offset")
        return created.astimezone(dt.UTC), delivery_id
    # bad base64 (binascii.Error is a ValueError), bad UTF-8, no separator, no date, no offset, or a date at the
    # edge of the calendar that UTC cannot hold (OverflowError)
    except (ValueError, OverflowError):
        raise RequestValidationError(
            [{"type": "value_error", "loc": ("query", "cursor"), "msg": "not a cursor this API gave", "input": None}]
        ) from None
