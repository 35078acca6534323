"""Fakes, factories and helpers shared by the notifier tests (fixtures live in conftest.py)."""

import datetime as dt
import random
import socket
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tocsin_notifier.api import ApiContext
from tocsin_notifier.database import make_engine, make_sessions, migrate
from tocsin_notifier.delivery import DeliveryPolicy, DeliveryWorker
from tocsin_notifier.mail import Links, Mailer
from tocsin_notifier.mail_outbox import MailOutbox, MailPolicy, MailWorker
from tocsin_notifier.outbox import Outbox
from tocsin_notifier.readiness import Readiness
from tocsin_notifier.retry import SendResult
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.store import SubscriptionStore
from tocsin_notifier.unsubscribe_mail import UnsubscribeMailbox
from tocsin_schemas import (
    AlertClassified,
    AlertClassifiedEvent,
    ArrestReported,
    ArrestReportedEvent,
    DeliveryOutcome,
    Evidence,
    SourceHealth,
    SourceHealthEvent,
    TagScore,
    TreatyAction,
    TreatyActionEvent,
    TreatyCounts,
    TreatyMilestone,
    TreatyMilestoneEvent,
    event_id,
)

NOW = dt.datetime(2026, 11, 28, 12, 30, tzinfo=dt.UTC)


# --- PostgreSQL -------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def fresh_pg_database(server_url: str) -> str:
    """Create an empty database on the server and return its SQLAlchemy URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_async_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await engine.dispose()
    return server_url.rsplit("/", 1)[0] + f"/{name}"


# --- Fakes ------------------------------------------------------------------------------------------------


@dataclass
class WebhookCall:
    url: str
    msg_id: str
    body: bytes
    secrets: list[str]


@dataclass
class FakeWebhooks:
    """Answers with scripted results (default: delivered) and records every call."""

    results: list[SendResult] = field(default_factory=list)
    calls: list[WebhookCall] = field(default_factory=list)

    async def send(
        self,
        url: str,
        *,
        msg_id: str,
        body: bytes,
        secrets: Sequence[str],
        timestamp: dt.datetime | None = None,
    ) -> SendResult:
        self.calls.append(WebhookCall(url, msg_id, body, list(secrets)))
        return self.results.pop(0) if self.results else SendResult(ok=True, retryable=False, http_status=204)


@dataclass
class FakeEmail:
    """Accepts every message and keeps it."""

    sent: list[EmailMessage] = field(default_factory=list)
    results: list[SendResult] = field(default_factory=list)

    async def send(self, message: EmailMessage) -> SendResult:
        self.sent.append(message)
        return self.results.pop(0) if self.results else SendResult(ok=True, retryable=False)


@dataclass
class FakeReporter:
    """Keeps what it publishes; `failures` makes the next that many publications raise (Kafka down)."""

    outcomes: list[DeliveryOutcome] = field(default_factory=list)
    dead: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    failures: int = 0

    async def outcome(self, outcome: DeliveryOutcome) -> None:
        self._maybe_fail()
        self.outcomes.append(outcome)

    async def dead_letter(self, record: dict[str, Any], reason: str) -> None:
        self._maybe_fail()
        self.dead.append((record, reason))

    def _maybe_fail(self) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("broker unavailable")


class Clock:
    """A settable clock for the worker and stores."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


# --- Alerts -----------------------------------------------------------------------------------------------

AlertFactory = Callable[..., AlertClassifiedEvent]


