"""Several workers, expired leases and crashing deliveries: every delivery is settled once, by its lease holder."""

import asyncio
import contextlib
import datetime as dt
import random
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.notifier.fakes import (
    MAILER,
    NOW,
    Clock,
    Db,
    FakeEmail,
    FakeReporter,
    FakeWebhooks,
    make_alert,
    make_mail_worker,
    make_worker,
    open_db,
)
from tocsin_notifier.database import make_engine
from tocsin_notifier.delivery import DeliveryPolicy, DeliveryWorker
from tocsin_notifier.models import Delivery
from tocsin_notifier.outcomes import Decision
from tocsin_notifier.retry import SendResult
from tocsin_notifier.routing import Filters
from tocsin_notifier.store import NewSubscription

LEASE = dt.timedelta(minutes=5)
SECRET = "whsec_" + "A" * 44


async def webhook_subscription(db: Db, n: int = 0) -> str:
    new = NewSubscription("webhook", f"https://example.org/hook/{n}", Filters())
    return (await db.subscriptions.create(new, secret=SECRET, now=NOW)).subscription.id


class GatedWebhooks(FakeWebhooks):
    """The first call blocks until `release` is set, then answers `first`; later calls succeed at once."""

    def __init__(self, first: SendResult) -> None:
        super().__init__()
        self.first, self.entered, self.release = first, asyncio.Event(), asyncio.Event()

    async def send(
        self,
        url: str,
        *,
        msg_id: str,
        body: bytes,
        secrets: Sequence[str],
        timestamp: dt.datetime | None = None,
    ) -> SendResult:
        if self.calls:
            return await super().send(url, msg_id=msg_id, body=body, secrets=secrets)
        await super().send(url, msg_id=msg_id, body=body, secrets=secrets)
        self.entered.set()
        await self.release.wait()
        return self.first


async def test_late_settle_after_the_lease_ran_out_changes_nothing(db: Db) -> None:
    """A worker whose lease expired mid-send drops its result; the new lease holder's outcome stands."""
    sub_id = await webhook_subscription(db)
    await db.outbox.record(make_alert(key="race"), now=NOW)
    clock, reporter = Clock(), FakeReporter()
    slow = GatedWebhooks(SendResult(ok=False, retryable=False, http_status=400, error="HTTP 400"))
    worker_a = make_worker(db, webhooks=slow, email=FakeEmail(), reporter=reporter, clock=clock)
    worker_b = make_worker(db, webhooks=FakeWebhooks(), email=FakeEmail(), reporter=reporter, clock=clock)
    task = asyncio.create_task(worker_a.run_once())
    await slow.entered.wait()
    clock.advance(seconds=LEASE.total_seconds() + 1)
    assert await worker_b.run_once() == 1
    slow.release.set()
    await task
    ((delivery, attempts),) = await db.outbox.history(sub_id, limit=5)
    assert (delivery.status, delivery.attempts) == ("delivered", 1)
    assert [a.outcome for a in attempts] == ["delivered"]
    assert [o.status for o in reporter.outcomes] == ["delivered"]
    assert reporter.dead == []


async def test_settle_with_a_stale_lease_reports_the_delivery_lost(db: Db) -> None:
    """Settling rows claimed under a lease another claim replaced records no attempt and says so."""
    await webhook_subscription(db)
    await db.outbox.record(make_alert(key="stale"), now=NOW)
    first = await db.outbox.claim_due(NOW, limit=8, lease=LEASE)
    later = NOW + LEASE + dt.timedelta(seconds=1)
    second = await db.outbox.claim_due(later, limit=8, lease=LEASE)
    assert [r.id for r in first] == [r.id for r in second]
    settled = await db.outbox.settle(
        first, Decision("failed", error="late"), now=later, disable_after=dt.timedelta(days=5)
    )
    assert (settled.lost, settled.outcomes) == ([first[0].id], [])
    kept = await db.outbox.settle(second, Decision("delivered"), now=later, disable_after=dt.timedelta(days=5))
    assert (kept.lost, [o.status for o in kept.outcomes]) == ([], ["delivered"])


