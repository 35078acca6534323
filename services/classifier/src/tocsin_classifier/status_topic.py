"""Keep the convention-status table equal to the compacted status topic, on every replica.

`StatusFollower.load` reads the topic from the beginning to its end offsets (the service is ready after it);
`follow` then applies every new record until stopped, so a replica that never consumes the treaty-actions
partitions still learns of each signature and ratification. Assigned partitions, no consumer group, no commits.
"""

import asyncio
import contextlib
import time
from dataclasses import dataclass
from typing import Any, TypeAlias

import structlog
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client import Counter, Gauge

from tocsin_classifier.convention import ConventionStatus
from tocsin_runtime.broker import admin_kwargs, stop_consumer
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import Topic, TreatyAction, TreatyActionEvent, from_kafka
from tocsin_schemas.topics import parse_status_key

POLL_MS = 500  # how long one fetch waits: also how soon `follow` notices it was asked to stop
RETRY_S = 5.0  # pause after a failure, or while the topic does not exist yet
STOP_TIMEOUT_S = 10.0
PARTITIONS_CHECK_S = 300.0  # how often a follower looks for partitions added to the topic
STALE_AFTER_S = 30.0  # no fetch answer for this long on some partition: the follower counts as not following
# A fetch asks for at most POLL_MS; one that has not returned after this long hangs (seen once across a broker
# restart, `following` frozen at 1): the follower then counts a failure and starts over with a new consumer.
FETCH_HANG_S = STALE_AFTER_S

STATUS_UPDATES = Counter(
    "tocsin_classifier_convention_status_updates_total",
    "Convention-status rows changed by records followed on the status topic after the initial load (not those "
    "this replica's own treaty-actions consumer applied first)",
)
FOLLOW_FAILURES = Counter(
    "tocsin_classifier_convention_status_follow_failures_total",
    "Failures while following the status topic (Kafka unreachable, for one); each is retried after RETRY_S",
)
STATUS_SKIPPED = Counter(
    "tocsin_classifier_convention_status_records_skipped_total",
    "Records on the status topic that are no treaty action the follower can read (each replica counts each one at "
    "every load: they stay on the topic, and are not dead-lettered)",
)
STATUS_PARTICIPANTS = Gauge("tocsin_classifier_convention_participants", "Participants in the convention-status table")
FOLLOWING = Gauge(
    "tocsin_classifier_convention_status_following",
    f"1 while the broker answered the follower's fetches on every status partition in the last {STALE_AFTER_S:g} s "
    "(or said the topic does not exist)",
)
LAST_READ = Gauge(
    "tocsin_classifier_convention_status_last_read_timestamp_seconds",
    "Since when the table may lag the status topic: when the load read the end offsets, then the oldest last fetch "
    "answer once every partition is read to its high watermark (0 until the load)",
)
log = structlog.get_logger()
Record: TypeAlias = "ConsumerRecord[Any, Any]"


