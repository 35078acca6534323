"""One poll of one treaty: read its sources in order, parse, diff, then emit and only then save.

At-least-once: events are emitted before the state is saved, so a crash in between re-emits the same ids,
and the source's HTTP validators are committed only after that. Failed reads leave the treaty state
untouched and only move the source's health record.
"""

import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

import structlog

from tocsin_schemas import CloudEvent
from tocsin_watcher.countries import CountryNames, un_names
from tocsin_watcher.errors import NotAStatusPage, SnapshotError, SourceUnavailable
from tocsin_watcher.metrics import Outcome
from tocsin_watcher.redact import redact_url
from tocsin_watcher.source_health import HealthBook
from tocsin_watcher.treaty.diff import Observation, TreatyRules, observe, observe_unchanged
from tocsin_watcher.treaty.model import Snapshot, SnapshotFormat
from tocsin_watcher.treaty.parse import parse_snapshot
from tocsin_watcher.treaty.state import TreatyStore, content_sha256

Read = Callable[[str], Awaitable[bytes | None]]
Emit = Callable[[Sequence[CloudEvent]], Awaitable[None]]

log = structlog.get_logger()


@dataclass
class TreatyPollResult:
    """What one poll did: the source read (None if none could be), events emitted, errors and outcomes per source.

    `outcomes` holds every source tried, in order: the failed ones, then the one read (if any).
    """

    treaty: str
    source: str | None = None
    events: list[CloudEvent] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    outcomes: dict[str, Outcome] = field(default_factory=dict)

    @property
    def read(self) -> bool:
        return self.source is not None


async def poll_treaty(
    rules: TreatyRules,
    sources: Sequence[str],
    read: Read,
    store: TreatyStore,
    health: HealthBook,
    emit: Emit,
    *,
    forget: Callable[[str], None] | None = None,
    commit: Callable[[str], None] | None = None,
    names: CountryNames | None = None,
    now: dt.datetime | None = None,
) -> TreatyPollResult:
    """Use the first source that reads and parses.

    `forget` drops a source's HTTP validators after bad content; `commit` keeps them once state is saved.
    """
    now = now or dt.datetime.now(dt.UTC)
    names = names or un_names()
    previous = store.load(rules.treaty)
    result = TreatyPollResult(treaty=rules.treaty)
    for source in sources:
        shown = redact_url(source)  # what logs and events may show of the URL
        try:
            content = await read(source)
            if content is None and previous is None and forget is not None:
                forget(source)  # validators outlived the state: read the whole page again
                content = await read(source)
            observation: Observation | None = None
            fmt: SnapshotFormat = "html"
            if content is not None:
                snapshot = _parse(content)
                fmt = snapshot.format
                sha = content_sha256(content)
                archive = store.archive_name(sha, snapshot.format)
                observation = observe(
                    rules, snapshot, previous, source_url=shown, content_sha256=sha,
                    archive=archive, names=names, now=now,
                )  # fmt: skip
            elif previous is not None:  # not modified: only the clock can have moved (deadline reminder)
                observation = observe_unchanged(rules, previous, names=names, now=now)
        except (SourceUnavailable, SnapshotError) as exc:
            reason = exc.reason if isinstance(exc, SourceUnavailable) else f"{type(exc).__name__}: {exc}"
            result.errors[source] = reason
            result.outcomes[source] = "read_failed" if isinstance(exc, SourceUnavailable) else "unusable"
            log.warning("treaty_source_failed", treaty=rules.treaty, source=shown, reason=reason)
            if isinstance(exc, SnapshotError) and forget is not None:
                forget(source)
            failing = health.failed(source, reason, now=now)
            if failing is not None:
                result.events.append(failing)
                await emit([failing])
            health.save()
            continue
        await _commit(result, source, content, fmt, observation, store, health, emit, now)
        result.outcomes[source] = "ok" if content is not None else "not_modified"
        if commit is not None:
            commit(source)
        return result
    return result


async def _commit(
    result: TreatyPollResult,
    source: str,
    content: bytes | None,
    fmt: SnapshotFormat,
    observation: Observation | None,
    store: TreatyStore,
    health: HealthBook,
    emit: Emit,
    now: dt.datetime,
) -> None:
    recovered = health.succeeded(source, now=now)
    events: list[CloudEvent] = [recovered] if recovered is not None else []
    if observation is not None:
        events.extend(observation.events)
        if observation.events and content is not None:
            store.archive(content, observation.state.content_sha256, fmt)
    if events:
        await emit(events)
    if observation is not None:
        store.save(observation.state)
        for rename in observation.renames:  # logged once the state holds the new name
            log.info(
                "participant_renamed",
                treaty=result.treaty,
                old=rename.old,
                new=rename.new,
                country_code=rename.country_code,
            )
    health.save()
    result.source = source
    result.events.extend(events)
    log.info(
        "treaty_polled",
        treaty=result.treaty,
        source=redact_url(source),
        modified=content is not None,
        events=len(events),
    )


def _parse(content: bytes) -> Snapshot:
    """parse_snapshot, with any crash on hostile bytes reported as a SnapshotError (the source failed to parse)."""
    try:
        return parse_snapshot(content)
    except SnapshotError:
        raise
    except (ValueError, TypeError, LookupError, RecursionError, MemoryError) as exc:  # parser library surprises
        raise NotAStatusPage(f"unparseable document ({type(exc).__name__}: {str(exc)[:200]})") from exc
