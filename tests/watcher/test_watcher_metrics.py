"""The watcher's own metrics and readiness: every poll counted per source and outcome; ready means Kafka + state dir."""

import asyncio
import contextlib
import datetime as dt
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client import REGISTRY, generate_latest
from structlog.testing import capture_logs

from tests.support.http import QuietHandler, http_server
from tests.watcher.support import Recorder
from tocsin_watcher.app import _every
from tocsin_watcher.fetch import Fetcher
from tocsin_watcher.jobs import Jobs
from tocsin_watcher.metrics import record_poll
from tocsin_watcher.readiness import Readiness, state_dir_writable
from tocsin_watcher.settings import WatcherSettings

FIXTURES = Path(__file__).parents[1] / "fixtures"
NOW = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(minutes=10)
FEED = (FIXTURES / "feeds" / "wordpress_en.rss").read_bytes()


def _value(name: str, **labels: str) -> float | None:
    return REGISTRY.get_sample_value(name, labels)


def _polls(kind: str, source: str, outcome: str) -> float:
    return _value("tocsin_watcher_polls_total", kind=kind, source=source, outcome=outcome) or 0.0


def _copy(name: str, tmp_path: Path) -> str:
    """A copy of a fixture under tmp_path: a source label no other test shares."""
    target = tmp_path / "sources" / Path(name).name
    target.parent.mkdir(exist_ok=True)
    shutil.copy(FIXTURES / name, target)
    return str(target)


async def test_feed_polls_are_counted_by_outcome_with_last_success_and_consecutive_failures(tmp_path: Path) -> None:
    """ok, read_failed and unusable per feed; the good one's success time; failures count up until a read."""
    good, broken = _copy("feeds/wordpress_en.rss", tmp_path), _copy("feeds/html_error_page.html", tmp_path)
    missing = str(tmp_path / "gone.xml")
    settings = WatcherSettings(state_dir=tmp_path / "state", feed_max_age=None)
    emitted = _value("tocsin_watcher_events_emitted_total", type="tocsin.arrest.reported") or 0.0
    async with Fetcher() as fetcher:
        jobs = Jobs.build(settings, fetcher, Recorder())
        first = await jobs.feeds([good, broken, missing], now=NOW)
        await jobs.feeds([good, broken, missing], now=LATER)
    assert _polls("feed", good, "ok") == 2
    assert _polls("feed", broken, "unusable") == 2
    assert _polls("feed", missing, "read_failed") == 2
    assert _value("tocsin_watcher_last_success_timestamp_seconds", kind="feed", source=good) == LATER.timestamp()
    assert _value("tocsin_watcher_last_success_timestamp_seconds", kind="feed", source=broken) is None
    failures = [_value("tocsin_watcher_source_consecutive_failures", kind="feed", source=s) for s in first.outcomes]
    assert failures == [0, 2, 2]
    assert len(first.events) == 9
    assert _value("tocsin_watcher_events_emitted_total", type="tocsin.arrest.reported") == emitted + 9


