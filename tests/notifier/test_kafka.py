"""Consume -> outbox -> signed webhook, through a real Kafka broker and a real HTTP receiver on 127.0.0.1."""

import asyncio
import datetime as dt
import os
import subprocess
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from pydantic import SecretStr
from standardwebhooks import Webhook
from structlog.testing import capture_logs

from tests.notifier.channels.receiver import Receiver, running_receiver
from tests.notifier.fakes import free_port, make_alert
from tocsin_notifier.app import Notifier
from tocsin_notifier.outbox import delivery_id
from tocsin_notifier.settings import NotifierSettings
from tocsin_runtime.publish import publish_event
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import AlertClassifiedEvent, DeliveryOutcomeEvent, Topic, from_kafka, to_kafka

pytestmark = pytest.mark.kafka
KAFKA_SCRIPT = Path(__file__).resolve().parents[2] / "deploy" / "kafka" / "kafka.sh"
COUNTRY = "BVT"  # Bouvet Island: real, and used by no other test, so alerts left on the shared topic do not match


async def eventually(check: Callable[[], bool], timeout: float = 60.0) -> None:
    """Wait until `check()` holds; fail after `timeout` seconds."""
    for _ in range(int(timeout / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not reached in time")


async def consuming_notifier(bootstrap: str, database: Path, **settings: Any) -> Notifier:
    """A started notifier of its own consumer group, on a SQLite file, allowed to send to 127.0.0.1, consuming."""
    notifier = Notifier(
        NotifierSettings(
            database_url=f"sqlite+aiosqlite:///{database}",
            admin_token=SecretStr("admin-secret-0123456789"),
            webhook_allow_networks="127.0.0.0/8",
            group_id=f"test-notifier-{uuid.uuid4().hex[:8]}",
            worker_poll_interval=0.2,
            inbound_smtp_port=0,
            **settings,
        ),
        KafkaSettings(bootstrap_servers=bootstrap),
    )
    await notifier.start()
    await asyncio.wait_for(notifier.consuming.wait(), timeout=60)
    return notifier


async def outcomes_for(bootstrap: str, subscription_id: str, count: int) -> list[DeliveryOutcomeEvent]:
    consumer = AIOKafkaConsumer(
        Topic.DELIVERY_OUTCOMES.value, bootstrap_servers=bootstrap, auto_offset_reset="earliest"
    )
    await consumer.start()
    found: list[DeliveryOutcomeEvent] = []
    try:
        async with asyncio.timeout(60):
            while len(found) < count:
                record = await consumer.getone()
                event = from_kafka(record.value, record.headers)
                if isinstance(event, DeliveryOutcomeEvent) and event.data.subscription_id == subscription_id:
                    found.append(event)
    finally:
        await consumer.stop()
    return found


async def test_alert_from_kafka_is_delivered_once_as_signed_webhook(kafka_bootstrap: str, tmp_path: Path) -> None:
    """A classified alert on Kafka reaches a real receiver signed; a replayed copy is not delivered again."""
    notifier = await consuming_notifier(kafka_bootstrap, tmp_path / "kafka.db", retry_schedule="0,1,1")
    receiver: Receiver
    try:
        with running_receiver() as receiver:
            transport = httpx.ASGITransport(app=notifier.api)
            async with httpx.AsyncClient(transport=transport, base_url="http://notifier") as client:
                response = await client.post(
                    "/v1/subscriptions",
                    json={"channel": "webhook", "target": receiver.url("/hook"), "filters": {"countries": [COUNTRY]}},
                )
            assert response.status_code == 201, response.text
            created = response.json()
            receiver.secret = created["secret"]

            assert notifier.broker is not None
            first, second = (
                make_alert(key=f"k1-{uuid.uuid4()}", country=COUNTRY, time=dt.datetime.now(dt.UTC)),
                make_alert(key=f"k2-{uuid.uuid4()}", country=COUNTRY, time=dt.datetime.now(dt.UTC)),
            )
            await publish_event(notifier.broker, first)
            await publish_event(notifier.broker, first)  # a replay: same alert id
            await publish_event(notifier.broker, second)  # same key, so it is consumed after the replay
            # a valid alert whose other headers are null or not UTF-8 (FastStream's own parser dropped it unseen)
            third = make_alert(key=f"k3-{uuid.uuid4()}", country=COUNTRY, time=dt.datetime.now(dt.UTC))
            await _produce_with_odd_headers(kafka_bootstrap, third)
            await eventually(lambda: len(receiver.requests) >= 3)

            ids = [r.headers["webhook-id"] for r in receiver.requests]  # once each; the order of sends is not fixed
            assert sorted(ids) == sorted(delivery_id(alert.id, created["id"]) for alert in (first, second, third))
            assert all(receiver.verifies(r, created["secret"]) for r in receiver.requests)
            Webhook(created["secret"]).verify(receiver.requests[0].body, receiver.requests[0].headers)
        outcomes = await outcomes_for(kafka_bootstrap, created["id"], 3)
        assert [o.data.status for o in outcomes] == ["delivered"] * 3
        assert {o.data.alert_id for o in outcomes} == {first.id, second.id, third.id}
    finally:
        await notifier.stop()


async def _produce_with_odd_headers(bootstrap: str, alert: AlertClassifiedEvent) -> None:
    record = to_kafka(alert)
    headers: list[tuple[str, bytes | None]] = [(k, v.encode()) for k, v in record.headers.items()]
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(
            record.topic, record.value, key=record.key, headers=[*headers, ("x-trace", None), ("x-odd", b"\xff\xfe")]
        )
    finally:
        await producer.stop()


@contextmanager
def own_kafka(run_dir: Path, port: int | None = None) -> Iterator[tuple[str, Callable[[], None]]]:
    """A broker of this test's own (deploy/kafka/kafka.sh on `port`, else a free one), and a function that stops it."""
    env = {**os.environ, "KAFKA_PORT": str(port or free_port()), "KAFKA_CONTROLLER_PORT": str(free_port())}
    env["KAFKA_RUN_DIR"] = str(run_dir)

    def stop() -> None:
        subprocess.run(["bash", str(KAFKA_SCRIPT), "stop"], env=env, check=False, capture_output=True)

    subprocess.run(["bash", str(KAFKA_SCRIPT), "start"], env=env, check=True, capture_output=True)
    try:
        yield f"127.0.0.1:{env['KAFKA_PORT']}", stop
    finally:
        stop()


async def test_api_stays_ready_through_a_kafka_outage(tmp_path: Path) -> None:
    """With its broker stopped, /readyz stays 200 (Kafka reported unreachable), the API and its pages keep working."""
    group = f"test-notifier-{uuid.uuid4().hex[:8]}"
    settings = NotifierSettings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'outage.db'}",
        admin_token=SecretStr("admin-secret-0123456789"),
        group_id=group,
        inbound_smtp_port=0,
    )
    gauge = f'tocsin_notifier_kafka_up{{group="{group}"}}'
    with own_kafka(tmp_path / "kafka") as (bootstrap, stop_kafka):
        notifier = Notifier(settings, KafkaSettings(bootstrap_servers=bootstrap))
        notifier.readiness.interval = 3600  # after its first check, the background loop leaves the checks to us
        await notifier.start()
        await asyncio.wait_for(notifier.consuming.wait(), timeout=60)
        try:
            transport = httpx.ASGITransport(app=notifier.api)
            async with httpx.AsyncClient(transport=transport, base_url="http://notifier") as client:
                await notifier.readiness.refresh()
                before = await client.get("/readyz")
                assert (before.status_code, before.text) == (200, "ready\ndatabase: ok\nkafka: ok\n")
                assert f"{gauge} 1.0" in (await client.get("/metrics")).text

                stop_kafka()
                with capture_logs() as logs:
                    await notifier.readiness.refresh()
                during = await client.get("/readyz")
                assert (during.status_code, during.text) == (200, "ready\ndatabase: ok\nkafka: unreachable\n")
                metrics = (await client.get("/metrics")).text
                assert f"{gauge} 0.0" in metrics
                assert "tocsin_ready 1.0" in metrics
                assert [e["log_level"] for e in logs if e["event"] == "kafka_unreachable"] == ["warning"]

                created = await client.post("/v1/subscriptions", json={"channel": "email", "target": "ada@example.org"})
                assert created.status_code == 201, created.text
                token = await notifier.subscriptions.unsubscribe_token_for(created.json()["id"])
                assert (await client.get(f"/v1/unsubscribe/{token}")).status_code == 200
                assert (await client.post(f"/v1/unsubscribe/{token}")).status_code == 200
        finally:
            await notifier.stop()


