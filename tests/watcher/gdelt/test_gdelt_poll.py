"""poll_gdelt: lastupdate -> export -> reports, once per article across runs and across the feeds."""

import asyncio
import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.http import QuietHandler, http_server
from tests.watcher.gdelt.conftest import FIXTURES
from tocsin_schemas import event_id
from tocsin_watcher.errors import FeedStateError
from tocsin_watcher.feeds.poll import poll_feeds
from tocsin_watcher.fetch import Fetcher, FetchPolicy
from tocsin_watcher.gdelt.poll import poll_gdelt

NOW = dt.datetime(2025, 3, 12, 11, 0, tzinfo=dt.UTC)
ARTICLE = "https://www.premiumtimesng.example/news/headlines/712345-police-arrest-journalist-over-facebook-post.html"
RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>https://n.example/</link>
<item><title>Police arrest journalist over Facebook post</title><link>{ARTICLE}?utm_source=rss&amp;fbclid=x</link>
<description>A journalist was arrested in Lagos, Nigeria, over a Facebook post criticising the governor.</description>
<pubDate>Wed, 12 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>""".encode()


async def _read_file(source: str, max_bytes: int) -> bytes | None:
    return (await asyncio.to_thread(Path(source).read_bytes))[: max_bytes + 1]


async def test_a_local_lastupdate_yields_seven_reports_with_feed_compatible_ids(tmp_path: Path) -> None:
    """Eight kept rows, two of one article, one unsafe link: seven reports, id = the feeds' id for the URL."""
    result = await poll_gdelt(str(FIXTURES / "lastupdate.txt"), _read_file, tmp_path, now=NOW)
    assert result.error is None
    assert len(result.events) == 7
    first = result.events[0]
    assert first.data.url == ARTICLE
    assert first.id == event_id("tocsin.arrest.reported", ARTICLE)
    assert first.data.country_code == "NGA"
    assert first.data.published_at == dt.datetime(2025, 3, 12, 10, 15, tzinfo=dt.UTC)
    assert first.data.source.endswith("20250312103000.export.CSV.zip")
    assert first.data.language == "en"
    assert "1001, 1002" in first.data.summary
    assert {e.data.country_code for e in result.events} == {"NGA", "VNM", "NIC", "PAK", "THA", "NER"}
    assert dict(result.dropped) == {"off_topic": 4, "no_context": 3, "unsafe_link": 1}


async def test_the_same_export_read_again_reports_nothing(tmp_path: Path) -> None:
    """Seen URLs persist in the state directory."""
    await poll_gdelt(str(FIXTURES / "lastupdate.txt"), _read_file, tmp_path, now=NOW)
    again = await poll_gdelt(str(FIXTURES / "20250312103000.export.CSV.zip"), _read_file, tmp_path, now=NOW)
    assert (again.error, again.events) == (None, [])


async def test_an_article_a_feed_reported_is_not_reported_by_gdelt(tmp_path: Path) -> None:
    """The feed's canonical URL (tracking removed) is GDELT's: one event for the article in all."""

    async def read_feed(source: str) -> bytes:
        return RSS

    fed = await poll_feeds(["https://n.example/feed"], read_feed, tmp_path, now=NOW)
    assert [e.data.url for e in fed.events] == [ARTICLE]
    result = await poll_gdelt(str(FIXTURES / "export.CSV"), _read_file, tmp_path, now=NOW)
    assert ARTICLE not in {e.data.url for e in result.events}
    assert len(result.events) == 6


async def test_an_article_gdelt_reported_is_not_reported_by_a_feed(tmp_path: Path) -> None:
    """And the other way round, with the same event id."""

    async def read_feed(source: str) -> bytes:
        return RSS

    result = await poll_gdelt(str(FIXTURES / "export.CSV"), _read_file, tmp_path, now=NOW)
    assert ARTICLE in {e.data.url for e in result.events}
    fed = await poll_feeds(["https://n.example/feed"], read_feed, tmp_path, now=NOW)
    assert fed.events == []


