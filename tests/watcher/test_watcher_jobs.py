"""The poll jobs shared by the CLI and the service: feed sources get the same health tracking as treaties."""

from collections.abc import Sequence
from pathlib import Path

from tocsin_schemas import CloudEvent, SourceHealthEvent
from tocsin_watcher.fetch import Fetcher
from tocsin_watcher.jobs import Jobs
from tocsin_watcher.settings import WatcherSettings


class Recorder:
    """Collects what the job emits."""

    def __init__(self) -> None:
        self.events: list[CloudEvent] = []

    async def __call__(self, events: Sequence[CloudEvent]) -> None:
        self.events.extend(events)


async def test_failing_feed_is_reported_then_recovered(tmp_path: Path) -> None:
    """A feed that cannot be read emits `failing` at the threshold and `recovered` once it reads again."""
    feed = tmp_path / "feed.xml"
    settings = WatcherSettings(state_dir=tmp_path / "state", failure_threshold=2)
    recorder = Recorder()
    async with Fetcher() as fetcher:
        jobs = Jobs.build(settings, fetcher, recorder)
        await jobs.feeds([str(feed)])
        await jobs.feeds([str(feed)])
        feed.write_text('<rss version="2.0"><channel><title>t</title></channel></rss>')
        await jobs.feeds([str(feed)])
    health = [e for e in recorder.events if isinstance(e, SourceHealthEvent)]
    assert [(e.data.status, e.data.source) for e in health] == [("failing", str(feed)), ("recovered", str(feed))]
