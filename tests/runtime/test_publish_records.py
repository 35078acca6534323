"""publish_records: a batch of encoded records sent through the broker's producer and awaited together."""

import uuid

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.errors import MessageSizeTooLargeError, OutOfOrderSequenceNumber
from faststream.kafka import KafkaMessage, TestKafkaBroker

from tests.support.kafka import create_topics
from tocsin_runtime.broker import make_broker
from tocsin_runtime.publish import _aiokafka_producer, publish_records
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import KafkaRecord


def _records(topic: str, count: int) -> list[KafkaRecord]:
    return [
        KafkaRecord(topic=topic, key=b"VNM", value=f"event {i}".encode(), headers={"ce_type": "t", "ce_id": str(i)})
        for i in range(count)
    ]


async def _read_all(bootstrap: str, topic: str) -> list[tuple[bytes | None, bytes | None, dict[str, bytes]]]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    try:
        batches = await consumer.getmany(timeout_ms=5000)
        return [(r.key, r.value, dict(r.headers)) for rs in batches.values() for r in rs]
    finally:
        await consumer.stop()


@pytest.mark.kafka
async def test_every_record_is_on_the_topic_in_order_when_publish_records_returns(kafka_bootstrap: str) -> None:
    """Once publish_records returns, all records are durable, in order, with their keys and headers."""
    topic = f"test-publish-records-{uuid.uuid4().hex[:8]}"
    await create_topics(kafka_bootstrap, topic)
    broker = make_broker(KafkaSettings(bootstrap_servers=kafka_bootstrap), service="publish-test")
    async with broker:
        await broker.start()
        assert _aiokafka_producer(broker) is not None  # FastStream's private producer state is still where we look
        await publish_records(broker, _records(topic, 120))
        found = await _read_all(kafka_bootstrap, topic)
    assert [value for _, value, _ in found] == [f"event {i}".encode() for i in range(120)]
    assert {key for key, _, _ in found} == {b"VNM"}
    assert found[7][2] == {"ce_type": b"t", "ce_id": b"7"}


@pytest.mark.kafka
async def test_a_record_that_cannot_be_sent_raises_after_the_others_are_durable(kafka_bootstrap: str) -> None:
    """A failed send is raised to the caller, and nothing handed over before it is left in flight."""
    topic = f"test-publish-records-{uuid.uuid4().hex[:8]}"
    await create_topics(kafka_bootstrap, topic)
    too_large = KafkaRecord(topic=topic, key=b"k", value=b"x" * 2_000_000, headers={})
    broker = make_broker(KafkaSettings(bootstrap_servers=kafka_bootstrap), service="publish-test")
    async with broker:
        await broker.start()
        with pytest.raises(MessageSizeTooLargeError):
            await publish_records(broker, [*_records(topic, 3), too_large])
        found = await _read_all(kafka_bootstrap, topic)
    assert [value for _, value, _ in found] == [b"event 0", b"event 1", b"event 2"]


async def test_under_the_test_broker_records_are_published_in_memory() -> None:
    """Without a real producer (TestKafkaBroker) every record still reaches the subscribers, topic overridden."""
    broker = make_broker(KafkaSettings(), service="publish-test")
    seen: list[tuple[bytes | None, str]] = []

    @broker.subscriber("elsewhere", group_id="capture")
    async def on_record(msg: KafkaMessage) -> None:
        raw = msg.raw_message
        assert not isinstance(raw, tuple)
        seen.append((raw.key, dict(raw.headers)["ce_id"].decode()))

    async with TestKafkaBroker(broker):
        await publish_records(broker, _records("ignored", 2), topic="elsewhere")
    assert seen == [(b"VNM", "0"), (b"VNM", "1")]


@pytest.mark.kafka
async def test_a_producer_broken_for_good_is_renewed_so_the_next_publish_succeeds(
    kafka_bootstrap: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After OutOfOrderSequenceNumber (an idempotent producer never sends again), the failure is raised and the
    broker gets a new producer: the next publish reaches the real broker."""
    topic = f"test-renew-{uuid.uuid4().hex[:8]}"
    await create_topics(kafka_bootstrap, topic)
    broker = make_broker(KafkaSettings(bootstrap_servers=kafka_bootstrap), service="renew-test")
    async with broker:
        await broker.start()
        broken = _aiokafka_producer(broker)
        assert broken is not None

        async def out_of_order(*_: object, **__: object) -> None:
            raise OutOfOrderSequenceNumber()

        monkeypatch.setattr(broken, "send", out_of_order)  # the state a broker restart left a notifier in
        with pytest.raises(OutOfOrderSequenceNumber):
            await publish_records(broker, _records(topic, 1))
        renewed = _aiokafka_producer(broker)
        assert renewed is not None
        assert renewed is not broken
        await publish_records(broker, _records(topic, 2))
    assert [value for _, value, _ in await _read_all(kafka_bootstrap, topic)] == [b"event 0", b"event 1"]
