"""The foundation against a real Apache Kafka broker: round trip, at-least-once, dead letters, topics."""

import asyncio
import json
import os
import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from faststream import AckPolicy
from faststream.kafka import KafkaMessage
from structlog.testing import capture_logs

import tocsin_schemas as s
from tests.support.kafka import create_topics
from tocsin_runtime.broker import ensure_topics, make_broker
from tocsin_runtime.consume import guarded
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.publish import publish_event
from tocsin_runtime.settings import KafkaSettings

pytestmark = pytest.mark.kafka
HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def _name(prefix: str) -> str:
    return f"test.{prefix}.{uuid.uuid4().hex[:8]}"


async def _read(bootstrap: str, topic: str, count: int, timeout: float = 30.0) -> list[tuple[bytes, dict[str, str]]]:
    """Read `count` records from the start of `topic` (fails the test on timeout)."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        fetch_max_wait_ms=50,
    )
    await consumer.start()
    out: list[tuple[bytes, dict[str, str]]] = []
    try:
        async with asyncio.timeout(timeout):
            while len(out) < count:
                record = await consumer.getone()
                out.append((record.value, {k: v.decode() for k, v in record.headers}))
    finally:
        await consumer.stop()
    return out


async def _find(bootstrap: str, topic: str, value: bytes, timeout: float = 30.0) -> dict[str, str]:
    """The headers of the first record on `topic` whose value is `value` (other tests share the topic)."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False, fetch_max_wait_ms=50
    )
    await consumer.start()
    try:
        async with asyncio.timeout(timeout):
            async for record in consumer:
                if record.value == value:
                    return {k: v.decode() for k, v in record.headers}
    finally:
        await consumer.stop()
    raise AssertionError(f"{value!r} never appeared on {topic}")


def _example(event_type: str) -> s.CloudEvent:
    return s.from_structured(json.loads((ROOT / "schemas" / "examples" / f"{event_type}.json").read_text()))


async def test_event_round_trips_through_a_faststream_subscriber(kafka_bootstrap: str) -> None:
    """publish -> subscriber (consumer group, explicit ack) -> publish -> consume, with ce_* headers intact."""
    in_topic, out_topic = _name("in"), _name("out")
    await create_topics(kafka_bootstrap, in_topic, out_topic)
    broker = make_broker(KafkaSettings(bootstrap_servers=kafka_bootstrap), service="roundtrip")
    event = _example("tocsin.arrest.reported")

    @broker.subscriber(in_topic, group_id=_name("g"), ack_policy=AckPolicy.ACK, auto_offset_reset="earliest")
    async def on_arrest_reported(body: bytes, msg: KafkaMessage) -> None:
        raw = msg.raw_message
        assert not isinstance(raw, tuple)
        got = s.from_kafka(raw.value, raw.headers)
        await publish_event(broker, got, topic=out_topic)

    async with broker:
        await broker.start()
        await publish_event(broker, event, topic=in_topic)
        [(value, headers)] = await _read(kafka_bootstrap, out_topic, 1)
    assert headers["ce_id"] == event.id
    assert headers["ce_type"] == "tocsin.arrest.reported"
    assert s.from_kafka(value, headers) == event


async def test_consumer_killed_before_commit_gets_the_message_again(kafka_bootstrap: str) -> None:
    """At-least-once: SIGKILL after processing, before the commit -> the group reads the message again."""
    in_topic, out_topic, group = _name("alo-in"), _name("alo-out"), _name("alo-g")
    await create_topics(kafka_bootstrap, in_topic, out_topic)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    await producer.start()
    await producer.send_and_wait(in_topic, b"fact-1")
    await producer.stop()

    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(HERE / "crashing_consumer.py"), kafka_bootstrap, in_topic, out_topic, group
    )
    assert await asyncio.wait_for(proc.wait(), timeout=90) == -9  # killed inside its handler
    assert [v for v, _ in await _read(kafka_bootstrap, out_topic, 1)] == [b"fact-1"]

    broker = make_broker(KafkaSettings(bootstrap_servers=kafka_bootstrap), service="survivor")
    received: asyncio.Queue[tuple[bytes, int]] = asyncio.Queue()

    @broker.subscriber(
        in_topic,
        group_id=group,
        ack_policy=AckPolicy.ACK,
        auto_offset_reset="earliest",
        session_timeout_ms=6000,
    )
    async def on_fact(body: bytes, msg: KafkaMessage) -> None:
        raw = msg.raw_message
        assert not isinstance(raw, tuple)
        await received.put((body, raw.offset))

    async with broker:
        await broker.start()
        body, offset = await asyncio.wait_for(received.get(), timeout=60)
    assert (body, offset) == (b"fact-1", 0)


