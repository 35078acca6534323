"""The running worker keeps its slots busy: a target that does not answer holds one slot, at most one send per
subscription is in flight, the other subscribers' alerts go out meanwhile, and stopping finishes the sends in flight.
"""

import asyncio
import contextlib
import datetime as dt
from collections import Counter
from collections.abc import AsyncIterator, Sequence

import pytest

from tests.notifier.fakes import MAILER, NOW, Clock, Db, FakeEmail, FakeReporter, FakeWebhooks, make_alert
from tests.notifier.test_worker_races import webhook_subscription
from tocsin_notifier import delivery
from tocsin_notifier.delivery import DeliveryPolicy, DeliveryWorker
from tocsin_notifier.retry import SendResult
from tocsin_schemas import DeliveryOutcome

SLOW = "https://example.org/hook/0"
WAIT = 30.0  # seconds a test waits for something that should happen at once, before it fails


class HangingTarget(FakeWebhooks):
    """Sends to SLOW wait until `release` is set; every other send succeeds at once. Counts sends per URL and how
    many to SLOW were in flight together at most."""

    def __init__(self) -> None:
        super().__init__()
        self.release = asyncio.Event()
        self.sent: Counter[str] = Counter()
        self.changed = asyncio.Event()
        self.slow_in_flight = self.most_slow_in_flight = 0

    async def send(
        self,
        url: str,
        *,
        msg_id: str,
        body: bytes,
        secrets: Sequence[str],
        timestamp: dt.datetime | None = None,
    ) -> SendResult:
        self.sent[url] += 1
        self.changed.set()
        if url == SLOW:
            self.slow_in_flight += 1
            self.most_slow_in_flight = max(self.most_slow_in_flight, self.slow_in_flight)
            try:
                await self.release.wait()
            finally:
                self.slow_in_flight -= 1
        return await super().send(url, msg_id=msg_id, body=body, secrets=secrets)

    async def until(self, url: str, count: int) -> None:
        """Return once `url` has been sent to `count` times (fails the test after WAIT seconds)."""

        async def reached() -> None:
            while self.sent[url] < count:
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(reached(), WAIT)


@contextlib.asynccontextmanager
async def running(
    db: Db, hooks: HangingTarget, reporter: FakeReporter, concurrency: int
) -> AsyncIterator[asyncio.Event]:
    """The worker's `run` in the background; yields its wake event; on exit releases the target and stops it."""
    stop, wake = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(worker_over(db, hooks, reporter, concurrency).run(stop, wake, poll_interval=60))
    try:
        yield wake
    finally:
        hooks.release.set()
        stop.set()
        await asyncio.wait_for(task, WAIT)


def worker_over(db: Db, hooks: HangingTarget, reporter: FakeReporter, concurrency: int) -> DeliveryWorker:
    policy = DeliveryPolicy(schedule=(dt.timedelta(0),), disable_after=dt.timedelta(days=5), concurrency=concurrency)
    return DeliveryWorker(
        db.subscriptions,
        db.outbox,
        webhooks=hooks,
        email=FakeEmail(),
        mail=MAILER,
        reporter=reporter,
        policy=policy,
        clock=Clock(NOW),
    )


async def test_a_target_that_does_not_answer_holds_up_no_other_subscriber(db: Db) -> None:
    """With 2 slots, while the slow target's first send hangs, the fast subscribers get all 5 alerts."""
    for n in range(3):
        await webhook_subscription(db, n)
    for key in range(5):
        await db.outbox.record(make_alert(key=f"fair-{key}"), now=NOW)
    hooks, reporter = HangingTarget(), FakeReporter()
    async with running(db, hooks, reporter, concurrency=2):
        await hooks.until("https://example.org/hook/1", 5)
        await hooks.until("https://example.org/hook/2", 5)
        assert hooks.sent[SLOW] == 1  # one send per subscription in flight: the rest of its alerts wait their turn
        hooks.release.set()
        await hooks.until(SLOW, 5)
    assert hooks.most_slow_in_flight == 1
    assert sorted(hooks.sent.values()) == [5, 5, 5]
    assert [o.status for o in reporter.outcomes] == ["delivered"] * 15


