"""Glue for batch subscribers: dead-lettering one record of a batch, and a parser that survives bad headers."""

from typing import Any

from aiokafka.structs import ConsumerRecord
from faststream.kafka import KafkaMessage, TestKafkaBroker
from faststream.kafka.message import KafkaAckableMessage
from faststream.kafka.parser import AioKafkaBatchParser, AioKafkaParser

from tests.support.records import consumed
from tocsin_runtime.broker import make_broker
from tocsin_runtime.consume import batch_parser, record_parser
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import Topic


def _record(offset: int, value: bytes, headers: list[tuple[str, bytes | None]]) -> "ConsumerRecord[Any, Any]":
    return consumed(value, headers, offset=offset)


async def test_send_record_publishes_the_record_as_received_with_its_origin() -> None:
    """One record of a batch reaches the dead letters with value, key, headers and origin headers."""
    broker = make_broker(KafkaSettings(), service="glue-test")
    dead: list[tuple[bytes | None, dict[str, str], bytes]] = []

    @broker.subscriber(Topic.DEAD_LETTERS.value, group_id="capture")
    async def on_dead_letter(msg: KafkaMessage) -> None:
        raw = msg.raw_message
        assert not isinstance(raw, tuple)
        dead.append((raw.key, {k: v.decode() for k, v in raw.headers}, raw.value or b""))

    async with TestKafkaBroker(broker):
        await DeadLetters(broker, service="svc").send_record(
            _record(7, b"garbage", [("ce_type", b"x")]), reason="undecodable: no", exc=ValueError("no")
        )
    [(key, headers, value)] = dead
    assert (key, value) == (b"k", b"garbage")
    assert headers["ce_type"] == "x"
    assert (headers["original_topic"], headers["original_partition"], headers["original_offset"]) == ("t", "1", "7")
    assert (headers["reason"], headers["exception_type"], headers["dead_lettered_by"]) == (
        "undecodable: no",
        "ValueError",
        "svc",
    )


async def test_batch_parser_keeps_a_batch_whose_record_has_non_utf8_headers() -> None:
    """FastStream's parser fails on a non-UTF-8 header; the batch is still parsed and the records kept as received."""
    parser = AioKafkaBatchParser(msg_class=KafkaAckableMessage, regex=None)
    records = (_record(1, b"good", [("ce_type", b"a")]), _record(2, b"bad", [("ce_type", b"\xff\xfe")]))
    message = await batch_parser(records, parser.parse_batch)
    assert message.raw_message is records
    assert message.body == [b"good", b"bad"]


async def test_batch_parser_leaves_readable_batches_to_faststream() -> None:
    """A batch with readable headers is parsed exactly as FastStream would."""
    parser = AioKafkaBatchParser(msg_class=KafkaAckableMessage, regex=None)
    records = (_record(1, b"good", [("ce_type", b"a")]),)
    message = await batch_parser(records, parser.parse_batch)
    assert message.raw_message is records
    assert message.headers == {"ce_type": "a"}


async def test_batch_parser_keeps_a_batch_whose_record_has_a_null_header_value() -> None:
    """Kafka allows a null header value; FastStream's parser raised AttributeError on it and the batch was lost."""
    parser = AioKafkaBatchParser(msg_class=KafkaAckableMessage, regex=None)
    records = (_record(1, b"good", [("ce_type", b"a")]), _record(2, b"valid", [("x-trace", None)]))
    message = await batch_parser(records, parser.parse_batch)
    assert message.raw_message is records
    assert message.body == [b"good", b"valid"]


async def test_record_parser_hands_a_record_with_unreadable_headers_on_as_received() -> None:
    """A per-message subscriber (the notifier's) gets the record, not a parser error that skips it."""
    parser = AioKafkaParser(msg_class=KafkaAckableMessage, regex=None)
    for headers in ([("x-trace", b"\xff\xfe")], [("x-trace", None)]):
        record = _record(3, b"valid", [("ce_type", b"a"), *headers])
        message = await record_parser(record, parser.parse_message)
        assert message.raw_message is record
        assert message.body == b"valid"
    readable = _record(4, b"good", [("ce_type", b"a")])
    assert (await record_parser(readable, parser.parse_message)).headers == {"ce_type": "a"}
