"""Broken feeds: an entry without its end tag is judged where it stands, never by counting the closed ones."""

import datetime as dt
from collections.abc import Collection
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from tests.watcher.feeds.feed_files import fake_reader
from tocsin_watcher.feeds.parse import SkippedItem, parse_feed
from tocsin_watcher.feeds.poll import poll_feeds

NOW = dt.datetime(2025, 1, 21, 12, 0, tzinfo=dt.UTC)
TITLES = [f"Journalist {i} arrested over tweets" for i in range(5)]


def _rss_item(i: int, *, closed: bool = True, fields: str | None = None) -> str:
    body = fields or (
        f"<title>{TITLES[i]}</title><link>https://news.example.org/{i}/</link>"
        f"<guid>https://news.example.org/?p={i}</guid><pubDate>Mon, 20 Jan 2025 09:00:00 +0000</pubDate>"
        f"<description><![CDATA[<p>Police held journalist {i} over tweets.</p>]]></description>"
    )
    return f"\n<item>{body}{'</item>' if closed else ''}"


def _rss(items: list[str], *, end: str = "\n</channel></rss>") -> bytes:
    head = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title>'
    return (head + "<link>https://news.example.org/</link>" + "".join(items) + end).encode()


def _rss_with_unclosed(unclosed: Collection[int]) -> bytes:
    return _rss([_rss_item(i, closed=i not in unclosed) for i in range(5)])


def _atom_with_unclosed(unclosed: Collection[int]) -> bytes:
    entries = "".join(
        f'\n<entry><title>{TITLES[i]}</title><link href="https://voices.example.net/{i}/"/>'
        f"<id>tag:voices.example.net,2025:{i}</id><updated>2025-01-20T08:30:00Z</updated>"
        f"<summary>Police held journalist {i} over tweets.</summary>{'' if i in unclosed else '</entry>'}"
        for i in range(5)
    )
    head = '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Voices</title>'
    return (head + "<id>tag:voices.example.net,2025:feed</id>" + entries + "\n</feed>").encode()


@pytest.mark.parametrize("unclosed", [0, 1, 4], ids=["first", "second", "last"])
def test_unclosed_rss_item_with_whole_fields_is_recovered_and_the_others_kept(unclosed: int) -> None:
    """An <item> missing only its </item> is read with all its fields; no closed item is dropped."""
    feed = parse_feed(_rss_with_unclosed([unclosed]))
    assert feed.recovered
    assert [item.title for item in feed.items] == TITLES
    assert [item.link for item in feed.items] == [f"https://news.example.org/{i}/" for i in range(5)]
    assert feed.skipped == ()
    assert feed.repaired == (TITLES[unclosed],)


@pytest.mark.parametrize("unclosed", [0, 1, 4], ids=["first", "second", "last"])
def test_unclosed_atom_entry_with_whole_fields_is_recovered_and_the_others_kept(unclosed: int) -> None:
    """An Atom <entry> missing only its </entry> is read with all its fields; no closed entry is dropped."""
    feed = parse_feed(_atom_with_unclosed([unclosed]))
    assert feed.recovered
    assert [item.title for item in feed.items] == TITLES
    assert [item.guid for item in feed.items] == [f"tag:voices.example.net,2025:{i}" for i in range(5)]
    assert feed.skipped == ()
    assert feed.repaired == (TITLES[unclosed],)


def test_several_unclosed_items_are_each_recovered() -> None:
    """Two items without </item>, the second and the fourth, are both read, and so are the three closed ones."""
    feed = parse_feed(_rss_with_unclosed([1, 3]))
    assert [item.title for item in feed.items] == TITLES
    assert feed.repaired == (TITLES[1], TITLES[3])


def test_unclosed_item_with_an_open_field_is_skipped_under_its_own_title() -> None:
    """An item whose <category> and <item> never close is reported as unterminated; every closed item is kept."""
    broken = _rss_item(1, closed=False, fields=f"<title>{TITLES[1]}</title><link>https://news.example.org/1/</link>")
    feed = parse_feed(_rss([_rss_item(0), broken + "<category>Press", *(_rss_item(i) for i in (2, 3, 4))]))
    assert [item.title for item in feed.items] == [TITLES[0], *TITLES[2:]]
    assert feed.skipped == (SkippedItem("unterminated", TITLES[1], ""),)
    assert feed.repaired == ()


