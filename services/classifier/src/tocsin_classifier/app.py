"""Composition root: settings -> broker -> on_watcher_events -> app.

Watcher records are consumed in batches of up to MAX_RECORDS. Each record is judged in order (undecodable or
rejected -> dead letters, one by one); the batch's alerts, one tocsin.alert.classified per good input with its
key, are then published together, and only once all are durable is the batch committed (at-least-once).
A transient Kafka failure nacks the batch: the consumer seeks back and reads it again.
"""

import asyncio
import functools
import gc
import logging
from collections import Counter
from collections.abc import Sequence

import structlog
from aiokafka.structs import ConsumerRecord
from faststream import AckPolicy, FastStream
from faststream.exceptions import NackMessage
from faststream.kafka import KafkaBroker, KafkaMessage
from prometheus_client import Counter as PromCounter

from tocsin_classifier.batch import Classified, Record, Rejected, judge
from tocsin_classifier.calibration import shipped
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.readiness import Readiness
from tocsin_classifier.settings import ClassifierSettings
from tocsin_classifier.status_topic import StatusFollower
from tocsin_lexicon import LANGUAGES, lexicon_for
from tocsin_runtime.broker import ensure_topics, kafka_answers, make_broker
from tocsin_runtime.consume import TRANSIENT, batch_parser
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.errors import KafkaUnavailableError
from tocsin_runtime.health import HealthServer, ListenError
from tocsin_runtime.logging import configure_logging
from tocsin_runtime.metrics import MESSAGES_CONSUMED, MESSAGES_DEAD_LETTERED
from tocsin_runtime.publish import publish_records
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import ASSIGNED_AT, RELEVANT_AT, AlertClassifiedEvent, Topic

SERVICE = "classifier"
INPUT_TOPICS = (Topic.TREATY_ACTIONS, Topic.TREATY_MILESTONES, Topic.ARRESTS_REPORTED, Topic.SOURCE_HEALTH)
MAX_RECORDS = 500  # per batch: what a nack reads again, and what one commit covers
REDELIVERY_BACKOFF_S = 1.0
GC_YOUNG_THRESHOLD = 50_000  # allocations between young collections (CPython's default is 700)
ALERTS_CLASSIFIED = PromCounter(
    "tocsin_classifier_alerts_total",
    f"Alerts published (durable), by severity, relevant (relevance >= {RELEVANT_AT}) and needs_review",
    ["severity", "relevant", "needs_review"],
)
log = structlog.get_logger()


def subscribe(
    broker: KafkaBroker,
    settings: ClassifierSettings,
    context: ConventionStatus,
    dead_letters: DeadLetters,
    *,
    topics: tuple[str, ...] = INPUT_TOPICS,
    output_topic: str | None = None,
    max_records: int = MAX_RECORDS,
) -> None:
    """Register `on_watcher_events` on the watcher topics (a batch is committed only after its output is durable).

    `topics` and `output_topic` default to the contract's topics; tests and benchmarks pass their own.
    """

    @broker.subscriber(
        *topics,
        batch=True,
        max_records=max_records,
        batch_timeout_ms=settings.fetch_max_wait_ms,
        parser=batch_parser,
        group_id=settings.group_id,
        ack_policy=AckPolicy.ACK,
        fetch_max_wait_ms=settings.fetch_max_wait_ms,
        auto_offset_reset=settings.auto_offset_reset,
    )
    async def on_watcher_events(msg: KafkaMessage) -> None:
        raw = msg.raw_message
        records = (raw,) if isinstance(raw, ConsumerRecord) else tuple(raw)  # TestKafkaBroker hands a list
        await classify_batch(records, context, broker=broker, dead_letters=dead_letters, output_topic=output_topic)


async def classify_batch(
    records: Sequence[Record],
    context: ConventionStatus,
    *,
    broker: KafkaBroker,
    dead_letters: DeadLetters,
    output_topic: str | None = None,
) -> None:
    """One alert per record (or its dead letter), returning once all are durable; NackMessage when Kafka fails.

    Records are judged in order and the rejects dead-lettered one by one (they are rare) before any alert is
    sent: while the dead-letter topic fails, the batch is read again without flooding the alerts topic with
    copies. The alerts are then published together and awaited as one; only then is each logged, one canonical
    `alert_classified` line per input event (followable by `event_id`), and the batch summed up in one more.
    """
    logger = log.bind()  # resolved once: the lazy proxy would rebuild itself on every call
    alerts: list[Classified] = []
    try:
        for record in records:
            outcome = judge(record, context)
            if isinstance(outcome, Rejected):
                await _dead_letter(outcome, dead_letters)
                continue
            alerts.append(outcome)
        await publish_records(broker, [a.output for a in alerts], topic=output_topic)
    except TRANSIENT as exc:
        logger.warning("batch_redelivered", records=len(records), error=repr(exc))
        await asyncio.sleep(REDELIVERY_BACKOFF_S)  # Kafka is struggling: do not hammer it with the same batch
        raise NackMessage() from exc
    except Exception as exc:
        # judge() never raises, so this is the publishing side failing oddly: read the batch again rather
        # than let the ACK policy commit records whose alerts may not exist (stopping beats losing).
        logger.exception("batch_failed", records=len(records))
        await asyncio.sleep(REDELIVERY_BACKOFF_S)
        raise NackMessage() from exc
    if logger.is_enabled_for(logging.INFO):
        for outcome in alerts:
            _log_alert(logger, outcome)
    for topic, count in Counter(a.record.topic for a in alerts).items():
        MESSAGES_CONSUMED.labels(topic=topic).inc(count)
    for (severity, relevant, review), count in Counter(_outcome_labels(a.alert) for a in alerts).items():
        ALERTS_CLASSIFIED.labels(severity=severity, relevant=relevant, needs_review=review).inc(count)
    if records:
        logger.info(
            "batch_classified",
            records=len(records),
            alerts=len(alerts),
            dead_lettered=len(records) - len(alerts),
            relevant=sum(a.alert.data.relevance >= RELEVANT_AT for a in alerts),
            needs_review=sum(a.alert.data.needs_review for a in alerts),
        )


