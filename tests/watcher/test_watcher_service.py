"""The service path against a real Apache Kafka broker: treaty actions land on their topic and the status table."""

import asyncio
import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from tests.support.kafka import free_port
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import ArrestReportedEvent, CloudEvent, SourceHealthEvent, Topic, event_id, from_kafka
from tocsin_watcher.app import WatcherService, kafka_emitter, run_service
from tocsin_watcher.fetch import Fetcher
from tocsin_watcher.jobs import Jobs
from tocsin_watcher.settings import WatcherSettings

pytestmark = pytest.mark.kafka
UNTC = Path(__file__).parents[1] / "fixtures" / "untc"
FEEDS = Path(__file__).parents[1] / "fixtures" / "feeds"


async def _collect(bootstrap: str, topic: str, wanted: set[str], timeout: float = 60.0) -> dict[str, bytes]:
    """Read `topic` from the start until every wanted event id was seen; returns id -> record key."""
    return {event.id: key for event, key in (await _records(bootstrap, topic, wanted, timeout)).values()}


async def _records(
    bootstrap: str, topic: str, wanted: set[str], timeout: float = 60.0
) -> dict[str, tuple[CloudEvent, bytes]]:
    """Read `topic` from the start until every wanted event id was seen; returns id -> (event, record key)."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    found: dict[str, tuple[CloudEvent, bytes]] = {}
    try:
        async with asyncio.timeout(timeout):
            while not wanted <= set(found):
                record = await consumer.getone()
                headers = {k: v.decode() for k, v in record.headers}
                if headers.get("ce_id") in wanted:
                    found[headers["ce_id"]] = (from_kafka(record.value, headers), record.key or b"")
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
    """`tocsin-watcher run` polls at once, saves state, is ready (Kafka, state dir) and exposes its poll metrics."""
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
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            health, ready, metrics = [await client.get(path) for path in ("/healthz", "/readyz", "/metrics")]
        assert (health.status_code, ready.status_code) == (200, 200)
        source = str(UNTC / "XVIII-16.en.xml")
        assert f'tocsin_watcher_polls_total{{kind="treaty",outcome="ok",source="{source}"}} 1.0' in metrics.text
        assert f'tocsin_watcher_last_success_timestamp_seconds{{kind="treaty",source="{source}"}}' in metrics.text
        assert 'tocsin_watcher_events_emitted_total{type="tocsin.treaty.action"}' in metrics.text
        assert "tocsin_ready 1.0" in metrics.text
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def test_feed_poll_publishes_reports_keyed_by_country_and_health_for_a_failing_feed(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """Arrest reports land keyed by alpha-3 code; a feed failing past the threshold lands as `failing`."""
    good, broken = str(FEEDS / "wordpress_en.rss"), str(FEEDS / "html_error_page.html")
    settings = WatcherSettings(state_dir=tmp_path, feeds=[good, broken], failure_threshold=1, feed_max_age=None)
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    async with Fetcher() as fetcher, kafka_emitter(kafka) as emit:
        jobs = Jobs.build(settings, fetcher, emit)
        result = await jobs.feeds(settings.feeds)
    assert set(result.errors) == {broken}
    assert (tmp_path / "feeds-seen.json").exists()
    reports = await _records(kafka_bootstrap, Topic.ARRESTS_REPORTED, {e.id for e in result.events})
    assert len(reports) == 9
    for event, key in reports.values():
        assert isinstance(event, ArrestReportedEvent)
        assert key == (event.data.country_code or event.id).encode()
    assert any(key == b"VNM" for _, key in reports.values())
    health = await _health(kafka_bootstrap, broken)
    assert (health.data.status, health.data.failures) == ("failing", 1)
    assert health.data.last_error is not None
    assert "NotAFeedError" in health.data.last_error


async def _health(bootstrap: str, source: str, timeout: float = 60.0) -> SourceHealthEvent:
    """The first health event on its topic about `source`, checking its record key."""
    consumer = AIOKafkaConsumer(
        Topic.SOURCE_HEALTH, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    try:
        async with asyncio.timeout(timeout):
            while True:
                record = await consumer.getone()
                event = from_kafka(record.value, {k: v.decode() for k, v in record.headers})
                if isinstance(event, SourceHealthEvent) and event.data.source == source:
                    assert record.key == source.encode()
                    return event
    finally:
        await consumer.stop()


def test_cli_without_print_publishes_to_kafka_and_saves_state(kafka_bootstrap: str, tmp_path: Path) -> None:
    """`tocsin-watcher treaty` (no --print) publishes to the broker, prints nothing and saves the state."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WATCHER_", "KAFKA_"))}
    env |= {"KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "WATCHER_SIGNATURE_DEADLINES": "{}"}
    proc = subprocess.run(
        [sys.executable, "-m", "tocsin_watcher.cli", "treaty", "--source", str(UNTC / "status_2026-03.html"),
         "--state", str(tmp_path)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert (proc.returncode, proc.stdout) == (0, ""), proc.stderr
    assert proc.stderr.count("event_published") == 20
    assert (tmp_path / "treaties" / "XVIII-16.json").exists()
