"""A record whose header key is not UTF-8 must not wedge a consumer (`install`, called by `make_broker`).

aiokafka 0.14 decodes header keys strictly while it unpacks a fetch: one such record makes every fetch of its
partition raise UnicodeDecodeError before any handler sees it, FastStream retries the fetch forever, and nothing
behind it on the partition is read again, across restarts (found by a user-acceptance tester). Kafka's own Java
client reads header keys with replacement characters; so does this.

`install` wraps aiokafka's fetcher in two places: the fetched bytes of a partition are kept beside the parsed
records, and when unpacking them raises UnicodeDecodeError the rest of that fetch is read again by `_lenient`: the
record format v2 walked here from the batch on (aiokafka's pure-Python batch only decompresses), header keys decoded
with U+FFFD for what is not UTF-8, keys, values and header values untouched. The record then reaches the service like
any other, which dead-letters it with its origin if it is not a valid event. Only the fetch that failed pays for
the slow path. Transactional (read_committed) fetches are not handled: Tocsin's topics are not transactional.
"""

from collections.abc import Iterator
from typing import Any, NamedTuple

from aiokafka.consumer import fetcher
from aiokafka.record.default_records import _DefaultRecordBatchPy
from aiokafka.record.util import decode_varint

_installed = False
_BATCH_OVERHEAD = 12  # baseOffset int64 + batchLength int32: the bytes before a batch's length counts from
_MAGIC_AT = 16  # baseOffset, batchLength, partitionLeaderEpoch int32, then the magic byte


class Record(NamedTuple):
    """What `PartitionRecords._consumer_record` reads of a record."""

    offset: int
    timestamp: int
    timestamp_type: int
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes | None]]
    checksum: None = None


class _KeptBytes:
    """aiokafka's MemoryRecords over a partition's fetched bytes, with the bytes kept for `_lenient`."""

    __slots__ = ("_records", "raw")

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self._records = _MEMORY_RECORDS(raw)

    def has_next(self) -> bool:
        return bool(self._records.has_next())

    def next_batch(self) -> Any:
        return self._records.next_batch()

    def size_in_bytes(self) -> int:
        return int(self._records.size_in_bytes())


_MEMORY_RECORDS = fetcher.MemoryRecords
_UNPACK = fetcher.PartitionRecords._unpack_records


def install() -> None:
    """Make every aiokafka consumer of this process read header keys leniently (idempotent)."""
    global _installed
    if _installed:
        return
    fetcher.MemoryRecords = _KeptBytes
    fetcher.PartitionRecords._unpack_records = _unpack_records
    _installed = True


def _unpack_records(self: Any) -> Iterator[Any]:
    try:
        yield from _UNPACK(self)
    except UnicodeDecodeError:
        raw = getattr(self._records, "raw", None)
        if raw is None:
            raise
        yield from _lenient(self, raw)


def _lenient(partition: Any, raw: bytes) -> Iterator[Any]:
    """The records of `raw` from `partition.next_fetch_offset` on, header keys decoded with replacement."""
    for batch in _batches(raw):
        if batch.is_control_batch:
            partition.next_fetch_offset = batch.next_offset
            continue
        for record in _records_of(batch):
            if record.offset < partition.next_fetch_offset:
                continue
            consumer_record = partition._consumer_record(partition._tp, record)
            partition.next_fetch_offset = record.offset + 1
            yield consumer_record
        partition.next_fetch_offset = batch.next_offset


def _batches(raw: bytes) -> Iterator[_DefaultRecordBatchPy]:
    """The whole v2 batches in a fetch (a fetch may end inside a batch; older formats carry no headers)."""
    view, pos = memoryview(raw), 0
    while pos + _MAGIC_AT < len(raw):
        end = pos + _BATCH_OVERHEAD + int.from_bytes(view[pos + 8 : pos + _BATCH_OVERHEAD], "big", signed=True)
        if end > len(raw):
            return
        if view[pos + _MAGIC_AT] >= 2:
            yield _DefaultRecordBatchPy(view[pos:end])
        pos = end


def _records_of(batch: _DefaultRecordBatchPy) -> Iterator[Record]:
    """The batch's records (format v2: length, attributes, timestamp and offset deltas, key, value, headers)."""
    batch._maybe_uncompress()
    buffer, pos = batch._buffer, batch._pos
    for _ in range(batch._num_records):
        length, pos = decode_varint(buffer, pos)
        end = pos + length
        pos += 1  # attributes: unused
        timestamp_delta, pos = decode_varint(buffer, pos)
        offset_delta, pos = decode_varint(buffer, pos)
        key, pos = _bytes(buffer, pos)
        value, pos = _bytes(buffer, pos)
        count, pos = decode_varint(buffer, pos)
        headers = []
        for _ in range(count):
            name, pos = _bytes(buffer, pos)
            header_value, pos = _bytes(buffer, pos)
            headers.append(((name or b"").decode("utf-8", "replace"), header_value))
        yield Record(
            batch.base_offset + offset_delta,
            batch.max_timestamp if batch.timestamp_type else batch.first_timestamp + timestamp_delta,
            batch.timestamp_type,
            key,
            value,
            headers,
        )
        pos = end


def _bytes(buffer: bytearray, pos: int) -> tuple[bytes | None, int]:
    size, pos = decode_varint(buffer, pos)
    if size < 0:
        return None, pos
    return bytes(buffer[pos : pos + size]), pos + size