class StatusFollower:
    """Loads, then follows, `topic` into `table` (which the subscriber's treaty actions update too)."""

    def __init__(
        self,
        kafka: KafkaSettings,
        table: ConventionStatus,
        *,
        topic: str = Topic.CONVENTION_STATUS,
        poll_ms: int = POLL_MS,
        retry_s: float = RETRY_S,
    ) -> None:
        self.kafka, self.table, self.topic = kafka, table, topic
        self.poll_ms, self.retry_s = poll_ms, retry_s
        self._next: dict[TopicPartition, int] = {}  # next offset to read, per partition: where `follow` resumes
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        """True while the background task started by `start` is alive."""
        return self._task is not None and not self._task.done()

    async def load(self, timeout: float = 60.0) -> int:
        """Apply every record up to the topic's current end; returns how many changed the table."""
        STATUS_PARTICIPANTS.set_function(lambda: len(self.table))  # read at scrape time: judge() updates it too
        consumer = self._consumer()
        try:
            await consumer.start()
            assigned = [TopicPartition(self.topic, p) for p in await partitions_of(self.kafka, self.topic)]
            if not assigned:
                LAST_READ.set_to_current_time()  # nothing to lag behind
                log.warning("convention_status_topic_missing", topic=self.topic)
                return 0
            consumer.assign(assigned)
            await consumer.seek_to_beginning(*assigned)
            end = await consumer.end_offsets(assigned)
            read_at = time.time()  # the table equals the topic as it was now, once read up to `end`
            applied = await asyncio.wait_for(self._read_until(consumer, end), timeout)
            self._next = {tp: await consumer.position(tp) for tp in assigned}
        finally:
            await consumer.stop()
        LAST_READ.set(read_at)
        log.info("convention_status_loaded", topic=self.topic, records=applied, participants=len(self.table))
        return applied

    async def follow(self, stop: asyncio.Event) -> None:
        """Apply new records as they arrive until `stop` is set; Kafka failures are logged and retried, never raised."""
        while not stop.is_set():
            try:
                await self._follow_until(stop)
            except Exception as exc:  # a Kafka failure (or a bug): the table must keep following, so retry
                FOLLOWING.set(0)
                FOLLOW_FAILURES.inc()
                log.warning("convention_status_follow_failed", topic=self.topic, error=repr(exc))
                await _sleep_unless(stop, self.retry_s)
        FOLLOWING.set(0)
        log.info("convention_status_follow_stopped", topic=self.topic)

    def start(self) -> None:
        """Run `follow` in a background task until `stop` is awaited."""
        if not self.running:
            self._stop.clear()
            self._task = asyncio.create_task(self.follow(self._stop), name=f"follow:{self.topic}")

    async def stop(self) -> None:
        """Ask the follower to stop and wait for it (cancelled if it takes longer than STOP_TIMEOUT_S)."""
        self._stop.set()
        task, self._task = self._task, None
        if task is None:
            return
        _, pending = await asyncio.wait({task}, timeout=STOP_TIMEOUT_S)
        if pending:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _follow_until(self, stop: asyncio.Event) -> None:
        partitions = await partitions_of(self.kafka, self.topic)
        if not partitions:  # not created yet: the watcher (or an operator) will create it
            log.debug("convention_status_topic_missing", topic=self.topic)
            FOLLOWING.set(1)  # the broker answered: there is nothing to follow yet, so nothing to lag behind
            LAST_READ.set_to_current_time()
            await _sleep_unless(stop, self.retry_s)
            return
        assigned = [TopicPartition(self.topic, p) for p in partitions]
        consumer = self._consumer()
        try:
            await consumer.start()
            consumer.assign(assigned)
            for tp in assigned:
                if tp in self._next:
                    consumer.seek(tp, self._next[tp])
                else:  # a partition `load` never saw: read it whole
                    await consumer.seek_to_beginning(tp)
            FOLLOWING.set(0)  # a new consumer follows once every partition has answered it
            log.info("convention_status_following", topic=self.topic, partitions=len(assigned))
            loop = asyncio.get_running_loop()
            check_at = loop.time() + PARTITIONS_CHECK_S
            while not stop.is_set():
                if loop.time() >= check_at:  # partitions added since: start over, keeping the offsets read
                    check_at = loop.time() + PARTITIONS_CHECK_S
                    if await partitions_of(self.kafka, self.topic) != partitions:
                        log.info("convention_status_partitions_changed", topic=self.topic)
                        return
                try:
                    batches = await asyncio.wait_for(consumer.getmany(*assigned, timeout_ms=self.poll_ms), FETCH_HANG_S)
                except TimeoutError as exc:
                    raise TimeoutError(f"a fetch of {self.topic} did not return within {FETCH_HANG_S:g} s") from exc
                for tp, records in batches.items():
                    for record in records:
                        self._next[tp] = record.offset + 1  # first: a record that cannot be applied is not retried
                        self._take(record)
                # after the batch is applied: read up to the high watermark means the table is current now
                record_freshness([self._answered(consumer, tp) for tp in assigned], now=time.time())
        finally:
            await stop_consumer(consumer.stop())

    def _answered(self, consumer: AIOKafkaConsumer, tp: TopicPartition) -> tuple[int | None, bool]:
        """When the broker last answered a fetch for `tp` (ms, None: not yet), and whether we had read up to the
        high watermark it reported then."""
        highwater = consumer.highwater(tp)
        caught_up = highwater is not None and self._next.get(tp, 0) >= highwater
        return consumer.last_poll_timestamp(tp), caught_up

    def _take(self, record: Record) -> None:
        action = _apply(self.table, record)
        if action is None:
            return
        STATUS_UPDATES.inc()
        where = {"topic": record.topic, "partition": record.partition, "offset": record.offset}
        if isinstance(action, Forgotten):
            log.info("convention_status_entry_deleted", key=action.key, **where)
            return
        log.info(
            "convention_status_updated",
            participant=action.participant,
            country_code=action.country_code,
            action=action.action,
            action_date=action.action_date.isoformat(),
            **where,
        )

    async def _read_until(self, consumer: AIOKafkaConsumer, end: dict[TopicPartition, int]) -> int:
        applied = 0
        pending = {tp for tp, offset in end.items() if offset > 0}
        while pending:
            batches = await consumer.getmany(*pending, timeout_ms=500)
            for records in batches.values():
                applied += sum(_apply(self.table, r) is not None for r in records)
            pending = {tp for tp in pending if await consumer.position(tp) < end[tp]}
        return applied

    def _consumer(self) -> AIOKafkaConsumer:
        # "earliest": should an offset vanish (records deleted under us), re-reading is harmless, skipping is not.
        return AIOKafkaConsumer(enable_auto_commit=False, auto_offset_reset="earliest", **admin_kwargs(self.kafka))


