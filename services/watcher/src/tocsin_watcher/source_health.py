"""Source health: `failing` once after N consecutive failed reads, `recovered` when a read succeeds again.

The tracker is pure; `HealthBook` keeps every source's record in `<state_dir>/health.json`.
"""

import datetime as dt
import json
import pathlib

import structlog
from pydantic import BaseModel, TypeAdapter, ValidationError

from tocsin_schemas import SourceHealth, SourceHealthEvent, event_id, new_event
from tocsin_watcher import EVENT_SOURCE
from tocsin_watcher.atomic import write_atomic
from tocsin_watcher.redact import redact_url

HEALTH_TYPE = "tocsin.source.health"
log = structlog.get_logger()


class SourceRecord(BaseModel):
    """Consecutive failures of one source, and whether `failing` was already emitted for them."""

    failures: int = 0
    failing: bool = False
    since: dt.datetime | None = None
    last_error: str | None = None


def record_failure(
    record: SourceRecord, source: str, error: str, *, now: dt.datetime, threshold: int
) -> tuple[SourceRecord, SourceHealthEvent | None]:
    """Count a failed read; emit `failing` when the count first reaches the threshold."""
    since = record.since or now
    updated = SourceRecord(failures=record.failures + 1, failing=record.failing, since=since, last_error=error)
    if updated.failing or updated.failures < threshold:
        return updated, None
    event = _health_event(source, "failing", updated.failures, error, since, now, since.isoformat())
    return updated.model_copy(update={"failing": True}), event


def record_success(
    record: SourceRecord, source: str, *, now: dt.datetime
) -> tuple[SourceRecord, SourceHealthEvent | None]:
    """Reset the count; emit `recovered` if `failing` had been emitted."""
    if not record.failing:
        return SourceRecord(), None
    outage = (record.since or now).isoformat()
    event = _health_event(source, "recovered", record.failures, record.last_error, now, now, outage)
    return SourceRecord(), event


def anomaly(source: str, detail: str, *, now: dt.datetime, identity: list[str]) -> SourceHealthEvent:
    """Something looks wrong on a page that otherwise parses (e.g. a participant vanished)."""
    return _health_event(source, "anomaly", 0, detail, now, now, *identity)


def _health_event(
    source: str,
    status: str,
    failures: int,
    error: str | None,
    since: dt.datetime,
    now: dt.datetime,
    *identity: str,
) -> SourceHealthEvent:
    shown = redact_url(source)
    data = SourceHealth.model_validate(
        {"source": shown, "status": status, "failures": failures, "last_error": error, "since": since}
    )
    return new_event(
        SourceHealthEvent,
        id=event_id(HEALTH_TYPE, shown, status, *identity),
        source=EVENT_SOURCE,
        subject=shown,
        data=data,
        time=now,
    )


_RECORDS = TypeAdapter(dict[str, SourceRecord])


def _load(path: pathlib.Path) -> dict[str, SourceRecord]:
    """Saved records; an unreadable file is logged and replaced on the next save, never fatal."""
    if not path.exists():
        return {}
    try:
        return _RECORDS.validate_json(path.read_bytes())
    except (OSError, ValidationError) as exc:
        log.warning("health_file_unreadable", path=str(path), error=str(exc).splitlines()[0])
        return {}


class HealthBook:
    """Every source's health record, persisted atomically after each change."""

    def __init__(self, path: pathlib.Path, threshold: int) -> None:
        self.path = path
        self.threshold = threshold
        self._records = _load(path)

    def record(self, source: str) -> SourceRecord:
        return self._records.get(source, SourceRecord())

    def failed(self, source: str, error: str, *, now: dt.datetime) -> SourceHealthEvent | None:
        """Count a failure (not saved until `save`); the `failing` event when it is due."""
        record, event = record_failure(self.record(source), source, error, now=now, threshold=self.threshold)
        self._records[source] = record
        return event

    def succeeded(self, source: str, *, now: dt.datetime) -> SourceHealthEvent | None:
        """Reset a source (not saved until `save`); the `recovered` event when it was failing."""
        record, event = record_success(self.record(source), source, now=now)
        self._records[source] = record
        return event

    def save(self) -> None:
        doc = {source: record.model_dump(mode="json") for source, record in self._records.items()}
        write_atomic(self.path, json.dumps(doc, indent=1, sort_keys=True).encode())
