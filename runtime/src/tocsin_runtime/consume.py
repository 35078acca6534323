"""Decoding consumed records, the batch parser, and the guard a per-message subscriber (the notifier) runs in.

The guard makes failure handling explicit (STYLE habit 6): permanent failures go to the dead-letter topic and
the message is acked; transient failures are retried with backoff, then the message is nacked (the consumer
seeks back and reads it again). A message read again and again (its store down for minutes) waits longer each
round, up to REDELIVER_WAIT_MAX_S, and is logged once, then once a minute, then when it goes through: not four
lines every second and a half. If the dead letter itself cannot be written, the message is nacked too.
Nothing escapes the guard as an exception, so the ACK policy never acks a message by accident.
"""

import asyncio
import dataclasses
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import structlog
from aiokafka import ConsumerRecord
from aiokafka.errors import KafkaError
from faststream.exceptions import NackMessage
from faststream.kafka import KafkaMessage
from faststream.message import StreamMessage

from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.errors import RuntimeGlueError
from tocsin_runtime.logging import bind_message
from tocsin_runtime.metrics import MESSAGES_CONSUMED, MESSAGES_DEAD_LETTERED
from tocsin_schemas import AnyEvent, ContractError, from_kafka

log = structlog.get_logger()
Raw = TypeVar("Raw")
REDELIVER_WAIT_MAX_S = 15.0  # the longest wait before a message that keeps failing is read again
REDELIVER_LOG_EVERY_S = 60.0


@dataclasses.dataclass
class _Stuck:
    """A partition whose message at `offset` has failed transiently `rounds` times in a row (each round: every
    attempt failed and the message was nacked)."""

    offset: int
    rounds: int
    since: float
    logged_at: float


_stuck: dict[tuple[str, int], _Stuck] = {}


class TransientError(RuntimeGlueError):
    """Raised by handlers for failures worth retrying (a store or a peer briefly unavailable)."""


TRANSIENT: tuple[type[BaseException], ...] = (TransientError, KafkaError, OSError, asyncio.TimeoutError)


async def batch_parser(
    records: "tuple[ConsumerRecord[Any, Any], ...]",
    original: Callable[["tuple[ConsumerRecord[Any, Any], ...]"], Awaitable[StreamMessage[Any]]],
) -> StreamMessage[Any]:
    """FastStream's batch parser, except that a record whose header values are not UTF-8, or null, cannot sink its
    batch.

    FastStream decodes every header value as UTF-8 (a null one raises AttributeError) and, when one fails, drops the
    whole batch unacked but past the consumer's position. Here it parses readable copies instead and hands the
    handler the records as received, so the bad one can be dead-lettered byte for byte. Pass as
    `broker.subscriber(..., batch=True, parser=...)`.
    """
    readable = lambda: tuple(_readable(record) for record in records)  # noqa: E731
    return await _parsed(records, original, readable, any(map(_has_null_header, records)))


async def record_parser(
    record: "ConsumerRecord[Any, Any]",
    original: Callable[["ConsumerRecord[Any, Any]"], Awaitable[StreamMessage[Any]]],
) -> StreamMessage[Any]:
    """`batch_parser` for a per-message subscriber: such a record reaches the handler (and `guarded`) as received,
    instead of failing in FastStream's parser, where it was neither handled nor dead-lettered.
    Pass as `broker.subscriber(..., parser=...)`."""
    return await _parsed(record, original, lambda: _readable(record), _has_null_header(record))


async def _parsed(
    raw: Raw,
    original: Callable[[Raw], Awaitable[StreamMessage[Any]]],
    readable: Callable[[], Raw],
    null_header: bool,
) -> StreamMessage[Any]:
    """`original(raw)`, or, when a header value is null or not UTF-8, `original` of readable copies with the
    message's raw record(s) set back to `raw`, as received."""
    if not null_header:
        try:
            return await original(raw)
        except UnicodeDecodeError:
            pass
    message = await original(readable())
    message.raw_message = raw
    return message


def _has_null_header(record: "ConsumerRecord[Any, Any]") -> bool:
    return any(value is None for _, value in record.headers or ())


