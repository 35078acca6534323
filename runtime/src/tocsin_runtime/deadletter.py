"""The dead-letter publisher: the record as received, with its origin in headers.

A record too large to be copied (its value and headers, plus the origin headers, over the broker's message size)
is dead-lettered without its value and its own headers, saying so in `value_omitted`: the origin headers still say
where to read it, and the stream goes on instead of failing to publish the copy forever.
"""

from typing import Any

from aiokafka import ConsumerRecord
from aiokafka.errors import MessageSizeTooLargeError
from faststream.kafka import KafkaBroker, KafkaMessage

from tocsin_runtime.publish import renewing_on_failure
from tocsin_schemas import Topic

MAX_REASON = 1000


class DeadLetters:
    """Publishes records a consumer could not process to Topic.DEAD_LETTERS."""

    def __init__(self, broker: KafkaBroker, *, service: str) -> None:
        self._broker = broker
        self._service = service

    async def send(self, msg: KafkaMessage, *, reason: str, exc: BaseException | None = None) -> None:
        """Publish the raw record (value, key, headers kept) and wait until it is durable."""
        raw = msg.raw_message
        assert not isinstance(raw, tuple)
        await self.send_record(raw, reason=reason, exc=exc)

    async def send_record(
        self, raw: "ConsumerRecord[Any, Any]", *, reason: str, exc: BaseException | None = None
    ) -> None:
        """`send` for one consumed record, e.g. one of a batch: published as received, origin in headers."""
        origin = {
            "original_topic": raw.topic,
            "original_partition": str(raw.partition),
            "original_offset": str(raw.offset),
            "original_timestamp": str(raw.timestamp),
            "reason": reason[:MAX_REASON],
            "exception_type": type(exc).__name__ if exc else "",
            "dead_lettered_by": self._service,
        }
        if raw.value is None:  # a tombstone: published as an empty value, said so, and replayed as null again
            origin[NULL_VALUE_HEADER] = "null"
        headers = {k: _text(v) for k, v in (raw.headers or ())} | origin
        try:
            async with renewing_on_failure(self._broker):
                await self._broker.publish(raw.value or b"", Topic.DEAD_LETTERS.value, key=raw.key, headers=headers)
        except MessageSizeTooLargeError:
            omitted = f"{record_size(raw)} bytes of value and headers, too large to copy: read the record at its origin"
            await self._broker.publish(
                b"", Topic.DEAD_LETTERS.value, key=raw.key, headers=origin | {"value_omitted": omitted}
            )

    async def send_raw(self, value: bytes, *, key: bytes | None, headers: dict[str, str]) -> None:
        """Dead-letter something that did not come from a consumed record (e.g. an exhausted delivery)."""
        async with renewing_on_failure(self._broker):
            await self._broker.publish(value, Topic.DEAD_LETTERS.value, key=key, headers=headers)


NULL_VALUE_HEADER = "original_value"  # "null": the record had no value (a tombstone), not an empty one


def record_size(raw: "ConsumerRecord[Any, Any]") -> int:
    """The bytes a consumed record carries: its value, and its headers' names and values."""
    return len(raw.value or b"") + sum(len(k) + len(v or b"") for k, v in raw.headers or ())


def _text(value: bytes | str | None) -> str:
    if value is None:  # Kafka allows a null header value
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
