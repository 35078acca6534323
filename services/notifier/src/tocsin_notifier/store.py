"""Subscriptions in the database: create, confirm, unsubscribe, change, rotate secrets, disable.

Only active subscriptions have match keys, so every state change that starts or stops delivery adds or
removes them in the same transaction. Mail a change calls for (a confirmation) is queued in that
transaction too, leased to the caller, who sends it at once (mail_outbox.MailWorker.send_now).
"""

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any, TypedDict

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tocsin_notifier.database import Sessions
from tocsin_notifier.errors import ConflictError, NotFoundError
from tocsin_notifier.models import InstanceKey, MatchKey, OutgoingMail, Subscription
from tocsin_notifier.routing import Filters, match_keys
from tocsin_notifier.tokens import confirm_token, hash_token, new_token, unsubscribe_token

SECRET_OVERLAP = dt.timedelta(hours=24)
# The newest signing secret and the one it replaced; older ones never sign again.
MAX_LIVE_SECRETS = 2
# How long a request that queued a mail holds it before the mail worker may take over (a crash mid-request).
SENDER_LEASE = dt.timedelta(minutes=1)
# At most one "subscription disabled" notice per address in this period, whatever the number of subscriptions.
NOTICE_INTERVAL = dt.timedelta(days=1)


@dataclass(frozen=True)
class NewSubscription:
    """A validated creation request."""

    channel: str
    target: str
    filters: Filters
    digest: str = "immediate"
    contact_email: str | None = None


@dataclass(frozen=True)
class Created:
    """A new subscription with the tokens shown to its owner exactly once."""

    subscription: Subscription
    manage_token: str
    confirm_token: str | None
    secret: str | None
    confirmation_mail_id: str | None = None
    contact_mail_id: str | None = None


class FilterChanges(TypedDict, total=False):
    """The filter fields a PATCH sets; the others keep their stored value."""

    countries: frozenset[str]
    event_types: frozenset[str]
    tags: frozenset[str]
    min_severity: str


@dataclass(frozen=True)
class Changes:
    """A PATCH: only the fields that are not None change; `filters` names only the filter fields to set."""

    filters: FilterChanges | None = None
    digest: str | None = None
    contact_email: str | None = None
    reactivate: bool = False


def filters_of(sub: Subscription) -> Filters:
    """The routing filters of a stored subscription."""
    f = sub.filters
    return Filters(
        countries=frozenset(f.get("countries", ())),
        event_types=frozenset(f.get("event_types", ())),
        tags=frozenset(f.get("tags", ())),
        min_severity=sub.min_severity,
    )


def valid_secrets(sub: Subscription, now: dt.datetime) -> list[str]:
    """Signing secrets in force at `now`, newest first: at most MAX_LIVE_SECRETS (two during a rotation)."""
    live = [s for s in sub.secrets if s["valid_until"] is None or dt.datetime.fromisoformat(s["valid_until"]) > now]
    return [s["secret"] for s in reversed(live)][:MAX_LIVE_SECRETS]


