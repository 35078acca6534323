"""The feeds' age cutoff and undated items: a back catalogue is remembered, never emitted; nothing valid is lost."""

import datetime as dt
from pathlib import Path

import pytest
from prometheus_client import REGISTRY
from structlog.testing import capture_logs

from tests.watcher.feeds.feed_files import fake_reader, load
from tocsin_watcher.feeds.age import DEFAULT_MAX_AGE, format_max_age, parse_max_age, too_old
from tocsin_watcher.feeds.parse import parse_feed
from tocsin_watcher.feeds.poll import poll_feeds

NOW = dt.datetime(2025, 1, 21, 12, 0, tzinfo=dt.UTC)
WEEK = dt.timedelta(days=7)
EN = "https://rightsmonitor.example.org/feed/"

ITEM = """<item><title>{title}</title><link>https://news.example.org/{slug}</link>{date}
<description>Police in Hanoi arrested a blogger and charged him with "propaganda against the State" under
Article 117 of the Penal Code over posts criticising officials on Facebook.</description></item>"""


def _feed(*items: tuple[str, str, str]) -> bytes:
    body = "".join(ITEM.format(title=title, slug=slug, date=date) for title, slug, date in items)
    return f'<rss version="2.0"><channel><title>Rights Watch Asia</title>{body}</channel></rss>'.encode()


TITLE = "Blogger arrested for Facebook posts under Article 117"
UNDATED = _feed(
    (TITLE, "a", "<pubDate>the Tuesday before last</pubDate>"),
    (f"Second {TITLE.lower()}", "b", ""),
    (f"Third {TITLE.lower()}", "c", "<pubDate>Mon, 06 Jan 2025 09:00:00 GMT</pubDate>"),
)


def _sample(name: str, labels: dict[str, str]) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_max_age_reads_iso_durations_and_none_and_refuses_zero() -> None:
    """`P7D` and `PT36H` are cutoffs, `none` / `off` (any case) turn it off; zero, negative or prose are refused."""
    assert parse_max_age("P7D") == WEEK
    assert parse_max_age("PT36H") == dt.timedelta(hours=36)
    assert parse_max_age("none") is None
    assert parse_max_age(" Off ") is None
    for bad in ("P0D", "-P1D", "soon", ""):
        with pytest.raises(ValueError, match=r"timedelta|greater than 0"):
            parse_max_age(bad)
    assert DEFAULT_MAX_AGE == WEEK
    assert (format_max_age(WEEK), format_max_age(None)) == ("P7D", "none")


def test_an_item_is_too_old_only_when_dated_before_the_cutoff() -> None:
    """Older than now - max_age is too old; on the cutoff, undated, or with no cutoff it never is."""
    assert too_old(NOW - WEEK - dt.timedelta(seconds=1), now=NOW, max_age=WEEK)
    assert not too_old(NOW - WEEK, now=NOW, max_age=WEEK)
    assert not too_old(None, now=NOW, max_age=WEEK)
    assert not too_old(dt.datetime(1999, 1, 1, tzinfo=dt.UTC), now=NOW, max_age=None)


async def test_reports_older_than_max_age_are_remembered_not_emitted_and_counted_once(tmp_path: Path) -> None:
    """A week's cutoff keeps the feed's older reports out, logs their count once, and they never come back."""
    read = fake_reader({EN: load("wordpress_en.rss")})
    everything = await poll_feeds([EN], read, tmp_path / "all", now=NOW)
    recent = [e.data.url for e in everything.events if e.data.published_at >= NOW - WEEK]
    old = len(everything.events) - len(recent)
    assert recent  # the sample holds both
    assert old
    before = _sample("tocsin_watcher_feed_items_too_old_total", {"source": EN})
    with capture_logs() as logs:
        cut = await poll_feeds([EN], read, tmp_path / "cut", now=NOW, max_age=WEEK)
    assert [e.data.url for e in cut.events] == recent
    assert cut.outcomes == {EN: "ok"}
    [line] = [entry for entry in logs if entry["event"] == "feed_items_too_old"]
    assert (line["source"], line["items"], line["max_age"]) == (EN, old, "P7D")
    assert _sample("tocsin_watcher_feed_items_too_old_total", {"source": EN}) == before + old
    again = await poll_feeds([EN], read, tmp_path / "cut", now=NOW, max_age=None)
    assert again.events == []  # remembered as seen: turning the cutoff off later does not release them


def test_an_unparseable_date_is_kept_as_text_and_a_missing_one_is_none() -> None:
    """The parser keeps the date text it could not read, so the poll can name it; no date at all is None."""
    unreadable, missing, dated = parse_feed(UNDATED).items
    assert (unreadable.published, unreadable.unparsed_date) == (None, "the Tuesday before last")
    assert (missing.published, missing.unparsed_date) == (None, None)
    assert dated.published == dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)
    assert dated.unparsed_date is None


