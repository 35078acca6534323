"""The transactional outbox: record deliveries for a classified alert, claim due ones, settle attempts.

Deliveries are unique per alert x subscription (insert ... on conflict do nothing), so replays and duplicate
alerts never deliver twice. Claims take a lease (FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on
SQLite, so no two processes claim the same row) and a crashed worker's deliveries are picked up again once
the lease runs out. Settling checks the lease is still the one claimed: a worker whose lease ran out (and
was claimed again by another) settles nothing. Settling an attempt records, in the same
transaction, the reports it owes (outcome events, dead letters) and the owner's notice when it disables a
subscription, so none of them is lost if Kafka or SMTP is down at that moment.
"""

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from tocsin_notifier.database import Sessions, deleted, lock_for_writing
from tocsin_notifier.digest import bucket_for
from tocsin_notifier.mail_queue import queue_disabled_notice
from tocsin_notifier.models import Delivery, DeliveryAttempt, PendingReport, Subscription
from tocsin_notifier.outcomes import Decision, dead_letter_reason, failing_too_long
from tocsin_notifier.routing import facts_of, matching_subscriptions
from tocsin_notifier.store import disable
from tocsin_schemas import AlertClassifiedEvent, DeliveryOutcome, event_id, to_structured

OPEN = ("pending", "retrying")
GIVEN_UP = ("failed", "disabled")  # a delivery that will not be tried again (unless redelivered)
CHUNK = 500
# A subscription receives the alerts classified after it was created, give or take this much clock difference
# between the classifier's host and the notifier's: re-reading the alerts topic (a new consumer group, offsets reset
# to earliest) must not send a new subscriber weeks of old alerts as if they were news.
CREATED_SKEW = dt.timedelta(minutes=1)


def delivery_id(alert_id: str, subscription_id: str) -> str:
    """Stable per alert x subscription; also the Standard Webhooks `webhook-id`."""
    return event_id("tocsin.delivery", alert_id, subscription_id)


@dataclass
class Settled:
    """What settling an attempt changed; the reports it owes are already queued in pending_reports."""

    outcomes: list[DeliveryOutcome] = field(default_factory=list)
    disabled: Subscription | None = None
    owner_notified: bool = False
    lost: list[str] = field(default_factory=list)  # deliveries whose lease another worker took over


