"""Source health: `failing` once after N consecutive failures, `recovered` after, persisted per source."""

import datetime as dt
from pathlib import Path

from tocsin_watcher.source_health import HealthBook, SourceRecord, record_failure, record_success

NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
SRC = "https://treaties.un.org/x"


def test_failing_is_emitted_exactly_when_the_threshold_is_reached() -> None:
    """With a threshold of 2 the second failure emits `failing`; the third does not."""
    record = SourceRecord()
    statuses = []
    for minute in range(3):
        record, event = record_failure(record, SRC, "HTTP 503", now=NOW + dt.timedelta(minutes=minute), threshold=2)
        statuses.append(event.data.status if event else None)
    assert statuses == [None, "failing", None]
    assert record.since == NOW
    assert record.failures == 3


def test_recovered_only_follows_a_failing_event() -> None:
    """A success after a single failure (below threshold) is silent; after `failing` it emits `recovered`."""
    record, _ = record_failure(SourceRecord(), SRC, "timeout", now=NOW, threshold=3)
    assert record_success(record, SRC, now=NOW) == (SourceRecord(), None)
    record, failing = record_failure(SourceRecord(), SRC, "timeout", now=NOW, threshold=1)
    assert failing is not None
    fresh, recovered = record_success(record, SRC, now=NOW + dt.timedelta(hours=1))
    assert fresh == SourceRecord()
    assert recovered is not None
    assert (recovered.data.status, recovered.data.last_error) == ("recovered", "timeout")


def test_health_events_have_deterministic_ids_per_outage() -> None:
    """The same outage (same start) yields the same `failing` id; a later outage another one."""
    _, first = record_failure(SourceRecord(), SRC, "x", now=NOW, threshold=1)
    _, same = record_failure(SourceRecord(), SRC, "y", now=NOW, threshold=1)
    _, other = record_failure(SourceRecord(), SRC, "x", now=NOW + dt.timedelta(days=1), threshold=1)
    assert first is not None
    assert same is not None
    assert other is not None
    assert first.id == same.id != other.id


def test_health_book_persists_counts_across_processes(tmp_path: Path) -> None:
    """Failures saved by one HealthBook are seen by the next, so CLI runs count toward the threshold."""
    path = tmp_path / "health.json"
    book = HealthBook(path, threshold=2)
    assert book.failed(SRC, "HTTP 503", now=NOW) is None
    book.save()
    again = HealthBook(path, threshold=2)
    event = again.failed(SRC, "HTTP 503", now=NOW)
    assert event is not None
    assert event.data.failures == 2


def test_unreadable_health_file_starts_afresh(tmp_path: Path) -> None:
    """A corrupt health.json is replaced rather than crashing the watcher."""
    path = tmp_path / "health.json"
    path.write_text("{not json")
    book = HealthBook(path, threshold=1)
    assert book.record(SRC) == SourceRecord()