def test_feed_cut_after_an_unclosed_item_skips_only_the_cut_item() -> None:
    """A feed ending inside its fourth item keeps the three before it, the unclosed second one included."""
    cut = _rss_item(3, closed=False, fields=f"<title>{TITLES[3]}</title><link>https://news.exa")
    feed = parse_feed(_rss([_rss_item(0), _rss_item(1, closed=False), _rss_item(2), cut], end=""))
    assert [item.title for item in feed.items] == TITLES[:3]
    assert feed.skipped == (SkippedItem("unterminated", TITLES[3], ""),)
    assert feed.repaired == (TITLES[1],)


def test_open_field_swallowing_the_next_item_is_reported_not_merged() -> None:
    """When an open <description> hides the next item's start, no item pairing one title with another link is kept."""
    broken = _rss_item(1, closed=False, fields=f"<title>{TITLES[1]}</title><description>Police held journalist 1")
    feed = parse_feed(_rss([_rss_item(0), broken, *(_rss_item(i) for i in (2, 3, 4))]))
    assert [(item.title, item.link) for item in feed.items] == [(TITLES[0], "https://news.example.org/0/")]
    assert feed.skipped[0] == SkippedItem("unterminated", TITLES[1], "")
    assert {skipped.reason for skipped in feed.skipped[1:]} == {"after_unterminated"}


def test_markup_in_cdata_and_comments_is_not_taken_for_entries() -> None:
    """An <item> written inside CDATA or a comment neither starts nor ends an entry."""
    quoted = _rss_item(1, fields=f"<title>{TITLES[1]}</title><link>https://news.example.org/1/</link>")
    quoted = quoted.replace("</title>", "</title><description><![CDATA[<item>quoted</item>]]></description>")
    feed = parse_feed(_rss([_rss_item(0, closed=False), "<!-- </item><item> -->", quoted, _rss_item(2)]))
    assert [item.title for item in feed.items] == TITLES[:3]
    assert feed.repaired == (TITLES[0],)


async def test_poll_logs_the_skipped_item_by_its_own_title(tmp_path: Path) -> None:
    """feed_item_skipped names the item that was cut, never a closed item after it."""
    cut = _rss_item(3, closed=False, fields=f"<title>{TITLES[3]}</title><link>https://news.exa")
    source = "https://news.example.org/feed/"
    body = _rss([_rss_item(0), _rss_item(1, closed=False), _rss_item(2), cut], end="")
    with capture_logs() as logs:
        await poll_feeds([source], fake_reader({source: body}), tmp_path, now=NOW)
    skipped = [(entry["reason"], entry["title"]) for entry in logs if entry["event"] == "feed_item_skipped"]
    assert skipped == [("unterminated", TITLES[3])]


def test_item_elements_of_other_namespaces_are_not_taken_for_entries() -> None:
    """An <x:item> of an extension namespace is a field: the cut last item is still the one skipped."""
    extension = _rss_item(1).replace("</title>", "</title><x:item>note</x:item>")
    cut = _rss_item(2, closed=False, fields=f"<title>{TITLES[2]}</title><link>https://news.exa")
    body = _rss([_rss_item(0), extension, cut], end="").replace(b"<rss ", b'<rss xmlns:x="urn:x" ', 1)
    feed = parse_feed(body)
    assert [item.title for item in feed.items] == TITLES[:2]
    assert feed.skipped == (SkippedItem("unterminated", TITLES[2], ""),)


def test_prefixed_atom_entries_are_judged_like_bare_ones() -> None:
    """In an Atom feed written with an `a:` prefix, an unclosed <a:entry> is recovered and the others kept."""
    body = _atom_with_unclosed([1]).decode()
    body = body.replace('xmlns="http://www.w3.org/2005/Atom"', 'xmlns:a="http://www.w3.org/2005/Atom"')
    for name in ("feed", "entry", "title", "link", "id", "updated", "summary"):
        body = body.replace(f"<{name}", f"<a:{name}").replace(f"</{name}>", f"</a:{name}>")
    feed = parse_feed(body.encode())
    assert [item.title for item in feed.items] == TITLES
    assert feed.repaired == (TITLES[1],)