class SubscriptionStore:
    """Persistence of subscriptions; every method is one transaction."""

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions
        self._instance_key: str | None = None

    async def create(self, new: NewSubscription, *, secret: str | None, now: dt.datetime) -> Created:
        """Store a subscription: webhooks start active, emails pending with their confirmation mail queued."""
        manage = new_token()
        sub_id = str(uuid.uuid4())
        key = await self.instance_key()
        confirm = confirm_token(key, sub_id) if new.channel == "email" else None
        sub = Subscription(
            id=sub_id,
            channel=new.channel,
            target=new.target,
            status="pending" if confirm else "active",
            filters=_filters_json(new.filters),
            min_severity=new.filters.min_severity,
            digest=new.digest,
            contact_email=new.contact_email,
            manage_token_hash=hash_token(manage),
            unsubscribe_token_hash=hash_token(unsubscribe_token(key, sub_id)),
            confirm_token_hash=hash_token(confirm) if confirm else None,
            secrets=[{"secret": secret, "valid_until": None}] if secret else [],
            created_at=now,
            updated_at=now,
            confirmed_at=None if confirm else now,
        )
        mail_id = contact_mail_id = None
        if new.contact_email and new.channel == "webhook":
            sub.contact_token_hash = hash_token(contact_token(key, sub_id, new.contact_email))
        async with self.sessions.begin() as session:
            session.add(sub)
            await session.flush()
            if sub.status == "active":
                await _add_keys(session, sub)
            else:
                mail_id = queue_mail(session, sub_id, "confirmation", now=now, leased=True)
            if sub.contact_token_hash:
                contact_mail_id = queue_mail(session, sub_id, "contact_confirmation", now=now, leased=True)
        return Created(sub, manage, confirm, secret, mail_id, contact_mail_id)

    async def get(self, sub_id: str) -> Subscription | None:
        async with self.sessions() as session:
            return await session.get(Subscription, sub_id)

    async def by_manage_token(self, token: str) -> Subscription | None:
        async with self.sessions() as session:
            return await _one(session, Subscription.manage_token_hash == hash_token(token))

    async def by_confirm_token(self, token: str) -> Subscription | None:
        async with self.sessions() as session:
            return await _one(session, Subscription.confirm_token_hash == hash_token(token))

    async def by_unsubscribe_token(self, token: str) -> Subscription | None:
        async with self.sessions() as session:
            return await _one(session, Subscription.unsubscribe_token_hash == hash_token(token))

    async def listing(self, *, status: str | None, limit: int, offset: int) -> tuple[list[Subscription], int]:
        """A page of subscriptions (oldest first) and the total count."""
        query = select(Subscription).order_by(Subscription.created_at, Subscription.id)
        count = select(func.count()).select_from(Subscription)
        if status:
            query, count = query.where(Subscription.status == status), count.where(Subscription.status == status)
        async with self.sessions() as session:
            rows = (await session.scalars(query.limit(limit).offset(offset))).all()
            return list(rows), int((await session.scalar(count)) or 0)

    async def confirm(self, token: str, *, now: dt.datetime) -> Subscription:
        """Activate the pending subscription this confirmation token belongs to."""
        async with self.sessions.begin() as session:
            sub = await _one(session, Subscription.confirm_token_hash == hash_token(token))
            if sub is None or sub.status != "pending":  # an unsubscribed one stays so
                raise NotFoundError("unknown or already used confirmation token")
            sub.confirm_token_hash, sub.confirmed_at, sub.updated_at = None, now, now
            if sub.status == "pending":
                sub.status = "active"
                await _add_keys(session, sub)
            return sub

    async def by_contact_token(self, token: str) -> Subscription | None:
        async with self.sessions() as session:
            return await _one(session, Subscription.contact_token_hash == hash_token(token))

    async def confirm_contact(self, token: str, *, now: dt.datetime) -> Subscription:
        """Mark the contact address this token was sent to as confirmed: it may now receive notices."""
        async with self.sessions.begin() as session:
            sub = await _one(session, Subscription.contact_token_hash == hash_token(token))
            if sub is None or sub.contact_confirmed_at is not None:
                raise NotFoundError("unknown or already used contact confirmation token")
            sub.contact_confirmed_at, sub.updated_at = now, now
            await _cancel_mail(session, sub.id, ("contact_confirmation",), now)
            return sub

    async def resend_confirmation(self, sub_id: str, *, now: dt.datetime) -> str | None:
        """Queue the confirmation mail again (leased to the caller); None when one is being sent right now."""
        async with self.sessions.begin() as session:
            sub = await session.get(Subscription, sub_id)
            if sub is None:
                raise NotFoundError(sub_id)
            if sub.status != "pending" or sub.confirm_token_hash is None:
                raise ConflictError(f"a {sub.status} subscription needs no confirmation")
            queued = (
                await session.scalars(
                    select(OutgoingMail)
                    .where(OutgoingMail.subscription_id == sub_id)
                    .where(OutgoingMail.kind == "confirmation")
                    .where(OutgoingMail.status == "pending")
                )
            ).first()
            if queued is None:
                return queue_mail(session, sub_id, "confirmation", now=now, leased=True)
            if queued.lease_until is not None and queued.lease_until > now:
                return None
            queued.next_attempt_at, queued.lease_until, queued.updated_at = now, now + SENDER_LEASE, now
            return queued.id

    async def unsubscribe(self, token: str, *, now: dt.datetime) -> Subscription:
        """Stop all delivery for the subscription this unsubscribe token belongs to (idempotent)."""
        async with self.sessions.begin() as session:
            sub = await _one(session, Subscription.unsubscribe_token_hash == hash_token(token))
            if sub is None:
                raise NotFoundError("unknown unsubscribe token")
            if sub.status != "unsubscribed":
                sub.status, sub.updated_at = "unsubscribed", now
                await _drop_keys(session, sub.id)
            return sub

    async def change(self, sub_id: str, changes: Changes, *, now: dt.datetime) -> Subscription:
        """Apply a PATCH; re-enabling is allowed only for a disabled subscription.

        A new contact address is unconfirmed: its confirmation mail is queued for the mail worker.
        """
        key = await self.instance_key()
        async with self.sessions.begin() as session:
            sub = await session.get(Subscription, sub_id)
            if sub is None:
                raise NotFoundError(sub_id)
            if changes.filters is not None:
                merged = replace(filters_of(sub), **changes.filters)
                sub.filters = _filters_json(merged)
                sub.min_severity = merged.min_severity
            if changes.digest is not None:
                sub.digest = changes.digest
            if changes.contact_email is not None and changes.contact_email != sub.contact_email:
                await _new_contact(session, sub, changes.contact_email, key, now)
            if changes.reactivate and sub.status != "active":
                if sub.status != "disabled":
                    raise ConflictError(f"a {sub.status} subscription cannot be re-enabled")
                sub.status, sub.disabled_reason, sub.first_failure_at = "active", None, None
            sub.updated_at = now
            await _drop_keys(session, sub.id)
            if sub.status == "active":
                await _add_keys(session, sub)
            return sub

    async def delete(self, sub_id: str) -> bool:
        """Forget a subscription with its deliveries; False if it did not exist."""
        async with self.sessions.begin() as session:
            result = await session.execute(delete(Subscription).where(Subscription.id == sub_id))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def rotate_secret(
        self, sub_id: str, secret: str, *, now: dt.datetime, revoke_previous: bool = False
    ) -> Subscription:
        """Make `secret` the signing secret; the one it replaces stays valid for SECRET_OVERLAP.

        At most two secrets live at once: older ones end now, and so does the replaced one with
        `revoke_previous` (for a leaked secret).
        """
        async with self.sessions.begin() as session:
            sub = await session.get(Subscription, sub_id)
            if sub is None:
                raise NotFoundError(sub_id)
            if sub.channel != "webhook":
                raise ConflictError("only webhook subscriptions have signing secrets")
            live = valid_secrets(sub, now)[:1]
            until = (now + SECRET_OVERLAP).isoformat()
            kept = [] if revoke_previous else [{"secret": s, "valid_until": until} for s in live]
            sub.secrets = [*kept, {"secret": secret, "valid_until": None}]
            sub.updated_at = now
            return sub

    async def instance_key(self) -> str:
        """The per-database key behind unsubscribe tokens (created by the first migration)."""
        if self._instance_key is None:
            async with self.sessions() as session:
                key = await session.get(InstanceKey, "unsubscribe")
            if key is None:
                raise RuntimeError("instance key missing: run `tocsin-notifier migrate`")
            self._instance_key = key.value
        return self._instance_key

    async def unsubscribe_token_for(self, sub_id: str) -> str:
        """The one-click unsubscribe token to put in an email to this subscription."""
        return unsubscribe_token(await self.instance_key(), sub_id)

    async def contact_token_for(self, sub: Subscription) -> str | None:
        """The token to put in the contact confirmation mail, None when there is nothing to confirm."""
        if sub.contact_email is None or sub.contact_confirmed_at is not None or sub.contact_token_hash is None:
            return None
        return contact_token(await self.instance_key(), sub.id, sub.contact_email)

    async def confirm_token_for(self, sub_id: str) -> str:
        """The double opt-in token to put in the confirmation mail of this subscription."""
        return confirm_token(await self.instance_key(), sub_id)