async def test_poison_message_is_dead_lettered_with_its_origin_and_the_stream_goes_on(
    kafka_bootstrap: str,
) -> None:
    """An undecodable record lands on the DLQ with origin headers; the next good record is still handled."""
    in_topic = _name("dlq-in")
    await create_topics(kafka_bootstrap, in_topic)
    settings = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    await ensure_topics(settings, (s.TOPICS[s.Topic.DEAD_LETTERS],))
    broker = make_broker(settings, service="dlq-test")
    dead_letters = DeadLetters(broker, service="dlq-test")
    handled: asyncio.Queue[str] = asyncio.Queue()

    async def work(event: s.AnyEvent) -> None:
        await handled.put(event.id)

    @broker.subscriber(in_topic, group_id=_name("g"), ack_policy=AckPolicy.ACK, auto_offset_reset="earliest")
    async def on_event(msg: KafkaMessage) -> None:
        await guarded(msg, work, dead_letters)

    poison_marker = uuid.uuid4().hex
    good = _example("tocsin.source.health")
    async with broker:
        await broker.start()
        await broker.publish(poison_marker.encode(), in_topic, headers={"ce_type": "tocsin.source.health"})
        await publish_event(broker, good, topic=in_topic)
        assert await asyncio.wait_for(handled.get(), timeout=30) == good.id
    headers = await _find(kafka_bootstrap, s.Topic.DEAD_LETTERS.value, poison_marker.encode())
    assert headers["original_topic"] == in_topic
    assert headers["original_partition"] == "0"
    assert headers["original_offset"] == "0"
    assert headers["reason"].startswith("undecodable: value is not JSON")
    assert headers["exception_type"] == "EventDecodeError"


async def test_ensure_topics_creates_every_contract_topic_with_its_partitions(kafka_bootstrap: str) -> None:
    """Topics are declared (partitions, compaction), not auto-created with one partition."""
    await ensure_topics(KafkaSettings(bootstrap_servers=kafka_bootstrap))
    await ensure_topics(KafkaSettings(bootstrap_servers=kafka_bootstrap))  # idempotent
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics([t.value for t in s.TOPICS])
    finally:
        await admin.close()
    partitions = {d["topic"]: len(d["partitions"]) for d in described}
    assert partitions == {t.value: spec.partitions for t, spec in s.TOPICS.items()}


async def test_a_contract_topic_with_other_settings_is_reported_and_fixed_keeping_other_settings(
    kafka_bootstrap: str,
) -> None:
    """`create-topics` only created missing topics: one auto-created with the broker's defaults, or changed by hand
    (retention 60 s), stayed so unseen. Now each difference is returned (and logged); `fix` sets retention and cleanup
    back and keeps the other settings made on the topic."""
    name = f"drift-{uuid.uuid4().hex[:8]}"
    spec = cast(Any, replace(s.TOPICS[s.Topic.SOURCE_HEALTH], topic=cast(Any, SimpleNamespace(value=name))))
    settings = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    assert await ensure_topics(settings, (spec,)) == []  # created as the contract says
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        changed = {"retention.ms": "60000", "segment.ms": "3600000"}
        await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, name, configs=changed)])
        await _until_described(admin, name, "retention.ms", "60000")  # the broker applies a change asynchronously
        with capture_logs() as logs:
            (drift,) = await ensure_topics(settings, (spec,))
        assert (drift.setting, drift.actual, drift.expected) == ("retention.ms", "60000", str(spec.retention_ms))
        assert [e["event"] for e in logs] == ["topic_config_differs"]
        assert await ensure_topics(settings, (spec,), fix=True) == [drift]  # reported as found, then set back
        configs = await _until_described(admin, name, "retention.ms", str(spec.retention_ms))
        assert await ensure_topics(settings, (spec,)) == []
        assert configs["segment.ms"] == "3600000"  # the other setting made on the topic is kept
    finally:
        await admin.close()


async def _until_described(admin: AIOKafkaAdminClient, topic: str, setting: str, value: str) -> dict[str, str]:
    """The topic's configs once `setting` reads `value` (within 10 s)."""
    configs: dict[str, str] = {}
    for _ in range(100):
        (response,) = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
        configs = {entry[0]: entry[1] for entry in response.resources[0][4]}
        if configs.get(setting) == value:
            return configs
        await asyncio.sleep(0.1)
    raise AssertionError(f"{topic}: {setting} is {configs.get(setting)}, not {value}")


def test_kafka_script_prints_a_clear_error_without_java(tmp_path: Path) -> None:
    """deploy/kafka/kafka.sh names the missing Java instead of failing obscurely."""
    env = {"PATH": str(tmp_path), "HOME": str(tmp_path)}
    (tmp_path / "bash").symlink_to("/bin/bash")
    for tool in ("dirname", "cat", "awk"):
        (tmp_path / tool).symlink_to(subprocess.check_output(["which", tool], text=True).strip())
    result = subprocess.run(
        ["/bin/bash", str(ROOT / "deploy" / "kafka" / "kafka.sh"), "start"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Java is not installed" in result.stderr


def test_kafka_script_status_names_the_port_the_broker_runs_on(tmp_path: Path) -> None:
    """`status` echoed this shell's KAFKA_PORT (9092 by default), not the running broker's (19492 in a UAT run)."""
    (tmp_path / "server.properties").write_text(
        "advertised.listeners=PLAINTEXT://127.0.0.1:19492,CONTROLLER://127.0.0.1:20492\n"
    )
    (tmp_path / "broker.pid").write_text(f"{os.getpid()}\n")  # a process that is running: this one
    env = {**os.environ, "KAFKA_RUN_DIR": str(tmp_path), "KAFKA_PORT": "9092"}
    result = subprocess.run(
        ["bash", str(ROOT / "deploy" / "kafka" / "kafka.sh"), "status"], env=env, capture_output=True, text=True
    )
    assert (result.returncode, result.stdout) == (0, f"running pid {os.getpid()} port 19492\n")
