"""Queue depths for operators: open deliveries, queued mail and reports, read from the database.

`measure` runs a handful of COUNT/MIN queries served by the status indexes; `BacklogMonitor` runs it every
REFRESH_SECONDS in a loop of its own next to the workers (so the gauges keep moving while a round is stuck
on slow receivers, when the backlog matters most) and publishes the result as the gauges in metrics.py.
"""

import asyncio
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, or_, select

from tocsin_notifier.database import Sessions
from tocsin_notifier.metrics import DELIVERIES_OPEN, DUE_LAG, MAILS_PENDING, OLDEST_OPEN_AGE, REPORTS_PENDING
from tocsin_notifier.models import Delivery, OutgoingMail, PendingReport
from tocsin_notifier.outbox import OPEN
from tocsin_notifier.rounds import run_periodically

REFRESH_SECONDS = 5.0
# Label values always exported (at 0 when empty), so a dashboard never sees a series vanish.
CHANNELS = ("webhook", "email")
STATES = ("due", "scheduled", "in_flight")
MAIL_KINDS = ("confirmation", "contact_confirmation", "disabled_notice", "settings_notice")
REPORT_KINDS = ("outcome", "dead_letter")


@dataclass(frozen=True)
class Backlog:
    """What is waiting at one instant; datetimes are None when nothing waits."""

    deliveries: dict[tuple[str, str], int] = field(default_factory=dict)  # (channel, state) -> count
    oldest_open_at: dt.datetime | None = None  # created_at of the oldest open delivery
    oldest_due_at: dt.datetime | None = None  # next_attempt_at of the longest-waiting due one
    mails: dict[str, int] = field(default_factory=dict)  # pending mail by kind
    reports: dict[str, int] = field(default_factory=dict)  # unpublished reports by kind


async def measure(sessions: Sessions, now: dt.datetime) -> Backlog:
    """Count open deliveries by channel and state, pending mail and reports; find the oldest waiting ones."""
    open_ = Delivery.status.in_(OPEN)
    leased = and_(Delivery.lease_until.is_not(None), Delivery.lease_until > now)
    state = case((leased, "in_flight"), (Delivery.next_attempt_at <= now, "due"), else_="scheduled")
    # Grouped through a subquery: PostgreSQL cannot match a CASE with bound values in SELECT and GROUP BY.
    states = select(Delivery.channel.label("channel"), state.label("state")).where(open_).subquery()
    due = and_(open_, Delivery.next_attempt_at <= now, or_(Delivery.lease_until.is_(None), Delivery.lease_until <= now))
    async with sessions() as session:
        counts = await session.execute(
            select(states.c.channel, states.c.state, func.count()).group_by(states.c.channel, states.c.state)
        )
        oldest_open = await session.scalar(select(func.min(Delivery.created_at)).where(open_))
        oldest_due = await session.scalar(select(func.min(Delivery.next_attempt_at)).where(due))
        mails = await session.execute(
            select(OutgoingMail.kind, func.count()).where(OutgoingMail.status == "pending").group_by(OutgoingMail.kind)
        )
        reports = await session.execute(select(PendingReport.kind, func.count()).group_by(PendingReport.kind))
        return Backlog(
            deliveries={(channel, st): int(n) for channel, st, n in counts},
            oldest_open_at=oldest_open,
            oldest_due_at=oldest_due,
            mails={kind: int(n) for kind, n in mails},
            reports={kind: int(n) for kind, n in reports},
        )


def publish(backlog: Backlog, now: dt.datetime) -> None:
    """Set the backlog gauges; every known label value is set, to 0 when nothing waits there."""
    deliveries = {(channel, state): 0 for channel in CHANNELS for state in STATES} | backlog.deliveries
    for (channel, state), count in deliveries.items():
        DELIVERIES_OPEN.labels(channel=channel, state=state).set(count)
    OLDEST_OPEN_AGE.set(_seconds_since(backlog.oldest_open_at, now))
    DUE_LAG.set(_seconds_since(backlog.oldest_due_at, now))
    for kind, count in (dict.fromkeys(MAIL_KINDS, 0) | backlog.mails).items():
        MAILS_PENDING.labels(kind=kind).set(count)
    for kind, count in (dict.fromkeys(REPORT_KINDS, 0) | backlog.reports).items():
        REPORTS_PENDING.labels(kind=kind).set(count)


class BacklogMonitor:
    """Refreshes the backlog gauges from the database every `interval` seconds until stopped."""

    def __init__(
        self, sessions: Sessions, *, clock: Callable[[], dt.datetime], interval: float = REFRESH_SECONDS
    ) -> None:
        self.sessions, self.clock, self.interval = sessions, clock, interval

    async def refresh(self) -> Backlog:
        """Measure now and publish the gauges."""
        now = self.clock()
        backlog = await measure(self.sessions, now)
        publish(backlog, now)
        return backlog

    async def run(self, stop: asyncio.Event) -> None:
        """Refresh, then wait `interval` (or until `stop`); a failed refresh is logged and the gauges kept."""
        await run_periodically(self.refresh, stop, self.interval, failure_event="backlog_refresh_failed")


def _seconds_since(then: dt.datetime | None, now: dt.datetime) -> float:
    return max((now - then).total_seconds(), 0.0) if then is not None else 0.0
