"""Hostile feeds: no local file is read, no entity expands, no field or feed is unbounded, no crash."""

from pathlib import Path

import pytest

from tests.watcher.feeds.feed_files import huge_feed, load
from tocsin_watcher.errors import FeedTooLargeError, MalformedFeedError, NotAFeedError
from tocsin_watcher.feeds import parse as parse_module
from tocsin_watcher.feeds.defuse import MAX_ELEMENTS, MAX_FEED_BYTES
from tocsin_watcher.feeds.parse import MAX_TEXT_CHARS, ParsedFeed, parse_feed


def _everything(feed: ParsedFeed) -> str:
    return repr(feed)


def _xxe(target: Path) -> bytes:
    return load("xxe.rss").replace(b"file:///etc/passwd", target.as_uri().encode())


def test_external_entity_never_reads_the_local_file(secret_file: Path) -> None:
    """An entity pointing at a local file is removed with its DTD; the item survives without it."""
    feed = parse_feed(_xxe(secret_file))
    assert "TOCSIN-SECRET" not in _everything(feed)
    assert feed.removed_doctypes == 1
    assert feed.neutralised_entities == ("harmless", "xxe")
    assert [item.title for item in feed.items] == ["Blogger arrested over Facebook posts"]


def test_xxe_fixture_never_reads_etc_passwd() -> None:
    """The committed XXE fixture yields nothing of /etc/passwd."""
    feed = parse_feed(load("xxe.rss"))
    assert "root:" not in _everything(feed)
    assert "/bin/" not in _everything(feed)


def test_entity_declarations_that_slip_past_defuse_are_refused(secret_file: Path) -> None:
    """Second wall: the strict parser (defusedxml's expat reader) refuses entity declarations outright."""
    with pytest.raises(MalformedFeedError, match="entities"):
        parse_module._run_feedparser(_xxe(secret_file))


def test_billion_laughs_does_not_expand() -> None:
    """An entity expansion bomb is neutralised: the title stays small and the item is kept."""
    feed = parse_feed(load("billion_laughs.rss"))
    assert [item.title for item in feed.items] == ["Journalist detained over tweets"]
    assert feed.items[0].summary == "The journalist was detained over tweets."
    assert "lol" not in feed.title
    assert len(feed.neutralised_entities) == 10


def test_feed_bytes_that_look_like_a_path_are_not_opened(secret_file: Path) -> None:
    """feedparser opens file names it is given; it only ever gets a stream, so a path is just bad content."""
    with pytest.raises(NotAFeedError):
        parse_feed(str(secret_file).encode())
    result = parse_module._run_feedparser(str(secret_file).encode())
    assert "TOCSIN-SECRET" not in repr(result)


def test_multi_megabyte_description_is_truncated_and_other_items_kept() -> None:
    """A 5 MB description is cut to the text cap; the item and its neighbour are both read."""
    feed = parse_feed(huge_feed())
    assert [item.title for item in feed.items] == [
        "Activist jailed over Facebook posts",
        "Reporter arrested under cybercrime law",
    ]
    assert len(feed.items[0].summary) <= MAX_TEXT_CHARS


def test_feed_over_the_size_cap_is_refused() -> None:
    """A body larger than MAX_FEED_BYTES is refused before any parsing."""
    with pytest.raises(FeedTooLargeError):
        parse_feed(huge_feed(MAX_FEED_BYTES + 1))


def test_javascript_data_file_and_relative_links_are_skipped() -> None:
    """Only the item with an absolute http(s) link survives; the others are skipped as unsafe_link."""
    feed = parse_feed(load("unsafe_links.rss"))
    assert [item.link for item in feed.items] == ["https://hostile.example.org/2025/01/safe/"]
    assert [s.reason for s in feed.skipped] == ["unsafe_link"] * 7


