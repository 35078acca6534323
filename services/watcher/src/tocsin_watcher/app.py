"""Composition root of the service: settings -> broker -> pollers -> publish, with a health server.

Treaty actions go to their topic and to the compacted convention-status table; state is saved only
after the broker acknowledged every event of a poll (at-least-once, deterministic ids). /readyz says
whether Kafka and the state directory work (`readiness`); sources' health is in /metrics.
"""

import asyncio
import contextlib
import datetime as dt
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass

import structlog
from faststream.kafka import KafkaBroker

from tocsin_runtime.broker import ensure_topics, kafka_answers, make_broker
from tocsin_runtime.health import HealthServer, ListenError
from tocsin_runtime.publish import publish_event
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import CloudEvent, Topic, TreatyActionEvent
from tocsin_schemas.topics import status_key
from tocsin_watcher.atomic import remove_leftovers
from tocsin_watcher.errors import StartError
from tocsin_watcher.feeds.age import format_max_age
from tocsin_watcher.fetch import Fetcher, FetchPolicy
from tocsin_watcher.jobs import Jobs
from tocsin_watcher.metrics import POLL_CRASHES
from tocsin_watcher.readiness import Readiness, state_dir_problem
from tocsin_watcher.settings import WatcherSettings
from tocsin_watcher.treaty.sources import source_urls

SERVICE = "watcher"
log = structlog.get_logger()


async def publish_all(broker: KafkaBroker, events: Sequence[CloudEvent]) -> None:
    """Publish each event to its topic (acks=all); treaty actions also to the convention-status table."""
    for event in events:
        await publish_event(broker, event)
        if isinstance(event, TreatyActionEvent):
            await publish_event(broker, event, key=status_key(event), topic=Topic.CONVENTION_STATUS)
        log.info("event_published", event_id=event.id, type=event.type)


@dataclass(frozen=True)
class KafkaEmit:
    """The service's Emit: publishes a poll's events to a connected broker, and tells whether it answers."""

    broker: KafkaBroker

    async def __call__(self, events: Sequence[CloudEvent]) -> None:
        await publish_all(self.broker, events)

    async def ping(self) -> bool:
        """True when the Kafka cluster answers within KAFKA_PING_TIMEOUT."""
        return await kafka_answers(self.broker)


@contextlib.asynccontextmanager
async def kafka_emitter(kafka: KafkaSettings | None = None) -> AsyncIterator[KafkaEmit]:
    """A connected broker's publisher as an Emit callable; topics created first if configured."""
    kafka = kafka or KafkaSettings()
    if kafka.create_topics:
        await ensure_topics(kafka)
    broker = make_broker(kafka, service=SERVICE)
    async with broker:
        await broker.start()
        yield KafkaEmit(broker)


def fetch_policy(settings: WatcherSettings) -> FetchPolicy:
    return FetchPolicy(
        timeout=settings.http_timeout, attempts=settings.http_attempts, max_bytes=settings.max_response_bytes
    )


class WatcherService:
    """Polls every configured treaty, the feeds and (when enabled) GDELT on their intervals until cancelled."""

    def __init__(self, settings: WatcherSettings, jobs: Jobs) -> None:
        self.settings = settings
        self.jobs = jobs

    async def poll_treaty(self, treaty: str) -> None:
        """One poll of one treaty from its configured sources."""
        await self.jobs.treaty(treaty, source_urls(treaty, self.settings.treaty_sources))

    async def poll_feeds(self) -> None:
        """One poll of every configured feed."""
        if self.settings.feeds:
            await self.jobs.feeds(self.settings.feeds)

    async def poll_gdelt(self) -> None:
        """One poll of the GDELT 2.0 events export."""
        await self.jobs.gdelt(self.settings.gdelt_lastupdate_url)

    async def run(self) -> None:
        loops = [
            _every(self.settings.treaty_interval, functools.partial(self.poll_treaty, treaty), f"treaty:{treaty}")
            for treaty in self.settings.treaties
        ]
        if self.settings.feeds:
            loops.append(_every(self.settings.feed_interval, self.poll_feeds, "feeds"))
        if self.settings.gdelt_enabled:
            loops.append(_every(self.settings.gdelt_interval, self.poll_gdelt, "gdelt"))
        await asyncio.gather(*loops)


async def _every(interval: dt.timedelta, poll: Callable[[], Awaitable[None]], name: str) -> None:
    """Run `poll` now and then every interval; a crash in one poll is logged, counted, and the loop goes on."""
    POLL_CRASHES.labels(poller=name)  # exported at 0 from the start, so the first crash is an increase an alert sees
    while True:
        try:
            await poll()
        except Exception:
            POLL_CRASHES.labels(poller=name).inc()
            log.exception("poll_crashed", poller=name)
        await asyncio.sleep(interval.total_seconds())


async def run_service(settings: WatcherSettings, kafka: KafkaSettings | None = None) -> None:
    """`tocsin-watcher run`: the service with its health server, until interrupted. StartError, before anything
    is read or published, when the state directory cannot be written (every poll would fail to keep what it saw),
    or when its HTTP port is taken."""
    problem = await asyncio.to_thread(state_dir_problem, settings.state_dir)
    if problem is not None:
        raise StartError(f"the state directory {settings.state_dir} (WATCHER_STATE_DIR) cannot be written: {problem}")
    removed = await asyncio.to_thread(remove_leftovers, settings.state_dir)
    if removed:
        log.info("stale_temp_files_removed", count=removed, directory=str(settings.state_dir))
    async with (
        Fetcher(fetch_policy(settings), validators_path=settings.state_dir / "http_validators.json") as fetcher,
        kafka_emitter(kafka) as emit,
    ):
        service = WatcherService(settings, Jobs.build(settings, fetcher, emit))
        health = HealthServer(settings.http_host, settings.http_port, Readiness(emit.ping, settings.state_dir))
        try:
            await health.start()
        except ListenError as exc:
            raise StartError(f"{exc.strerror} (WATCHER_HTTP_HOST/PORT)") from exc
        log.info(
            "watcher_started",
            treaties=settings.treaties,
            feeds=len(settings.feeds),
            feed_max_age=format_max_age(settings.feed_max_age),
            gdelt=settings.gdelt_enabled,
        )
        try:
            await service.run()
        finally:
            await health.stop()
