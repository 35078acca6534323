"""Publishing events in CloudEvents binary mode."""

import asyncio
from collections import Counter
from collections.abc import Iterable

from aiokafka import AIOKafkaProducer
from aiokafka.structs import RecordMetadata
from faststream.kafka import KafkaBroker
from faststream.kafka.publisher.producer import AioKafkaFastProducerImpl

from tocsin_runtime.metrics import EVENTS_PUBLISHED
from tocsin_schemas import CloudEvent, KafkaRecord, to_kafka

YIELD_EVERY = 50  # records handed to the producer between two turns of the event loop


async def publish_event(
    broker: KafkaBroker, event: CloudEvent, *, key: str | None = None, topic: str | None = None
) -> None:
    """Publish and wait for the broker's acknowledgement (acks=all), so the event is durable on return."""
    record = to_kafka(event, key=key)
    await broker.publish(record.value, topic or record.topic, key=record.key, headers=record.headers)
    EVENTS_PUBLISHED.labels(topic=topic or record.topic, type=event.type).inc()


async def publish_records(broker: KafkaBroker, records: Iterable[KafkaRecord], *, topic: str | None = None) -> None:
    """Publish records in order and return once all are durable (acks=all); raises the first failure.

    Each record is handed to the broker's own producer without waiting and all deliveries are awaited together,
    so a batch costs one round trip, not one per record. `records` may be a lazy iterable (e.g. a generator
    doing the work that produces them): every YIELD_EVERY records the event loop gets a turn, so the producer
    ships what is ready while the rest is still being produced. Order per partition is kept (the producer is
    idempotent); nothing is left in flight when this raises. `topic` overrides each record's.
    """
    producer = _aiokafka_producer(broker)
    published: Counter[tuple[str, str]] = Counter()
    if producer is None:  # TestKafkaBroker: its fake producer delivers in memory, one publish at a time
        for record in records:
            await broker.publish(record.value, topic or record.topic, key=record.key, headers=record.headers)
            published[topic or record.topic, record.headers.get("ce_type", "")] += 1
    else:
        sent: list[asyncio.Future[RecordMetadata]] = []
        try:
            for record in records:
                headers = [(name, value.encode()) for name, value in record.headers.items()]
                sent.append(await producer.send(topic or record.topic, record.value, key=record.key, headers=headers))
                published[topic or record.topic, record.headers.get("ce_type", "")] += 1
                if len(sent) % YIELD_EVERY == 0:
                    await asyncio.sleep(0)
        finally:
            outcomes = await asyncio.gather(*sent, return_exceptions=True)
        if failure := next((o for o in outcomes if isinstance(o, BaseException)), None):
            raise failure
    for (name, event_type), count in published.items():
        EVENTS_PUBLISHED.labels(topic=name, type=event_type).inc(count)


def _aiokafka_producer(broker: KafkaBroker) -> AIOKafkaProducer | None:
    """The started aiokafka producer inside `broker`, or None when there is none (e.g. under TestKafkaBroker).

    FastStream 0.7 has no public accessor for it: this is the one place that reaches into its private
    `_producer` state (tests/runtime/test_publish_records.py pins it against a real broker).
    """
    producer = broker.config.producer
    if not isinstance(producer, AioKafkaFastProducerImpl) or not producer:
        return None
    return producer._producer.producer
