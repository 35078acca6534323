"""Rebuild the convention-status table from the compacted topic, read from the beginning to its end offsets."""

import asyncio

import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from tocsin_classifier.convention import ConventionStatus
from tocsin_runtime.broker import admin_kwargs
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import ContractError, Topic, TreatyActionEvent, from_kafka

log = structlog.get_logger()


async def load_convention_status(
    kafka: KafkaSettings, table: ConventionStatus, *, timeout: float = 60.0, topic: str = Topic.CONVENTION_STATUS
) -> int:
    """Apply every treaty action on `topic` up to its current end; returns how many records were applied."""
    consumer = AIOKafkaConsumer(enable_auto_commit=False, **admin_kwargs(kafka))
    await consumer.start()
    try:
        assigned = [TopicPartition(topic, p) for p in await partitions_of(kafka, topic)]
        if not assigned:
            log.warning("convention_status_topic_missing", topic=topic)
            return 0
        consumer.assign(assigned)
        await consumer.seek_to_beginning(*assigned)
        end = await consumer.end_offsets(assigned)
        applied = await asyncio.wait_for(_read_until(consumer, table, end), timeout)
        log.info("convention_status_loaded", records=applied, participants=len(table))
        return applied
    finally:
        await consumer.stop()


async def partitions_of(kafka: KafkaSettings, topic: str) -> list[int]:
    """The partition numbers of `topic`; empty when it does not exist."""
    admin = AIOKafkaAdminClient(**admin_kwargs(kafka))
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    if described.get("error_code"):
        return []
    return sorted(p["partition"] for p in described["partitions"])


async def _read_until(consumer: AIOKafkaConsumer, table: ConventionStatus, end: dict[TopicPartition, int]) -> int:
    applied = 0
    pending = {tp for tp, offset in end.items() if offset > 0}
    while pending:
        batches = await consumer.getmany(*pending, timeout_ms=500)
        for records in batches.values():
            for record in records:
                applied += _apply(table, record.value, record.headers or ())
        pending = {tp for tp in pending if await consumer.position(tp) < end[tp]}
    return applied


def _apply(table: ConventionStatus, value: bytes | None, headers: object) -> int:
    if value is None:  # a tombstone: nothing to apply
        return 0
    try:
        event = from_kafka(value, headers)  # type: ignore[arg-type]
    except ContractError as exc:
        log.warning("convention_status_record_skipped", error=str(exc))
        return 0
    if isinstance(event, TreatyActionEvent) and table.apply(event.data):
        return 1
    return 0