class EtagFeed(QuietHandler):
    """Serves the English sample feed with an ETag, and 304 to a request that sends it back."""

    def do_GET(self) -> None:
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        self._send(200, FEED, {"ETag": '"v1"'})


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of a feed server on 127.0.0.1."""
    with http_server(EtagFeed) as url:
        yield url


async def test_a_not_modified_feed_is_a_success(server: str, tmp_path: Path) -> None:
    """A 304 counts as `not_modified` and moves the last-success time: the source is fine, just quiet."""
    source = f"{server}/feed?case={tmp_path.name}"
    settings = WatcherSettings(state_dir=tmp_path, feed_max_age=None)
    async with Fetcher(validators_path=tmp_path / "v.json") as fetcher:
        jobs = Jobs.build(settings, fetcher, Recorder())
        await jobs.feeds([source], now=NOW)
        await jobs.feeds([source], now=LATER)
    assert (_polls("feed", source, "ok"), _polls("feed", source, "not_modified")) == (1, 1)
    assert _value("tocsin_watcher_last_success_timestamp_seconds", kind="feed", source=source) == LATER.timestamp()
    assert _value("tocsin_watcher_source_consecutive_failures", kind="feed", source=source) == 0


async def test_a_treaty_poll_counts_every_source_it_tried(tmp_path: Path) -> None:
    """Fallbacks in order: a missing file (read_failed), a maintenance page (unusable), then the page (ok)."""
    missing = str(tmp_path / "gone.html")
    maintenance, page = _copy("untc/maintenance.html", tmp_path), _copy("untc/status_2026-03.html", tmp_path)
    settings = WatcherSettings(state_dir=tmp_path / "state", signature_deadlines={})
    recorder = Recorder()
    async with Fetcher() as fetcher:
        result = await Jobs.build(settings, fetcher, recorder).treaty("XVIII-16", [missing, maintenance, page], now=NOW)
    assert result.outcomes == {missing: "read_failed", maintenance: "unusable", page: "ok"}
    assert [_polls("treaty", source, outcome) for source, outcome in result.outcomes.items()] == [1, 1, 1]
    assert _value("tocsin_watcher_last_success_timestamp_seconds", kind="treaty", source=page) == NOW.timestamp()
    assert _value("tocsin_watcher_source_consecutive_failures", kind="treaty", source=maintenance) == 1


async def test_a_gdelt_poll_is_counted_ok_or_read_failed(tmp_path: Path) -> None:
    """An export that reads counts `ok`; a missing one `read_failed`."""
    export, missing = _copy("gdelt/20250312103000.export.CSV.zip", tmp_path), str(tmp_path / "lastupdate.txt")
    settings = WatcherSettings(state_dir=tmp_path / "state")
    async with Fetcher() as fetcher:
        jobs = Jobs.build(settings, fetcher, Recorder())
        assert (await jobs.gdelt(export, now=NOW)).outcome == "ok"
        assert (await jobs.gdelt(missing, now=NOW)).outcome == "read_failed"
    assert (_polls("gdelt", export, "ok"), _polls("gdelt", missing, "read_failed")) == (1, 1)


def test_source_labels_never_show_credentials() -> None:
    """A feed URL's password and token are redacted in the metric labels as in logs and events."""
    record_poll("feed", "https://reader:hunter2@feeds.test/rss?token=s3cr3t", "ok", failures=0, now=NOW)
    exposed = generate_latest().decode()
    assert "https://REDACTED@feeds.test/rss?token=REDACTED" in exposed
    assert "hunter2" not in exposed
    assert "s3cr3t" not in exposed


async def test_a_crashing_poller_is_counted_and_its_loop_goes_on(tmp_path: Path) -> None:
    """A poll that raises (say, a corrupt state file) is counted per poller and the loop polls again; the counter
    exists at 0 from the loop's start (a series first seen at 1 shows no increase)."""
    poller = f"feeds-{tmp_path.name}"
    counted: list[float | None] = []  # the crash counter as each poll starts
    again = asyncio.Event()

    async def crash() -> None:
        counted.append(_value("tocsin_watcher_poll_crashes_total", poller=poller))
        if len(counted) == 2:
            again.set()
        raise RuntimeError("corrupt state")

    loop = asyncio.create_task(_every(dt.timedelta(0), crash, poller))
    try:
        async with asyncio.timeout(10):
            await again.wait()
    finally:
        loop.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await loop
    assert counted[:2] == [0.0, 1.0]  # exported at 0 before the first crash, so an alert sees the first one


async def test_ready_means_kafka_answers_and_the_state_dir_takes_writes(tmp_path: Path) -> None:
    """Not ready while Kafka is silent or the state dir cannot be written; each change is logged once."""
    kafka_up = True

    async def ping() -> bool:
        return kafka_up

    state = tmp_path / "new" / "state"
    readiness = Readiness(ping, state)
    with capture_logs() as logs:
        assert await readiness()  # the directory is made on the way
        assert state.is_dir()
        assert list(state.iterdir()) == []  # the probe leaves nothing behind
        kafka_up = False
        assert not await readiness()
        assert not await readiness()
        kafka_up = True
        assert await readiness()
    changes = [(entry["event"], entry.get("problems")) for entry in logs]
    assert changes == [("watcher_not_ready", ["kafka_unreachable"]), ("watcher_ready", None)]
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    assert not state_dir_writable(blocked)
    assert not await Readiness(ping, blocked)()


def test_a_full_disk_is_not_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating a file takes no data block; the probe writes and syncs a byte, so ENOSPC shows."""

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    assert not state_dir_writable(tmp_path)


async def test_source_failures_do_not_make_the_watcher_unready(tmp_path: Path) -> None:
    """Every source failing is a health event and a metric, not unreadiness: restarting cannot fix a remote site."""

    async def ping() -> bool:
        return True

    settings = WatcherSettings(state_dir=tmp_path, failure_threshold=1)
    recorder = Recorder()
    async with Fetcher() as fetcher:
        await Jobs.build(settings, fetcher, recorder).feeds([str(tmp_path / "gone.xml")], now=NOW)
    assert [e.type for e in recorder.events] == ["tocsin.source.health"]
    assert await Readiness(ping, tmp_path)()