async def test_concurrent_claims_from_separate_engines_never_overlap(tmp_path: Path) -> None:
    """Four processes' worth of SQLite connections claiming at once never lease the same delivery twice."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'claims.db'}"
    async with open_db(url) as db:
        for n in range(10):
            await webhook_subscription(db, n)
        others = [open_db(url) for _ in range(4)]
        dbs = [await o.__aenter__() for o in others]
        try:
            claimed: list[str] = []
            for round_ in range(10):
                await db.outbox.record(make_alert(key=f"claim-{round_}"), now=NOW)
                results = await asyncio.gather(*(d.outbox.claim_due(NOW, limit=32, lease=LEASE) for d in dbs))
                rows = [row for rows in results for row in rows]
                claimed += [row.id for row in rows]
                for row in rows:  # a subscription with a leased delivery is claimed by no one until it settles
                    await db.outbox.settle([row], Decision("delivered"), now=NOW, disable_after=dt.timedelta(days=5))
            assert len(claimed) == 100
            assert len(set(claimed)) == len(claimed)
        finally:
            for o in others:
                await o.__aexit__()


async def test_concurrent_mail_claims_from_separate_engines_never_overlap(tmp_path: Path) -> None:
    """Mail claims are exclusive across SQLite connections too."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'mails.db'}"
    async with open_db(url) as db:
        for n in range(40):
            await db.subscriptions.create(
                NewSubscription("email", f"user{n}@example.org", Filters()), secret=None, now=NOW
            )
        others = [open_db(url) for _ in range(4)]
        dbs = [await o.__aenter__() for o in others]
        try:
            later = NOW + dt.timedelta(hours=1)  # past the lease each mail was queued with
            results = await asyncio.gather(*(d.mails.claim_due(later, limit=8, lease=LEASE) for d in dbs * 3))
            claimed = [row.id for rows in results for row in rows]
            assert len(claimed) == 40
            assert len(set(claimed)) == len(claimed)
        finally:
            for o in others:
                await o.__aexit__()


async def test_mail_settle_with_a_stale_lease_changes_nothing(db: Db) -> None:
    """A mail worker that outlived its lease cannot overwrite the outcome of the worker that took over."""
    created = await db.subscriptions.create(
        NewSubscription("email", "ada@example.org", Filters()), secret=None, now=NOW
    )
    later = NOW + dt.timedelta(hours=1)
    (first,) = await db.mails.claim_due(later, limit=8, lease=LEASE)
    (second,) = await db.mails.claim_due(later + LEASE + LEASE, limit=8, lease=LEASE)
    common = {"now": later, "attempted": True, "next_at": None, "error": None}
    assert await db.mails.settle(second.id, "sent", lease_until=second.lease_until, **common)  # type: ignore[arg-type]
    assert not await db.mails.settle(first.id, "failed", lease_until=first.lease_until, **common)  # type: ignore[arg-type]
    (row,) = await db.mails.listing(created.subscription.id)
    assert (row.status, row.attempts) == ("sent", 1)


async def test_a_mail_that_cannot_be_composed_fails_instead_of_looping(db: Db, monkeypatch: pytest.MonkeyPatch) -> None:
    """A mail whose composition raises is settled failed once, not retried every lease."""
    created = await db.subscriptions.create(
        NewSubscription("email", "ada@example.org", Filters()), secret=None, now=NOW
    )
    clock = Clock(NOW + dt.timedelta(hours=1))
    worker = make_mail_worker(db, email=FakeEmail(), clock=clock)

    def broken(**_: object) -> None:
        raise RuntimeError("template missing")

    monkeypatch.setattr(worker.mail, "confirmation", broken)
    assert await worker.run_once() == 1
    clock.advance(hours=1)
    assert await worker.run_once() == 0
    (row,) = await db.mails.listing(created.subscription.id)
    assert (row.status, row.attempts, row.last_error) == ("failed", 1, "internal error: RuntimeError")


class CrashingWebhooks(FakeWebhooks):
    """A channel with a bug: every send raises (as encoding a lone surrogate once did)."""

    async def send(
        self,
        url: str,
        *,
        msg_id: str,
        body: bytes,
        secrets: Sequence[str],
        timestamp: dt.datetime | None = None,
    ) -> SendResult:
        await super().send(url, msg_id=msg_id, body=body, secrets=secrets)
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")


async def test_a_delivery_that_crashes_is_dead_lettered_once(db: Db) -> None:
    """A delivery whose sending raises is settled failed, dead-lettered and reported once, never looped."""
    sub_id = await webhook_subscription(db)
    assert await db.outbox.record(make_alert(key="crash"), now=NOW) == 1
    clock, reporter, hooks = Clock(), FakeReporter(), CrashingWebhooks()
    worker = make_worker(db, webhooks=hooks, email=FakeEmail(), reporter=reporter, clock=clock)
    assert await worker.run_once() == 1
    clock.advance(hours=1)
    assert await worker.run_once() == 0
    ((delivery, attempts),) = await db.outbox.history(sub_id, limit=5)
    assert (delivery.status, delivery.attempts, len(attempts)) == ("failed", 1, 1)
    assert delivery.last_error is not None
    assert delivery.last_error.startswith("internal error: UnicodeEncodeError")
    assert [o.status for o in reporter.outcomes] == ["failed"]
    assert len(reporter.dead) == 1
    assert len(hooks.calls) == 1


