"""Credentials in configured source URLs never reach logs or events."""

import datetime as dt
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from tocsin_watcher.errors import SourceUnavailable
from tocsin_watcher.feeds.poll import poll_feeds
from tocsin_watcher.redact import redact_url, state_shown
from tocsin_watcher.source_health import HealthBook

FEEDS = Path(__file__).parents[1] / "fixtures" / "feeds"
NOW = dt.datetime(2026, 3, 14, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://bob:hunter2@feeds.example.org/rss", "https://REDACTED@feeds.example.org/rss"),
        ("https://ghp_T0KEN@feeds.example.org/rss", "https://REDACTED@feeds.example.org/rss"),
        ("https://x.example/f?x-api-key=1&credential=2&jwt=3&access-key=4&keyword=vi",
         "https://x.example/f?x-api-key=REDACTED&credential=REDACTED&jwt=REDACTED&access-key=REDACTED&keyword=vi"),
        ("https://x.example/feed?token=abc&lang=vi", "https://x.example/feed?token=REDACTED&lang=vi"),
        ("https://x.example/f?api_key=1&Access_Token=2&sig=3", "https://x.example/f?api_key=REDACTED&Access_Token=REDACTED&sig=REDACTED"),
        ("https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en",
         "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"),
        ("/var/feeds/local.xml", "/var/feeds/local.xml"),
        ("https://[broken/feed?token=1", "https://REDACTED"),
    ],
)  # fmt: skip
def test_passwords_and_token_like_parameters_are_masked(url: str, shown: str) -> None:
    """A whole userinfo (a user name can be a token) and secret-looking query values are masked; everything else is
    kept as written."""
    assert redact_url(url) == shown


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("https://bob:hunter2@feeds.example.org/rss", "https://bob:REDACTED@feeds.example.org/rss"),
        ("https://ghp_T0KEN@feeds.example.org/rss", "https://ghp_T0KEN@feeds.example.org/rss"),
        ("https://x.example/f?x-api-key=1&token=2", "https://x.example/f?x-api-key=1&token=REDACTED"),
    ],
)
def test_state_files_name_sources_as_they_always_have(url: str, named: str) -> None:
    """The state's name of a source never changes between releases: a renamed source would lose its first-read
    marker, and its next new items be remembered as back catalogue, never sent."""
    assert state_shown(url) == named


async def test_feed_token_appears_in_neither_events_nor_logs(tmp_path: Path) -> None:
    """A feed read through a tokenised URL yields events and log lines that show the URL without the token."""
    body = (FEEDS / "wordpress_en.rss").read_bytes()
    secret = "s3cr3t-value"
    good, bad = f"https://feeds.example.org/rss?token={secret}", f"https://u:{secret}@down.example.org/rss"

    async def read(source: str) -> bytes:
        if source == bad:
            raise SourceUnavailable("HTTP 503")
        return body

    with capture_logs() as logs:
        result = await poll_feeds([good, bad], read, tmp_path, now=NOW)
    assert result.events
    assert all(e.data.source == "https://feeds.example.org/rss?token=REDACTED" for e in result.events)
    assert secret not in repr(logs)
    assert secret not in "".join(e.model_dump_json() for e in result.events)
    assert secret not in (tmp_path / "feeds-seen.json").read_text()


def test_health_events_show_the_redacted_source() -> None:
    """`failing` for a tokenised URL names the source without its token."""
    book = HealthBook(Path("/nonexistent/health.json"), threshold=1)
    event = book.failed("https://x.example/feed?token=abc", "HTTP 503", now=NOW)
    assert event is not None
    assert (event.data.source, event.subject) == ("https://x.example/feed?token=REDACTED",) * 2
