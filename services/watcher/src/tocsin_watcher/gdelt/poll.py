"""Poll GDELT 2.0 and turn new speech- or cyber-related arrests into `tocsin.arrest.reported` events.

The I/O edge of the gdelt package. `source` is a lastupdate.txt (URL or file) or an events export (zip or
CSV); the kind is told from the bytes. Parsing and judging run off the event loop. Reports share the feeds'
seen keys (`url:<canonical URL>`) and event ids, so an article already reported by a feed is not reported
again, and vice versa.
"""

import asyncio
import datetime as dt
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import structlog

from tocsin_schemas import ArrestReportedEvent, event_id, new_event
from tocsin_watcher import EVENT_SOURCE
from tocsin_watcher.errors import (
    ExportArchiveError,
    InvalidLinkError,
    LastUpdateError,
    SourceUnavailable,
    WatcherError,
)
from tocsin_watcher.feeds.canonical import canonical_url
from tocsin_watcher.feeds.language import UNDETERMINED
from tocsin_watcher.feeds.poll import EVENT_TYPE
from tocsin_watcher.feeds.state import FeedState
from tocsin_watcher.feeds.text import truncate
from tocsin_watcher.gdelt.export import (
    MAX_EXPORT_ZIP_BYTES,
    ExportRows,
    check_announced,
    export_text,
    is_zip,
    parse_export,
)
from tocsin_watcher.gdelt.judge import WATCHED_CODES, judge
from tocsin_watcher.gdelt.lastupdate import looks_like_lastupdate, parse_lastupdate
from tocsin_watcher.gdelt.report import KeptRow, report
from tocsin_watcher.metrics import Outcome
from tocsin_watcher.redact import redact_url

log = structlog.get_logger()

Reader = Callable[[str, int], Awaitable[bytes | None]]
"""`read(source, max_bytes)`: the bytes, None when not modified, or an exception."""


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class GdeltPollResult:
    """New reports, the error that failed the poll (None if it read), how it ended, the export read, and `commit`."""

    events: list[ArrestReportedEvent]
    error: str | None = None
    outcome: Outcome = "ok"
    export: str | None = None  # the export that was read (as shown in events), None when nothing was read
    dropped: Counter[str] = field(default_factory=Counter)
    commit: Callable[[], None] = field(default=_nothing, repr=False, compare=False)


@dataclass(frozen=True)
class _Judged:
    rows: ExportRows
    kept: list[KeptRow]
    dropped: Counter[str]


def _judge_export(data: bytes) -> _Judged:
    rows = parse_export(export_text(data), codes=WATCHED_CODES)
    kept: list[KeptRow] = []
    dropped: Counter[str] = Counter()
    for event in rows.rows:
        verdict = judge(event)
        if not verdict.keep:
            dropped[verdict.reason] += 1
            continue
        try:
            url = canonical_url(event.source_url)
        except InvalidLinkError:
            dropped["unsafe_link"] += 1
            continue
        kept.append(KeptRow(event, verdict.terms, url))
    return _Judged(rows, kept, dropped)


def _describe(exc: BaseException) -> str:
    return truncate(f"{type(exc).__name__}: {exc}", 500)


async def _read_export(source: str, read: Reader) -> tuple[str, bytes] | None:
    """(export URL, bytes) named by `source`; None when the lastupdate file did not change."""
    data = await read(source, MAX_EXPORT_ZIP_BYTES)
    if data is None:
        return None
    if is_zip(data) or not looks_like_lastupdate(data):
        return source, data
    entry = parse_lastupdate(data, base=source)
    export = await read(entry.url, MAX_EXPORT_ZIP_BYTES)
    if export is None:
        raise ExportArchiveError(f"{redact_url(entry.url)} answered 'not modified' to a first read")
    check_announced(export, entry)
    return entry.url, export


def _log_skips(shown: str, rows: ExportRows) -> None:
    if rows.skipped:
        log.warning("gdelt_rows_skipped", source=shown, reasons=dict(rows.skipped))
    for skip in rows.first_skips[:10]:
        log.info("gdelt_row_skipped", source=shown, line=skip.line, reason=skip.reason)


async def poll_gdelt(
    source: str, read: Reader, state_dir: Path, *, now: dt.datetime | None = None, commit: bool = True
) -> GdeltPollResult:
    """Read the export `source` names and return the reports not seen before (by feeds or GDELT).

    A source that cannot be read or parsed returns its `error` and leaves state untouched. With
    `commit=False` the seen keys are saved only when the caller runs `result.commit()` (after publishing).
    Raises FeedStateError when the seen-keys state is corrupt.
    """
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    shown = redact_url(source)
    state = FeedState.load(state_dir)
    try:
        found = await _read_export(source, read)
    except LastUpdateError as exc:
        log.warning("gdelt_unreadable", source=shown, error=_describe(exc))
        return GdeltPollResult([], error=_describe(exc), outcome="unusable")
    except Exception as exc:  # network, HTTP status, size cap, missing file, checksum: this poll fails
        log.warning("gdelt_read_failed", source=shown, error=_describe(exc))
        unusable = isinstance(exc, WatcherError) and not isinstance(exc, SourceUnavailable)  # read, but bad
        return GdeltPollResult([], error=_describe(exc), outcome="unusable" if unusable else "read_failed")
    if found is None:
        log.info("gdelt_not_modified", source=shown)
        return GdeltPollResult([], outcome="not_modified")
    export, data = found
    try:
        judged = await asyncio.to_thread(_judge_export, data)
    except WatcherError as exc:
        log.warning("gdelt_unreadable", source=shown, error=_describe(exc))
        return GdeltPollResult([], error=_describe(exc), outcome="unusable")
    except Exception as exc:  # a bug on hostile input fails this poll, never the service
        log.exception("gdelt_parse_crashed", source=shown)
        return GdeltPollResult([], error=_describe(exc), outcome="crashed")
    export_shown = redact_url(export)
    _log_skips(export_shown, judged.rows)
    language = UNDETERMINED if "translation" in export.lower() else "en"
    by_url: dict[str, list[KeptRow]] = {}
    for row in judged.kept:
        by_url.setdefault(row.url, []).append(row)
    events: list[ArrestReportedEvent] = []
    for url, rows in by_url.items():
        keys = [f"url:{url}"]
        if state.seen_any(keys):
            state.remember(keys)
            continue
        state.remember(keys)
        reported = report(rows, source=export_shown, language=language, now=now)
        events.append(
            new_event(
                ArrestReportedEvent,
                id=event_id(EVENT_TYPE, url),
                source=EVENT_SOURCE,
                subject=url,
                data=reported,
                time=now,
            )
        )
    log.info(
        "gdelt_polled",
        source=shown,
        export=export_shown,
        lines=judged.rows.lines,
        watched=len(judged.rows.rows),
        kept=len(judged.kept),
        dropped=dict(judged.dropped),
        reports=len(events),
    )
    if commit:
        state.save()
        return GdeltPollResult(events, export=export_shown, dropped=judged.dropped)
    return GdeltPollResult(events, export=export_shown, dropped=judged.dropped, commit=state.save)
