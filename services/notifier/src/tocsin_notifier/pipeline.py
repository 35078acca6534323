"""The notifier's pipeline, stage by stage, in one place.

Intake (on_alert_classified; the Kafka offset commits only after stage 3 is durable):
  1. decode    tocsin_runtime.consume.guarded: undecodable or not an alert -> dead letters, then ack
  2. route     routing.facts_of + routing.matching_subscriptions (backfill -> no one)
  3. record    outbox.Outbox.record: one delivery per match, unique per alert x subscription
  4. wake      nudge the delivery worker
Delivery (delivery.DeliveryWorker.run: up to WORKER_CONCURRENCY sends in flight, one per subscription at most):
  5. claim     outbox.Outbox.claim_due: lease due deliveries, with the rest of their digest, for as many free
               slots as there are, whenever woken, a send settles, or every poll interval
  6. send      channels.webhook (signed) or channels.email (one email per digest bucket)
  7. decide    outcomes.decide with retry.next_delay: delivered | retrying | failed | disabled
  8. settle    outbox.Outbox.settle: record the attempt, and in the same transaction queue its reports
               (outcome, dead letter if failed); 410 or DISABLE_AFTER_DAYS failing disables and queues
               the owner's notice
  9. report    DeliveryWorker.publish_reports: queued outcomes -> tocsin.delivery.outcome, dead letters ->
               the dead-letter topic (dead_letter_kind: delivery_failed, no original_topic: never replayed);
               retried as sends settle until Kafka takes them
Mail (mail_outbox.MailWorker, in `serve` and `api`): confirmations and notices, retried until SMTP takes them.
"""

import asyncio
import datetime as dt
import json
from collections.abc import Awaitable, Callable
from typing import Any, Literal

import structlog
from faststream import AckPolicy
from faststream.kafka import KafkaBroker, KafkaMessage
from faststream.kafka.subscriber.usecase import DefaultSubscriber as KafkaSubscriber
from sqlalchemy.exc import SQLAlchemyError

from tocsin_notifier.database import is_transient
from tocsin_notifier.errors import StoreUnavailableError, UnexpectedEventError
from tocsin_notifier.metrics import ALERTS_RECORDED, DELIVERIES_MATCHED
from tocsin_notifier.outbox import Outbox
from tocsin_runtime.consume import TransientError, guarded, record_parser
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.publish import publish_event
from tocsin_schemas import AlertClassifiedEvent, AnyEvent, DeliveryOutcome, DeliveryOutcomeEvent, Topic, event_id

log = structlog.get_logger()
SOURCE = "urn:tocsin:notifier"


def intake(
    outbox: Outbox, wake: asyncio.Event, clock: Callable[[], dt.datetime]
) -> Callable[[AnyEvent], Awaitable[None]]:
    """Stages 2-4 for one decoded event."""

    async def record(event: AnyEvent) -> None:
        if not isinstance(event, AlertClassifiedEvent):
            raise UnexpectedEventError(f"expected tocsin.alert.classified, got {event.type}")
        try:
            matched = await outbox.record(event, now=clock())
        except SQLAlchemyError as exc:
            if not is_transient(exc):
                raise
            raise TransientError(f"store unavailable: {exc.__class__.__name__}") from StoreUnavailableError(str(exc))
        ALERTS_RECORDED.inc()
        DELIVERIES_MATCHED.inc(matched)
        log.info("alert_recorded", alert_id=event.id, severity=event.data.severity, matched=matched)
        if matched:
            wake.set()

    return record


def subscribe(
    broker: KafkaBroker,
    *,
    group_id: str,
    start_from: Literal["earliest", "latest"],
    outbox: Outbox,
    dead_letters: DeadLetters,
    wake: asyncio.Event,
    clock: Callable[[], dt.datetime],
) -> KafkaSubscriber:
    """Register the classified-alert consumer on `broker` (acks only after the handler returns); returns it, so a
    stop can end consuming first and keep the producer for the sends still in flight."""
    work = intake(outbox, wake, clock)
    subscriber = broker.subscriber(
        Topic.ALERTS_CLASSIFIED.value,
        group_id=group_id,
        ack_policy=AckPolicy.ACK,
        auto_offset_reset=start_from,
        parser=record_parser,  # a header value not UTF-8, or null, reaches `guarded` (and the dead letters)
    )

    @subscriber
    async def on_alert_classified(msg: KafkaMessage) -> None:
        await guarded(msg, work, dead_letters, permanent=(UnexpectedEventError,))

    return subscriber


class KafkaReporter:
    """Publishes delivery outcomes and dead-letters exhausted deliveries."""

    def __init__(self, broker: KafkaBroker, dead_letters: DeadLetters) -> None:
        self.broker, self.dead_letters = broker, dead_letters

    async def outcome(self, outcome: DeliveryOutcome) -> None:
        event = DeliveryOutcomeEvent(
            id=event_id(
                "tocsin.delivery.outcome",
                outcome.alert_id,
                outcome.subscription_id,
                outcome.attempt,
                outcome.status,
            ),
            source=SOURCE,
            subject=outcome.subscription_id,
            time=dt.datetime.now(dt.UTC),
            data=outcome,
        )
        await publish_event(self.broker, event)

    async def dead_letter(self, record: dict[str, Any], reason: str) -> None:
        await self.dead_letters.send_raw(
            json.dumps(record, ensure_ascii=False).encode(),
            key=str(record["subscription_id"]).encode(),
            # No original_topic: the value is a delivery record, not an alert, so a replay must not publish it to
            # the alerts topic; dead_letter_kind says what it is and alert_topic where its alert came from.
            headers={
                "dead_letter_kind": "delivery_failed",
                "alert_topic": Topic.ALERTS_CLASSIFIED.value,
                "reason": reason[:1000],
                "exception_type": "DeliveryFailed",
                "dead_lettered_by": "notifier",
                "content-type": "application/json",
            },
        )
