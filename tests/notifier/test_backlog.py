"""Backlog gauges read from SQLite and a real PostgreSQL server: queue depths operators see on /metrics."""

import asyncio
import datetime as dt
from typing import Any

from prometheus_client import REGISTRY, generate_latest

from tests.notifier.fakes import NOW, AlertFactory, Clock, Db
from tocsin_notifier.backlog import Backlog, BacklogMonitor
from tocsin_notifier.outcomes import Decision
from tocsin_notifier.routing import Filters
from tocsin_notifier.subscription import NewSubscription

LEASE = dt.timedelta(minutes=5)
LATER = NOW + dt.timedelta(seconds=20)


def gauge(name: str, **labels: str) -> float | None:
    return REGISTRY.get_sample_value(name, labels)


def open_deliveries(channel: str, state: str) -> float | None:
    return gauge("tocsin_notifier_deliveries_open", channel=channel, state=state)


async def webhooks_and_a_daily_digest(db: Db) -> None:
    """Two webhook subscriptions and a confirmed email subscription with a daily digest (its mail still queued)."""
    for _ in range(2):
        await db.subscriptions.create(
            NewSubscription("webhook", "https://example.org/hook", Filters()), secret="whsec_a", now=NOW
        )
    created = await db.subscriptions.create(
        NewSubscription("email", "ada@example.org", Filters(), "daily"), secret=None, now=NOW
    )
    assert created.confirm_token
    await db.subscriptions.confirm(created.confirm_token, now=NOW)


async def test_gauges_count_open_deliveries_by_channel_and_state(db: Db, alert: AlertFactory) -> None:
    """Due, scheduled (digest) and leased deliveries, the oldest ages and the queued mail are all reported."""
    await webhooks_and_a_daily_digest(db)
    await db.outbox.record(alert(key="1", severity="medium"), now=NOW)
    await db.outbox.record(alert(key="2", severity="medium"), now=NOW + dt.timedelta(seconds=10))
    (claimed,) = await db.outbox.claim_due(LATER, limit=1, lease=LEASE)
    assert claimed.channel == "webhook"

    await BacklogMonitor(db.outbox.sessions, clock=Clock(LATER)).refresh()

    assert open_deliveries("webhook", "due") == 3
    assert open_deliveries("webhook", "in_flight") == 1
    assert open_deliveries("webhook", "scheduled") == 0
    assert open_deliveries("email", "scheduled") == 2  # waiting for tomorrow's digest
    assert open_deliveries("email", "due") == 0
    assert gauge("tocsin_notifier_deliveries_oldest_open_age_seconds") == 20
    assert gauge("tocsin_notifier_deliveries_due_lag_seconds") == 20
    assert gauge("tocsin_notifier_mails_pending", kind="confirmation") == 1
    assert gauge("tocsin_notifier_mails_pending", kind="disabled_notice") == 0
    assert gauge("tocsin_notifier_reports_pending", kind="outcome") == 0


async def test_settled_deliveries_leave_the_backlog_and_queue_reports(db: Db, alert: AlertFactory) -> None:
    """Once every delivery is settled the delivery gauges drop to zero and the outcomes wait for Kafka."""
    await db.subscriptions.create(
        NewSubscription("webhook", "https://example.org/hook", Filters()), secret="whsec_a", now=NOW
    )
    await db.outbox.record(alert(), now=NOW)
    monitor = BacklogMonitor(db.outbox.sessions, clock=Clock(LATER))
    await monitor.refresh()
    assert open_deliveries("webhook", "due") == 1
    claimed = await db.outbox.claim_due(LATER, limit=10, lease=LEASE)
    await db.outbox.settle(claimed, Decision("delivered"), now=LATER, disable_after=dt.timedelta(days=5))

    backlog = await monitor.refresh()

    assert backlog.deliveries == {}
    assert open_deliveries("webhook", "due") == open_deliveries("webhook", "in_flight") == 0
    assert gauge("tocsin_notifier_deliveries_oldest_open_age_seconds") == 0
    assert gauge("tocsin_notifier_deliveries_due_lag_seconds") == 0
    assert gauge("tocsin_notifier_reports_pending", kind="outcome") == 1
    assert gauge("tocsin_notifier_reports_pending", kind="dead_letter") == 0


class WatchedMonitor(BacklogMonitor):
    """A monitor that says when a refresh first saw one due webhook delivery."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.saw_one_due = asyncio.Event()

    async def refresh(self) -> Backlog:
        backlog = await super().refresh()
        if backlog.deliveries.get(("webhook", "due")) == 1:
            self.saw_one_due.set()
        return backlog


async def test_monitor_loop_refreshes_until_stopped(sqlite_db: Db, alert: AlertFactory) -> None:
    """The monitor's own loop picks up rows inserted while it runs, and returns once told to stop."""
    db, stop = sqlite_db, asyncio.Event()
    monitor = WatchedMonitor(db.outbox.sessions, clock=Clock(LATER), interval=0.01)
    task = asyncio.create_task(monitor.run(stop))
    await db.subscriptions.create(
        NewSubscription("webhook", "https://example.org/hook", Filters()), secret="whsec_a", now=NOW
    )
    await db.outbox.record(alert(key="loop"), now=NOW)
    await asyncio.wait_for(monitor.saw_one_due.wait(), timeout=10)
    assert open_deliveries("webhook", "due") == 1
    stop.set()
    await asyncio.wait_for(task, timeout=10)
    assert task.done()


def test_delivery_attempt_counters_are_exported_at_zero_before_the_first_attempt() -> None:
    """The alert rule on failed deliveries sees the first failure after a start as an increase."""
    exported = generate_latest().decode()
    for channel in ("webhook", "email"):
        for status in ("failed", "disabled"):
            assert f'tocsin_notifier_delivery_attempts_total{{channel="{channel}",status="{status}"}}' in exported