async def test_stopping_finishes_the_sends_in_flight(db: Db) -> None:
    """A stop while a send hangs waits for it, settles it and publishes its outcome: nothing is left half done."""
    await webhook_subscription(db, 0)
    await db.outbox.record(make_alert(key="stop"), now=NOW)
    hooks, reporter = HangingTarget(), FakeReporter()
    stop, wake = asyncio.Event(), asyncio.Event()
    running = asyncio.create_task(worker_over(db, hooks, reporter, concurrency=2).run(stop, wake, poll_interval=60))
    await hooks.until(SLOW, 1)
    stop.set()
    await asyncio.sleep(0)
    assert not running.done()
    hooks.release.set()
    await asyncio.wait_for(running, WAIT)
    assert [o.status for o in reporter.outcomes] == ["delivered"]


async def test_a_wake_up_claims_new_deliveries_while_a_send_hangs(db: Db) -> None:
    """An alert recorded while every earlier send is still in flight goes out when the worker is woken."""
    for n in range(2):
        await webhook_subscription(db, n)
    await db.outbox.record(make_alert(key="first"), now=NOW)
    hooks, reporter = HangingTarget(), FakeReporter()
    async with running(db, hooks, reporter, concurrency=4) as wake:
        await hooks.until("https://example.org/hook/1", 1)
        await db.outbox.record(make_alert(key="second"), now=NOW)
        wake.set()
        await hooks.until("https://example.org/hook/1", 2)
        assert hooks.sent[SLOW] == 1
        hooks.release.set()
        await hooks.until(SLOW, 2)


async def test_a_slow_subscription_with_many_alerts_due_gets_one_send_at_a_time(db: Db) -> None:
    """Free slots are not all given to one subscription's backlog: a slow receiver sees one request at a time."""
    await webhook_subscription(db, 0)
    for key in range(5):
        await db.outbox.record(make_alert(key=f"backlog-{key}"), now=NOW)
    hooks, reporter = HangingTarget(), FakeReporter()
    async with running(db, hooks, reporter, concurrency=4):
        await hooks.until(SLOW, 1)
        await asyncio.sleep(0.2)  # room for a wrongly claimed second send to start
        assert hooks.slow_in_flight == 1
        hooks.release.set()
        await hooks.until(SLOW, 5)
    assert hooks.most_slow_in_flight == 1
    assert [o.status for o in reporter.outcomes] == ["delivered"] * 5


SLOW_FIRST_SEND_S = 2.0  # how long the slow receivers take to answer their first send


