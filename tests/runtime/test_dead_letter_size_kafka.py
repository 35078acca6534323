"""Against a real broker: a record too large to copy onto the dead-letter topic still leaves a dead letter, and a
tombstone is dead-lettered, and replayed, as a tombstone."""

import asyncio
import uuid
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

import tocsin_runtime.admin
from tests.support.records import consumed
from tocsin_runtime.broker import ensure_topics, make_broker
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import TOPICS, Topic

pytestmark = pytest.mark.kafka


def _record(value: bytes, headers: list[tuple[str, bytes | None]]) -> "ConsumerRecord[Any, Any]":
    return consumed(value, headers, topic="tocsin.arrests.reported.v1", partition=4, offset=17, key=b"VNM")


async def test_a_record_too_large_to_copy_is_dead_lettered_without_its_value(kafka_bootstrap: str) -> None:
    """Its origin and reason reach the dead letters, with `value_omitted`; a null header value is no crash."""
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    await ensure_topics(kafka, (TOPICS[Topic.DEAD_LETTERS],))
    marker = uuid.uuid4().hex
    tail = AIOKafkaConsumer(bootstrap_servers=kafka_bootstrap, enable_auto_commit=False)
    await tail.start()
    partitions = [TopicPartition(Topic.DEAD_LETTERS.value, p) for p in range(TOPICS[Topic.DEAD_LETTERS].partitions)]
    tail.assign(partitions)
    await tail.seek_to_end(*partitions)
    for tp in partitions:
        await tail.position(tp)
    broker = make_broker(kafka, service="size-test")
    try:
        async with broker:
            await broker.start()
            letters = DeadLetters(broker, service="size-test")
            await letters.send_record(
                _record(b"y" * 1_048_300, [("x-trace", None)]), reason=f"too big {marker}", exc=ValueError()
            )
            await letters.send_record(_record(b"small", [("x-trace", None)]), reason=f"small {marker}")
        found: list[ConsumerRecord[bytes, bytes]] = []
        async with asyncio.timeout(30):
            while len(found) < 2:
                for records in (await tail.getmany(timeout_ms=500)).values():
                    found += [r for r in records if marker.encode() in dict(r.headers).get("reason", b"")]
    finally:
        await tail.stop()
    big, small = sorted(found, key=lambda r: len(dict(r.headers)["reason"]), reverse=True)
    big_headers = {k: v.decode() for k, v in big.headers}
    assert big.value == b""
    assert big_headers["value_omitted"].startswith("1048307 bytes")
    assert (big_headers["original_topic"], big_headers["original_offset"]) == ("tocsin.arrests.reported.v1", "17")
    assert "x-trace" not in big_headers
    assert small.value == b"small"
    assert dict(small.headers)["x-trace"] == b""


async def test_a_tombstone_is_dead_lettered_saying_so_and_replayed_as_a_tombstone(kafka_bootstrap: str) -> None:
    """A null value was dead-lettered as an empty one, and a replay sent back b"" (then dead-lettered again as "value is
    not JSON"); now `original_value: null` says what it was, and the replay restores the tombstone."""
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    await ensure_topics(kafka, (TOPICS[Topic.DEAD_LETTERS], TOPICS[Topic.CONVENTION_STATUS]))
    key = f"XVIII-16|test-{uuid.uuid4().hex}|consent".encode()
    tombstone = consumed(
        None, [("ce_type", b"tocsin.treaty.action")], topic=Topic.CONVENTION_STATUS.value, offset=3, key=key
    )
    broker = make_broker(kafka, service="tombstone-test")
    async with broker:
        await broker.start()
        await DeadLetters(broker, service="tombstone-test").send_record(tombstone, reason="a test tombstone")
    [letter] = [r for r in await tocsin_runtime.admin._read_all(kafka, Topic.DEAD_LETTERS.value) if r.key == key]
    assert dict(letter.headers)["original_value"] == b"null"
    await tocsin_runtime.admin._replay(
        kafka, Topic.CONVENTION_STATUS.value, False, from_offset=letter.offset, include_replayed=False
    )
    back = [r for r in await tocsin_runtime.admin._read_all(kafka, Topic.CONVENTION_STATUS.value) if r.key == key]
    assert [r.value for r in back] == [None]
    assert "original_value" not in dict(back[0].headers)
