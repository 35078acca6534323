"""Subscriptions in the database: create, confirm, unsubscribe, change, rotate secrets, disable.

Only active subscriptions have match keys, so every state change that starts or stops delivery adds or
removes them in the same transaction. Mail a change calls for (a confirmation) is queued in that
transaction too (mail_queue), leased to the caller, who sends it at once (mail_outbox.MailWorker.send_now).
The request types and pure rules live in subscription.py.
"""

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from tocsin_notifier.database import Sessions, deleted, lock_for_writing
from tocsin_notifier.errors import ConflictError, IdempotencyMismatchError, NotFoundError
from tocsin_notifier.mail_queue import (
    SENDER_LEASE,
    cancel_mail,
    queue_disabled_notice,
    queue_mail,
    queue_settings_notice,
)
from tocsin_notifier.models import InstanceKey, MatchKey, OutgoingMail, RefusedAddress, Subscription
from tocsin_notifier.routing import match_keys
from tocsin_notifier.subscription import (
    SECRET_OVERLAP,
    Changes,
    NewSubscription,
    contact_token,
    filters_json,
    filters_of,
    mailbox_of,
    settings_key,
    valid_secrets,
)
from tocsin_notifier.tokens import confirm_token, hash_token, new_token, refusal_key, unsubscribe_token

# Also re-exported from their own modules: callers of the store use them with it.
__all__ = [
    "SECRET_OVERLAP",
    "SENDER_LEASE",
    "Changes",
    "Created",
    "Idempotency",
    "NewSubscription",
    "SubscriptionStore",
    "disable",
    "queue_disabled_notice",
    "valid_secrets",
]


# How long a confirmation link works: an email subscription left unconfirmed this long after it was made is deleted
# (purge_unconfirmed); a resent link does not extend it (its creator could keep someone's address for ever).
PENDING_TTL = dt.timedelta(days=7)
# How long no confirmation mail goes to an address whose owner refused one they had not asked for (unsubscribed a
# subscription still pending): a refusal used to stop nothing, and anyone could ask again, 3 times an hour.
REFUSAL_HOLDS = dt.timedelta(days=30)
UNSUBSCRIBED_KEPT = dt.timedelta(days=30)  # an unsubscribed subscription, its address and history, then deleted
# How long an Idempotency-Key finds the subscription it created; after that it may create a new one.
IDEMPOTENCY_WINDOW = dt.timedelta(hours=24)


@dataclass(frozen=True)
class Idempotency:
    """A creating request's Idempotency-Key and body, each hashed (store neither)."""

    key_hash: str
    request_hash: str


class IdempotencyRace(Exception):
    """Another request with the same Idempotency-Key created its subscription first: replay that one."""


@dataclass(frozen=True)
class Created:
    """A new subscription with the tokens shown to its owner exactly once."""

    subscription: Subscription
    manage_token: str
    confirm_token: str | None
    secret: str | None
    confirmation_mail_id: str | None = None
    contact_mail_id: str | None = None