def test_items_missing_a_title_or_a_link_are_skipped_with_a_reason() -> None:
    """Missing or blank titles and links skip the item with its reason; the complete item is kept."""
    feed = parse_feed(load("missing_fields.rss"))
    assert [s.reason for s in feed.skipped] == ["missing_title", "missing_title", "missing_link", "missing_link"]
    assert [item.link for item in feed.items] == ["https://hostile.example.org/2025/01/complete/"]


def test_html_error_page_is_not_a_feed() -> None:
    """A 503 page served as the feed raises NotAFeedError."""
    with pytest.raises(NotAFeedError, match="HTML"):
        parse_feed(load("html_error_page.html"))


@pytest.mark.parametrize("body", [b"", b"   \n", b"Service Unavailable", b'{"error": "maintenance"}'])
def test_empty_or_non_xml_bodies_are_not_feeds(body: bytes) -> None:
    """Empty, plain-text and JSON bodies raise NotAFeedError."""
    with pytest.raises(NotAFeedError):
        parse_feed(body)


def test_xml_that_is_not_rss_or_atom_is_not_a_feed() -> None:
    """A sitemap is XML but not a feed."""
    with pytest.raises(NotAFeedError):
        parse_feed(load("not_a_feed.xml"))


def test_truncated_feed_keeps_the_complete_items() -> None:
    """XML cut inside the third item yields the two complete items; the cut one is skipped as unterminated."""
    feed = parse_feed(load("truncated.rss"))
    assert feed.recovered
    assert len(feed.items) == 2
    assert feed.items[1].title.startswith("Pakistani journalist arrested")
    assert [s.reason for s in feed.skipped] == ["unterminated"]


def test_feed_truncated_before_any_complete_item_is_malformed() -> None:
    """XML cut inside the first item raises MalformedFeedError."""
    with pytest.raises(MalformedFeedError):
        parse_feed(load("truncated_before_first_item.rss"))


def test_unterminated_doctype_is_malformed() -> None:
    """A DOCTYPE that never closes cannot be removed safely: the feed is refused."""
    with pytest.raises(MalformedFeedError, match="DOCTYPE"):
        parse_feed(b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b"' + b" x" * 10 + b"<rss></rss>")


def test_feed_with_too_many_elements_is_refused() -> None:
    """A million nested elements (cheap bytes, costly parsing) exceed the element cap before feedparser runs."""
    bomb = b'<rss version="2.0"><channel><item><title>t</title><description>' + b"<a>" * 1_000_000
    with pytest.raises(FeedTooLargeError, match="elements"):
        parse_feed(bomb)


def test_markup_inside_cdata_does_not_count_toward_the_element_cap() -> None:
    """HTML kept in CDATA (WordPress content:encoded) is text, not elements: a large article is accepted."""
    article = b"<p>paragraph</p>" * (MAX_ELEMENTS + 1)
    feed = parse_feed(huge_feed(0).replace(b"<![CDATA[]]>", b"<![CDATA[" + article + b"]]>"))
    assert len(feed.items) == 2


@pytest.mark.parametrize("escaped", [False, True], ids=["raw", "as-character-references"])
def test_invisible_and_direction_overriding_characters_never_reach_the_event(escaped: bool) -> None:
    """A right-to-left override, zero-width spaces, word joiners, a BOM and Unicode tag characters in a title or
    summary reach every mail client, webhook receiver and dashboard: they are removed; the joiners and marks that
    scripts need (ZWNJ in Persian, RLM in Arabic) stay."""
    hidden = "\u202eJour\u200dna\xadlist\u200b arrested\u2060\ufeff\U000e0041\U000e0042\u034f\u3164 \u2067x\u2069"
    kept = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u200f\u0627\u0644\u062d\u062c\u0632"
    text = "".join(f"&#x{ord(c):x};" for c in hidden + " " + kept) if escaped else hidden + " " + kept
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>https://n.example/</link>'
        f"<item><title>{text}</title><link>https://n.example/a</link><description>{text}</description></item>"
        "</channel></rss>"
    )
    [item] = parse_feed(rss.encode()).items
    for field in (item.title, item.summary):
        assert field == "Journalist arrested x " + kept
