"""The bounded seen-keys state never forgets what the feeds still carry, however many reports they hold."""

import datetime as dt
import json
from collections.abc import Sequence
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.watcher.feeds.feed_files import fake_reader
from tocsin_schemas import ArrestReportedEvent
from tocsin_watcher.errors import FeedStateError
from tocsin_watcher.feeds.poll import poll_feeds
from tocsin_watcher.feeds.state import CARRY_RETENTION, STATE_FILE, FeedState

NOW = dt.datetime(2026, 5, 2, 12, 0, tzinfo=dt.UTC)
FEEDS = [f"https://news{n}.example/feed/" for n in range(3)]


def _feed(feed: int, posts: Sequence[int]) -> bytes:
    """An RSS feed of arrest reports, one per post number, each with its own link and a recent date."""
    items = "".join(
        f"<item><title>Journalist arrested under art. 117 over Facebook post {post}</title>"
        f"<link>https://news{feed}.example/{post}</link><guid>https://news{feed}.example/{post}</guid>"
        f"<pubDate>{format_datetime(NOW - dt.timedelta(minutes=post))}</pubDate></item>"
        for post in posts
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>News {feed}</title>'
        f"<link>https://news{feed}.example/</link><description>News</description>{items}</channel></rss>"
    ).encode()


def _urls(events: Sequence[ArrestReportedEvent]) -> list[str]:
    return [event.data.url for event in events]


async def _poll(
    state: Path, bodies: dict[str, bytes | Exception | None], *, limit: int, now: dt.datetime = NOW
) -> list[ArrestReportedEvent]:
    result = await poll_feeds(list(bodies), fake_reader(bodies), state, now=now, max_age=None, seen_limit=limit)
    return result.events


async def test_feeds_holding_more_reports_than_the_limit_do_not_report_them_again(tmp_path: Path) -> None:
    """Three feeds of five reports (30 keys) against a limit of 4: reported on the first poll, never after."""
    bodies: dict[str, bytes | Exception | None] = {source: _feed(n, range(5)) for n, source in enumerate(FEEDS)}
    assert len(await _poll(tmp_path, bodies, limit=4)) == 15
    assert await _poll(tmp_path, bodies, limit=4) == []
    assert await _poll(tmp_path, bodies, limit=4) == []


async def test_only_new_reports_of_a_feed_set_larger_than_the_limit_are_reported(tmp_path: Path) -> None:
    """A feed whose window moves on reports just its new items, while the others still hold theirs."""
    bodies: dict[str, bytes | Exception | None] = {source: _feed(n, range(5)) for n, source in enumerate(FEEDS)}
    await _poll(tmp_path, bodies, limit=2)
    bodies[FEEDS[0]] = _feed(0, range(2, 8))
    assert _urls(await _poll(tmp_path, bodies, limit=2)) == [
        "https://news0.example/5",
        "https://news0.example/6",
        "https://news0.example/7",
    ]
    assert await _poll(tmp_path, bodies, limit=2) == []


@pytest.mark.parametrize("answer", [None, ConnectionError("down")], ids=["not_modified", "read_failed"])
async def test_feed_not_read_this_poll_keeps_what_it_carries(tmp_path: Path, answer: Exception | None) -> None:
    """A feed answering 304, or failing, while another churns past the limit is not reported again afterwards."""
    steady, busy = FEEDS[0], FEEDS[1]
    await _poll(tmp_path, {steady: _feed(0, range(5)), busy: _feed(1, range(5))}, limit=3)
    assert len(await _poll(tmp_path, {steady: answer, busy: _feed(1, range(100, 120))}, limit=3)) == 20
    again = await _poll(tmp_path, {steady: _feed(0, range(6)), busy: _feed(1, range(100, 120))}, limit=3)
    assert _urls(again) == ["https://news0.example/5"]


async def test_report_gone_from_every_feed_is_forgotten_after_limit_newer_ones(tmp_path: Path) -> None:
    """Dropped reports age out like before: one back within the limit is not news, one back after it is."""
    source = FEEDS[0]
    await _poll(tmp_path, {source: _feed(0, [1, 2])}, limit=2)  # 4 keys: url and guid of each
    await _poll(tmp_path, {source: _feed(0, [3])}, limit=2)  # 1 and 2 left the feed; 2 keys of them fit the limit
    back = await _poll(tmp_path, {source: _feed(0, [1, 2, 3])}, limit=2)
    assert _urls(back) == ["https://news0.example/1"]


