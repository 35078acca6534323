"""The GDELT job shared by the CLI and the service: publish, then save; source health like the feeds."""

import datetime as dt
from pathlib import Path

import pytest

from tests.watcher.gdelt.conftest import FIXTURES
from tests.watcher.support import Recorder
from tocsin_schemas import ArrestReportedEvent, SourceHealthEvent
from tocsin_watcher.app import WatcherService
from tocsin_watcher.fetch import Fetcher
from tocsin_watcher.jobs import Jobs
from tocsin_watcher.settings import WatcherSettings

NOW = dt.datetime(2025, 3, 12, 11, 0, tzinfo=dt.UTC)


def _settings(tmp_path: Path, **values: object) -> WatcherSettings:
    return WatcherSettings(state_dir=tmp_path, failure_threshold=2, **values)  # type: ignore[arg-type]


async def test_a_failed_publish_saves_nothing_and_the_next_poll_repeats_the_ids(tmp_path: Path) -> None:
    """At-least-once: the broker is down, then up; the same seven ids are published once it is up."""
    recorder = Recorder()
    async with Fetcher() as fetcher:
        jobs = Jobs.build(_settings(tmp_path), fetcher, recorder)
        recorder.fail = True
        with pytest.raises(ConnectionError):
            await jobs.gdelt(str(FIXTURES / "lastupdate.txt"), now=NOW)
        recorder.fail = False
        await jobs.gdelt(str(FIXTURES / "lastupdate.txt"), now=NOW)
        await jobs.gdelt(str(FIXTURES / "lastupdate.txt"), now=NOW)
    reports = [e for e in recorder.events if isinstance(e, ArrestReportedEvent)]
    assert len(reports) == 7


async def test_failing_then_recovered_health_for_the_gdelt_source(tmp_path: Path) -> None:
    """Two failed reads emit `failing` once; the next good read emits `recovered`."""
    recorder = Recorder()
    source = tmp_path / "lastupdate.txt"
    async with Fetcher() as fetcher:
        jobs = Jobs.build(_settings(tmp_path / "st"), fetcher, recorder)
        for _ in range(3):
            await jobs.gdelt(str(source), now=NOW)
        source.write_bytes((FIXTURES / "export.CSV").read_bytes())
        await jobs.gdelt(str(source), now=NOW)
    statuses = [e.data.status for e in recorder.events if isinstance(e, SourceHealthEvent)]
    assert statuses == ["failing", "recovered"]


async def test_the_service_polls_gdelt_only_when_enabled(tmp_path: Path) -> None:
    """`poll_gdelt` reads WATCHER_GDELT_LASTUPDATE_URL; the setting is off by default."""
    assert WatcherSettings().gdelt_enabled is False
    recorder = Recorder()
    settings = _settings(tmp_path, gdelt_enabled=True, gdelt_lastupdate_url=str(FIXTURES / "lastupdate.txt"))
    async with Fetcher() as fetcher:
        service = WatcherService(settings, Jobs.build(settings, fetcher, recorder))
        await service.poll_gdelt()
    assert len([e for e in recorder.events if isinstance(e, ArrestReportedEvent)]) == 7


def test_gdelt_interval_has_a_polite_minimum() -> None:
    """Polling faster than every 5 minutes is refused."""
    with pytest.raises(ValueError, match="polite minimum"):
        WatcherSettings(gdelt_interval=dt.timedelta(minutes=1))
