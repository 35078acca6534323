"""Publishing events in CloudEvents binary mode."""

from faststream.kafka import KafkaBroker

from tocsin_runtime.metrics import EVENTS_PUBLISHED
from tocsin_schemas import CloudEvent, to_kafka


async def publish_event(
    broker: KafkaBroker, event: CloudEvent, *, key: str | None = None, topic: str | None = None
) -> None:
    """Publish and wait for the broker's acknowledgement (acks=all), so the event is durable on return."""
    record = to_kafka(event, key=key)
    await broker.publish(record.value, topic or record.topic, key=record.key, headers=record.headers)
    EVENTS_PUBLISHED.labels(topic=topic or record.topic, type=event.type).inc()