async def disable(session: AsyncSession, sub: Subscription, reason: str, *, now: dt.datetime) -> None:
    """Stop matching a subscription (inside the caller's transaction)."""
    sub.status, sub.disabled_reason, sub.updated_at = "disabled", reason, now
    await _drop_keys(session, sub.id)


def notice_address(sub: Subscription) -> str | None:
    """Where a notice about `sub` may go: a confirmed email target or a confirmed contact address, else nowhere."""
    if sub.channel == "email":
        return sub.target if sub.confirmed_at is not None else None
    return sub.contact_email if sub.contact_confirmed_at is not None else None


async def queue_disabled_notice(session: AsyncSession, sub: Subscription, *, now: dt.datetime) -> bool:
    """Queue the "subscription disabled" notice (inside the caller's transaction) if it may be sent.

    Only to a confirmed address, and at most one per address per NOTICE_INTERVAL. True if queued.
    """
    address = notice_address(sub)
    if address is None:
        return False
    addressed = or_(
        and_(Subscription.channel == "email", Subscription.target == address),
        and_(Subscription.channel != "email", Subscription.contact_email == address),
    )
    recent = await session.scalar(
        select(func.count())
        .select_from(OutgoingMail)
        .join(Subscription, Subscription.id == OutgoingMail.subscription_id)
        .where(OutgoingMail.kind == "disabled_notice")
        .where(OutgoingMail.status != "cancelled")
        .where(OutgoingMail.created_at > now - NOTICE_INTERVAL)
        .where(addressed)
    )
    if recent:
        return False
    queue_mail(session, sub.id, "disabled_notice", now=now)
    return True


