"""The delivery pipeline with fake channels: outbox -> worker -> outcomes, on SQLite and PostgreSQL."""

import asyncio
import datetime as dt

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from structlog.testing import capture_logs

from tests.notifier.fakes import (
    NOW,
    AlertFactory,
    Clock,
    Db,
    FakeEmail,
    FakeReporter,
    FakeWebhooks,
    make_alert,
    make_mail_worker,
    make_worker,
)
from tocsin_notifier.delivery import DeliveryWorker
from tocsin_notifier.errors import UnexpectedEventError
from tocsin_notifier.models import Delivery
from tocsin_notifier.outbox import delivery_id
from tocsin_notifier.pipeline import KafkaReporter, intake
from tocsin_notifier.retry import SendResult
from tocsin_notifier.routing import Filters
from tocsin_notifier.store import NewSubscription
from tocsin_runtime.consume import TRANSIENT, TransientError
from tocsin_runtime.deadletter import DeadLetters
from tocsin_schemas import Topic

RETRYABLE = SendResult(ok=False, retryable=True, http_status=503, error="HTTP 503")


class Rig:
    """A database, fake channels and a worker sharing one clock."""

    def __init__(self, db: Db, **worker_options: object) -> None:
        self.db, self.clock = db, Clock()
        self.webhooks, self.email, self.reporter = FakeWebhooks(), FakeEmail(), FakeReporter()
        self.worker: DeliveryWorker = make_worker(
            db,
            webhooks=self.webhooks,
            email=self.email,
            reporter=self.reporter,
            clock=self.clock,
            **worker_options,  # type: ignore[arg-type]
        )
        self.mail_worker = make_mail_worker(db, email=self.email, clock=self.clock)

    async def webhook(self, contact: str | None = None, **filters: object) -> str:
        new = NewSubscription("webhook", "https://example.org/hook", Filters(**filters), contact_email=contact)  # type: ignore[arg-type]
        created = await self.db.subscriptions.create(new, secret="whsec_" + "A" * 44, now=self.clock())
        token = await self.db.subscriptions.contact_token_for(created.subscription)
        if token:  # the contact address is confirmed by its owner before any notice goes there
            await self.db.subscriptions.confirm_contact(token, now=self.clock())
        return created.subscription.id

    async def email_sub(self, digest: str = "immediate") -> str:
        new = NewSubscription("email", "ada@example.org", Filters(), digest)
        created = await self.db.subscriptions.create(new, secret=None, now=self.clock())
        assert created.confirm_token
        await self.db.subscriptions.confirm(created.confirm_token, now=self.clock())
        return created.subscription.id

    async def record(self, alert: object) -> None:
        await self.db.outbox.record(alert, now=self.clock())  # type: ignore[arg-type]

    async def drain(self) -> None:
        """Run the delivery and mail workers until neither has anything due."""
        while await self.worker.run_once() + await self.mail_worker.run_once():
            pass

    async def deliveries(self) -> list[Delivery]:
        async with self.db.outbox.sessions() as session:
            return list((await session.scalars(select(Delivery))).all())


@pytest.fixture
def rig(db: Db) -> Rig:
    """The pipeline on SQLite and on PostgreSQL."""
    return Rig(db)


async def test_duplicate_alerts_never_deliver_twice(rig: Rig, alert: AlertFactory) -> None:
    """The same alert consumed twice is delivered once, with a webhook-id stable per alert x subscription."""
    sub_id = await rig.webhook()
    same = alert(key="dup")
    await rig.record(same)
    await rig.drain()
    await rig.record(same)
    await rig.drain()
    assert len(rig.webhooks.calls) == 1
    assert rig.webhooks.calls[0].msg_id == delivery_id(same.id, sub_id)
    assert [o.status for o in rig.reporter.outcomes] == ["delivered"]


async def test_webhook_body_is_the_structured_classified_event(rig: Rig, alert: AlertFactory) -> None:
    """The webhook body is the classified CloudEvent in structured JSON."""
    await rig.webhook()
    sample = alert()
    await rig.record(sample)
    await rig.drain()
    from tocsin_schemas import from_structured_json

    assert from_structured_json(rig.webhooks.calls[0].body) == sample


