"""Reading RSS 2.0, RSS 0.91 and Atom into plain items with capped, safe fields."""

import datetime as dt

import pytest

from tests.watcher.feeds.feed_files import load
from tocsin_watcher.feeds.parse import MAX_TEXT_CHARS, MAX_TITLE_CHARS, parse_feed


def test_wordpress_rss_items_are_read_with_every_field() -> None:
    """Title, link, guid, RFC 822 date, categories, description and content:encoded come out as plain text."""
    feed = parse_feed(load("wordpress_en.rss"))
    assert feed.title == "Digital Rights Monitor"
    assert feed.language == "en-US"
    assert len(feed.items) == 16
    first = feed.items[0]
    assert first.title == "Vietnamese blogger prosecuted under Article 117 for Facebook posts"
    assert first.link.startswith("https://rightsmonitor.example.org/2025/01/20/vietnamese-blogger-article-117/?utm")
    assert first.guid == "https://rightsmonitor.example.org/?p=1101"
    assert first.published == dt.datetime(2025, 1, 20, 9, 0, tzinfo=dt.UTC)
    assert first.categories == ("Viet Nam", "Bloggers")
    assert first.summary.startswith("Police in Ho Chi Minh City have charged blogger Tran Minh Khoa")
    assert "<p>" not in first.summary
    assert "pre-trial detention" in first.content
    assert "trackVisit" not in first.content


def test_rfc822_offsets_are_converted_to_utc() -> None:
    """A pubDate with a +0500 offset becomes the same instant in UTC."""
    feed = parse_feed(load("wordpress_en.rss"))
    assert feed.items[1].published == dt.datetime(2025, 1, 19, 9, 20, tzinfo=dt.UTC)


def test_atom_entries_are_read_with_every_field() -> None:
    """Atom link@href, id, published (RFC 3339), summary, content and xml:lang are read."""
    feed = parse_feed(load("voices_atom.xml"))
    assert feed.title == "Voices Under Pressure"
    assert feed.language == "en"
    entry = feed.items[0]
    assert entry.title == "Egyptian poet detained over a poem shared on Facebook"
    assert entry.link.startswith("https://voices.example.net/2025/01/20/egypt-poet-detained/?")
    assert entry.guid == "tag:voices.example.net,2025:post-7781"
    assert entry.published == dt.datetime(2025, 1, 20, 8, 30, tzinfo=dt.UTC)
    assert entry.categories == ("Egypt",)
    assert "pretrial detention" in entry.content
    assert feed.items[2].published == dt.datetime(2025, 1, 18, 9, 0, tzinfo=dt.UTC)  # only <updated>


def test_latin1_feed_is_decoded_from_its_declared_encoding() -> None:
    """An ISO-8859-1 feed keeps its accents."""
    feed = parse_feed(load("presse_fr.rss"))
    assert feed.items[0].title == "Un journaliste tunisien placé en garde à vue en vertu du décret-loi 54"
    assert feed.language == "fr-FR"


def test_utf16_feed_is_read() -> None:
    """A UTF-16 feed (with BOM) is transcoded and read like any other."""
    utf16 = load("prensa_es.rss").decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    feed = parse_feed(utf16.encode("utf-16"))
    assert feed.items[0].title == "Periodista detenido en Nicaragua bajo la Ley Especial de Ciberdelitos"


def test_rss091_with_the_netscape_doctype_is_still_read() -> None:
    """A public DOCTYPE is removed without losing the feed behind it."""
    feed = parse_feed(load("rss091_netscape.rss"))
    assert feed.removed_doctypes == 1
    assert [item.title for item in feed.items] == ["Cartoonist detained over satirical drawing posted online"]


def test_an_item_without_a_date_has_none() -> None:
    """No pubDate means published is None (the poller then uses the poll time)."""
    feed = parse_feed(load("missing_fields.rss"))
    assert feed.items[0].published is None


def test_long_titles_and_bodies_are_capped() -> None:
    """Titles and plain-text bodies never exceed their caps, whatever the feed sends."""
    long_title = "Blogger arrested " * 200
    body = "word " * 50_000
    xml = (
        '<rss version="2.0"><channel><title>t</title><item>'
        f"<title>{long_title}</title><link>https://e.example/a</link><description>{body}</description>"
        "</item></channel></rss>"
    ).encode()
    item = parse_feed(xml).items[0]
    assert len(item.title) <= MAX_TITLE_CHARS
    assert len(item.summary) <= MAX_TEXT_CHARS
    assert item.summary.endswith("…")


def test_empty_channel_is_a_feed_with_no_items() -> None:
    """A well-formed feed with no items is not an error."""
    feed = parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    assert feed.items == ()
    assert feed.skipped == ()


@pytest.mark.parametrize("name", ["wordpress_en.rss", "voices_atom.xml", "congan_vi.rss", "prensa_es.rss"])
def test_well_formed_fixtures_need_no_repair(name: str) -> None:
    """Clean feeds are parsed strictly: nothing recovered, nothing removed, nothing skipped."""
    feed = parse_feed(load(name))
    assert not feed.recovered
    assert feed.removed_doctypes == 0
    assert feed.skipped == ()