class Outbox:
    """Persistence of deliveries and their attempts; every method is one transaction."""

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions

    async def record(self, alert: AlertClassifiedEvent, *, now: dt.datetime) -> int:
        """Record one delivery per matching active subscription created before the alert (CREATED_SKEW); returns
        how many that is (an alert read again counts again: its deliveries are not recorded twice)."""
        recorded = 0
        async with self.sessions.begin() as session:
            ids = await matching_subscriptions(session, facts_of(alert))
            payload = to_structured(alert)
            for start in range(0, len(ids), CHUNK):
                subs = await session.execute(
                    select(Subscription.id, Subscription.channel, Subscription.digest)
                    .where(Subscription.id.in_(ids[start : start + CHUNK]))
                    .where(Subscription.status == "active")
                    .where(Subscription.created_at <= alert.time + CREATED_SKEW)
                )
                rows = [_row(alert, payload, sub_id, channel, digest, now) for sub_id, channel, digest in subs]
                if rows:
                    await session.execute(_insert_ignoring_duplicates(session, rows))
                recorded += len(rows)
        return recorded

    async def claim_due(
        self, now: dt.datetime, *, limit: int, lease: dt.timedelta, busy: Collection[str] = ()
    ) -> list[Delivery]:
        """Lease the first due delivery of up to `limit` subscriptions, plus the rest of any digest it belongs to (or,
        for an immediate email subscription, its other alerts due now: one mail); none of the subscriptions in `busy`
        (the caller is sending to them already) or with a delivery leased (a replica is). One send per subscription
        at a time: a slow receiver with a backlog would otherwise take every free slot, and get that many requests
        at once. Its next delivery is claimed once this one settles."""
        async with self.sessions.begin() as session:
            await lock_for_writing(session)
            # nor any subscription another replica is sending to (one of its deliveries is leased): one send per
            # subscription at a time across replicas, not only within this process
            sending = (
                select(Delivery.subscription_id).where(Delivery.status.in_(OPEN)).where(Delivery.lease_until > now)
            )
            due = _due(now).where(Delivery.subscription_id.not_in(sending))
            if busy:
                due = due.where(Delivery.subscription_id.not_in(list(busy)))
            due = due.order_by(Delivery.next_attempt_at, Delivery.created_at, Delivery.id).limit(limit * CLAIM_SCAN)
            rows: list[Delivery] = []
            for row in (await session.scalars(_locked(session, due))).all():
                if len(rows) < limit and all(row.subscription_id != r.subscription_id for r in rows):
                    rows.append(row)
            seen = {r.id for r in rows}
            for row in [r for r in rows if r.channel == "email" and not r.digest_bucket]:
                if await _spaced_out(session, row.subscription_id, now):
                    rows.remove(row)
            for first in [r for r in rows if r.digest_bucket or r.channel == "email"]:
                rows += list((await session.scalars(_locked(session, _rest_of_mail(first, seen, now)))).all())
            for row in rows:
                row.lease_until = now + lease
            return rows

    async def settle(
        self,
        deliveries: Sequence[Delivery],
        decision: Decision,
        *,
        now: dt.datetime,
        disable_after: dt.timedelta,
    ) -> Settled:
        """Record one attempt for `deliveries` (one subscription) and apply `decision` to them."""
        settled = Settled()
        dead: list[tuple[dict[str, Any], str]] = []  # queued after the outcomes, so consumers see those first
        async with self.sessions.begin() as session:
            await lock_for_writing(session)
            sub = await session.get(Subscription, deliveries[0].subscription_id)
            if sub is None:  # deleted meanwhile: its deliveries went with it
                return settled
            for stale in deliveries:
                row = await session.get(Delivery, stale.id, with_for_update=True)
                if row is None or row.status not in OPEN or row.lease_until != stale.lease_until:
                    settled.lost.append(stale.id)  # our lease ran out and another claim owns it now
                    continue
                row.attempts += 1
                row.status, row.next_attempt_at, row.lease_until = decision.status, decision.next_attempt_at, None
                row.last_http_status, row.last_error, row.updated_at = decision.http_status, decision.error, now
                if decision.status == "delivered":
                    row.delivered_at = now
                session.add(
                    DeliveryAttempt(
                        delivery_id=row.id,
                        attempt=row.attempts,
                        at=now,
                        outcome=decision.status,
                        http_status=decision.http_status,
                        error=decision.error,
                    )
                )
                settled.outcomes.append(_outcome(row))
                if decision.status == "failed":
                    dead.append((delivery_record(row), dead_letter_reason(decision, row.attempts)))
            if len(settled.lost) == len(deliveries):
                return settled  # nothing of ours left to settle: the subscription's state is the new owner's
            reason = await self._track_failures(session, sub, decision, now, disable_after)
            if reason and sub.status == "active":
                await disable(session, sub, reason, now=now)
                settled.outcomes += await _disable_open(session, sub.id, now, reason)
                settled.disabled = sub
                settled.owner_notified = await queue_disabled_notice(session, sub, now=now)
            for outcome in settled.outcomes:
                _report(session, "outcome", outcome.model_dump(mode="json"), now)
            for record, why in dead:
                _report(session, "dead_letter", record, now, reason=why)
        return settled

    async def cancel(self, deliveries: Sequence[Delivery], reason: str, *, now: dt.datetime) -> list[DeliveryOutcome]:
        """Mark deliveries of a subscription that stopped (disabled, unsubscribed) as disabled."""
        async with self.sessions.begin() as session:
            outcomes = await _disable_open(session, deliveries[0].subscription_id, now, reason)
            for outcome in outcomes:
                _report(session, "outcome", outcome.model_dump(mode="json"), now)
            return outcomes

    async def renew(self, deliveries: Sequence[Delivery], *, now: dt.datetime, lease: dt.timedelta) -> None:
        """Extend the lease of deliveries being sent to `now + lease`, each only while it is still the lease this
        worker holds; the objects take the new lease, which `settle` then checks. A worker killed mid-send stops
        renewing, so its deliveries are free again one short lease later (a fixed 5-minute lease held a crashed
        replica's subscriptions, and the retry schedule behind them, for 5 minutes)."""
        until = now + lease
        held = {row.id: row for row in deliveries}
        async with self.sessions.begin() as session:
            # one statement per lease held (a claim leases its rows together: one, unless part of it was lost)
            for current in {row.lease_until for row in deliveries}:
                renewed = await session.scalars(
                    update(Delivery)
                    .where(Delivery.id.in_([row.id for row in deliveries if row.lease_until == current]))
                    .where(Delivery.lease_until == current)
                    .where(Delivery.status.in_(OPEN))
                    .values(lease_until=until)
                    .returning(Delivery.id)
                )
                for delivery_id in renewed.all():
                    held[delivery_id].lease_until = until

    async def prune(self, before: dt.datetime) -> int:
        """Delete settled deliveries (sent, given up, cancelled) last changed before `before`, with their attempts
        (the database grew by about 6 kB a delivery, for ever). Open ones stay whatever their age. Returns how many."""
        return await deleted(
            self.sessions, delete(Delivery).where(Delivery.status.not_in(OPEN)).where(Delivery.updated_at < before)
        )

    async def claim_reports(self, now: dt.datetime, *, limit: int, lease: dt.timedelta) -> list[PendingReport]:
        """Lease the oldest reports not yet published (oldest first, so outcomes keep their order)."""
        async with self.sessions.begin() as session:
            await lock_for_writing(session)
            query = (
                select(PendingReport)
                .where(or_(PendingReport.lease_until.is_(None), PendingReport.lease_until <= now))
                .order_by(PendingReport.id)
                .limit(limit)
            )
            rows = list((await session.scalars(_locked(session, query))).all())
            for row in rows:
                row.lease_until = now + lease
            return rows

    async def finish_reports(self, published: Sequence[int], unpublished: Sequence[int]) -> None:
        """Forget published reports; release the others so the next round tries them again."""
        async with self.sessions.begin() as session:
            if published:
                await session.execute(delete(PendingReport).where(PendingReport.id.in_(published)))
            if unpublished:
                await session.execute(
                    update(PendingReport)
                    .where(PendingReport.id.in_(unpublished))
                    .values(lease_until=None, attempts=PendingReport.attempts + 1)
                )

    async def reopen(self, subscription_id: str, *, since: dt.datetime | None, now: dt.datetime, limit: int) -> int:
        """Make up to `limit` of a subscription's deliveries given up for good (failed, disabled), created at or after
        `since`, due now for one more attempt each (a further failure gives it up again: its attempts count on, so
        every outcome keeps its own id). Returns how many."""
        query = (
            select(Delivery.id)
            .where(Delivery.subscription_id == subscription_id)
            .where(Delivery.status.in_(GIVEN_UP))
            .order_by(Delivery.created_at, Delivery.id)
            .limit(limit)
        )
        if since is not None:
            query = query.where(Delivery.created_at >= since)
        async with self.sessions.begin() as session:
            await lock_for_writing(session)
            ids = list((await session.scalars(query)).all())
            if ids:
                await session.execute(
                    update(Delivery)
                    .where(Delivery.id.in_(ids))
                    .values(status="pending", next_attempt_at=now, lease_until=None, updated_at=now)
                )
        return len(ids)

    async def history(
        self,
        subscription_id: str,
        *,
        limit: int,
        before: tuple[dt.datetime, str] | None = None,
        status: str | None = None,
    ) -> list[tuple[Delivery, list[DeliveryAttempt]]]:
        """A subscription's deliveries with their attempts, newest first (ties by id, descending); `before` is the
        (created_at, id) of the last one already seen, so pages never skip or repeat a delivery."""
        query = select(Delivery).where(Delivery.subscription_id == subscription_id)
        if status is not None:
            query = query.where(Delivery.status == status)
        if before is not None:
            created, last_id = before
            query = query.where(
                or_(Delivery.created_at < created, and_(Delivery.created_at == created, Delivery.id < last_id))
            )
        async with self.sessions() as session:
            rows = (
                await session.scalars(query.order_by(Delivery.created_at.desc(), Delivery.id.desc()).limit(limit))
            ).all()
            attempts = (
                await session.scalars(
                    select(DeliveryAttempt)
                    .where(DeliveryAttempt.delivery_id.in_([r.id for r in rows]))
                    .order_by(DeliveryAttempt.attempt)
                )
            ).all()
        by_delivery: dict[str, list[DeliveryAttempt]] = {}
        for attempt in attempts:
            by_delivery.setdefault(attempt.delivery_id, []).append(attempt)
        return [(r, by_delivery.get(r.id, [])) for r in rows]

    @staticmethod
    async def _track_failures(
        session: AsyncSession, sub: Subscription, decision: Decision, now: dt.datetime, limit: dt.timedelta
    ) -> str | None:
        if not decision.failed:
            sub.first_failure_at = None
            return None
        if sub.first_failure_at is None:
            sub.first_failure_at = now
        if decision.disable_reason:
            return decision.disable_reason
        if failing_too_long(sub.first_failure_at, now, limit):
            return f"deliveries failing continuously since {sub.first_failure_at.isoformat()}"
        return None