async def test_backfill_never_notifies(rig: Rig, alert: AlertFactory) -> None:
    """Treaty events found on a source's first read are recorded for no one."""
    await rig.webhook()
    await rig.record(alert(kind="treaty", backfill=True))
    await rig.drain()
    assert rig.webhooks.calls == []
    assert await rig.deliveries() == []


async def test_digest_groups_alerts_into_one_email(rig: Rig, alert: AlertFactory) -> None:
    """An hourly subscriber gets one email for all alerts of the hour, when the hour ends."""
    await rig.email_sub("hourly")
    for key in ("a", "b", "c"):
        await rig.record(alert(key=key, severity="medium"))
    await rig.drain()
    assert rig.email.sent == []
    rig.clock.now = NOW.replace(minute=0) + dt.timedelta(hours=1)
    await rig.drain()
    assert len(rig.email.sent) == 1
    body = rig.email.sent[0].get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert all(f"Blogger arrested ({k})" in text for k in ("a", "b", "c"))
    assert rig.email.sent[0]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert {d.status for d in await rig.deliveries()} == {"delivered"}


async def test_critical_bypasses_digest(rig: Rig, alert: AlertFactory) -> None:
    """A critical alert reaches a daily-digest subscriber within a minute; the other alerts wait for the digest."""
    await rig.email_sub("daily")
    await rig.record(alert(key="crit", severity="critical"))
    await rig.record(alert(key="later", severity="high"))
    rig.clock.advance(seconds=60)
    await rig.drain()
    assert len(rig.email.sent) == 1
    assert "critical" in str(rig.email.sent[0]["Subject"]).lower()


async def test_a_burst_of_critical_alerts_is_one_email_to_a_digest_subscriber(rig: Rig, alert: AlertFactory) -> None:
    """Twenty critical alerts within the same minute reach an hourly subscriber as one email carrying all twenty."""
    await rig.email_sub("hourly")
    for n in range(20):
        await rig.record(alert(key=f"wave-{n}", severity="critical"))
    await rig.drain()
    assert rig.email.sent == []  # the minute is not over yet
    rig.clock.advance(seconds=60)
    await rig.drain()
    assert len(rig.email.sent) == 1
    assert str(rig.email.sent[0]["Subject"]) == "[CRITICAL] Tocsin: 20 alerts"
    assert {d.status for d in await rig.deliveries()} == {"delivered"}


async def test_an_immediate_email_subscriber_gets_at_most_one_mail_a_minute_in_a_burst(
    rig: Rig, alert: AlertFactory
) -> None:
    """A feed that published 200 reports at once sent 200 mails to every immediate subscriber (17 to 23 for 50 when
    only the alerts due at one claim went together): the first alert goes at once, the burst after it waits out the
    minute and goes in one mail; webhooks still get one request per alert."""
    await rig.email_sub("immediate")
    await rig.webhook()
    await rig.record(alert(key="first"))
    await rig.drain()
    assert len(rig.email.sent) == 1
    assert len(rig.webhooks.calls) == 1
    for n in range(30):
        await rig.record(alert(key=f"flood-{n}"))
        await rig.drain()
    assert len(rig.email.sent) == 1  # within the minute of the first mail
    assert len(rig.webhooks.calls) == 31
    rig.clock.advance(seconds=60)
    await rig.drain()
    assert len(rig.email.sent) == 2
    assert str(rig.email.sent[1]["Subject"]) == "Tocsin digest: 30 alerts"
    assert {d.status for d in await rig.deliveries()} == {"delivered"}
    rig.clock.advance(seconds=600)  # a quiet spell: the next alert goes at once again
    await rig.record(alert(key="later"))
    await rig.drain()
    assert len(rig.email.sent) == 3


async def test_410_disables_subscription(rig: Rig, alert: AlertFactory) -> None:
    """A 410 Gone disables the subscription, cancels its other deliveries and tells its owner."""
    sub_id = await rig.webhook(contact="owner@example.org")
    rig.webhooks.results = [SendResult(ok=False, retryable=False, http_status=410, gone=True)]
    await rig.record(alert(key="one"))
    await rig.drain()
    sub = await rig.db.subscriptions.get(sub_id)
    assert sub is not None
    assert sub.status == "disabled"
    assert [o.status for o in rig.reporter.outcomes] == ["disabled"]
    assert [str(m["To"]) for m in rig.email.sent] == ["owner@example.org"]
    await rig.record(alert(key="two"))
    await rig.drain()
    assert len(rig.webhooks.calls) == 1


