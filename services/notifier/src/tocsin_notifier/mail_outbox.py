"""Mail about subscriptions (confirmations, disabled notices), retried until sent: nothing lost if SMTP is down.

A row is queued in the transaction that calls for the mail (mail_queue.queue_mail). Only the intent is stored:
the message and its tokens are composed when it is sent, from the subscription as it is then, and a mail
that no longer makes sense (confirmed, deleted, re-enabled) is cancelled instead. Retries follow the
delivery schedule; claims take a lease (exclusively, see database.lock_for_writing), and an outcome is only
recorded while the lease is still the one claimed, so a worker that outlived its lease changes nothing.
"""

import asyncio
import datetime as dt
import random
from dataclasses import dataclass
from email.message import EmailMessage

import structlog
from sqlalchemy import delete, or_, select

from tocsin_notifier.database import Sessions, database_unavailable, deleted, lock_for_writing
from tocsin_notifier.delivery import Clock, EmailChannel, Mail, utcnow
from tocsin_notifier.mail_queue import notice_address
from tocsin_notifier.models import OutgoingMail, Subscription
from tocsin_notifier.retry import next_delay
from tocsin_notifier.rounds import run_rounds
from tocsin_notifier.store import PENDING_TTL, SubscriptionStore
from tocsin_notifier.subscription import settings_said

log = structlog.get_logger()
BATCH = 32


@dataclass(frozen=True)
class MailPolicy:
    """How hard the mail worker tries."""

    schedule: tuple[dt.timedelta, ...]
    lease: dt.timedelta = dt.timedelta(minutes=5)


class MailOutbox:
    """Persistence of outgoing mail; every method is one transaction."""

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions

    async def claim_due(self, now: dt.datetime, *, limit: int, lease: dt.timedelta) -> list[OutgoingMail]:
        """Lease up to `limit` mails that are due and not leased."""
        async with self.sessions.begin() as session:
            await lock_for_writing(session)
            query = (
                select(OutgoingMail)
                .where(OutgoingMail.status == "pending")
                .where(OutgoingMail.next_attempt_at <= now)
                .where(or_(OutgoingMail.lease_until.is_(None), OutgoingMail.lease_until <= now))
                .order_by(OutgoingMail.next_attempt_at)
                .limit(limit)
            )
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = list((await session.scalars(query)).all())
            for row in rows:
                row.lease_until = now + lease
            return rows

    async def get(self, mail_id: str) -> OutgoingMail | None:
        async with self.sessions() as session:
            return await session.get(OutgoingMail, mail_id)

    async def settle(
        self,
        mail_id: str,
        status: str,
        *,
        lease_until: dt.datetime | None,
        now: dt.datetime,
        attempted: bool,
        next_at: dt.datetime | None,
        error: str | None,
    ) -> bool:
        """Record the outcome of one attempt (or a cancellation when `attempted` is False).

        Only while the lease is still `lease_until` (the one claimed) and the mail pending: False otherwise,
        when its subscription was deleted or another worker took the mail over after the lease ran out.
        """
        async with self.sessions.begin() as session:
            await lock_for_writing(session)
            row = await session.get(OutgoingMail, mail_id, with_for_update=True)
            if row is None or row.status != "pending" or row.lease_until != lease_until:
                return False
            row.status, row.next_attempt_at, row.lease_until = status, next_at, None
            row.last_error, row.updated_at = error, now
            row.attempts += 1 if attempted else 0
            return True

    async def prune(self, before: dt.datetime) -> int:
        """Delete mail sent, given up or cancelled before `before` (pending mail stays). Returns how many."""
        return await deleted(
            self.sessions,
            delete(OutgoingMail).where(OutgoingMail.status != "pending").where(OutgoingMail.updated_at < before),
        )

    async def listing(self, subscription_id: str) -> list[OutgoingMail]:
        """Every mail queued for a subscription, oldest first."""
        async with self.sessions() as session:
            query = (
                select(OutgoingMail)
                .where(OutgoingMail.subscription_id == subscription_id)
                .order_by(OutgoingMail.created_at, OutgoingMail.id)
            )
            return list((await session.scalars(query)).all())


