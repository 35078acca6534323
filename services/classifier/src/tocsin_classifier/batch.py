"""judge(record, context): the fate of one consumed watcher record, its alert or its reason for the DLQ.

Pure: no Kafka client, no broker. The subscriber in `app` judges every record of a polled batch in order,
publishes the alerts and dead-letters the rejections; treaty actions update the status table as they pass.
"""

from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from aiokafka import ConsumerRecord

from tocsin_classifier.classify import WATCHER_EVENTS, classified_event
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.errors import OversizeEventError, UnexpectedEventError
from tocsin_runtime.deadletter import record_size
from tocsin_schemas import AlertClassifiedEvent, ContractError, KafkaRecord, TreatyActionEvent, from_kafka, to_kafka

Record: TypeAlias = ConsumerRecord[Any, Any]
Reason = Literal["undecodable", "rejected", "handler_error"]
# A watcher event is a few kB (summaries are cut at 1,000 characters). Its alert embeds it, and Kafka refuses a
# message over 1 MiB by default: a record near that size could never be published, and read again forever.
MAX_RECORD_BYTES = 512 * 1024


@dataclass(frozen=True, slots=True)
class Classified:
    """A record judged: its alert, encoded for Kafka with the input's key."""

    record: Record
    alert: AlertClassifiedEvent
    output: KafkaRecord


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record for the dead letters: `undecodable` (not a v1 event), `rejected` or `handler_error` (a bug)."""

    record: Record
    reason: Reason
    error: BaseException


def judge(record: Record, context: ConventionStatus) -> Classified | Rejected:
    """Decode, classify and encode one record, never raising; a treaty action is applied to `context` first."""
    if (size := record_size(record)) > MAX_RECORD_BYTES:
        return Rejected(record, "rejected", OversizeEventError(f"record of {size} bytes (at most {MAX_RECORD_BYTES})"))
    try:
        event = from_kafka(record.value, record.headers or ())
    except Exception as exc:  # ContractError, or anything else pathological input provokes: never raise
        return Rejected(record, "undecodable", exc)
    if not isinstance(event, WATCHER_EVENTS):
        return Rejected(record, "rejected", UnexpectedEventError(f"{event.type} is not a watcher event"))
    try:
        if isinstance(event, TreatyActionEvent):
            context.apply(event.data)
        alert = classified_event(event, context)
        output = to_kafka(alert)
    except ContractError as exc:
        return Rejected(record, "rejected", exc)
    except Exception as exc:  # a bug, not bad data: the record is kept on the DLQ and the stream moves on
        return Rejected(record, "handler_error", exc)
    if record.key is not None:
        output = KafkaRecord(topic=output.topic, key=record.key, value=output.value, headers=output.headers)
    return Classified(record, alert, output)