async def test_exhausted_schedule_marks_failed_and_dead_letters(rig: Rig, alert: AlertFactory) -> None:
    """After the last scheduled attempt fails, the delivery is failed and dead-lettered."""
    await rig.webhook()
    rig.webhooks.results = [RETRYABLE, RETRYABLE, RETRYABLE]
    sent = alert()
    await rig.record(sent)
    with capture_logs() as logs:
        for _ in range(3):
            await rig.drain()
            rig.clock.advance(minutes=10)
    attempts = [entry for entry in logs if entry["event"] == "delivery_attempted"]
    assert [(a["status"], a["log_level"]) for a in attempts] == [
        ("retrying", "info"),
        ("retrying", "info"),
        ("failed", "warning"),  # given up for good: seen by whoever filters on warnings
    ]
    assert all(a["alert_ids"] == [sent.id] for a in attempts)  # an alert is followed from the classifier's log
    assert len(rig.webhooks.calls) == 3
    assert [o.status for o in rig.reporter.outcomes] == ["retrying", "retrying", "failed"]
    assert [o.attempt for o in rig.reporter.outcomes] == [1, 2, 3]
    ((record, reason),) = rig.reporter.dead
    assert record["status"] == "failed"
    assert "HTTP 503" in reason
    (row,) = await rig.deliveries()
    assert row.status == "failed"
    assert row.attempts == 3


async def test_a_reopened_delivery_gets_one_more_attempt_then_is_given_up_again(rig: Rig, alert: AlertFactory) -> None:
    """Redelivery (POST .../redeliver) after the receiver was fixed: one attempt now, with its own attempt number (so
    its outcome has its own id); failing again gives it up again, dead-lettered again."""
    sub_id = await rig.webhook()
    rig.webhooks.results = [RETRYABLE, RETRYABLE, RETRYABLE]
    await rig.record(alert())
    for _ in range(3):
        await rig.drain()
        rig.clock.advance(minutes=10)
    assert await rig.db.outbox.reopen(sub_id, since=None, now=rig.clock(), limit=10) == 1
    rig.webhooks.results = [RETRYABLE]
    await rig.drain()
    assert len(rig.webhooks.calls) == 4
    assert [(o.attempt, o.status) for o in rig.reporter.outcomes][-1] == (4, "failed")
    assert len(rig.reporter.dead) == 2
    assert await rig.db.outbox.reopen(sub_id, since=None, now=rig.clock(), limit=10) == 1
    rig.webhooks.results = []  # fixed: the receiver answers 2xx
    await rig.drain()
    assert [(o.attempt, o.status) for o in rig.reporter.outcomes][-1] == (5, "delivered")
    (row,) = await rig.deliveries()
    assert row.status == "delivered"


async def test_retry_after_postpones_next_attempt(rig: Rig, alert: AlertFactory) -> None:
    """A 429 with Retry-After: 120 is not retried before two minutes."""
    await rig.webhook()
    rig.webhooks.results = [
        SendResult(ok=False, retryable=True, http_status=429, retry_after=dt.timedelta(seconds=120))
    ]
    await rig.record(alert())
    await rig.drain()
    rig.clock.advance(seconds=60)
    await rig.drain()
    assert len(rig.webhooks.calls) == 1
    rig.clock.advance(seconds=61)
    await rig.drain()
    assert len(rig.webhooks.calls) == 2


async def test_continuous_failure_disables_after_configured_days(sqlite_db: Db, alert: AlertFactory) -> None:
    """A subscription failing without a break for DISABLE_AFTER_DAYS is disabled."""
    rig = Rig(sqlite_db, schedule=(0, 3600, 3600 * 30), disable_after=dt.timedelta(days=1))
    sub_id = await rig.webhook()
    rig.webhooks.results = [RETRYABLE] * 3
    await rig.record(alert())
    await rig.drain()
    rig.clock.advance(hours=2)
    await rig.drain()
    assert (await rig.db.subscriptions.get(sub_id)).status == "active"  # type: ignore[union-attr]
    rig.clock.advance(hours=34)  # past the 30 h retry, jitter included
    await rig.drain()
    assert (await rig.db.subscriptions.get(sub_id)).status == "disabled"  # type: ignore[union-attr]


