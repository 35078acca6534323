"""poll_feeds: events for new arrest reports, once across runs and feeds, per-source errors, deferred commit."""

import datetime as dt
import json
from pathlib import Path

from structlog.testing import capture_logs

from tests.watcher.feeds.feed_files import fake_reader, huge_feed, load
from tocsin_schemas import ArrestReportedEvent, event_id, to_structured_json
from tocsin_watcher import EVENT_SOURCE
from tocsin_watcher.feeds.poll import poll_feeds
from tocsin_watcher.feeds.state import STATE_FILE

NOW = dt.datetime(2025, 1, 21, 12, 0, tzinfo=dt.UTC)
EN = "https://rightsmonitor.example.org/feed/"
ATOM = "https://voices.example.net/feed/atom/"
VI = "https://tintuc.example.vn/rss/an-ninh-trat-tu.rss"


def _urls(events: list[ArrestReportedEvent]) -> list[str]:
    return [event.data.url for event in events]


async def test_first_poll_emits_every_arrest_report_in_feed_order(tmp_path: Path) -> None:
    """The nine reports of the English feed become nine events; its seven ordinary items none."""
    result = await poll_feeds([EN], fake_reader({EN: load("wordpress_en.rss")}), tmp_path, now=NOW)
    assert result.errors == {}
    assert len(result.events) == 9
    first = result.events[0]
    assert first.type == "tocsin.arrest.reported"
    assert first.source == EVENT_SOURCE
    assert first.time == NOW
    assert first.data.url == "https://rightsmonitor.example.org/2025/01/20/vietnamese-blogger-article-117/"
    assert first.id == event_id("tocsin.arrest.reported", first.data.url)
    assert first.data.source == EN
    assert first.data.country_code == "VNM"
    assert first.data.language == "en-US"
    assert first.data.published_at == dt.datetime(2025, 1, 20, 9, 0, tzinfo=dt.UTC)
    assert "Article 117" in first.data.matched_terms
    assert first.data.summary.startswith("Police in Ho Chi Minh City")
    assert "<" not in first.data.summary
    assert len(first.data.summary) <= 1_000


async def test_events_validate_against_the_contract(tmp_path: Path) -> None:
    """Every event round-trips through the structured CloudEvents JSON of the contract."""
    result = await poll_feeds([EN], fake_reader({EN: load("wordpress_en.rss")}), tmp_path, now=NOW)
    for event in result.events:
        document = json.loads(to_structured_json(event))
        assert document["specversion"] == "1.0"
        assert ArrestReportedEvent.model_validate(document) == event


async def test_second_poll_of_the_same_feed_emits_nothing(tmp_path: Path) -> None:
    """Seen keys persist in the state directory: a re-run emits no duplicate."""
    read = fake_reader({EN: load("wordpress_en.rss")})
    await poll_feeds([EN], read, tmp_path, now=NOW)
    again = await poll_feeds([EN], read, tmp_path, now=NOW)
    assert again.events == []
    assert (tmp_path / STATE_FILE).exists()


async def test_same_article_in_two_feeds_is_one_event(tmp_path: Path) -> None:
    """The Atom feed republishes the Pakistani report with other tracking parameters: one event only."""
    read = fake_reader({EN: load("wordpress_en.rss"), ATOM: load("voices_atom.xml")})
    result = await poll_feeds([EN, ATOM], read, tmp_path, now=NOW)
    urls = _urls(result.events)
    pakistan = "https://rightsmonitor.example.org/2025/01/19/pakistan-journalist-peca-26a/"
    assert urls.count(pakistan) == 1
    assert len(result.events) == 9 + 2
    assert len(set(urls)) == len(urls)


async def test_dedupe_holds_across_runs_and_feeds(tmp_path: Path) -> None:
    """A report seen in one feed on one run is not emitted again from another feed on a later run."""
    await poll_feeds([EN], fake_reader({EN: load("wordpress_en.rss")}), tmp_path, now=NOW)
    later = await poll_feeds([ATOM], fake_reader({ATOM: load("voices_atom.xml")}), tmp_path, now=NOW)
    assert _urls(later.events) == [
        "https://voices.example.net/2025/01/20/egypt-poet-detained/?lang=en",
        "https://voices.example.net/2025/01/18/belarus-blogger-sentenced/",
    ]


async def test_same_guid_under_another_url_is_one_event(tmp_path: Path) -> None:
    """An item whose URL changed but whose guid did not is recognised."""
    original = load("voices_atom.xml")
    moved = original.replace(b"/2025/01/20/egypt-poet-detained/", b"/2025/01/20/egypt-poet-detained-updated/")
    await poll_feeds([ATOM], fake_reader({ATOM: original}), tmp_path, now=NOW)
    again = await poll_feeds([ATOM], fake_reader({ATOM: moved}), tmp_path, now=NOW)
    assert again.events == []


