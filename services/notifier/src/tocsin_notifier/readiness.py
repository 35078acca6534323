"""Readiness of one notifier process: the database decides it; Kafka is reported beside it, never decisive.

Everything the HTTP API serves (subscriptions, confirmation and unsubscribe pages, the unsubscribe mailbox)
needs only the database, so a replica stays in its load balancer through a Kafka outage: consuming alerts
and publishing outcomes wait meanwhile and catch up afterwards. `ReadinessMonitor` asks Kafka every few
seconds in the background, so /readyz never waits on a broker that does not answer.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Literal

import structlog

from tocsin_notifier.metrics import KAFKA_UP
from tocsin_notifier.rounds import run_periodically
from tocsin_runtime.metrics import READY

log = structlog.get_logger()
Check = Callable[[], Awaitable[bool]]
KafkaCheck = Callable[[], Awaitable[bool | None]]  # None: not known yet (the first connection attempt is under way)
KafkaState = Literal["ok", "unreachable", "unknown", "not used"]
REFRESH_SECONDS = 5.0
PROBE_INTERVAL = 30.0  # seconds between two write probes while writes work
DATABASE_TIMEOUT = 2.0  # a database that takes longer to answer SELECT 1 serves no request either


@dataclass(frozen=True)
class Readiness:
    """What /readyz reports: ready when the database answers, whatever Kafka's state."""

    database: bool
    kafka: KafkaState = "not used"  # "not used" under `api`; "unknown" until the first check under `serve`
    unwritable: str | None = None  # why the database answers but takes no write (`WriteHealth`)

    @property
    def ready(self) -> bool:
        return self.database and self.unwritable is None

    def report(self) -> str:
        """The /readyz body: "ready" or "not ready", then one `name: state` line per dependency."""
        verdict = "ready" if self.ready else "not ready"
        database = ("ok" if self.unwritable is None else self.unwritable) if self.database else "unreachable"
        return f"{verdict}\ndatabase: {database}\nkafka: {self.kafka}\n"


class ReadinessMonitor:
    """Answers /readyz and keeps `tocsin_ready` and `tocsin_notifier_kafka_up{group}` current."""

    def __init__(
        self,
        database: Check,
        kafka: KafkaCheck | None = None,
        *,
        group: str = "",
        interval: float = REFRESH_SECONDS,
        unwritable: Callable[[], str | None] = lambda: None,
        probe: Callable[[], Coroutine[Any, Any, None]] | None = None,
    ) -> None:
        self._database, self._kafka, self._group, self.interval = database, kafka, group, interval
        self._unwritable, self._probe = unwritable, probe
        self._probing: asyncio.Task[None] | None = None
        self._probed_at = -PROBE_INTERVAL
        self.kafka: KafkaState = "unknown" if kafka is not None else "not used"

    async def check(self) -> Readiness:
        """Ask the database now and take Kafka's last known state; set `tocsin_ready` from the answer."""
        try:
            async with asyncio.timeout(DATABASE_TIMEOUT):
                database = await self._database()
        except TimeoutError:
            database = False
        readiness = Readiness(database, self.kafka, self._unwritable())
        READY.set(1 if readiness.ready else 0)
        return readiness

    def _start_probe(self) -> None:
        """Try a write in the background every PROBE_INTERVAL, and at every refresh while writes fail: a database
        that takes no write is found while nothing else writes, and its recovery too. Never awaited by a check and
        never cancelled (on SQLite, a write cancelled mid-way left the write lock held)."""
        if self._probe is None or (self._probing is not None and not self._probing.done()):
            return
        now = time.monotonic()
        if self._unwritable() is None and now - self._probed_at < PROBE_INTERVAL:
            return
        self._probed_at = now
        self._probing = asyncio.create_task(self._probe())

    async def refresh(self) -> Readiness:
        """Ask Kafka (when this process consumes) and then the database; log Kafka going away or coming back."""
        self._start_probe()
        if self._kafka is not None:
            answered = await self._kafka()
            if answered is None:  # still connecting for the first time: neither up nor down yet, nothing logged
                return await self.check()
            state: KafkaState = "ok" if answered else "unreachable"
            if state == "unreachable" and self.kafka != "unreachable":
                log.warning("kafka_unreachable", group=self._group)
            elif state == "ok" and self.kafka != "ok":
                log.info("kafka_reachable", group=self._group)
            self.kafka = state
            KAFKA_UP.labels(group=self._group).set(1 if state == "ok" else 0)
        return await self.check()

    async def run(self, stop: asyncio.Event) -> None:
        """Refresh every `interval` seconds until `stop`; a failed refresh is logged and the last state kept."""
        await run_periodically(self.refresh, stop, self.interval, failure_event="readiness_refresh_failed")
        if self._probing is not None:  # a write under way finishes before the engine goes
            await asyncio.gather(self._probing, return_exceptions=True)