async def test_success_resets_the_failure_streak(rig: Rig, alert: AlertFactory) -> None:
    """One delivered attempt clears the subscription's first-failure time."""
    sub_id = await rig.webhook()
    rig.webhooks.results = [RETRYABLE]
    await rig.record(alert())
    await rig.drain()
    assert (await rig.db.subscriptions.get(sub_id)).first_failure_at is not None  # type: ignore[union-attr]
    rig.clock.advance(seconds=10)
    await rig.drain()
    assert (await rig.db.subscriptions.get(sub_id)).first_failure_at is None  # type: ignore[union-attr]


async def test_unsubscribed_before_delivery_receives_nothing(rig: Rig, alert: AlertFactory) -> None:
    """Deliveries still pending when the subscriber leaves are cancelled, not sent."""
    sub_id = await rig.webhook()
    await rig.record(alert())
    token = await rig.db.subscriptions.unsubscribe_token_for(sub_id)
    await rig.db.subscriptions.unsubscribe(token, now=rig.clock())
    await rig.drain()
    assert rig.webhooks.calls == []
    assert [o.status for o in rig.reporter.outcomes] == ["disabled"]


async def test_rotation_signs_with_both_secrets(rig: Rig, alert: AlertFactory) -> None:
    """During the 24 h overlap every delivery carries the new and the old signature."""
    sub_id = await rig.webhook()
    await rig.db.subscriptions.rotate_secret(sub_id, "whsec_" + "B" * 44, now=rig.clock())
    await rig.record(alert())
    await rig.drain()
    assert rig.webhooks.calls[0].secrets == ["whsec_" + "B" * 44, "whsec_" + "A" * 44]


async def test_intake_dead_letters_events_that_are_not_alerts(rig: Rig) -> None:
    """A valid CloudEvent that is not a classified alert is a permanent failure."""
    record = intake(rig.db.outbox, asyncio.Event(), rig.clock)
    with pytest.raises(UnexpectedEventError):
        await record(make_alert().data.event)


async def test_intake_wakes_the_worker_when_something_matched(rig: Rig, alert: AlertFactory) -> None:
    """Recording a matched alert wakes the delivery worker at once."""
    await rig.webhook()
    wake = asyncio.Event()
    await intake(rig.db.outbox, wake, rig.clock)(alert())
    assert wake.is_set()