async def test_version_1_state_is_read_and_written_back_as_version_2(tmp_path: Path) -> None:
    """A version 1 file keeps its keys (nothing reported again) and is saved in the new format."""
    source = FEEDS[0]
    keys = [f"url:https://news0.example/{post}" for post in range(3)]
    (tmp_path / STATE_FILE).write_text(json.dumps({"version": 1, "seen": keys}), encoding="utf-8")
    events = await _poll(tmp_path, {source: _feed(0, range(4))}, limit=50_000)
    assert _urls(events) == ["https://news0.example/3"]
    document = json.loads((tmp_path / STATE_FILE).read_text(encoding="utf-8"))
    assert document["version"] == 2
    assert set(keys) <= set(document["seen"])
    carried = {document["seen"][i] for i in document["feeds"][source]["carries"]}
    assert "guid:https://news0.example/3" in carried
    assert f"read:{source}" in carried


def test_carried_keys_survive_a_save_and_a_load(tmp_path: Path) -> None:
    """What each feed carries, and when it was read, is part of the saved state (GDELT's saves keep it too)."""
    state = FeedState.load(tmp_path, limit=0)
    state.remember(["a", "b", "c"])
    state.carry("feed", ["a", "c"], now=NOW)
    state.save()
    again = FeedState.load(tmp_path, limit=0)
    assert again.carried("feed") == {"a", "c"}
    assert "b" not in again
    again.remember(["gdelt"])
    again.save()
    assert FeedState.load(tmp_path, limit=0).carried("feed") == {"a", "c"}


def test_feed_not_read_for_the_retention_stops_protecting_its_keys(tmp_path: Path) -> None:
    """A feed dropped from the configuration no longer pins its keys once another was read much later."""
    state = FeedState.load(tmp_path, limit=0)
    state.remember(["old", "new"])
    state.carry("dropped", ["old"], now=NOW)
    state.carry("kept", ["new"], now=NOW + CARRY_RETENTION + dt.timedelta(seconds=1))
    state.save()
    assert "old" not in state
    assert "new" in state
    assert FeedState.load(tmp_path).carried("dropped") == frozenset()


@pytest.mark.parametrize(
    "feeds",
    [
        [],
        {"f": {"carries": [0]}},
        {"f": {"read_at": "yesterday", "carries": [0]}},
        {"f": {"read_at": "2026-05-02T12:00:00", "carries": [0]}},
        {"f": {"read_at": "2026-05-02T12:00:00+00:00", "carries": [1]}},
        {"f": {"read_at": "2026-05-02T12:00:00+00:00", "carries": [True]}},
        {"f": {"read_at": "2026-05-02T12:00:00+00:00", "carries": "0"}},
    ],
)
def test_corrupt_feeds_section_raises_a_clear_error(tmp_path: Path, feeds: object) -> None:
    """A version 2 file whose feeds are not exactly documented raises FeedStateError and is left untouched."""
    content = json.dumps({"version": 2, "seen": ["k"], "feeds": feeds})
    (tmp_path / STATE_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(FeedStateError):
        FeedState.load(tmp_path)
    assert (tmp_path / STATE_FILE).read_text(encoding="utf-8") == content


async def test_two_feeds_differing_only_in_a_masked_token_are_two_sources(tmp_path: Path) -> None:
    """ "?token=A" and "?token=B" shared one first-read marker (both read as "?token=REDACTED"), so the second
    feed's back catalogue went out as news on its first read; each now has its own, and no secret is stored."""
    first, second = "https://news0.example/feed?token=AAAA1111", "https://news1.example/feed?token=BBBB2222"
    second = second.replace("news1", "news0")  # the same host and path: only the token differs
    bodies: dict[str, bytes | Exception | None] = {first: _feed(0, range(3))}
    await poll_feeds([first], fake_reader(bodies), tmp_path, now=NOW, max_age=dt.timedelta(days=7))
    old = _feed(1, range(3)).replace(b"2026", b"2025")  # a year old: back catalogue on a first read
    bodies[second] = old
    result = await poll_feeds([first, second], fake_reader(bodies), tmp_path, now=NOW, max_age=dt.timedelta(days=7))
    assert result.events == []
    saved = (tmp_path / STATE_FILE).read_text(encoding="utf-8")
    assert "AAAA1111" not in saved
    assert "BBBB2222" not in saved