class MailWorker:
    """Sends due mail; `send_now` sends one the caller holds the lease of (right after queueing it)."""

    def __init__(
        self,
        subscriptions: SubscriptionStore,
        mails: MailOutbox,
        *,
        email: EmailChannel,
        mail: Mail,
        policy: MailPolicy,
        clock: Clock = utcnow,
        rng: random.Random | None = None,
    ) -> None:
        self.subscriptions, self.mails, self.email, self.mail = subscriptions, mails, email, mail
        self.policy, self.clock, self.rng = policy, clock, rng

    async def run_once(self) -> int:
        """Send every mail due now (one batch); returns how many were handled."""
        rows = await self.mails.claim_due(self.clock(), limit=BATCH, lease=self.policy.lease)
        for row in rows:
            await self._guarded(row)
        return len(rows)

    async def run(self, stop: asyncio.Event, wake: asyncio.Event, poll_interval: float) -> None:
        """Loop until `stop`: send due mail, then sleep until woken or `poll_interval` passes."""
        await run_rounds(self.run_once, stop, wake, poll_interval, failure_event="mail_round_failed")

    async def send_now(self, mail_id: str) -> None:
        """Send a mail just queued under the caller's lease (the worker retries it if this fails)."""
        row = await self.mails.get(mail_id)
        if row is not None and row.status == "pending":
            await self._guarded(row)

    async def _guarded(self, row: OutgoingMail) -> None:
        try:
            await self._send(row)
        except Exception as exc:
            if database_unavailable(exc):  # not the mail's fault: its lease runs out and it is tried again
                log.warning("mail_deferred", mail_id=row.id, kind=row.kind, error=type(exc).__name__)
                return
            # A mail that cannot even be composed or sent would fail the same way every time: give it up.
            log.exception("mail_crashed", mail_id=row.id, kind=row.kind)
            error = f"internal error: {type(exc).__name__}"
            try:
                await self._settle(row, "failed", now=self.clock(), attempted=True, next_at=None, error=error)
            except Exception:  # the database is down: the lease runs out and the mail is tried again
                log.exception("mail_not_settled", mail_id=row.id, kind=row.kind)

    async def _send(self, row: OutgoingMail) -> None:
        now = self.clock()
        sub = await self.subscriptions.get(row.subscription_id)
        message = await self._compose(row, sub) if sub is not None else None
        if message is None:
            await self._settle(row, "cancelled", now=now, attempted=False, next_at=None, error=None)
            log.info("mail_cancelled", mail_id=row.id, kind=row.kind, subscription_id=row.subscription_id)
            return
        result = await self.email.send(message)
        attempts = row.attempts + 1
        now = self.clock()
        delay = next_delay(attempts, self.policy.schedule, rng=self.rng) if result.retryable else None
        if result.ok:
            status, next_at = "sent", None
        elif delay is not None:
            status, next_at = "pending", now + delay
        else:
            status, next_at = "failed", None
        if not await self._settle(row, status, now=now, attempted=True, next_at=next_at, error=result.error):
            return
        log.info(
            "mail_attempted",
            mail_id=row.id,
            kind=row.kind,
            subscription_id=row.subscription_id,
            attempt=attempts,
            status=status,
            next_attempt_at=next_at.isoformat() if next_at else None,
            error=result.error,
        )

    async def _settle(
        self,
        row: OutgoingMail,
        status: str,
        *,
        now: dt.datetime,
        attempted: bool,
        next_at: dt.datetime | None,
        error: str | None,
    ) -> bool:
        kept = await self.mails.settle(
            row.id, status, lease_until=row.lease_until, now=now, attempted=attempted, next_at=next_at, error=error
        )
        if not kept:
            log.warning("lease_lost", mail_id=row.id, kind=row.kind, status=status)
        return kept

    async def _compose(self, row: OutgoingMail, sub: Subscription) -> EmailMessage | None:
        """The message `row` stands for, or None when it no longer makes sense."""
        unsubscribe = await self.subscriptions.unsubscribe_token_for(sub.id)
        if row.kind == "confirmation":
            if sub.status != "pending" or sub.confirm_token_hash is None:
                return None
            token = await self.subscriptions.confirm_token_for(sub.id)
            return self.mail.confirmation(
                to=sub.target,
                confirm_token=token,
                unsubscribe_token=unsubscribe,
                expires=sub.created_at + PENDING_TTL,
                language=sub.language,
            )
        if row.kind == "contact_confirmation":
            contact_token = await self.subscriptions.contact_token_for(sub)
            if contact_token is None or sub.contact_email is None or sub.contact_confirmed_at is not None:
                return None
            return self.mail.contact_confirmation(
                to=sub.contact_email, subscription_id=sub.id, confirm_token=contact_token
            )
        if row.kind == "disabled_notice":
            owner = notice_address(sub)  # only a confirmed address is ever told anything
            if sub.status != "disabled" or not owner:
                return None
            return self.mail.disabled_notice(
                to=owner,
                subscription_id=sub.id,
                target=sub.target,
                reason=sub.disabled_reason or "deliveries kept failing",
                unsubscribe_token=unsubscribe,
                email=sub.channel == "email",
                language=sub.language,
            )
        if row.kind == "settings_notice":
            owner = notice_address(sub)
            if sub.status != "active" or sub.channel != "email" or not owner:
                return None
            return self.mail.settings_notice(
                to=owner,
                subscription_id=sub.id,
                settings=settings_said(sub),
                unsubscribe_token=unsubscribe,
                language=sub.language,
            )
        raise ValueError(f"unknown mail kind {row.kind!r}")
