"""Consumed Kafka records built by hand, for tests of what consumers do with them (no broker needed)."""

from typing import Any

from aiokafka.structs import ConsumerRecord


def consumed(
    value: bytes | None,
    headers: list[tuple[str, bytes | None]],
    *,
    topic: str = "t",
    partition: int = 1,
    offset: int = 0,
    key: bytes | None = b"k",
    timestamp: int = 1234,
) -> "ConsumerRecord[Any, Any]":
    """A record as aiokafka hands it to a consumer."""
    return ConsumerRecord(
        topic=topic,
        partition=partition,
        offset=offset,
        timestamp=timestamp,
        timestamp_type=0,
        key=key,
        value=value,
        checksum=None,
        serialized_key_size=-1 if key is None else len(key),
        serialized_value_size=-1 if value is None else len(value),
        headers=headers,
    )
