"""The service path against a real Apache Kafka broker: treaty actions land on their topic and the status table."""

import asyncio
import contextlib
import json
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from tests.support.kafka import free_port
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import Topic, TreatyActionEvent, event_id, from_kafka
from tocsin_watcher.app import WatcherService, kafka_emitter, run_service
from tocsin_watcher.fetch import Fetcher
from tocsin_watcher.jobs import Jobs
from tocsin_watcher.settings import WatcherSettings

pytestmark = pytest.mark.kafka
UNTC = Path(__file__).parents[1] / "fixtures" / "untc"


async def _collect(bootstrap: str, topic: str, wanted: set[str], timeout: float = 60.0) -> dict[str, bytes]:
    """Read `topic` from the start until every wanted event id was seen; returns id -> record key."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    found: dict[str, bytes] = {}
    try:
        async with asyncio.timeout(timeout):
            while not wanted <= set(found):
                record = await consumer.getone()
                headers = {k: v.decode() for k, v in record.headers}
                if headers.get("ce_id") in wanted:
                    event = from_kafka(record.value, headers)
                    assert isinstance(event, TreatyActionEvent)
                    found[event.id] = record.key or b""
    finally:
        await consumer.stop()
    return found


async def test_treaty_poll_publishes_actions_and_status_then_saves_state(kafka_bootstrap: str, tmp_path: Path) -> None:
    """One poll publishes 20 actions to the actions topic and the compacted status table, then saves state."""
    settings = WatcherSettings(state_dir=tmp_path, treaty_sources=[str(UNTC / "status_2026-03.html")], feeds=[])
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    async with Fetcher() as fetcher, kafka_emitter(kafka) as emit:
        service = WatcherService(settings, Jobs.build(settings, fetcher, emit))
        await service.poll_treaty("XVIII-16")

    state = json.loads((tmp_path / "treaties" / "XVIII-16.json").read_text())
    wanted = {
        event_id("tocsin.treaty.action", "XVIII-16", a["participant"], a["action"], a["date"]) for a in state["actions"]
    }
    assert len(wanted) == 20
    actions = await _collect(kafka_bootstrap, Topic.TREATY_ACTIONS, wanted)
    status = await _collect(kafka_bootstrap, Topic.CONVENTION_STATUS, wanted)
    viet_nam = event_id("tocsin.treaty.action", "XVIII-16", "Viet Nam", "ratification", "2026-01-09")
    assert actions[viet_nam] == b"VNM"
    assert status[viet_nam] == b"XVIII-16|VNM|consent"


async def test_run_service_polls_on_start_and_serves_health(kafka_bootstrap: str, tmp_path: Path) -> None:
    """`tocsin-watcher run`'s coroutine polls the treaty at once, saves state, and answers /healthz."""
    port = free_port()
    settings = WatcherSettings(
        state_dir=tmp_path, treaty_sources=[str(UNTC / "XVIII-16.en.xml")], feeds=[], http_port=port
    )
    task = asyncio.create_task(run_service(settings, KafkaSettings(bootstrap_servers=kafka_bootstrap)))
    state = tmp_path / "treaties" / "XVIII-16.json"
    try:
        async with asyncio.timeout(60):
            while not await asyncio.to_thread(state.exists):
                assert not task.done(), task
                await asyncio.sleep(0.1)
        async with httpx.AsyncClient() as client:
            response = await client.get(f"http://127.0.0.1:{port}/healthz")
        assert response.status_code == 200
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
