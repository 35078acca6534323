"""Every replica keeps following the compacted status topic after its initial load, through bad records and outages."""

import asyncio
import time
import uuid
from collections.abc import Callable

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewPartitions, NewTopic
from prometheus_client import REGISTRY

import tocsin_classifier.status_topic
from tests.classifier.factories import treaty_action
from tests.support.kafka import free_port
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.status_topic import FOLLOWING, STALE_AFTER_S, StatusFollower, record_freshness
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import TOPICS, Topic, TreatyActionEvent, to_kafka
from tocsin_schemas.topics import status_key

DEADLINE_S = 30.0


def _name() -> str:
    return f"test-classifier-status-follow-{uuid.uuid4().hex[:8]}"


async def _create_status_topic(bootstrap: str, name: str) -> None:
    """A topic shaped like the contract's status topic (its partitions, compacted), under a name of its own."""
    spec = TOPICS[Topic.CONVENTION_STATUS]
    configs = {"cleanup.policy": "compact"} if spec.compacted else {}
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, spec.partitions, 1, topic_configs=configs)])
    finally:
        await admin.close()


async def _publish(bootstrap: str, topic: str, *items: TreatyActionEvent | tuple[bytes, bytes | None]) -> None:
    """Events as the watcher writes them (keyed by status_key); (key, value) pairs as raw records."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for item in items:
            if isinstance(item, TreatyActionEvent):
                record = to_kafka(item)
                headers = [(k, v.encode()) for k, v in record.headers.items()]
                await producer.send_and_wait(topic, record.value, key=status_key(item).encode(), headers=headers)
            else:
                key, value = item
                await producer.send_and_wait(topic, value, key=key, headers=[("ce_type", b"tocsin.treaty.action")])
    finally:
        await producer.stop()


async def _until(condition: Callable[[], bool]) -> None:
    """Poll `condition` (the table is filled by the follower's task) until it holds, failing after DEADLINE_S."""
    async with asyncio.timeout(DEADLINE_S):
        while True:
            if condition():
                return
            await asyncio.sleep(0.1)


def _ratified(table: ConventionStatus, code: str) -> bool:
    row = table.for_country(code)
    return row is not None and row.ratified


@pytest.mark.kafka
async def test_follower_applies_actions_published_after_the_load_and_skips_garbage(kafka_bootstrap: str) -> None:
    """Loaded, then following: a later ratification arrives even behind a garbage record and a tombstone."""
    topic = _name()
    await _create_status_topic(kafka_bootstrap, topic)
    await _publish(kafka_bootstrap, topic, treaty_action("Viet Nam", "VNM", "signature", day=1))
    table = ConventionStatus()
    follower = StatusFollower(KafkaSettings(bootstrap_servers=kafka_bootstrap), table, topic=topic, poll_ms=100)
    assert await follower.load(timeout=DEADLINE_S) == 1
    follower.start()
    try:
        ratification = treaty_action("Viet Nam", "VNM", "ratification", day=9)
        same_partition = status_key(ratification).encode()  # so the garbage is read before the ratification
        await _publish(kafka_bootstrap, topic, (same_partition, b"garbage"), (same_partition, None), ratification)
        await _until(lambda: _ratified(table, "VNM"))
        await _publish(kafka_bootstrap, topic, treaty_action("Nigeria", "NGA", "ratification", day=12))
        await _until(lambda: _ratified(table, "NGA"))
        assert follower.running
    finally:
        await follower.stop()
    row = table.for_country("VNM")
    assert row is not None
    assert row.as_context()["signed"] == "2026-02-01"
    assert row.as_context()["consent"] == {"kind": "ratification", "date": "2026-02-09"}
    assert not follower.running


@pytest.mark.kafka
async def test_a_tombstone_takes_its_key_out_of_the_table_and_garbage_is_counted(kafka_bootstrap: str) -> None:
    """A tombstone deletes its key on a compacted topic, and the table forgets it too, following or loading: an
    operator's way to take out a wrong entry (a mis-encoded name once got in for good). Garbage is counted."""
    topic = _name()
    await _create_status_topic(kafka_bootstrap, topic)
    signed, ratified = treaty_action("Viet Nam", "VNM", "signature", day=1), treaty_action("Viet Nam", "VNM", day=9)
    kept = treaty_action("Nigeria", "NGA", day=12)
    skipped = REGISTRY.get_sample_value("tocsin_classifier_convention_status_records_skipped_total") or 0.0
    await _publish(kafka_bootstrap, topic, signed, ratified, kept, (b"XVIII-16|VNM|consent", b"{not json"))
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    table = ConventionStatus()
    follower = StatusFollower(kafka, table, topic=topic, poll_ms=100)
    await follower.load(timeout=DEADLINE_S)
    assert _ratified(table, "VNM")
    assert REGISTRY.get_sample_value("tocsin_classifier_convention_status_records_skipped_total") == skipped + 1
    follower.start()
    try:
        await _publish(kafka_bootstrap, topic, (status_key(ratified).encode(), None))
        await _until(lambda: not _ratified(table, "VNM"))
        assert table.for_country("VNM") is not None  # still a signatory
        await _publish(kafka_bootstrap, topic, (status_key(signed).encode(), None))
        await _until(lambda: table.for_country("VNM") is None)
    finally:
        await follower.stop()
    reloaded = ConventionStatus()
    await StatusFollower(kafka, reloaded, topic=topic).load(timeout=DEADLINE_S)
    assert reloaded.for_country("VNM") is None
    assert _ratified(reloaded, "NGA")


@pytest.mark.kafka
async def test_follower_started_before_the_topic_exists_reads_it_once_created(kafka_bootstrap: str) -> None:
    """No status topic at start is not fatal: the follower waits for it, then reads it from the beginning."""
    topic = _name()
    table = ConventionStatus()
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    follower = StatusFollower(kafka, table, topic=topic, poll_ms=100, retry_s=0.2)
    assert await follower.load(timeout=DEADLINE_S) == 0
    follower.start()
    try:
        await _create_status_topic(kafka_bootstrap, topic)
        await _publish(kafka_bootstrap, topic, treaty_action("Chad", "TCD", "accession", day=3))
        await _until(lambda: _ratified(table, "TCD"))
    finally:
        await follower.stop()
    assert len(table) == 1


@pytest.mark.kafka
async def test_follower_reads_a_partition_added_while_it_runs(
    kafka_bootstrap: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Partitions added to the status topic are found on the next check and read from their beginning."""
    monkeypatch.setattr(tocsin_classifier.status_topic, "PARTITIONS_CHECK_S", 0.2)
    topic = _name()
    await _create_status_topic(kafka_bootstrap, topic)
    table = ConventionStatus()
    follower = StatusFollower(KafkaSettings(bootstrap_servers=kafka_bootstrap), table, topic=topic, poll_ms=100)
    await follower.load(timeout=DEADLINE_S)
    follower.start()
    try:
        admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
        await admin.start()
        try:
            added = TOPICS[Topic.CONVENTION_STATUS].partitions
            await admin.create_partitions({topic: NewPartitions(total_count=added + 1)})
        finally:
            await admin.close()
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
        await producer.start()
        try:
            record = to_kafka(treaty_action("Chile", "CHL", "ratification", day=5))
            headers = [(k, v.encode()) for k, v in record.headers.items()]
            await producer.send_and_wait(topic, record.value, key=b"CHL", headers=headers, partition=added)
        finally:
            await producer.stop()
        await _until(lambda: _ratified(table, "CHL"))
    finally:
        await follower.stop()


async def test_follower_keeps_retrying_while_kafka_is_unreachable_and_stops_cleanly() -> None:
    """Kafka down: failures are counted and retried (the follower stays alive), and stop() still ends it."""

    def failures() -> float:
        return REGISTRY.get_sample_value("tocsin_classifier_convention_status_follow_failures_total") or 0.0

    before = failures()
    kafka = KafkaSettings(bootstrap_servers=f"127.0.0.1:{free_port()}")
    follower = StatusFollower(kafka, ConventionStatus(), topic=_name(), retry_s=0.05)
    FOLLOWING.set(1)  # as a follower that was connected would have left it
    follower.start()
    try:
        await _until(lambda: failures() >= before + 3)
        assert follower.running
        assert REGISTRY.get_sample_value("tocsin_classifier_convention_status_following") == 0
    finally:
        await follower.stop()
    assert not follower.running


async def test_stopping_a_follower_that_never_started_is_harmless() -> None:
    """stop() before start() returns at once and leaves nothing running."""
    follower = StatusFollower(KafkaSettings(bootstrap_servers="127.0.0.1:1"), ConventionStatus())
    await follower.stop()
    assert not follower.running


def _gauge(name: str) -> float | None:
    return REGISTRY.get_sample_value(name)


@pytest.mark.kafka
async def test_a_following_follower_reports_fresh_answers_from_every_partition(kafka_bootstrap: str) -> None:
    """Connected and idle: `following` is 1 and the last read is within a few seconds of now."""
    topic = _name()
    await _create_status_topic(kafka_bootstrap, topic)
    follower = StatusFollower(
        KafkaSettings(bootstrap_servers=kafka_bootstrap), ConventionStatus(), topic=topic, poll_ms=100
    )
    await follower.load(timeout=DEADLINE_S)
    follower.start()
    try:
        started = time.time()
        await _until(lambda: (_gauge("tocsin_classifier_convention_status_last_read_timestamp_seconds") or 0) > started)
        assert _gauge("tocsin_classifier_convention_status_following") == 1
    finally:
        await follower.stop()
    assert _gauge("tocsin_classifier_convention_status_following") == 0


def test_freshness_falls_to_not_following_once_one_partition_has_gone_unanswered_too_long() -> None:
    """aiokafka hides an outage inside getmany (it returns nothing): the partitions' answer times reveal it."""
    now = 1_000_000.0
    record_freshness([(int((now - 1) * 1000), True), (int((now - 2) * 1000), True)], now=now)
    assert _gauge("tocsin_classifier_convention_status_following") == 1
    assert _gauge("tocsin_classifier_convention_status_last_read_timestamp_seconds") == now - 2
    stale = now - STALE_AFTER_S - 1
    record_freshness([(int((now - 1) * 1000), True), (int(stale * 1000), True)], now=now)
    assert _gauge("tocsin_classifier_convention_status_following") == 0
    assert _gauge("tocsin_classifier_convention_status_last_read_timestamp_seconds") == stale


def test_a_partition_never_answered_is_not_followed() -> None:
    """After a reconnect, a partition with no answer yet (its leader gone, say) keeps the follower at 0 for good."""
    now = 2_000_000.0
    record_freshness([(int(now * 1000), True)], now=now)
    assert _gauge("tocsin_classifier_convention_status_following") == 1
    record_freshness([(None, False), (int(now * 1000), True)], now=now + 3600)
    assert _gauge("tocsin_classifier_convention_status_following") == 0
    assert _gauge("tocsin_classifier_convention_status_last_read_timestamp_seconds") == now


def test_the_last_read_waits_while_a_partition_is_behind_its_high_watermark() -> None:
    """Answered but still reading a backlog: following, yet the table is only as current as before."""
    now = 3_000_000.0
    record_freshness([(int(now * 1000), True)], now=now)
    record_freshness([(int((now + 5) * 1000), False), (int((now + 5) * 1000), True)], now=now + 5)
    assert _gauge("tocsin_classifier_convention_status_following") == 1
    assert _gauge("tocsin_classifier_convention_status_last_read_timestamp_seconds") == now
    record_freshness([(int((now + 9) * 1000), True), (int((now + 9) * 1000), True)], now=now + 9)
    assert _gauge("tocsin_classifier_convention_status_last_read_timestamp_seconds") == now + 9


@pytest.mark.kafka
async def test_a_fetch_that_hangs_is_a_failure_and_the_follower_starts_over(
    kafka_bootstrap: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fetch that never returns no longer freezes `following` at 1: it counts a failure, drops to 0, and a new
    consumer picks the topic up again (an action published meanwhile is applied)."""
    topic = _name()
    await _create_status_topic(kafka_bootstrap, topic)
    table = ConventionStatus()
    follower = StatusFollower(
        KafkaSettings(bootstrap_servers=kafka_bootstrap), table, topic=topic, poll_ms=100, retry_s=0.05
    )
    await follower.load(timeout=DEADLINE_S)
    hung = asyncio.Event()
    real_getmany = AIOKafkaConsumer.getmany

    async def hang_once(self: object, *args: object, **kwargs: object) -> object:
        if not hung.is_set():
            hung.set()
            await asyncio.Event().wait()  # as the fetch did across a broker restart
        return await real_getmany(self, *args, **kwargs)

    monkeypatch.setattr(tocsin_classifier.status_topic, "FETCH_HANG_S", 0.5)
    monkeypatch.setattr(AIOKafkaConsumer, "getmany", hang_once)
    failures_before = _gauge("tocsin_classifier_convention_status_follow_failures_total") or 0.0
    FOLLOWING.set(1)
    follower.start()
    try:
        await _until(
            lambda: (_gauge("tocsin_classifier_convention_status_follow_failures_total") or 0) > failures_before
        )
        await _publish(kafka_bootstrap, topic, treaty_action("Kenya", "KEN", "ratification"))
        await _until(lambda: _ratified(table, "KEN"))
        await _until(lambda: _gauge("tocsin_classifier_convention_status_following") == 1)
    finally:
        await follower.stop()
