"""Against a real broker: a record whose header key is not UTF-8 no longer stalls its partition (`lenient_records`)."""

import asyncio
import uuid
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord
from aiokafka.producer import message_accumulator
from aiokafka.record.default_records import _DefaultRecordBatchBuilderPy

from tests.support.kafka import create_topics
from tocsin_runtime import lenient_records

pytestmark = pytest.mark.kafka


class _RawKey(str):
    """A header key that encodes to bytes that are not UTF-8 (as any non-Python producer may send)."""

    def encode(self, *_: Any, **__: Any) -> bytes:
        return b"x-\xff\xfe"


async def _produce(bootstrap: str, topic: str, compression: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, compression_type=compression)
    await producer.start()
    try:
        await producer.send_and_wait(topic, b"first", headers=[("ce_type", b"a")])
        with monkeypatch.context() as patched:  # aiokafka's own builder would refuse to write such a key
            patched.setattr(message_accumulator, "DefaultRecordBatchBuilder", _DefaultRecordBatchBuilderPy)
            batch = producer.create_batch()
            batch.append(key=b"k", value=b"odd", timestamp=None, headers=[(_RawKey("x-bad"), b"kept")])
            batch.append(key=None, value=b"same batch", timestamp=None, headers=[])
            await (await producer.send_batch(batch, topic, partition=0))
        await producer.send_and_wait(topic, b"after", headers=[])
    finally:
        await producer.stop()


@pytest.mark.parametrize("compression", [None, "gzip", "lz4", "zstd", "snappy"])  # every codec Kafka producers use
async def test_a_header_key_that_is_not_utf8_is_read_with_replacement_and_the_partition_goes_on(
    kafka_bootstrap: str, compression: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every record is read, in order, the odd key with U+FFFD, its value and the records after it untouched."""
    topic = f"test-lenient-{uuid.uuid4().hex[:8]}"
    await create_topics(kafka_bootstrap, topic)
    await _produce(kafka_bootstrap, topic, compression, monkeypatch)
    lenient_records.install()
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=kafka_bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    got: list[ConsumerRecord[bytes, bytes]] = []
    try:
        async with asyncio.timeout(30):
            while len(got) < 4:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    got.extend(records)
    finally:
        await consumer.stop()
    assert [r.value for r in got] == [b"first", b"odd", b"same batch", b"after"]
    assert [r.offset for r in got] == [0, 1, 2, 3]
    assert got[1].headers == (("x-\ufffd\ufffd", b"kept"),)
    assert got[1].key == b"k"
    assert got[2].key is None
    assert got[1].timestamp > 0