async def load_convention_status(
    kafka: KafkaSettings, table: ConventionStatus, *, timeout: float = 60.0, topic: str = Topic.CONVENTION_STATUS
) -> int:
    """Apply every treaty action on `topic` up to its current end; returns how many changed the table."""
    return await StatusFollower(kafka, table, topic=topic).load(timeout)


async def partitions_of(kafka: KafkaSettings, topic: str) -> list[int]:
    """The partition numbers of `topic`; empty when it does not exist."""
    admin = AIOKafkaAdminClient(**admin_kwargs(kafka))
    try:
        await admin.start()
        [described] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    if described.get("error_code"):
        return []
    return sorted(p["partition"] for p in described["partitions"])


@dataclass(frozen=True)
class Forgotten:
    """What a tombstone took out of the table: the status topic's key it deleted."""

    key: str


def _apply(table: ConventionStatus, record: Record) -> TreatyAction | Forgotten | None:
    """The record's treaty action if it changed the table, Forgotten for a tombstone that removed what its key held;
    None for an undecodable record (logged, counted, skipped: it stays on the topic) or no change.

    A tombstone (a null value) deletes its key on a compacted topic: the table forgets that signature or consent too,
    so an operator can take a wrong entry out (`treaty|participant|signature` or `…|consent`, as `status_key`).
    """
    if record.value is None:
        key = record.key.decode("utf-8", "replace") if isinstance(record.key, bytes) else str(record.key)
        parts = parse_status_key(key)
        return Forgotten(key) if parts is not None and table.forget(*parts) else None
    try:
        event = from_kafka(record.value, record.headers or ())
    except Exception as exc:  # ContractError, or whatever odd bytes provoke: skip it, never stop following
        STATUS_SKIPPED.inc()
        log.warning(
            "convention_status_record_skipped",
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            error=str(exc),
            exception_type=type(exc).__name__,
        )
        return None
    if isinstance(event, TreatyActionEvent) and table.apply(event.data):
        return event.data
    return None


def record_freshness(partitions: list[tuple[int | None, bool]], *, now: float) -> None:
    """Set the follower's gauges from each partition's last fetch answer (ms, None: none yet) and whether the
    table had then read it up to its high watermark.

    aiokafka retries a lost broker inside `getmany`, which then just returns nothing: only these answer times tell
    an outage from a quiet topic (a fetch waits at most POLL_MS, so a connected follower is answered twice a second).
    Following needs an answer from every partition in the last STALE_AFTER_S; the last read moves on only while
    every partition is read to its end, so a follower catching up on a backlog does not look current.
    """
    answered = [ms / 1000 for ms, _ in partitions if ms is not None]
    if not partitions or len(answered) < len(partitions):
        FOLLOWING.set(0)
        return
    oldest = min(answered)
    FOLLOWING.set(1 if now - oldest <= STALE_AFTER_S else 0)
    if all(caught_up for _, caught_up in partitions):
        LAST_READ.set(oldest)


async def _sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
