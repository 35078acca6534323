"""Subscription routes: create, list, show, change, delete, resend the confirmation mail.

Input is validated here into a store.NewSubscription or store.Changes (422 naming the field), webhook
targets are checked against the SSRF guard, spelled and resolved, and email addresses normalised.
"""

import asyncio
from typing import Annotated, Any

import structlog
from fastapi import APIRouter, BackgroundTasks, Depends, Header, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError

from tocsin_notifier.api_access import Access
from tocsin_notifier.api_context import AUTH_ERRORS, CONFLICT, TOO_LARGE, TOO_MANY, UNSAFE_TARGET, ApiContext
from tocsin_notifier.api_models import (
    ConfirmationQueued,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionOut,
    SubscriptionPage,
    SubscriptionPatch,
)
from tocsin_notifier.channels.email import validate_address
from tocsin_notifier.channels.webhook import new_secret
from tocsin_notifier.errors import ConflictError, DeliveryError, MalformedUrlError, UnsafeTargetError
from tocsin_notifier.guards import Principal, client_of
from tocsin_notifier.ssrf import Network, Resolver, check_url, dialled_host, parse_networks, resolve_and_check
from tocsin_notifier.store import Created, Idempotency, IdempotencyRace
from tocsin_notifier.subscription import Changes, NewSubscription
from tocsin_notifier.tokens import hash_token, idempotency_key_hash

log = structlog.get_logger()
# How long subscribing waits for DNS before leaving the check to connect time.
RESOLVE_TIMEOUT = 2.0
DISCREET_FOR_EMAIL = "discreet applies to email subscriptions: a webhook has no subject"
LANGUAGE_FOR_EMAIL = "language applies to email subscriptions: a webhook receives the contract's JSON"
LANGUAGE_IS_THE_OWNERS = (
    "the language of a confirmed subscription is its owner's to choose, on the settings page her mails link"
)
CONTACT_FOR_WEBHOOKS = "contact_email is for webhook subscriptions: an email subscription's own address is told"
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=16,
        max_length=255,
        pattern=r"^[\x21-\x7e]+$",
        description="Any unguessable string (16-255 visible ASCII characters, no spaces, e.g. a UUID) that makes a "
        "retried creation from the same client find the subscription the first request created (within 24 h, unless "
        "it was deleted) instead of creating another",
    ),
]