async def test_a_notifier_started_while_kafka_is_down_serves_its_api_then_consumes(tmp_path: Path) -> None:
    """Started with no broker: the API and pages answer at once; when Kafka comes up it declares topics and consumes."""
    port = free_port()
    settings = NotifierSettings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'late.db'}",
        admin_token=SecretStr("admin-secret-0123456789"),
        group_id=f"test-notifier-{uuid.uuid4().hex[:8]}",
        inbound_smtp_port=0,
    )
    notifier = Notifier(settings, KafkaSettings(bootstrap_servers=f"127.0.0.1:{port}"))
    await notifier.start()
    try:
        assert not notifier.consuming.is_set()
        transport = httpx.ASGITransport(app=notifier.api)
        async with httpx.AsyncClient(transport=transport, base_url="http://notifier") as client:
            assert (await notifier.readiness.refresh()).kafka == "unknown"  # the first attempt is under way
            for _ in range(600):  # then it fails (aiokafka gives up on a closed port within seconds)
                if (await notifier.readiness.refresh()).kafka != "unknown":
                    break
                await asyncio.sleep(0.1)
            ready = await client.get("/readyz")
            assert (ready.status_code, ready.text) == (200, "ready\ndatabase: ok\nkafka: unreachable\n")
            created = await client.post("/v1/subscriptions", json={"channel": "email", "target": "ada@example.org"})
            assert created.status_code == 201, created.text
            with own_kafka(tmp_path / "kafka", port):
                await asyncio.wait_for(notifier.consuming.wait(), timeout=120)
                await notifier.readiness.refresh()
                assert (await client.get("/readyz")).text == "ready\ndatabase: ok\nkafka: ok\n"
    finally:
        await notifier.stop()