async def test_bare_guids_are_only_unique_within_their_feed(tmp_path: Path) -> None:
    """A numeric guid such as "1234567" does not suppress an unrelated item of another feed."""
    other = "https://other.example.vn/rss"
    relinked = load("congan_vi.rss").replace(b"https://tintuc.example.vn/", b"https://other.example.vn/")
    read = fake_reader({VI: load("congan_vi.rss"), other: relinked})
    result = await poll_feeds([VI, other], read, tmp_path, now=NOW)
    assert len(result.events) == 6


async def test_failing_source_is_reported_and_others_continue(tmp_path: Path) -> None:
    """A read that raises, an HTML page and a truncated feed are errors; the good feed still yields events."""
    broken, html, cut = "https://down.example/feed", "https://html.example/feed", "https://cut.example/feed"
    read = fake_reader(
        {
            broken: ConnectionError("connection refused"),
            html: load("html_error_page.html"),
            cut: load("truncated_before_first_item.rss"),
            EN: load("wordpress_en.rss"),
        }
    )
    result = await poll_feeds([broken, html, cut, EN], read, tmp_path, now=NOW)
    assert set(result.errors) == {broken, html, cut}
    assert result.errors[broken] == "ConnectionError: connection refused"
    assert "HTML" in result.errors[html]
    assert result.errors[cut].startswith("MalformedFeedError")
    assert len(result.events) == 9


async def test_not_modified_source_is_skipped_silently(tmp_path: Path) -> None:
    """read() returning None means not modified: no event, no error."""
    result = await poll_feeds([EN], fake_reader({EN: None}), tmp_path, now=NOW)
    assert result.events == []
    assert result.errors == {}


async def test_truncated_feed_still_emits_its_complete_items(tmp_path: Path) -> None:
    """A feed cut mid-item yields events for the items before the cut, and is not an error."""
    result = await poll_feeds([EN], fake_reader({EN: load("truncated.rss")}), tmp_path, now=NOW)
    assert result.errors == {}
    assert len(result.events) == 2


async def test_item_without_a_date_is_published_now(tmp_path: Path) -> None:
    """published_at falls back to the poll time when the item has no date."""
    source = "https://hostile.example.org/feed"
    result = await poll_feeds([source], fake_reader({source: load("missing_fields.rss")}), tmp_path, now=NOW)
    assert [event.data.published_at for event in result.events] == [NOW]


async def test_item_dated_in_the_future_is_published_now(tmp_path: Path) -> None:
    """A pubDate years ahead is not trusted."""
    future = load("wordpress_en.rss").replace(b"Mon, 20 Jan 2025 09:00:00", b"Mon, 20 Jan 2098 09:00:00")
    result = await poll_feeds([EN], fake_reader({EN: future}), tmp_path, now=NOW)
    assert result.events[0].data.published_at == NOW


async def test_commit_false_persists_only_when_committed(tmp_path: Path) -> None:
    """With commit=False nothing is saved until result.commit(); then the next poll emits nothing."""
    read = fake_reader({EN: load("wordpress_en.rss")})
    first = await poll_feeds([EN], read, tmp_path, now=NOW, commit=False)
    assert not (tmp_path / STATE_FILE).exists()
    replay = await poll_feeds([EN], read, tmp_path, now=NOW, commit=False)
    assert len(replay.events) == len(first.events) == 9
    first.commit()
    assert (await poll_feeds([EN], read, tmp_path, now=NOW)).events == []


async def test_default_country_per_source(tmp_path: Path) -> None:
    """`countries` gives the country for items whose text names none."""
    source = "https://hostile.example.org/feed"
    read = fake_reader({source: load("missing_fields.rss")})
    result = await poll_feeds([source], read, tmp_path, now=NOW, countries={source: "BGD"})
    assert [event.data.country_code for event in result.events] == ["BGD"]


