"""The poll jobs shared by the CLI and the service: health for feeds, at-least-once with conditional GET, caps."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.http import QuietHandler, http_server
from tests.watcher.support import Recorder
from tocsin_schemas import ArrestReportedEvent, SourceHealthEvent
from tocsin_watcher.feeds.defuse import MAX_FEED_BYTES
from tocsin_watcher.fetch import Fetcher
from tocsin_watcher.jobs import Jobs
from tocsin_watcher.settings import WatcherSettings

FEED = (Path(__file__).parents[1] / "fixtures" / "feeds" / "wordpress_en.rss").read_bytes()


class FeedHandler(QuietHandler):
    """/feed answers 304 to its own ETag; /huge declares a body one byte over the feed cap."""

    def do_GET(self) -> None:
        if self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Length", str(MAX_FEED_BYTES + 1))
            self.end_headers()
            return
        if self.headers.get("If-None-Match") == '"feed-v1"':
            self.send_response(304)
            self.end_headers()
            return
        self._send(200, FEED, {"ETag": '"feed-v1"'})


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of a feed server on 127.0.0.1."""
    with http_server(FeedHandler) as url:
        yield url


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


async def test_failed_publish_is_retried_with_a_full_read_not_lost_to_a_304(server: str, tmp_path: Path) -> None:
    """The broker being down keeps both the seen items and the ETag unsaved: the next poll re-emits the reports."""
    settings = WatcherSettings(state_dir=tmp_path, feed_max_age=None)  # the sample feed is dated January 2025
    recorder = Recorder()
    async with Fetcher(validators_path=tmp_path / "http_validators.json") as fetcher:
        jobs = Jobs.build(settings, fetcher, recorder)
        recorder.fail = True
        with pytest.raises(ConnectionError):
            await jobs.feeds([f"{server}/feed"])
        recorder.fail = False
        await jobs.feeds([f"{server}/feed"])
        reports = [e for e in recorder.events if isinstance(e, ArrestReportedEvent)]
        assert reports
        recorder.events.clear()
        assert (await jobs.feeds([f"{server}/feed"])).events == []  # now a 304: committed after the publish
    validators = json.loads((tmp_path / "http_validators.json").read_text())
    assert validators == {f"{server}/feed": {"etag": '"feed-v1"'}}


async def test_feeds_are_capped_on_the_wire_at_the_parsers_limit(server: str, tmp_path: Path) -> None:
    """A feed declaring more than MAX_FEED_BYTES is refused before download even though the fetch cap is larger."""
    settings = WatcherSettings(state_dir=tmp_path, max_response_bytes=4 * MAX_FEED_BYTES)
    async with Fetcher(validators_path=tmp_path / "v.json") as fetcher:
        result = await Jobs.build(settings, fetcher, Recorder()).feeds([f"{server}/huge"])
    assert f"{MAX_FEED_BYTES}-byte cap" in result.errors[f"{server}/huge"]


async def test_feed_countries_setting_fills_in_the_country_items_do_not_name(tmp_path: Path) -> None:
    """WATCHER_FEED_COUNTRIES gives a feed's items a country when their text names none."""
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<rss version="2.0"><channel><title>Local news</title><item><title>Blogger arrested over Facebook posts'
        "</title><link>https://news.example.org/a</link><description>Police detained a blogger for posts criticising"
        " officials online.</description></item></channel></rss>"
    )
    events = {}
    for countries in ({}, {str(feed): "KEN"}):
        settings = WatcherSettings(state_dir=tmp_path / f"state{len(countries)}", feed_countries=countries)
        recorder = Recorder()
        async with Fetcher() as fetcher:
            await Jobs.build(settings, fetcher, recorder).feeds([str(feed)])
        [event] = [e for e in recorder.events if isinstance(e, ArrestReportedEvent)]
        events[len(countries)] = event.data.country_code
    assert events == {0: None, 1: "KEN"}