async def test_a_stop_during_a_send_publishes_its_outcome_before_closing_the_producer(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """The producer was closed before the sends in flight had settled: every stop during a send logged
    `report_not_published` and left the outcome to another replica or the next start."""
    notifier = await consuming_notifier(kafka_bootstrap, tmp_path / "stop.db")
    stopped = False
    with running_receiver() as receiver:
        try:
            transport = httpx.ASGITransport(app=notifier.api)
            async with httpx.AsyncClient(transport=transport, base_url="http://notifier") as client:
                body = {"channel": "webhook", "target": receiver.url("/slow"), "filters": {"countries": [COUNTRY]}}
                created = (await client.post("/v1/subscriptions", json=body)).json()
            assert notifier.broker is not None
            await publish_event(
                notifier.broker, make_alert(key=f"s-{uuid.uuid4()}", country=COUNTRY, time=dt.datetime.now(dt.UTC))
            )
            await eventually(lambda: len(receiver.requests) == 1)  # the send is in flight: the receiver is slow
            with capture_logs() as logs:
                await notifier.stop()
                stopped = True
        finally:
            if not stopped:
                await notifier.stop()
    assert not [entry for entry in logs if entry["event"] == "report_not_published"]
    (outcome,) = await outcomes_for(kafka_bootstrap, created["id"], 1)
    assert outcome.data.status == "delivered"