class SubscriptionStore:
    """Persistence of subscriptions; every method is one transaction."""

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions
        self._instance_key: str | None = None

    async def create(
        self, new: NewSubscription, *, secret: str | None, now: dt.datetime, idempotency: Idempotency | None = None
    ) -> Created:
        """Store a subscription: webhooks start active, emails pending with their confirmation mail queued.

        With `idempotency`, IdempotencyRace when a request with the same key created one at the same moment."""
        manage = new_token()
        sub_id = str(uuid.uuid4())
        key = await self.instance_key()
        confirm = confirm_token(key, sub_id) if new.channel == "email" else None
        sub = Subscription(
            id=sub_id,
            channel=new.channel,
            target=new.target,
            status="pending" if confirm else "active",
            filters=filters_json(new.filters),
            min_severity=new.filters.min_severity,
            digest=new.digest,
            discreet=new.discreet,
            language=new.language,
            contact_email=new.contact_email,
            manage_token_hash=hash_token(manage),
            unsubscribe_token_hash=hash_token(unsubscribe_token(key, sub_id)),
            confirm_token_hash=hash_token(confirm) if confirm else None,
            secrets=[{"secret": secret, "valid_until": None}] if secret else [],
            created_at=now,
            updated_at=now,
            confirmed_at=None if confirm else now,
        )
        if new.contact_email and new.channel == "webhook":
            sub.contact_token_hash = hash_token(contact_token(key, sub_id, new.contact_email))
        if idempotency is not None:
            sub.idempotency_key_hash, sub.request_hash = idempotency.key_hash, idempotency.request_hash
        try:
            return await self._insert(sub, manage, confirm, secret, now=now)
        except IntegrityError:
            if idempotency is None:
                raise
            raise IdempotencyRace from None

    async def _insert(
        self, sub: Subscription, manage: str, confirm: str | None, secret: str | None, *, now: dt.datetime
    ) -> Created:
        sub_id = sub.id
        mail_id = contact_mail_id = None
        async with self.sessions.begin() as session:
            if sub.idempotency_key_hash is not None:  # a key older than the window is free again
                await session.execute(
                    update(Subscription)
                    .where(Subscription.idempotency_key_hash == sub.idempotency_key_hash)
                    .where(Subscription.created_at < now - IDEMPOTENCY_WINDOW)
                    .values(idempotency_key_hash=None, request_hash=None)
                )
            session.add(sub)
            await session.flush()
            if sub.status == "active":
                await _add_keys(session, sub)
            else:
                mail_id = queue_mail(session, sub_id, "confirmation", now=now, leased=True)
            if sub.contact_token_hash:
                contact_mail_id = queue_mail(session, sub_id, "contact_confirmation", now=now, leased=True)
        return Created(sub, manage, confirm, secret, mail_id, contact_mail_id)

    async def replay(self, idempotency: Idempotency, *, secret: str | None, now: dt.datetime) -> Created | None:
        """The subscription a request with this Idempotency-Key created within IDEMPOTENCY_WINDOW, or None.

        Its credentials were shown once, to a response the retrying client evidently did not get: it gets a new
        manage token (the first one stops working) and, for a webhook, `secret` as its only signing secret. No
        mail is sent again. IdempotencyMismatchError when the key came with another request body."""
        async with self.sessions.begin() as session:
            await lock_for_writing(session)
            found = await session.scalars(
                select(Subscription)
                .where(Subscription.idempotency_key_hash == idempotency.key_hash)
                .where(Subscription.created_at >= now - IDEMPOTENCY_WINDOW)
                .with_for_update()
            )
            sub = found.first()
            if sub is None:
                return None
            if sub.request_hash != idempotency.request_hash:
                raise IdempotencyMismatchError("this Idempotency-Key was already used with another request body")
            manage = new_token()
            sub.manage_token_hash = hash_token(manage)
            if sub.channel == "webhook" and secret is not None:
                sub.secrets = [{"secret": secret, "valid_until": None}]
            if sub.status != "unsubscribed":  # its purge runs 30 days from the unsubscribe, whoever replays
                sub.updated_at = now
            return Created(sub, manage, None, secret if sub.channel == "webhook" else None)

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
            if sub.created_at + PENDING_TTL <= now:  # the mail says until when; the hourly purge may not have run
                raise NotFoundError("expired confirmation token")
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
            await cancel_mail(session, sub.id, ("contact_confirmation",), now)
            return sub

    async def refuse_contact(self, token: str, *, now: dt.datetime) -> Subscription:
        """The owner of a contact address refuses it: the subscription forgets the address, and no confirmation mail
        goes to it for REFUSAL_HOLDS, whoever asks (a second webhook naming it mailed it again)."""
        async with self.sessions.begin() as session:
            sub = await _one(session, Subscription.contact_token_hash == hash_token(token))
            if sub is None or sub.contact_confirmed_at is not None or sub.contact_email is None:
                raise NotFoundError("unknown or already used contact confirmation token")
            await self._refuse(session, sub.contact_email, until=now + REFUSAL_HOLDS)
            sub.contact_email, sub.contact_token_hash, sub.updated_at = None, None, now
            await cancel_mail(session, sub.id, ("contact_confirmation",), now)
            return sub

    async def resend_confirmation(self, sub_id: str, *, now: dt.datetime) -> str | None:
        """Queue the confirmation mail again (leased to the caller); None when one is being sent right now."""
        async with self.sessions.begin() as session:
            sub = await session.get(Subscription, sub_id)
            if sub is None:
                raise NotFoundError(sub_id)
            if sub.status != "pending" or sub.confirm_token_hash is None:
                raise ConflictError(f"the subscription is {sub.status}: it needs no confirmation")
            sub.updated_at = now  # the link still ends PENDING_TTL after the subscription was made
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

    async def purge_unconfirmed(self, now: dt.datetime) -> int:
        """Delete email subscriptions left unconfirmed for PENDING_TTL since they were made, whatever was resent or
        changed since: an address someone else typed in is not kept for ever. Returns how many. Refusals past their
        REFUSAL_HOLDS go too."""
        async with self.sessions.begin() as session:
            await session.execute(delete(RefusedAddress).where(RefusedAddress.until <= now))
            stale = (
                await session.scalars(
                    select(Subscription.id)
                    .where(Subscription.status == "pending")
                    .where(Subscription.created_at < now - PENDING_TTL)
                )
            ).all()
            if stale:
                await session.execute(delete(OutgoingMail).where(OutgoingMail.subscription_id.in_(stale)))
                await session.execute(delete(Subscription).where(Subscription.id.in_(stale)))
        return len(stale)

    async def purge_unsubscribed(self, before: dt.datetime) -> int:
        """Delete subscriptions unsubscribed before `before`, address and delivery history with them (an unsubscribed
        address was kept for ever with all it had been sent). Returns how many."""
        return await deleted(
            self.sessions,
            delete(Subscription).where(Subscription.status == "unsubscribed").where(Subscription.updated_at < before),
        )

    async def unsubscribe(self, token: str, *, now: dt.datetime) -> Subscription:
        """Stop all delivery for the subscription this unsubscribe token belongs to (idempotent)."""
        async with self.sessions.begin() as session:
            sub = await _one(session, Subscription.unsubscribe_token_hash == hash_token(token))
            if sub is None:
                raise NotFoundError("unknown unsubscribe token")
            if sub.status == "pending" and sub.channel == "email":  # refused by someone who never asked for it
                await self._refuse(session, sub.target, until=now + REFUSAL_HOLDS)
            if sub.status != "unsubscribed":
                sub.status, sub.updated_at = "unsubscribed", now
                await _drop_keys(session, sub.id)
            return sub

    async def forget(self, token: str, *, now: dt.datetime) -> str:
        """Unsubscribe (as `unsubscribe`, the refusal of a pending one kept) and delete the subscription now, address,
        filters and delivery history with it, instead of 30 days later; returns its id."""
        sub = await self.unsubscribe(token, now=now)
        await self.delete(sub.id)
        await self._truncate_log()
        return sub.id

    async def _truncate_log(self) -> None:
        """SQLite: copy the write-ahead log into the database and empty it, so the deleted rows' old pages do not
        stay in the -wal file (a checkpoint alone leaves them there until overwritten); best effort, a reader
        holding it back leaves it to the next one."""
        async with self.sessions() as session:
            connection = await session.connection()
            if connection.dialect.name == "sqlite":
                await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    async def refused_until(self, address: str, *, now: dt.datetime) -> dt.datetime | None:
        """Until when `address` takes no confirmation mail (its owner refused one they had not asked for); None."""
        keys = {await self._address_key(address), await self._legacy_address_key(address)}
        async with self.sessions() as session:
            rows = (await session.scalars(select(RefusedAddress).where(RefusedAddress.key.in_(keys)))).all()
            until = max((row.until for row in rows), default=None)
            return until if until is not None and until > now else None

    async def _refuse(self, session: AsyncSession, address: str, *, until: dt.datetime) -> None:
        key = await self._address_key(address)
        row = await session.get(RefusedAddress, key)
        if row is None:
            session.add(RefusedAddress(key=key, until=until))
        else:
            row.until = max(row.until, until)

    async def _address_key(self, address: str) -> str:
        """The refusals table's key of an address: an HMAC under the instance's key, never the address itself, of the
        mailbox it reaches ("victim+x@", "v.ictim@gmail.com" are "victim@")."""
        return refusal_key(await self.instance_key(), mailbox_of(address))

    async def _legacy_address_key(self, address: str) -> str:
        """The key refusals made before 2026-11-29 were stored under (only "+tag" left out); they hold 30 days."""
        local, _, domain = address.strip().lower().rpartition("@")
        return refusal_key(await self.instance_key(), f"{local.split('+', 1)[0] or local}@{domain}")

    async def change(self, sub_id: str, changes: Changes, *, now: dt.datetime, tell_owner: bool = True) -> Subscription:
        """Apply a PATCH; re-enabling is allowed only for a disabled subscription.

        A new contact address is unconfirmed: its confirmation mail is queued for the mail worker. A change of an
        email subscription's settings is mailed to its address, unless `tell_owner` is false (she made it herself).
        """
        key = await self.instance_key()
        async with self.sessions.begin() as session:
            await lock_for_writing(session)  # read-merge-write: two PATCHes at once must not lose one's filters
            sub = await session.get(Subscription, sub_id, with_for_update=True)
            if sub is None:
                raise NotFoundError(sub_id)
            before = settings_key(sub)  # what the owner is told of
            if changes.filters is not None:
                merged = replace(filters_of(sub), **changes.filters)
                sub.filters = filters_json(merged)
                sub.min_severity = merged.min_severity
            if changes.digest is not None:
                sub.digest = changes.digest
            if changes.discreet is not None:
                sub.discreet = changes.discreet
            if changes.language is not None:
                sub.language = changes.language
            if tell_owner and settings_key(sub) != before:  # the owner is told what changed
                await queue_settings_notice(session, sub, now=now)
            if changes.contact_email is not None and changes.contact_email != sub.contact_email:
                await _new_contact(session, sub, changes.contact_email, key, now)
            if changes.reactivate and sub.status != "active":
                if sub.status != "disabled":
                    raise ConflictError(f"the subscription is {sub.status}: it cannot be re-enabled")
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
            await lock_for_writing(session)  # read-modify-write of the secrets list
            sub = await session.get(Subscription, sub_id, with_for_update=True)
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


async def _new_contact(session: AsyncSession, sub: Subscription, address: str, key: str, now: dt.datetime) -> None:
    """Replace the contact address: unconfirmed again, queued notices dropped, a confirmation queued."""
    sub.contact_email, sub.contact_confirmed_at = address, None
    sub.contact_token_hash = hash_token(contact_token(key, sub.id, address)) if sub.channel == "webhook" else None
    await cancel_mail(session, sub.id, ("disabled_notice", "contact_confirmation"), now)
    if sub.contact_token_hash:
        queue_mail(session, sub.id, "contact_confirmation", now=now)


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