async def test_hostile_feeds_leak_no_local_file_anywhere(tmp_path: Path, secret_file: Path) -> None:
    """XXE, bombs, huge fields and unsafe links: no secret in events, errors or logs; no unsafe link emitted."""
    sources = {
        "https://a.example/xxe": load("xxe.rss").replace(b"file:///etc/passwd", secret_file.as_uri().encode()),
        "https://a.example/etc": load("xxe.rss"),
        "https://a.example/lol": load("billion_laughs.rss"),
        "https://a.example/huge": huge_feed(),
        "https://a.example/links": load("unsafe_links.rss"),
        "https://a.example/missing": load("missing_fields.rss"),
        "https://a.example/path": str(secret_file).encode(),
    }
    with capture_logs() as logs:
        result = await poll_feeds(list(sources), fake_reader(sources), tmp_path / "state", now=NOW)
    output = "\n".join([*(to_structured_json(e) for e in result.events), repr(result.errors), repr(logs)])
    assert "TOCSIN-SECRET" not in output
    assert "root:" not in output
    assert all(event.data.url.startswith("https://") for event in result.events)
    assert set(result.errors) == {"https://a.example/path"}
    assert {"https://hostile.example.org/2025/01/safe/"} <= set(_urls(result.events))
    skipped = [entry for entry in logs if entry["event"] == "feed_item_skipped"]
    assert {entry["reason"] for entry in skipped} == {
        "unsafe_link",
        "missing_title",
        "missing_link",
        "reported_by_another_feed",  # the two XXE feeds carry the same items
    }
    assert any(entry["event"] == "feed_dtd_removed" for entry in logs)
    huge = next(e for e in result.events if e.data.source == "https://a.example/huge")
    assert len(huge.data.summary) <= 1_000


TRUSTED = "https://rightsmonitor.example.org/feed/"
HOSTILE = "https://decoys.example.com/feed/"


def _rss(*items: tuple[str, str, str]) -> bytes:
    """A feed of (title, link, guid) items published an hour before NOW."""
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
        "<pubDate>Tue, 21 Jan 2025 11:00:00 +0000</pubDate></item>"
        for title, link, guid in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{body}</channel></rss>'.encode()


async def test_a_feed_copying_another_feeds_guids_cannot_silence_its_reports(tmp_path: Path) -> None:
    """A hostile feed gave its decoys the guids of a trusted site's next posts ("?p=3004", a URN): the trusted
    feed's real reports were skipped as seen. A guid counts across feeds only as a URL on its item's own host."""
    decoys = _rss(
        ("Hacker arrested for selling stolen bank data", "https://decoys.example.com/1", f"{TRUSTED[:-5]}?p=3004"),
        ("Fraud ring member arrested", "https://decoys.example.com/2", "urn:uuid:6f1c0a52-0000-4000-8000-000000000001"),
    )
    real = _rss(
        ("Blogger detained over Facebook posts", f"{TRUSTED[:-5]}2025/01/21/blogger/", f"{TRUSTED[:-5]}?p=3004"),
        (
            "Journalist arrested under Article 117",
            f"{TRUSTED[:-5]}2025/01/21/j/",
            "urn:uuid:6f1c0a52-0000-4000-8000-000000000001",
        ),
    )
    await poll_feeds([HOSTILE], fake_reader({HOSTILE: decoys}), tmp_path, now=NOW)
    result = await poll_feeds([TRUSTED], fake_reader({TRUSTED: real}), tmp_path, now=NOW)
    assert _urls(result.events) == [f"{TRUSTED[:-5]}2025/01/21/blogger/", f"{TRUSTED[:-5]}2025/01/21/j/"]


async def test_one_sites_feeds_still_share_their_url_guids(tmp_path: Path) -> None:
    """A site's main and category feeds carry one post under one "?p=N" guid: one event, whatever the link says."""
    category = "https://rightsmonitor.example.org/category/vietnam/feed/"
    main = _rss(("Blogger detained over Facebook posts", f"{TRUSTED[:-5]}a/", f"{TRUSTED[:-5]}?p=7"))
    moved = _rss(("Blogger detained over Facebook posts", f"{TRUSTED[:-5]}a-updated/", f"{TRUSTED[:-5]}?p=7"))
    result = await poll_feeds([TRUSTED, category], fake_reader({TRUSTED: main, category: moved}), tmp_path, now=NOW)
    assert _urls(result.events) == [f"{TRUSTED[:-5]}a/"]


async def test_a_report_another_feed_carried_first_is_skipped_naming_that_feed_once(tmp_path: Path) -> None:
    """The operator sees which feed claimed a report first (a hostile feed claiming others' URLs shows up), once."""
    item = ("Blogger detained over Facebook posts", f"{TRUSTED[:-5]}b/", f"{TRUSTED[:-5]}?p=8")
    read = fake_reader({HOSTILE: _rss(item), TRUSTED: _rss(item)})
    await poll_feeds([HOSTILE], read, tmp_path, now=NOW)
    with capture_logs() as logs:
        first = await poll_feeds([TRUSTED], read, tmp_path, now=NOW)
        again = await poll_feeds([TRUSTED], read, tmp_path, now=NOW)
    assert first.events == again.events == []
    skipped = [entry for entry in logs if entry["event"] == "feed_item_skipped"]
    assert [(e["reason"], e["url"], e["feeds"]) for e in skipped] == [
        ("reported_by_another_feed", f"{TRUSTED[:-5]}b/", [HOSTILE])
    ]