def make_alert(
    *,
    key: str = "1",
    country: str | None = "VNM",
    tags: dict[str, float] | None = None,
    severity: str = "high",
    kind: str = "arrest",
    backfill: bool = False,
    relevance: float = 0.8,
    time: dt.datetime = NOW,
    participant: str = "Viet Nam",
) -> AlertClassifiedEvent:
    """A classified alert: an arrest report, a treaty action (`kind="treaty"`), a milestone (`"milestone"`: 40
    instruments, entry into force) or source health (`"health"`),
    detected and classified at `time` (a subscription receives only alerts classified after it was created)."""
    inner: Any
    if kind == "health":
        inner = SourceHealthEvent(
            id=event_id("tocsin.source.health", key),
            source="urn:tocsin:watcher",
            time=time,
            data=SourceHealth(
                source="https://treaties.un.org/", status="failing", failures=3, last_error="503", since=NOW
            ),
        )
    elif kind == "milestone":
        inner = TreatyMilestoneEvent(
            id=event_id("tocsin.treaty.milestone", key),
            source="urn:tocsin:watcher",
            time=time,
            data=TreatyMilestone(
                treaty="XVIII-16",
                kind="entry_into_force",
                instruments=40,
                entry_into_force_date=dt.date(2027, 2, 8),
            ),
        )
    elif kind == "treaty":
        inner = TreatyActionEvent(
            id=event_id("tocsin.treaty.action", key),
            source="urn:tocsin:watcher",
            time=time,
            data=TreatyAction(
                treaty="XVIII-16",
                participant=participant,
                country_code=country,
                action="ratification",
                action_date=dt.date(2026, 11, 27),
                backfill=backfill,
                counts=TreatyCounts(signatories=72, parties=3, toward_entry_into_force=3),
                source_url="https://treaties.un.org/",
                evidence=Evidence(content_sha256="0" * 64),
            ),
        )
    else:
        inner = ArrestReportedEvent(
            id=event_id("tocsin.arrest.reported", key),
            source="urn:tocsin:watcher",
            time=time,
            data=ArrestReported(
                title=f"Blogger arrested ({key})",
                summary="Arrested under article 117.",
                url=f"https://example.org/news/{key}",
                published_at=NOW,
                source="https://example.org/feed",
                country_code=country,
                language="en",
                matched_terms=["arrested"],
            ),
        )
    scores = tags if tags is not None else {"free-expression": 0.9}
    return AlertClassifiedEvent(
        id=event_id("tocsin.alert.classified", inner.id),
        source="urn:tocsin:classifier",
        time=time,
        data=AlertClassified(
            event=inner,
            tags=[TagScore(tag=t, confidence=c, evidence=["test"]) for t, c in scores.items()],
            relevance=relevance,
            severity=severity,
            needs_review=False,
            rationale="Test alert.",
        ),
    )


# --- Databases ---


@dataclass
class Db:
    """A migrated database with its stores."""

    url: str
    subscriptions: SubscriptionStore
    outbox: Outbox
    mails: MailOutbox


class open_db:
    def __init__(self, url: str) -> None:
        self.url, self.engine = url, make_engine(url)

    async def __aenter__(self) -> Db:
        await migrate(self.engine)
        sessions = make_sessions(self.engine)
        return Db(self.url, SubscriptionStore(sessions), Outbox(sessions), MailOutbox(sessions))

    async def __aexit__(self, *exc: object) -> None:
        await self.engine.dispose()


MAILER = Mailer(sender="Tocsin <alerts@example.org>", links=Links("https://tocsin.example"))
MAILBOX = UnsubscribeMailbox("unsubscribe@tocsin.example")
# The same, with an inbound SMTP endpoint reading MAILBOX: its emails also offer the mailto URI.
MAILTO_MAILER = Mailer(sender="Tocsin <alerts@example.org>", links=Links("https://tocsin.example", MAILBOX))


def make_mail_worker(
    db: Db, *, email: FakeEmail, clock: Clock, schedule: Sequence[float] = (0, 5, 300), mail: Mailer = MAILER
) -> MailWorker:
    """A mail worker over `db` with a fake SMTP channel, no jitter and a settable clock."""
    policy = MailPolicy(schedule=tuple(dt.timedelta(seconds=s) for s in schedule))
    return MailWorker(
        db.subscriptions, db.mails, email=email, mail=mail, policy=policy, clock=clock, rng=random.Random(0)
    )


def api_context(
    db: Db,
    settings: NotifierSettings,
    *,
    webhooks: FakeWebhooks,
    email: FakeEmail,
    resolver: Callable[[str, int], Awaitable[Sequence[str]]],
    clock: Callable[[], dt.datetime] | None = None,
    mailer: Mailer = MAILER,
) -> ApiContext:
    """What the API needs over `db`: fake channels, a mail worker sending at once, always ready."""

    async def ready() -> Readiness:
        return Readiness(database=True)

    worker = MailWorker(db.subscriptions, db.mails, email=email, mail=mailer, policy=MailPolicy((dt.timedelta(0),)))
    return ApiContext(
        settings=settings,
        subscriptions=db.subscriptions,
        outbox=db.outbox,
        webhooks=webhooks,
        email=email,
        mailer=mailer,
        mail_worker=worker,
        readiness=ready,
        clock=clock or (lambda: dt.datetime.now(dt.UTC)),
        resolver=resolver,
    )


def make_worker(
    db: Db,
    *,
    webhooks: FakeWebhooks,
    email: FakeEmail,
    reporter: FakeReporter,
    clock: Clock,
    schedule: Sequence[float] = (0, 5, 300),
    disable_after: dt.timedelta = dt.timedelta(days=5),
) -> DeliveryWorker:
    """A delivery worker over `db` with fake channels, no jitter and a settable clock."""
    return DeliveryWorker(
        db.subscriptions,
        db.outbox,
        webhooks=webhooks,
        email=email,
        mail=MAILER,
        reporter=reporter,
        policy=DeliveryPolicy(schedule=tuple(dt.timedelta(seconds=s) for s in schedule), disable_after=disable_after),
        clock=clock,
        rng=random.Random(0),
    )