class SlowThenHanging(HangingTarget):
    """hook/0 to hook/3 answer their first send after a pause (so they are known slow), then hang until `release`;
    hook/4 answers at once."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    async def send(
        self,
        url: str,
        *,
        msg_id: str,
        body: bytes,
        secrets: Sequence[str],
        timestamp: dt.datetime | None = None,
    ) -> SendResult:
        if url != FAST and url not in self.seen:
            self.seen.add(url)
            await asyncio.sleep(SLOW_FIRST_SEND_S)
            self.sent[url] += 1
            self.changed.set()
            return await FakeWebhooks.send(self, url, msg_id=msg_id, body=body, secrets=secrets)
        if url == FAST:
            return await super().send(url, msg_id=msg_id, body=body, secrets=secrets)
        self.sent[url] += 1
        self.changed.set()
        await self.release.wait()
        return await FakeWebhooks.send(self, url, msg_id=msg_id, body=body, secrets=secrets)


FAST = "https://example.org/hook/4"


async def test_slow_subscriptions_never_hold_every_slot(db: Db, monkeypatch: pytest.MonkeyPatch) -> None:
    """Four slow receivers and four slots: one slot stays for the others, so a fast subscriber gets all its alerts
    while the slow ones hang (they held every slot, and everyone waited for them)."""
    # Far apart: a fast send's settling, a few database writes, took over 0.1 s on a loaded machine, and the fast
    # subscriber, counted slow, waited for the hanging ones.
    monkeypatch.setattr(delivery, "SLOW_SEND_S", SLOW_FIRST_SEND_S / 2)
    for n in range(5):
        await webhook_subscription(db, n)
    for key in range(3):
        await db.outbox.record(make_alert(key=f"slow-{key}"), now=NOW)
    hooks, reporter = SlowThenHanging(), FakeReporter()
    async with running(db, hooks, reporter, concurrency=4):
        await hooks.until(FAST, 3)
        assert sum(hooks.sent[f"https://example.org/hook/{n}"] for n in range(4)) <= 4 + 3  # 3 slow ones hang
    assert hooks.sent[FAST] == 3


class HangingReporter(FakeReporter):
    """Kafka that does not answer until `release` is set: every publication waits for it."""

    def __init__(self) -> None:
        super().__init__()
        self.release = asyncio.Event()

    async def outcome(self, outcome: DeliveryOutcome) -> None:
        await self.release.wait()
        await super().outcome(outcome)


async def test_kafka_not_answering_holds_up_no_send(db: Db, monkeypatch: pytest.MonkeyPatch) -> None:
    """While Kafka was down no webhook or mail went out at all (each round waited on the outcome's publication): the
    sends go on, the outcomes wait in the database, and all of them are published once Kafka answers."""
    monkeypatch.setattr(delivery, "REPORT_TIMEOUT_S", 0.2)
    for n in range(1, 3):
        await webhook_subscription(db, n)
    await db.outbox.record(make_alert(key="before"), now=NOW)
    hooks, reporter = HangingTarget(), HangingReporter()
    async with running(db, hooks, reporter, concurrency=2) as wake:
        await hooks.until("https://example.org/hook/1", 1)
        for key in range(3):
            await db.outbox.record(make_alert(key=f"during-{key}"), now=NOW)
            wake.set()
        await hooks.until("https://example.org/hook/1", 4)
        await hooks.until("https://example.org/hook/2", 4)
        assert reporter.outcomes == []  # Kafka still silent: nothing published, every send made
        reporter.release.set()
    assert sorted(o.status for o in reporter.outcomes) == ["delivered"] * 8


async def test_a_publication_kafka_has_not_acknowledged_is_awaited_not_sent_again(
    db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each round that timed out sent the head outcome again, and the producer delivered every copy once Kafka came
    back (nine of one outcome in a 90 s outage): the first publication is awaited, nothing after it goes first."""
    monkeypatch.setattr(delivery, "REPORT_TIMEOUT_S", 0.05)
    await webhook_subscription(db, 1)
    for key in range(3):
        await db.outbox.record(make_alert(key=f"queued-{key}"), now=NOW)
    hooks, reporter = HangingTarget(), HangingReporter()
    calls: list[str] = []
    publish = reporter.outcome

    async def counted(outcome: DeliveryOutcome) -> None:
        calls.append(outcome.alert_id)
        await publish(outcome)

    monkeypatch.setattr(reporter, "outcome", counted)
    worker = worker_over(db, hooks, reporter, concurrency=2)
    for _ in range(3):  # three sends, one at a time per subscription: three outcomes queued
        await worker.run_once()
    for _ in range(3):  # Kafka silent: rounds time out
        assert await worker.publish_reports() == 0
    assert len(calls) == 1  # the head outcome was handed to the producer once, and is awaited since
    reporter.release.set()
    await asyncio.sleep(0)
    assert await worker.publish_reports() == 3
    assert len(calls) == 3 == len(set(calls)) == len(reporter.outcomes)
