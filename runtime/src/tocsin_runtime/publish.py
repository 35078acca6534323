"""Publishing events in CloudEvents binary mode, and renewing a producer whose idempotence state broke for good."""

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator, Iterable

import structlog
from aiokafka import AIOKafkaProducer
from aiokafka.errors import InvalidProducerEpoch, OutOfOrderSequenceNumber, ProducerFenced, UnknownProducerId
from aiokafka.structs import RecordMetadata
from faststream.kafka import KafkaBroker
from faststream.kafka.publisher.producer import AioKafkaFastProducerImpl

from tocsin_runtime.metrics import EVENTS_PUBLISHED
from tocsin_schemas import CloudEvent, KafkaRecord, to_kafka

YIELD_EVERY = 50  # records handed to the producer between two turns of the event loop
# Answers after which an idempotent producer can never send again: after a broker restart, aiokafka answered every
# send of a notifier with OutOfOrderSequenceNumber until the process was restarted (291 rounds, seen by a tester).
# Only a new producer, with a new producer id, gets out of them.
BROKEN_PRODUCER = (OutOfOrderSequenceNumber, UnknownProducerId, InvalidProducerEpoch, ProducerFenced)
log = structlog.get_logger()


async def publish_event(
    broker: KafkaBroker, event: CloudEvent, *, key: str | None = None, topic: str | None = None
) -> None:
    """Publish and wait for the broker's acknowledgement (acks=all), so the event is durable on return."""
    record = to_kafka(event, key=key)
    async with renewing_on_failure(broker):
        await broker.publish(record.value, topic or record.topic, key=record.key, headers=record.headers)
    EVENTS_PUBLISHED.labels(topic=topic or record.topic, type=event.type).inc()


@contextlib.asynccontextmanager
async def renewing_on_failure(broker: KafkaBroker) -> AsyncIterator[None]:
    """Let the publishing inside raise as it would, but renew `broker`'s producer first when the failure is one it
    never recovers from (BROKEN_PRODUCER), so the caller's next attempt can succeed."""
    try:
        yield
    except BROKEN_PRODUCER as exc:
        log.warning("kafka_producer_renewed", error=repr(exc))
        await renew_producer(broker)
        raise


async def renew_producer(broker: KafkaBroker) -> None:
    """Replace the started producer inside `broker` with a new one built from the same settings (a no-op when
    there is none, e.g. under TestKafkaBroker). Like `_aiokafka_producer`, it reaches into FastStream 0.7."""
    producer = broker.config.producer
    if not isinstance(producer, AioKafkaFastProducerImpl) or not producer:
        return
    fresh = AIOKafkaProducer(**broker._connection_kwargs)
    with contextlib.suppress(Exception):  # the broken one may fail to flush: its records are retried anyway
        await producer.disconnect()
    await producer.connect(fresh, serializer=producer.serializer, codec=producer.codec)


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
        async with renewing_on_failure(broker):
            published = await _send_all(producer, records, topic)
    for (name, event_type), count in published.items():
        EVENTS_PUBLISHED.labels(topic=name, type=event_type).inc(count)


async def _send_all(
    producer: AIOKafkaProducer, records: Iterable[KafkaRecord], topic: str | None
) -> Counter[tuple[str, str]]:
    """Hand every record to `producer`, then await them all; the records sent per (topic, type), or the first
    failure."""
    sent: list[asyncio.Future[RecordMetadata]] = []
    published: Counter[tuple[str, str]] = Counter()
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
    return published


def _aiokafka_producer(broker: KafkaBroker) -> AIOKafkaProducer | None:
    """The started aiokafka producer inside `broker`, or None when there is none (e.g. under TestKafkaBroker).

    FastStream 0.7 has no public accessor for it: this and `renew_producer` are the places that reach into its
    private state (tests/runtime/test_publish_records.py pins both against a real broker).
    """
    producer = broker.config.producer
    if not isinstance(producer, AioKafkaFastProducerImpl) or not producer:
        return None
    return producer._producer.producer