async def test_a_round_claims_no_more_groups_than_it_can_send_at_once(db: Db) -> None:
    """With 2 slots a round leases 2 deliveries, so none waits for a slot while its lease runs out."""
    for n in range(5):
        await webhook_subscription(db, n)
    await db.outbox.record(make_alert(key="slots"), now=NOW)
    policy = DeliveryPolicy(schedule=(dt.timedelta(0),), disable_after=dt.timedelta(days=5), concurrency=2)
    worker = DeliveryWorker(
        db.subscriptions,
        db.outbox,
        webhooks=FakeWebhooks(),
        email=FakeEmail(),
        mail=MAILER,
        reporter=FakeReporter(),
        policy=policy,
        clock=Clock(),
        rng=random.Random(0),
    )
    assert [await worker.run_once() for _ in range(4)] == [2, 2, 1, 0]


async def test_sqlite_commits_are_durable_with_synchronous_full(tmp_path: Path) -> None:
    """SQLite runs with synchronous=FULL (2): a settled delivery survives a power loss."""
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'sync.db'}")
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA synchronous"))).scalar_one() == 2
    finally:
        await engine.dispose()


def _real_time_worker(db: Db, webhooks: FakeWebhooks, lease: dt.timedelta) -> DeliveryWorker:
    return DeliveryWorker(
        db.subscriptions,
        db.outbox,
        webhooks=webhooks,
        email=FakeEmail(),
        mail=MAILER,
        reporter=FakeReporter(),
        policy=DeliveryPolicy(schedule=(dt.timedelta(0), dt.timedelta(seconds=5)), disable_after=LEASE, lease=lease),
        rng=random.Random(0),
    )


async def test_a_send_longer_than_its_lease_keeps_it_and_a_crashed_one_frees_it_one_lease_later(db: Db) -> None:
    """A fixed 5-minute lease held a crashed replica's subscriptions (and their 5 s retries) for 5 minutes. The
    lease is now short and renewed while the send lasts: no other worker takes a delivery being sent however long
    the send, and one whose worker died is free again one lease later."""
    lease = dt.timedelta(seconds=0.6)
    now = dt.datetime.now(dt.UTC)
    await db.subscriptions.create(
        NewSubscription("webhook", "https://example.org/hook", Filters()),
        secret=SECRET,
        now=now - dt.timedelta(minutes=1),
    )
    await db.outbox.record(make_alert(key="long-send", time=now), now=now)
    slow = GatedWebhooks(SendResult(ok=True, retryable=False, http_status=204))
    sending = asyncio.create_task(_real_time_worker(db, slow, lease).run_once())
    await slow.entered.wait()
    other = FakeWebhooks()
    for _ in range(4):  # two whole leases and more pass while the first worker still sends
        await asyncio.sleep(lease.total_seconds() / 2)
        assert await _real_time_worker(db, other, lease).run_once() == 0
    slow.release.set()
    assert await sending == 1
    assert other.calls == []
    (claimed,) = [row async for row in _delivered(db)]
    assert (claimed.status, claimed.attempts) == ("delivered", 1)
    # a worker that dies mid-send stops renewing: its claim ends one lease later
    await db.outbox.record(make_alert(key="crash", time=now), now=dt.datetime.now(dt.UTC))
    crashed = GatedWebhooks(SendResult(ok=True, retryable=False, http_status=204))
    dying = asyncio.create_task(_real_time_worker(db, crashed, lease).run_once())
    await crashed.entered.wait()
    dying.cancel()  # killed: no settle, no renewal
    with contextlib.suppress(asyncio.CancelledError):
        await dying
    await asyncio.sleep(lease.total_seconds() * 1.5)
    assert await _real_time_worker(db, other, lease).run_once() == 1
    assert len(other.calls) == 1


async def _delivered(db: Db) -> AsyncIterator[Delivery]:
    async with db.subscriptions.sessions() as session:
        for row in (await session.scalars(select(Delivery))).all():
            yield row