def delivery_record(row: Delivery) -> dict[str, Any]:
    """The JSON record of a delivery as dead-lettered and listed by the API."""
    return {
        "id": row.id,
        "alert_id": row.alert_id,
        "subscription_id": row.subscription_id,
        "channel": row.channel,
        "status": row.status,
        "attempts": row.attempts,
        "last_http_status": row.last_http_status,
        "last_error": row.last_error,
        "created_at": row.created_at.isoformat(),
        "alert": row.payload,
    }


MAIL_SPACING = dt.timedelta(minutes=1)  # between two mails to one immediate email subscription, at least
DIGEST_MAX = 200  # alerts in one digest mail at most (about 500 kB); a bigger digest goes out in several mails
CLAIM_SCAN = 8  # due rows read per free slot, to find that many distinct subscriptions behind one's backlog


async def _spaced_out(session: AsyncSession, subscription_id: str, now: dt.datetime) -> bool:
    """Whether an immediate email subscription had a mail within MAIL_SPACING: then its open alerts wait for the
    minute's end and go together. A feed that published 200 reports at once sent 200 mails to every subscriber (17 to
    23 for 50 when only those due at one claim went together), burying the one that mattered; the first alert of a
    quiet spell still goes at once."""
    last = await session.scalar(
        select(func.max(Delivery.delivered_at))
        .where(Delivery.subscription_id == subscription_id)
        .where(Delivery.channel == "email")
        .where(Delivery.delivered_at > now - MAIL_SPACING)
    )
    if last is None:
        return False
    await session.execute(
        update(Delivery)
        .where(Delivery.subscription_id == subscription_id)
        .where(Delivery.channel == "email")
        .where(Delivery.digest_bucket.is_(None))
        .where(Delivery.status.in_(OPEN))
        .where(Delivery.next_attempt_at < last + MAIL_SPACING)
        .values(next_attempt_at=last + MAIL_SPACING)
    )
    return True