def _readable(record: "ConsumerRecord[Any, Any]") -> "ConsumerRecord[Any, Any]":
    headers = [(k, (v or b"").decode("utf-8", "replace").encode()) for k, v in record.headers or ()]
    return dataclasses.replace(record, headers=headers)


async def guarded(
    msg: KafkaMessage,
    work: Callable[[AnyEvent], Awaitable[Any]],
    dead_letters: DeadLetters,
    *,
    attempts: int = 3,
    backoff: float = 0.2,
    permanent: tuple[type[BaseException], ...] = (),
) -> None:
    """Decode `msg` and run `work` on it, classifying every failure; see the module docstring."""
    raw = msg.raw_message
    assert not isinstance(raw, tuple)
    with bind_message(topic=raw.topic, partition=raw.partition, offset=raw.offset):
        try:
            event = from_kafka(raw.value, raw.headers or ())
        except Exception as exc:  # ContractError, or anything pathological input provokes
            await _dead_letter(msg, dead_letters, "undecodable", exc)
            return
        with bind_message(topic=raw.topic, partition=raw.partition, offset=raw.offset, event_id=event.id):
            MESSAGES_CONSUMED.labels(topic=raw.topic).inc()
            rejected: tuple[type[BaseException], ...] = (ContractError, *permanent)
            # taken out while the message is handled; put back only when it is nacked again (`_read_again_later`)
            stuck = _stuck.pop((raw.topic, raw.partition), None)
            if stuck is not None and stuck.offset != raw.offset:  # the partition moved on (another replica, a seek)
                stuck = None
            for attempt in range(1, attempts + 1):
                try:
                    await work(event)
                except rejected as exc:
                    await _dead_letter(msg, dead_letters, "rejected", exc)
                    return
                except TRANSIENT as exc:
                    if stuck is None:  # the first round only: later ones are summed up below
                        log.warning("transient_failure", attempt=attempt, error=repr(exc))
                    await asyncio.sleep(backoff * 2 ** (attempt - 1))
                except Exception as exc:
                    # A bug, not bad luck: keep the message (DLQ) and keep the stream moving.
                    log.exception("handler_crashed")
                    await _dead_letter(msg, dead_letters, "handler_error", exc)
                    return
                else:
                    if stuck is not None:
                        log.info("transient_failure_recovered", rounds=stuck.rounds, failed_for_s=_since(stuck.since))
                    return
            await _read_again_later(raw, stuck, attempts, backoff)


async def _read_again_later(
    raw: "ConsumerRecord[Any, Any]", stuck: _Stuck | None, attempts: int, backoff: float
) -> None:
    """Every attempt failed: note the round, log it (the first, then once a minute), wait longer each round
    (capped), and nack, so the message is read again."""
    now = time.monotonic()
    stuck = stuck or _Stuck(raw.offset, 0, now, 0.0)
    _stuck[(raw.topic, raw.partition)] = stuck
    stuck.rounds += 1
    if stuck.rounds == 1 or now - stuck.logged_at >= REDELIVER_LOG_EVERY_S:
        log.error(
            "transient_failure_redeliver", attempts=attempts, rounds=stuck.rounds, failing_for_s=_since(stuck.since)
        )
        stuck.logged_at = now
    await asyncio.sleep(min(REDELIVER_WAIT_MAX_S, backoff * 2 ** (attempts + stuck.rounds - 1)))
    raise NackMessage()


def _since(started: float) -> float:
    return round(time.monotonic() - started, 1)


async def _dead_letter(msg: KafkaMessage, dead_letters: DeadLetters, reason: str, exc: BaseException) -> None:
    """Dead-letter `msg`; if even that fails, nack it (read again later) rather than let the ack drop it. Logged
    once the dead letter is durable, never before."""
    try:
        await dead_letters.send(msg, reason=f"{reason}: {exc}", exc=exc)
    except Exception as failure:
        log.error("dead_letter_failed", reason=reason, error=repr(failure))
        await asyncio.sleep(1.0)
        raise NackMessage() from failure
    log.warning("message_dead_lettered", reason=reason, error=str(exc)[:500], exception_type=type(exc).__name__)
    MESSAGES_DEAD_LETTERED.labels(reason=reason).inc()