def _outcome_labels(alert: AlertClassifiedEvent) -> tuple[str, str, str]:
    data = alert.data
    return data.severity, str(data.relevance >= RELEVANT_AT).lower(), str(data.needs_review).lower()


def _log_alert(logger: structlog.typing.FilteringBoundLogger, outcome: Classified) -> None:
    record, alert = outcome.record, outcome.alert
    logger.info(
        "alert_classified",
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        event_id=alert.data.event.id,
        alert_id=alert.id,
        relevance=alert.data.relevance,
        severity=alert.data.severity,
        tags=[t.tag for t in alert.data.tags if t.confidence >= ASSIGNED_AT],
        needs_review=alert.data.needs_review,
    )


async def _dead_letter(outcome: Rejected, dead_letters: DeadLetters) -> None:
    record, reason, exc = outcome.record, outcome.reason, outcome.error
    coordinates = {"topic": record.topic, "partition": record.partition, "offset": record.offset}
    if reason == "handler_error":
        log.error("handler_crashed", **coordinates, exc_info=exc)
    await dead_letters.send_record(record, reason=f"{reason}: {exc}", exc=exc)
    # logged and counted once it is on the DLQ: a batch read again after a failed send counts it once
    log.warning(
        "message_dead_lettered", **coordinates, reason=reason, error=str(exc), exception_type=type(exc).__name__
    )
    if reason != "undecodable":
        MESSAGES_CONSUMED.labels(topic=record.topic).inc()
    MESSAGES_DEAD_LETTERED.labels(reason=reason).inc()


def settle() -> None:
    """Build every lexicon and read the calibration now, then keep the garbage collector off what lives as long as
    the process.

    The phrase tries, their memo tables and the status table last until exit, yet every full collection would walk
    them again; frozen, they are skipped. A larger young generation lets a batch's short-lived objects die young
    instead of being promoted and walked. (In the benchmark: about +30% throughput; docs/benchmarks.md.)
    """
    for language in (*LANGUAGES, "und"):
        lexicon_for(language)
    shipped()  # the calibration too: a broken weights file fails the start, not every news event after it
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def build_app(settings: ClassifierSettings, kafka: KafkaSettings) -> FastStream:
    """The service: topics ensured, status table rebuilt, then the subscriber, the status follower and health run.

    The follower keeps the table in step with the compacted status topic, so replicas whose partitions carry
    no treaty actions still see every signature and ratification.
    """
    broker = make_broker(kafka, service=SERVICE)
    context = ConventionStatus()
    follower = StatusFollower(kafka, context)
    subscribe(broker, settings, context, DeadLetters(broker, service=SERVICE))
    loaded = asyncio.Event()

    readiness = Readiness(loaded, functools.partial(kafka_answers, broker))
    health = HealthServer(settings.http_host, settings.http_port, readiness=readiness)
    app = FastStream(broker)

    @app.on_startup
    async def prepare() -> None:
        await health.start()
        if kafka.create_topics:
            await ensure_topics(kafka)
        await follower.load(timeout=settings.status_load_timeout_s)
        follower.start()
        settle()

    @app.after_startup
    async def ready() -> None:
        # only now is the broker started: a check before it (scripts/up polls /readyz at once) pinged a broker not
        # yet connected and logged a false `classifier_not_ready` with `kafka_unreachable` at every start
        loaded.set()

    @app.after_shutdown
    async def release() -> None:
        await follower.stop()
        await health.stop()

    return app


def run(settings: ClassifierSettings, kafka: KafkaSettings) -> bool:
    """`tocsin-classifier run` once its settings are read: logging, then the app until a signal. False when Kafka
    could not be reached at start (logged as one `kafka_unavailable` line, not a traceback): the classifier has
    nothing to do without it, so it exits for its supervisor to start it again."""
    configure_logging(SERVICE, settings.log_level)
    try:
        asyncio.run(build_app(settings, kafka).run())
    except KafkaUnavailableError as exc:
        log.error("kafka_unavailable", error=str(exc))
        return False
    except ListenError as exc:  # its HTTP port is taken: a reason, no traceback
        log.error("classifier_start_failed", reason=f"{exc.strerror} (CLASSIFIER_HTTP_HOST/PORT)")
        return False
    except Exception as exc:  # e.g. the status table cannot be rebuilt: one JSON line (traceback inside), exit 1
        log.exception("classifier_start_failed", error=repr(exc)[:500])
        return False
    return True