def _rest_of_mail(first: Delivery, seen: Collection[str], now: dt.datetime) -> Any:
    """The due alerts that go in one mail with `first`: the rest of its digest, or an immediate email subscription's
    other alerts due now. Oldest first, DIGEST_MAX in all: the rest make the next mail (an hourly digest of 360
    alerts was one 919 kB mail; past a relay's size limit, a 552 would fail every alert in it for good)."""
    if first.digest_bucket:
        same_mail = Delivery.digest_bucket == first.digest_bucket
    else:
        same_mail = and_(Delivery.channel == "email", Delivery.digest_bucket.is_(None))
    return (
        _due(now)
        .where(Delivery.subscription_id == first.subscription_id)
        .where(same_mail)
        .where(Delivery.id.not_in(seen))
        .order_by(Delivery.created_at, Delivery.id)
        .limit(DIGEST_MAX - 1)
    )


def _due(now: dt.datetime) -> Any:
    return (
        select(Delivery)
        .where(Delivery.status.in_(OPEN))
        .where(Delivery.next_attempt_at <= now)
        .where(or_(Delivery.lease_until.is_(None), Delivery.lease_until <= now))
    )


def _locked(session: AsyncSession, query: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return query.with_for_update(skip_locked=True)
    return query


def _insert_ignoring_duplicates(session: AsyncSession, rows: list[dict[str, Any]]) -> Any:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(Delivery).values(rows).on_conflict_do_nothing(index_elements=["alert_id", "subscription_id"])


def _row(
    alert: AlertClassifiedEvent, payload: dict[str, Any], sub_id: str, channel: str, digest: str, now: dt.datetime
) -> dict[str, Any]:
    bucket = bucket_for(digest if channel == "email" else "immediate", alert.data.severity, now)
    return {
        "id": delivery_id(alert.id, sub_id),
        "alert_id": alert.id,
        "subscription_id": sub_id,
        "channel": channel,
        "severity": alert.data.severity,
        "payload": payload,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": bucket.due_at if bucket else now,
        "lease_until": None,
        "digest_bucket": bucket.label if bucket else None,
        "created_at": now,
        "updated_at": now,
    }


async def _disable_open(session: AsyncSession, sub_id: str, now: dt.datetime, reason: str) -> list[DeliveryOutcome]:
    rows = (
        await session.scalars(
            select(Delivery).where(Delivery.subscription_id == sub_id).where(Delivery.status.in_(OPEN))
        )
    ).all()
    for row in rows:
        row.status, row.lease_until, row.last_error, row.updated_at = "disabled", None, reason, now
    return [_outcome(r) for r in rows]


def _report(
    session: AsyncSession, kind: str, payload: dict[str, Any], now: dt.datetime, *, reason: str | None = None
) -> None:
    session.add(PendingReport(kind=kind, payload=payload, reason=reason, attempts=0, created_at=now))


def _outcome(row: Delivery) -> DeliveryOutcome:
    return DeliveryOutcome(
        alert_id=row.alert_id,
        subscription_id=row.subscription_id,
        channel=row.channel,
        attempt=max(row.attempts, 1),
        status=row.status,
        http_status=row.last_http_status,
        error=row.last_error,
    )