def routes(ctx: ApiContext, access: Access) -> APIRouter:
    """The /v1/subscriptions routes that create, show, change and delete subscriptions."""
    router = APIRouter(tags=["subscriptions"])
    allow = parse_networks(ctx.settings.webhook_allow_networks)
    Caller = Annotated[Principal, Depends(access.principal)]

    @router.post(
        "/v1/subscriptions",
        status_code=201,
        response_model=SubscriptionCreated,
        summary="Create a subscription",
        responses={**TOO_LARGE, **TOO_MANY},
    )
    async def create_subscription(
        body: SubscriptionCreate,
        request: Request,
        response: Response,
        background: BackgroundTasks,
        idempotency_key: IdempotencyKey = None,
    ) -> SubscriptionCreated:
        """Subscribe a webhook (active at once) or an email address (pending until confirmed).

        The answer carries the manage token and, for webhooks, the signing secret: both are shown only
        here. An email subscription is sent a confirmation mail (retried until the SMTP relay takes it)
        whose link opens a page with a button; it receives nothing until that button is pressed.
        At most 3 confirmation mails per address per hour, creations and resends together (429).

        With an `Idempotency-Key` header, the same request sent again within 24 h (a retry after a timeout)
        creates nothing: it answers 200 with `Idempotent-Replayed: true` and the subscription the first one
        created, with a new manage token and, for a webhook, a new signing secret (the first ones were shown to a
        response the client did not get, and stop working); no mail is sent again. The same key with another
        body is a 422; two requests with one key at the same moment, a 409 for the second. A key is the client's own
        (its IPv4 address or IPv6 /64); a replay counts against the creation limit like any request.
        """
        await access.limit_rate(request)
        new = _validated(body, allow)
        secret = new_secret() if new.channel == "webhook" else None
        idempotency = None
        if idempotency_key is not None:
            # the client's own key: someone who learnt it elsewhere cannot take over the subscription (the replay
            # hands out new credentials)
            instance_key = await ctx.subscriptions.instance_key()
            key = idempotency_key_hash(instance_key, client_of(request), idempotency_key)
            idempotency = Idempotency(key, hash_token(body.model_dump_json()))
            replayed = await ctx.subscriptions.replay(idempotency, secret=secret, now=ctx.clock())
            if replayed is not None:
                response.status_code = 200
                response.headers["Idempotent-Replayed"] = "true"
                log.info("subscription_create_replayed", subscription_id=replayed.subscription.id)
                return _created(replayed)
        if new.channel == "webhook":
            await _check_resolved(new.target, allow, ctx.resolver)
        await access.limit_mail(new.target if new.channel == "email" else new.contact_email)
        try:
            created = await ctx.subscriptions.create(new, secret=secret, now=ctx.clock(), idempotency=idempotency)
        except IdempotencyRace:
            raise HTTPException(409, "a request with this Idempotency-Key is being handled; retry it") from None
        for mail_id in (created.confirmation_mail_id, created.contact_mail_id):
            if mail_id:
                background.add_task(ctx.mail_worker.send_now, mail_id)
        log.info("subscription_created", subscription_id=created.subscription.id, channel=new.channel)
        return _created(created)

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
        return SubscriptionOut.of(await access.managed(sub_id, caller))

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
        a confirmation mail and receives nothing else until it is confirmed: the change counts towards the client's
        creation limit, and at most 3 such mails go to one address per hour.
        """
        sub = await access.managed(sub_id, caller)
        if body.status == "active":
            await access.limit_rate(request, "reactivate", sub_id)
        if body.digest not in (None, "immediate") and sub.channel != "email":
            raise _invalid("digest", "digests are available for email subscriptions only")
        if body.discreet and sub.channel != "email":
            raise _invalid("discreet", DISCREET_FOR_EMAIL)
        if body.language not in (None, "en") and sub.channel != "email":
            raise _invalid("language", LANGUAGE_FOR_EMAIL)
        if body.language not in (None, sub.language) and sub.status != "pending":
            # the notice of the change would reach her in a language she may not read: once she confirmed, the
            # language of her mails is hers to choose, on her settings page
            raise ConflictError(LANGUAGE_IS_THE_OWNERS)
        if sub.status == "unsubscribed":
            # its address's owner stopped it: it is kept only until it is purged, 30 days later, and no change may
            # keep it longer or store anything more on it
            raise ConflictError("the subscription was unsubscribed: it cannot be changed, only deleted")
        contact = _address("contact_email", body.contact_email) if body.contact_email else None
        if contact is not None and sub.channel == "email":
            raise _invalid("contact_email", CONTACT_FOR_WEBHOOKS)
        if contact is not None and sub.channel == "webhook" and contact != sub.contact_email:
            # the new contact is sent a confirmation mail: it counts like a creation, so that one client cannot
            # mail any number of third parties by changing a contact again and again
            await access.limit_rate(request)
            await access.limit_mail(contact)
        changes = Changes(
            filters=body.filters.changed() if body.filters else None,
            digest=body.digest,
            discreet=body.discreet,
            language=body.language,
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
        await access.managed(sub_id, caller)
        await ctx.subscriptions.delete(sub_id)
        log.info("subscription_deleted", subscription_id=sub_id)
        return Response(status_code=204)

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
        sub = await access.managed(sub_id, caller)
        await access.limit_rate(request)
        if sub.channel == "email" and sub.status == "pending":
            await access.limit_mail(sub.target)
        mail_id = await ctx.subscriptions.resend_confirmation(sub_id, now=ctx.clock())
        if mail_id is not None:
            background.add_task(ctx.mail_worker.send_now, mail_id)
        log.info("confirmation_requeued", subscription_id=sub_id, already_sending=mail_id is None)
        return ConfirmationQueued(subscription_id=sub_id)

    return router


def _created(created: Created) -> SubscriptionCreated:
    return SubscriptionCreated(
        **SubscriptionOut.of(created.subscription).model_dump(),
        manage_token=created.manage_token,
        secret=created.secret,
    )


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
    if contact is not None and body.channel == "email":
        raise _invalid("contact_email", CONTACT_FOR_WEBHOOKS)
    if body.discreet and body.channel != "email":
        raise _invalid("discreet", DISCREET_FOR_EMAIL)
    if body.language != "en" and body.channel != "email":
        raise _invalid("language", LANGUAGE_FOR_EMAIL)
    return NewSubscription(
        body.channel, target, body.filters.to_filters(), body.digest, contact, body.discreet, body.language
    )


async def _check_resolved(url: str, allow: tuple[Network, ...], resolver: Resolver | None) -> None:
    """Refuse (422) a webhook whose host resolves to an unsafe address now, or that no resolver can read.

    Resolves the name exactly as the client will dial it; connect time checks again. A name that does not
    resolve in RESOLVE_TIMEOUT is accepted: deliveries will retry and be judged then.
    """
    host, port = dialled_host(url)
    try:
        async with asyncio.timeout(RESOLVE_TIMEOUT):
            await resolve_and_check(host, port, allow, resolver=resolver)
    except MalformedUrlError as exc:
        raise _invalid("target", str(exc)) from exc
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


def _invalid(field_name: str, message: str) -> RequestValidationError:
    return RequestValidationError([{"loc": ("body", field_name), "msg": message, "type": "value_error"}])