async def test_uncommitted_results_leave_state_for_the_next_poll(tmp_path: Path) -> None:
    """With commit=False nothing is saved until `commit()`: a failed publish re-emits the same ids."""
    source = str(FIXTURES / "export.CSV")
    first = await poll_gdelt(source, _read_file, tmp_path, now=NOW, commit=False)
    second = await poll_gdelt(source, _read_file, tmp_path, now=NOW, commit=False)
    assert [e.id for e in first.events] == [e.id for e in second.events]
    second.commit()
    assert (await poll_gdelt(source, _read_file, tmp_path, now=NOW)).events == []


async def test_unreadable_sources_return_an_error_and_touch_no_state(tmp_path: Path) -> None:
    """A missing file, a broken zip and an HTML page fail the poll; no state file appears."""
    broken = tmp_path / "broken.zip"
    broken.write_bytes((FIXTURES / "20250312103000.export.CSV.zip").read_bytes()[:600])
    html = tmp_path / "lastupdate.txt"
    html.write_bytes(b"<html><body>Service unavailable</body></html>")
    state = tmp_path / "state"
    for source in [str(tmp_path / "missing.txt"), str(broken), str(html)]:
        result = await poll_gdelt(source, _read_file, state, now=NOW)
        assert result.error is not None
        assert result.events == []
    assert not (state / "feeds-seen.json").exists()


async def test_corrupt_seen_state_is_never_guessed_at(tmp_path: Path) -> None:
    """A corrupt feeds-seen.json raises FeedStateError, as for the feeds."""
    (tmp_path / "feeds-seen.json").write_text("{nope")
    with pytest.raises(FeedStateError):
        await poll_gdelt(str(FIXTURES / "export.CSV"), _read_file, tmp_path, now=NOW)


class GdeltHandler(QuietHandler):
    """/lastupdate.txt announces /export.zip; /bad/lastupdate.txt announces a wrong MD5."""

    zip_bytes = (FIXTURES / "20250312103000.export.CSV.zip").read_bytes()

    def do_GET(self) -> None:
        md5 = hashlib.md5(self.zip_bytes).hexdigest()  # noqa: S324 - GDELT's own checksum
        bodies = {
            "/lastupdate.txt": f"{len(self.zip_bytes)} {md5} /20250312103000.export.CSV.zip\n".encode(),
            "/bad/lastupdate.txt": f"{len(self.zip_bytes)} {'0' * 32} /20250312103000.export.CSV.zip\n".encode(),
            "/evil/lastupdate.txt": b"10 0123456789abcdef0123456789abcdef file:///etc/passwd.export.CSV.zip\n",
            "/20250312103000.export.CSV.zip": self.zip_bytes,
        }
        body = bodies.get(self.path)
        self._send(200 if body is not None else 404, body or b"")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of a GDELT mirror on 127.0.0.1."""
    with http_server(GdeltHandler) as url:
        yield url


async def test_http_lastupdate_and_export_are_read_and_checked(server: str, tmp_path: Path) -> None:
    """Over HTTP: seven reports; a wrong MD5 or a file: export URL fails the poll."""
    async with Fetcher(FetchPolicy(attempts=1)) as fetcher:

        async def read(url: str, max_bytes: int) -> bytes | None:
            return await fetcher.read(url, max_bytes=max_bytes)

        good = await poll_gdelt(f"{server}/lastupdate.txt", read, tmp_path / "a", now=NOW)
        assert (good.error, len(good.events)) == (None, 7)
        assert good.events[0].data.source == f"{server}/20250312103000.export.CSV.zip"
        bad = await poll_gdelt(f"{server}/bad/lastupdate.txt", read, tmp_path / "b", now=NOW)
        assert bad.error is not None
        assert "MD5" in bad.error
        evil = await poll_gdelt(f"{server}/evil/lastupdate.txt", read, tmp_path / "c", now=NOW)
        assert evil.error is not None
        assert "not allowed" in evil.error