def contact_token(instance_key: str, subscription_id: str, contact_email: str) -> str:
    """The token confirming `contact_email` for a subscription; a new address gets a new token."""
    return confirm_token(instance_key, f"{subscription_id}\x1fcontact\x1f{contact_email}")


async def _new_contact(session: AsyncSession, sub: Subscription, address: str, key: str, now: dt.datetime) -> None:
    """Replace the contact address: unconfirmed again, queued notices dropped, a confirmation queued."""
    sub.contact_email, sub.contact_confirmed_at = address, None
    sub.contact_token_hash = hash_token(contact_token(key, sub.id, address)) if sub.channel == "webhook" else None
    await _cancel_mail(session, sub.id, ("disabled_notice", "contact_confirmation"), now)
    if sub.contact_token_hash:
        queue_mail(session, sub.id, "contact_confirmation", now=now)


async def _cancel_mail(session: AsyncSession, sub_id: str, kinds: tuple[str, ...], now: dt.datetime) -> None:
    await session.execute(
        update(OutgoingMail)
        .where(OutgoingMail.subscription_id == sub_id)
        .where(OutgoingMail.kind.in_(kinds))
        .where(OutgoingMail.status == "pending")
        .values(status="cancelled", lease_until=None, updated_at=now)
    )


def queue_mail(session: AsyncSession, sub_id: str, kind: str, *, now: dt.datetime, leased: bool = False) -> str:
    """Queue an email about a subscription (inside the caller's transaction); returns its id.

    `leased` reserves it for the caller for SENDER_LEASE; otherwise the mail worker sends it when next due.
    """
    mail_id = str(uuid.uuid4())
    session.add(
        OutgoingMail(
            id=mail_id,
            subscription_id=sub_id,
            kind=kind,
            status="pending",
            attempts=0,
            next_attempt_at=now,
            lease_until=now + SENDER_LEASE if leased else None,
            created_at=now,
            updated_at=now,
        )
    )
    return mail_id


async def _one(session: AsyncSession, where: Any) -> Subscription | None:
    return (await session.scalars(select(Subscription).where(where))).first()


async def _add_keys(session: AsyncSession, sub: Subscription) -> None:
    rows = [
        {"country": c, "tag": t, "event_type": y, "min_rank": r, "subscription_id": sub.id}
        for c, t, y, r in match_keys(filters_of(sub))
    ]
    await session.execute(insert(MatchKey), rows)


async def _drop_keys(session: AsyncSession, sub_id: str) -> None:
    await session.execute(delete(MatchKey).where(MatchKey.subscription_id == sub_id))


def _filters_json(filters: Filters) -> dict[str, Any]:
    return {
        "countries": sorted(filters.countries),
        "event_types": sorted(filters.event_types),
        "tags": sorted(filters.tags),
    }