class FailingOutbox:
    """An outbox whose store raises `error` on every write."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    async def record(self, event: object, *, now: dt.datetime) -> int:
        raise self.error


TRANSIENT_STORE_ERRORS = [
    sa_exc.TimeoutError("QueuePool limit of size 5 overflow 10 reached"),
    sa_exc.DisconnectionError("connection invalidated"),
    sa_exc.OperationalError("INSERT", {}, Exception("database is locked")),
    sa_exc.InterfaceError("INSERT", {}, Exception("connection is closed")),
]
PERMANENT_STORE_ERRORS = [
    sa_exc.IntegrityError("INSERT", {}, Exception("NOT NULL constraint failed")),
    sa_exc.DataError("INSERT", {}, Exception("value too long")),
    sa_exc.StatementError("bind failed", "INSERT", {}, TypeError("not a str")),
]


@pytest.mark.parametrize("error", TRANSIENT_STORE_ERRORS, ids=lambda e: type(e).__name__)
async def test_intake_redelivers_when_the_store_is_unavailable_or_its_pool_exhausted(error: Exception) -> None:
    """A pool timeout, a lost connection or a locked database is transient: redelivered, not dead-lettered."""
    record = intake(FailingOutbox(error), asyncio.Event(), Clock())  # type: ignore[arg-type]
    with pytest.raises(TransientError) as raised:
        await record(make_alert())
    assert isinstance(raised.value, TRANSIENT)


@pytest.mark.parametrize("error", PERMANENT_STORE_ERRORS, ids=lambda e: type(e).__name__)
async def test_intake_lets_constraint_and_data_errors_fail_permanently(error: Exception) -> None:
    """Errors that recur on every retry are not disguised as transient."""
    record = intake(FailingOutbox(error), asyncio.Event(), Clock())  # type: ignore[arg-type]
    with pytest.raises(type(error)):
        await record(make_alert())


async def test_outcome_that_cannot_be_published_is_retried(rig: Rig, alert: AlertFactory) -> None:
    """With Kafka down at settle time the outcome stays queued and is published on the next round."""
    await rig.webhook()
    rig.reporter.failures = 1
    await rig.record(alert())
    assert await rig.worker.run_once() == 1
    assert len(rig.webhooks.calls) == 1
    assert rig.reporter.outcomes == []
    await rig.worker.run_once()
    assert [o.status for o in rig.reporter.outcomes] == ["delivered"]
    await rig.drain()
    assert len(rig.reporter.outcomes) == 1  # published once, then forgotten


async def test_dead_letter_that_cannot_be_published_is_retried(rig: Rig, alert: AlertFactory) -> None:
    """An exhausted delivery's dead letter survives a failed publication and keeps the outcomes' order."""
    await rig.webhook()
    rig.webhooks.results = [SendResult(ok=False, retryable=False, http_status=400, error="HTTP 400")]
    await rig.record(alert())
    rig.reporter.failures = 1
    await rig.worker.run_once()
    assert (rig.reporter.outcomes, rig.reporter.dead) == ([], [])
    await rig.worker.run_once()
    assert [o.status for o in rig.reporter.outcomes] == ["failed"]
    ((record, reason),) = rig.reporter.dead
    assert record["last_http_status"] == 400
    assert "after 1 attempt(s) (HTTP 400)" in reason


class RecordingBroker:
    """Keeps what is published instead of sending it to Kafka."""

    def __init__(self) -> None:
        self.published: list[tuple[bytes, str, bytes | None, dict[str, str]]] = []

    async def publish(self, value: bytes, topic: str, *, key: bytes | None, headers: dict[str, str]) -> None:
        self.published.append((value, topic, key, headers))


async def test_exhausted_delivery_dead_letter_is_never_replayed_onto_the_alerts_topic() -> None:
    """The delivery record is dead-lettered as delivery_failed without original_topic, so replay skips it."""
    broker = RecordingBroker()
    reporter = KafkaReporter(broker, DeadLetters(broker, service="notifier"))  # type: ignore[arg-type]
    await reporter.dead_letter({"subscription_id": "sub-1", "status": "failed"}, "after 3 attempt(s) (HTTP 503)")
    ((value, topic, key, headers),) = broker.published
    assert (topic, key) == (Topic.DEAD_LETTERS.value, b"sub-1")
    assert "original_topic" not in headers
    assert headers["dead_letter_kind"] == "delivery_failed"
    assert headers["alert_topic"] == Topic.ALERTS_CLASSIFIED.value
    assert headers["reason"] == "after 3 attempt(s) (HTTP 503)"
    assert headers["exception_type"] == "DeliveryFailed"
    assert b'"status": "failed"' in value


async def test_owner_notice_survives_an_smtp_outage(rig: Rig, alert: AlertFactory) -> None:
    """The disabled notice is retried until the SMTP relay takes it."""
    await rig.webhook(contact="owner@example.org")
    rig.webhooks.results = [SendResult(ok=False, retryable=False, http_status=410, gone=True)]
    rig.email.results = [SendResult(ok=False, retryable=True, error="SMTP 451: try later")]
    await rig.record(alert())
    await rig.drain()
    assert len(rig.email.sent) == 1
    rig.clock.advance(seconds=10)
    await rig.drain()
    assert [str(m["To"]) for m in rig.email.sent] == ["owner@example.org"] * 2
    assert "410" in rig.email.sent[-1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert rig.email.sent[-1]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


async def test_webhook_without_contact_is_disabled_silently(rig: Rig, alert: AlertFactory) -> None:
    """No owner address known: the subscription is disabled and no email is attempted."""
    sub_id = await rig.webhook()
    rig.webhooks.results = [SendResult(ok=False, retryable=False, http_status=410, gone=True)]
    await rig.record(alert())
    await rig.drain()
    assert (await rig.db.subscriptions.get(sub_id)).status == "disabled"  # type: ignore[union-attr]
    assert rig.email.sent == []
