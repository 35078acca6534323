"""The classifier against a real Apache Kafka broker: good messages flow, poison goes to the dead letters."""

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TypeAlias

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition

from tests.classifier.factories import arrest, treaty_action
from tests.support.kafka import create_topics
from tocsin_classifier.app import subscribe
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.settings import ClassifierSettings
from tocsin_classifier.status_topic import load_convention_status, partitions_of
from tocsin_runtime.broker import ensure_topics, make_broker
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import TOPICS, Topic, event_id, to_kafka

pytestmark = pytest.mark.kafka
Record: TypeAlias = ConsumerRecord[bytes, bytes]
Wait: TypeAlias = Callable[[Callable[[Record], bool], int], Awaitable[list[Record]]]


def _name(prefix: str) -> str:
    return f"test-classifier-{prefix}-{uuid.uuid4().hex[:8]}"


@asynccontextmanager
async def _tail(bootstrap: str, topic: str) -> AsyncIterator[Wait]:
    """Read `topic` from its current end; yields `wait(predicate, count)` returning matching records."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    kafka = KafkaSettings(bootstrap_servers=bootstrap)
    partitions: list[TopicPartition] = []
    async with asyncio.timeout(30):  # a topic just created may not be described yet on another connection
        while not partitions:
            partitions = [TopicPartition(topic, p) for p in await partitions_of(kafka, topic)]
            if not partitions:
                await asyncio.sleep(0.2)
    consumer.assign(partitions)
    await consumer.seek_to_end(*partitions)
    for tp in partitions:
        await consumer.position(tp)  # resolve the end offset now, before anything is produced

    async def wait(predicate: Callable[[Record], bool], count: int) -> list[Record]:
        found: list[Record] = []
        async with asyncio.timeout(60):
            while len(found) < count:
                batches = await consumer.getmany(timeout_ms=500)
                found.extend(r for records in batches.values() for r in records if predicate(r))
        return found

    try:
        yield wait
    finally:
        await consumer.stop()


async def test_good_messages_flow_and_poison_is_dead_lettered(kafka_bootstrap: str) -> None:
    """Two events around two poison records in one batch: two alerts, both poisons dead-lettered, all committed."""
    in_topic, group = _name("in"), _name("group")
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    await create_topics(kafka_bootstrap, in_topic)
    await ensure_topics(kafka, (TOPICS[Topic.ALERTS_CLASSIFIED], TOPICS[Topic.DEAD_LETTERS]))
    good = [arrest("Journalist jailed under Article 117", n=i, country="VNM") for i in range(2)]
    poison, unreadable = uuid.uuid4().hex.encode(), uuid.uuid4().hex.encode()
    wanted = [event_id("tocsin.alert.classified", e.id) for e in good]

    broker = make_broker(kafka, service="classifier")
    settings = ClassifierSettings(group_id=group, auto_offset_reset="earliest")
    subscribe(broker, settings, ConventionStatus(), DeadLetters(broker, service="classifier"), topics=(in_topic,))

    def encoded(headers: dict[str, str]) -> list[tuple[str, bytes]]:
        return [(k, v.encode()) for k, v in headers.items()]

    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    async with (
        _tail(kafka_bootstrap, Topic.ALERTS_CLASSIFIED) as alerts,
        _tail(kafka_bootstrap, Topic.DEAD_LETTERS) as dead,
    ):
        try:  # all four are on the topic before the service starts, so they arrive as one batch
            for value, key, headers in [
                (to_kafka(good[0]).value, b"VNM", encoded(to_kafka(good[0]).headers)),
                (poison, b"VNM", encoded({"ce_type": "tocsin.arrest.reported"})),
                (unreadable, b"VNM", [("ce_type", b"\xff\xfe not UTF-8")]),
                (to_kafka(good[1]).value, b"VNM", encoded(to_kafka(good[1]).headers)),
            ]:
                await producer.send_and_wait(in_topic, value, key=key, headers=headers)
        finally:
            await producer.stop()
        async with broker:
            await broker.start()
            got = await alerts(lambda r: dict(r.headers).get("ce_id", b"").decode() in wanted, 2)
            while {dict(r.headers)["ce_id"].decode() for r in got} != set(wanted):  # at least once: a repeat may come
                got += await alerts(lambda r: dict(r.headers).get("ce_id", b"").decode() in wanted, 1)
            letters = await dead(lambda r: r.value in (poison, unreadable), 2)
            committed = await _committed(kafka_bootstrap, group, TopicPartition(in_topic, 0), want=4)

    assert list(dict.fromkeys(dict(r.headers)["ce_id"].decode() for r in got)) == wanted  # in input order
    assert {r.key for r in got} == {b"VNM"}
    origins = {r.value: {k: v.decode("utf-8", "replace") for k, v in r.headers} for r in letters}
    assert [origins[v]["original_offset"] for v in (poison, unreadable)] == ["1", "2"]
    assert {h["original_topic"] for h in origins.values()} == {in_topic}
    assert {h["exception_type"] for h in origins.values()} == {"EventDecodeError"}
    assert committed == 4


async def test_status_table_is_rebuilt_from_the_compacted_topic(kafka_bootstrap: str) -> None:
    """Treaty actions on the status topic are read from the beginning up to the end offsets."""
    topic = _name("status")
    await create_topics(kafka_bootstrap, topic, partitions=3)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        for event in (treaty_action("Viet Nam", "VNM", "signature"), treaty_action("Viet Nam", "VNM", day=9)):
            record = to_kafka(event)
            headers = [(k, v.encode()) for k, v in record.headers.items()]
            await producer.send_and_wait(topic, record.value, key=record.key, headers=headers)
        await producer.send_and_wait(topic, b"garbage", key=b"x", headers=[("ce_type", b"tocsin.treaty.action")])
    finally:
        await producer.stop()
    table = ConventionStatus()
    applied = await load_convention_status(KafkaSettings(bootstrap_servers=kafka_bootstrap), table, topic=topic)
    row = table.for_country("VNM")
    assert applied == 2
    assert row is not None
    assert row.signed is not None
    assert row.ratified


async def test_missing_status_topic_leaves_an_empty_table(kafka_bootstrap: str) -> None:
    """A status topic that does not exist yet is not an error: the table starts empty."""
    table = ConventionStatus()
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    assert await load_convention_status(kafka, table, topic=_name("absent"), timeout=20) == 0
    assert len(table) == 0


async def _committed(bootstrap: str, group: str, tp: TopicPartition, *, want: int) -> int | None:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        offset: int | None = None
        async with asyncio.timeout(30):
            while offset != want:
                offset = await consumer.committed(tp)
                await asyncio.sleep(0.2)
        return offset
    finally:
        await consumer.stop()