async def test_undated_reports_are_emitted_at_poll_time_warned_and_counted_never_cut(tmp_path: Path) -> None:
    """An unparseable date warns naming feed and item; both undated reports go out at `now` despite the cutoff."""
    source = "https://undated.example.org/feed/"
    counters = {
        reason: _sample("tocsin_watcher_feed_items_undated_total", {"source": source, "reason": reason})
        for reason in ("unparseable", "missing")
    }
    with capture_logs() as logs:
        result = await poll_feeds([source], fake_reader({source: UNDATED}), tmp_path, now=NOW, max_age=WEEK)
    urls = [e.data.url for e in result.events]
    assert urls == ["https://news.example.org/a", "https://news.example.org/b"]  # the dated one is two weeks old
    assert all(e.data.published_at == NOW for e in result.events)
    [warning] = [entry for entry in logs if entry["event"] == "feed_item_date_unparseable"]
    assert warning["log_level"] == "warning"
    assert (warning["source"], warning["url"], warning["date"]) == (source, urls[0], "the Tuesday before last")
    assert warning["title"] == TITLE
    for reason, before in counters.items():
        labels = {"source": source, "reason": reason}
        assert _sample("tocsin_watcher_feed_items_undated_total", labels) == before + 1


async def test_a_date_in_the_future_is_replaced_warned_and_counted(tmp_path: Path) -> None:
    """2099 became the poll time silently (a tester's hostile feed): now it is warned about and counted like the
    other dates the watcher cannot use; a date within the day's slack is kept; 1800 is no date (it made the event
    invalid once the contract bounded times)."""
    source = "https://future.example.org/feed/"
    before = _sample("tocsin_watcher_feed_items_undated_total", {"source": source, "reason": "future"})
    feed = _feed(
        (TITLE, "far", "<pubDate>Wed, 01 Jan 2099 00:00:00 GMT</pubDate>"),
        (f"Second {TITLE.lower()}", "near", "<pubDate>Tue, 21 Jan 2025 18:00:00 GMT</pubDate>"),
        (f"Third {TITLE.lower()}", "ancient", "<pubDate>Mon, 01 Jan 1800 00:00:00 GMT</pubDate>"),
    )
    with capture_logs() as logs:
        result = await poll_feeds([source], fake_reader({source: feed}), tmp_path, now=NOW, max_age=None)
    dates = {e.data.url.rsplit("/", 1)[1]: e.data.published_at for e in result.events}
    assert dates == {"far": NOW, "near": dt.datetime(2025, 1, 21, 18, 0, tzinfo=dt.UTC), "ancient": NOW}
    [unusable] = [entry for entry in logs if entry["event"] == "feed_item_date_unparseable"]
    assert unusable["date"] == "Mon, 01 Jan 1800 00:00:00 GMT"  # no date an event can carry (1900-2199)
    [warning] = [entry for entry in logs if entry["event"] == "feed_item_date_in_future"]
    assert (warning["url"], warning["date"].year) == ("https://news.example.org/far", 2099)
    assert _sample("tocsin_watcher_feed_items_undated_total", {"source": source, "reason": "future"}) == before + 1


async def test_after_its_first_read_a_feed_loses_nothing_to_the_cutoff(tmp_path: Path) -> None:
    """Back from a nine-day outage, a report published on the outage's first day is news, not back catalogue."""
    state = tmp_path / "state"
    first = _feed((TITLE, "a", "<pubDate>Mon, 20 Jan 2025 09:00:00 GMT</pubDate>"))
    assert len((await poll_feeds([EN], fake_reader({EN: first}), state, now=NOW, max_age=WEEK)).events) == 1
    later = NOW + dt.timedelta(days=9)
    during = "<pubDate>Wed, 22 Jan 2025 09:00:00 GMT</pubDate>"  # nine days before `later`: past the week
    after_outage = _feed((TITLE, "a", ""), (f"Second {TITLE.lower()}", "d", during))
    result = await poll_feeds([EN], fake_reader({EN: after_outage}), state, now=later, max_age=WEEK)
    assert [e.data.url for e in result.events] == ["https://news.example.org/d"]


async def test_counts_wait_until_the_state_is_saved(tmp_path: Path) -> None:
    """With commit=False (the service), a poll whose events fail to publish counts nothing: it is read again."""
    read = fake_reader({EN: load("wordpress_en.rss")})
    before = _sample("tocsin_watcher_feed_items_too_old_total", {"source": EN})
    unsaved = await poll_feeds([EN], read, tmp_path / "s", now=NOW, max_age=WEEK, commit=False)
    assert _sample("tocsin_watcher_feed_items_too_old_total", {"source": EN}) == before
    unsaved.commit()
    assert _sample("tocsin_watcher_feed_items_too_old_total", {"source": EN}) > before


async def test_a_guid_reused_for_another_article_is_skipped_with_a_line_saying_so(tmp_path: Path) -> None:
    """Two items under one guid and two links: the second is skipped (a guid names one article), but no longer
    silently: the log names its URL and the guid."""
    source = "https://dupguid.example.org/feed/"
    guid = "<guid isPermaLink='false'>uatq-dup-guid</guid><pubDate>Tue, 21 Jan 2025 09:00:00 GMT</pubDate>"
    feed = _feed((TITLE, "dup-a", guid), (f"Second {TITLE.lower()}", "dup-b", guid))
    with capture_logs() as logs:
        result = await poll_feeds([source], fake_reader({source: feed}), tmp_path, now=NOW, max_age=WEEK)
    assert [e.data.url for e in result.events] == ["https://news.example.org/dup-a"]
    [skipped] = [entry for entry in logs if entry.get("reason") == "guid_seen_with_another_url"]
    assert (skipped["url"], skipped["guid"]) == ("https://news.example.org/dup-b", "uatq-dup-guid")
