"""One poll of a treaty or of the feeds, shared by the CLI (events to stdout) and the service (to Kafka).

Both emit first and save state after, so a crash in between re-emits the same deterministic ids; a
source's HTTP validators are committed last, so a failed publish never turns the next read into a 304.
Each poll of each source is counted in the watcher's metrics with its outcome and health.
"""

import asyncio
import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

from tocsin_schemas import CloudEvent
from tocsin_watcher.feeds.defuse import MAX_FEED_BYTES
from tocsin_watcher.feeds.poll import FeedPollResult, poll_feeds
from tocsin_watcher.fetch import Fetcher
from tocsin_watcher.gdelt.poll import GdeltPollResult, poll_gdelt
from tocsin_watcher.metrics import EVENTS_EMITTED, Outcome, SourceKind, record_poll
from tocsin_watcher.settings import WatcherSettings
from tocsin_watcher.source_health import HealthBook
from tocsin_watcher.treaty.diff import TreatyRules
from tocsin_watcher.treaty.milestones import MilestoneRules
from tocsin_watcher.treaty.poll import Emit, TreatyPollResult, poll_treaty
from tocsin_watcher.treaty.state import TreatyStore


def treaty_rules(settings: WatcherSettings, treaty: str) -> TreatyRules:
    """The milestone marks, threshold and deadline configured for one treaty."""
    return TreatyRules(
        treaty=treaty,
        milestones=MilestoneRules(
            marks=tuple(settings.milestone_marks),
            threshold=settings.entry_into_force_threshold,
            signature_deadline=settings.signature_deadlines.get(treaty),
            deadline_lead=dt.timedelta(days=settings.deadline_lead_days),
        ),
    )


def counted(emit: Emit) -> Emit:
    """`emit`, counting each event by type once it returned (for Kafka: once the broker acknowledged it)."""

    async def emit_and_count(events: Sequence[CloudEvent]) -> None:
        await emit(events)
        for event in events:
            EVENTS_EMITTED.labels(type=event.type).inc()

    return emit_and_count


@dataclass
class Jobs:
    """The resources a poll needs, built once per process."""

    settings: WatcherSettings
    fetcher: Fetcher
    store: TreatyStore
    health: HealthBook
    emit: Emit
    seen_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # feeds and GDELT share feeds-seen.json

    @classmethod
    def build(cls, settings: WatcherSettings, fetcher: Fetcher, emit: Emit) -> "Jobs":
        state_dir = settings.state_dir
        return cls(
            settings=settings,
            fetcher=fetcher,
            store=TreatyStore(state_dir),
            health=HealthBook(state_dir / "health.json", settings.failure_threshold),
            emit=counted(emit),
        )

    def _count(self, kind: SourceKind, source: str, outcome: Outcome, now: dt.datetime) -> None:
        """The poll in the metrics, with the source's consecutive failures as its health record now has them."""
        record_poll(kind, source, outcome, failures=self.health.record(source).failures, now=now)

    async def treaty(self, treaty: str, sources: Sequence[str], *, now: dt.datetime | None = None) -> TreatyPollResult:
        """Read the treaty from the first source that works; emit its events, then save."""
        now = now or dt.datetime.now(dt.UTC)
        result = await poll_treaty(
            treaty_rules(self.settings, treaty),
            sources,
            self.fetcher.read,
            self.store,
            self.health,
            self.emit,
            forget=self.fetcher.forget,
            commit=self.fetcher.commit,
            now=now,
        )
        for source, outcome in result.outcomes.items():
            self._count("treaty", source, outcome, now)
        return result

    async def feeds(self, sources: Sequence[str], *, now: dt.datetime | None = None) -> FeedPollResult:
        """Poll every feed; emit arrest reports, then save what was seen; then each feed's health change."""
        now = now or dt.datetime.now(dt.UTC)
        read = functools.partial(self.fetcher.read, max_bytes=MAX_FEED_BYTES)  # the parser's cap, on the wire
        async with self.seen_lock:
            result = await poll_feeds(
                sources,
                read,
                self.settings.state_dir,
                now=now,
                commit=False,
                countries=self.settings.feed_countries,
                max_age=self.settings.feed_max_age,
            )
            if result.events:
                await self.emit(result.events)
            result.commit()  # seen items are saved only once their events are out (at-least-once)
        changes: list[CloudEvent] = []
        for source in dict.fromkeys(sources):
            error = result.errors.get(source)
            if error is None:
                self.fetcher.commit(source)
            change = (
                self.health.failed(source, error, now=now)
                if error is not None
                else self.health.succeeded(source, now=now)
            )
            if change is not None:
                changes.append(change)
            if (outcome := result.outcomes.get(source)) is not None:
                self._count("feed", source, outcome, now)
        if changes:
            await self.emit(changes)
        self.health.save()
        return result

    async def gdelt(self, source: str, *, now: dt.datetime | None = None) -> GdeltPollResult:
        """Read the GDELT export `source` names; emit new arrest reports, then save them as seen; then health."""
        now = now or dt.datetime.now(dt.UTC)
        exports: list[str] = []

        async def read(url: str, max_bytes: int) -> bytes | None:
            if url != source:
                exports.append(url)
            return await self.fetcher.read(url, max_bytes=max_bytes)

        async with self.seen_lock:
            result = await poll_gdelt(source, read, self.settings.state_dir, now=now, commit=False)
            if result.events:
                await self.emit(result.events)
            result.commit()  # seen URLs are saved only once their events are out (at-least-once)
        for export in exports:  # each export is read once: keep no validators for it
            self.fetcher.forget(export)
        if result.error is None:
            self.fetcher.commit(source)
            change = self.health.succeeded(source, now=now)
        else:
            change = self.health.failed(source, result.error, now=now)
        self._count("gdelt", source, result.outcome, now)
        if change is not None:
            await self.emit([change])
        self.health.save()
        return result
