"""Composition root: settings -> broker -> on_watcher_event -> app.

Each watcher event is decoded (undecodable -> dead letters, then ack), classified against the convention
status table and published as exactly one tocsin.alert.classified with the input's key; the offset is
committed only after that publish is acknowledged (at-least-once).
"""

import asyncio

import structlog
from faststream import AckPolicy, FastStream
from faststream.kafka import KafkaBroker, KafkaMessage

from tocsin_classifier.classify import WATCHER_EVENTS, classified_event
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.errors import UnexpectedEventError
from tocsin_classifier.settings import ClassifierSettings
from tocsin_classifier.status_topic import load_convention_status
from tocsin_runtime.broker import ensure_topics, make_broker
from tocsin_runtime.consume import guarded
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.health import HealthServer
from tocsin_runtime.logging import configure_logging
from tocsin_runtime.publish import publish_event
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import AnyEvent, Topic, TreatyActionEvent

SERVICE = "classifier"
INPUT_TOPICS = (Topic.TREATY_ACTIONS, Topic.TREATY_MILESTONES, Topic.ARRESTS_REPORTED, Topic.SOURCE_HEALTH)
log = structlog.get_logger()


def subscribe(
    broker: KafkaBroker,
    settings: ClassifierSettings,
    context: ConventionStatus,
    dead_letters: DeadLetters,
    *,
    topics: tuple[str, ...] = INPUT_TOPICS,
    output_topic: str | None = None,
) -> None:
    """Register `on_watcher_event` on the watcher topics (acks only after the alert is published).

    `topics` and `output_topic` default to the contract's topics; tests and benchmarks pass their own.
    """

    @broker.subscriber(
        *topics,
        group_id=settings.group_id,
        ack_policy=AckPolicy.ACK,
        fetch_max_wait_ms=settings.fetch_max_wait_ms,
        auto_offset_reset=settings.auto_offset_reset,
    )
    async def on_watcher_event(msg: KafkaMessage) -> None:
        raw = msg.raw_message
        assert not isinstance(raw, tuple)
        key = raw.key.decode("utf-8", "replace") if raw.key is not None else None

        async def work(event: AnyEvent) -> None:
            if not isinstance(event, WATCHER_EVENTS):
                raise UnexpectedEventError(f"{event.type} is not a watcher event")
            if isinstance(event, TreatyActionEvent):
                context.apply(event.data)
            alert = classified_event(event, context)
            await publish_event(broker, alert, key=key, topic=output_topic)
            log.info(
                "alert_classified",
                alert_id=alert.id,
                relevance=alert.data.relevance,
                severity=alert.data.severity,
                tags=[t.tag for t in alert.data.tags if t.confidence >= 0.5],
                needs_review=alert.data.needs_review,
            )

        await guarded(msg, work, dead_letters, permanent=(UnexpectedEventError,))


def build_app(settings: ClassifierSettings, kafka: KafkaSettings) -> FastStream:
    """The service: topics ensured, status table rebuilt, then the subscriber and the health endpoint run."""
    broker = make_broker(kafka, service=SERVICE)
    context = ConventionStatus()
    subscribe(broker, settings, context, DeadLetters(broker, service=SERVICE))
    loaded = asyncio.Event()

    async def ready() -> bool:
        return loaded.is_set()

    health = HealthServer(settings.http_host, settings.http_port, readiness=ready)
    app = FastStream(broker)

    @app.on_startup
    async def prepare() -> None:
        await health.start()
        if kafka.create_topics:
            await ensure_topics(kafka)
        await load_convention_status(kafka, context, timeout=settings.status_load_timeout_s)
        loaded.set()

    @app.after_shutdown
    async def release() -> None:
        await health.stop()

    return app


def run() -> None:
    """`tocsin-classifier run`: settings from the environment, logging, then the app until a signal."""
    settings, kafka = ClassifierSettings(), KafkaSettings()
    configure_logging(SERVICE, settings.log_level)
    asyncio.run(build_app(settings, kafka).run())
