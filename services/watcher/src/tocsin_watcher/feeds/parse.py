"""RSS 2.0, RSS 1.0 and Atom feeds read into plain items with feedparser, after `defuse` made the bytes safe.

Every field is capped (titles, links, HTML read per field, plain text kept), links must be absolute http(s),
items without a title or a usable link are skipped with a reason, and a feed that yields no entry because its
XML is broken raises MalformedFeedError. In broken XML each entry is judged by its own place in the bytes: one
without its end tag is kept if every field of it closed, else skipped as unterminated; closed ones are kept.
"""

import calendar
import datetime as dt
import io
import time
import xml.sax
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import feedparser
import feedparser.api
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]

from tocsin_schemas.events import EARLIEST, LATEST
from tocsin_watcher.errors import MalformedFeedError, NotAFeedError
from tocsin_watcher.feeds.canonical import is_safe_link
from tocsin_watcher.feeds.defuse import defuse
from tocsin_watcher.feeds.entry_ends import EntryEnd, entry_ends
from tocsin_watcher.feeds.text import html_to_text, truncate

# The strict pass runs on defusedxml's expat reader: entity declarations and external references raise
# instead of expanding, a second wall behind `defuse`. feedparser reads this list at parse time.
feedparser.api.PREFERRED_XML_PARSERS = ["defusedxml.expatreader"]

MAX_TITLE_CHARS = 500
MAX_LINK_CHARS = 4_000
MAX_GUID_CHARS = 2_000
MAX_HTML_CHARS = 100_000  # read per field before reducing it to text
MAX_TEXT_CHARS = 20_000  # plain text kept per field for matching
MAX_CATEGORIES = 30


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed, as plain text with an absolute http(s) link."""

    title: str
    link: str
    guid: str | None
    published: dt.datetime | None
    summary: str
    content: str
    categories: tuple[str, ...]
    language: str | None
    unparsed_date: str | None = None  # the date the item gave when `published` could not be read from it


@dataclass(frozen=True)
class SkippedItem:
    """An entry that was not used, and why (missing_title, missing_link, unsafe_link, unterminated,
    after_unterminated: feedparser's entries no longer line up with the bytes past an unterminated one)."""

    reason: str
    title: str
    link: str


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's usable items, the entries it skipped, and what had to be repaired to read it.

    `repaired` names the entries read although their end tag was missing (every field of theirs closed).
    """

    title: str
    description: str
    language: str | None
    items: tuple[FeedItem, ...]
    skipped: tuple[SkippedItem, ...]
    recovered: bool
    removed_doctypes: int
    neutralised_entities: tuple[str, ...]
    repaired: tuple[str, ...] = ()


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str):
        return ""
    return truncate(html_to_text(value, limit=MAX_HTML_CHARS), limit)


def _own(entry: Any, key: str) -> Any:
    """The entry's own value for `key`, without feedparser's deprecated updated -> published aliasing."""
    return dict.get(entry, key) if isinstance(entry, dict) else None


def _published(entry: Any) -> dt.datetime | None:
    """The entry's first date the contract can carry (1900-2199): "Mon, 01 Jan 1800" is no publication date, and
    an event carrying it would be invalid; such a date counts as unparseable."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = _own(entry, key)
        if isinstance(value, time.struct_time):
            try:
                moment = dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
            except (OverflowError, ValueError, OSError):
                continue
            if EARLIEST <= moment < LATEST:
                return moment
    return None


def _unparsed_date(entry: Any) -> str | None:
    """The date text of an entry none of whose dates parsed (None when it gave none)."""
    for key in ("published", "updated", "created"):
        value = _own(entry, key)
        if isinstance(value, str) and value.strip():
            return truncate(value.strip(), 100)
    return None


def _candidate_links(entry: Any) -> Iterable[str]:
    link = entry.get("link")
    if isinstance(link, str):
        yield link
    for alternate in entry.get("links") or ():
        if isinstance(alternate, dict) and alternate.get("rel", "alternate") == "alternate":
            href = alternate.get("href")
            if isinstance(href, str):
                yield href
    guid = entry.get("id")
    if isinstance(guid, str) and entry.get("guidislink"):
        yield guid


def _link(entry: Any) -> tuple[str, str | None]:
    """The first safe link of an entry, or ("", reason)."""
    candidates = [link.strip() for link in _candidate_links(entry) if link.strip()]
    for link in candidates:
        if len(link) <= MAX_LINK_CHARS and is_safe_link(link):
            return link, None
    return "", ("unsafe_link" if candidates else "missing_link")


def _content(entry: Any) -> str:
    parts = entry.get("content") or ()
    values = [part.get("value") for part in parts if isinstance(part, dict)]
    return _text(" ".join(v for v in values if isinstance(v, str)), MAX_TEXT_CHARS)


def _categories(entry: Any) -> tuple[str, ...]:
    tags = entry.get("tags") or ()
    terms = (tag.get("term") for tag in tags[:MAX_CATEGORIES] if isinstance(tag, dict))
    return tuple(truncate(term.strip(), 200) for term in terms if isinstance(term, str) and term.strip())


def _language(detail: Any) -> str | None:
    language = detail.get("language") if isinstance(detail, dict) else None
    return language if isinstance(language, str) and language else None


def _item(entry: Any) -> FeedItem | SkippedItem:
    title = _text(entry.get("title"), MAX_TITLE_CHARS)
    link, problem = _link(entry)
    if not title:
        return SkippedItem("missing_title", "", truncate(link, 200))
    if problem:
        return SkippedItem(problem, title, truncate(str(entry.get("link", "")), 200))
    guid = entry.get("id")
    guid = guid.strip()[:MAX_GUID_CHARS] if isinstance(guid, str) else ""
    published = _published(entry)
    return FeedItem(
        title=title,
        link=link,
        guid=guid or None,
        published=published,
        summary=_text(entry.get("summary"), MAX_TEXT_CHARS),
        content=_content(entry),
        categories=_categories(entry),
        language=_language(entry.get("title_detail")),
        unparsed_date=_unparsed_date(entry) if published is None else None,
    )


def _run_feedparser(data: bytes) -> Any:
    try:
        return feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except DefusedXmlException as exc:
        raise MalformedFeedError(f"feed declares entities or external references: {exc}") from exc
    except Exception as exc:  # feedparser is lenient by design; anything escaping it means unreadable XML
        raise MalformedFeedError(f"feed parser failed: {type(exc).__name__}: {exc}") from exc


def _title(entry: Any) -> str:
    return _text(entry.get("title"), 200)


def _whole_entries(entries: list[Any], data: bytes) -> tuple[list[Any], list[SkippedItem], tuple[str, ...]]:
    """The entries of broken XML worth reading, those skipped, and the titles of those read without an end tag."""
    ends = entry_ends(data)
    if len(ends) != len(entries):
        # An open field hid the next entry's start from feedparser (or the reverse): past the first entry that was
        # not closed, its entries and the bytes no longer line up, so what follows cannot be told apart from it.
        broken = next((i for i, end in enumerate(ends) if end is not EntryEnd.CLOSED), None)
        if broken is None or broken >= len(entries):
            return entries, [], ()
        skipped = [SkippedItem("unterminated", _title(entries[broken]), "")]
        skipped.extend(SkippedItem("after_unterminated", _title(e), "") for e in entries[broken + 1 :])
        return entries[:broken], skipped, ()
    judged = list(zip(entries, ends, strict=True))
    return (
        [entry for entry, end in judged if end is not EntryEnd.CUT],
        [SkippedItem("unterminated", _title(entry), "") for entry, end in judged if end is EntryEnd.CUT],
        tuple(_title(entry) for entry, end in judged if end is EntryEnd.IMPLIED),
    )


def parse_feed(data: bytes) -> ParsedFeed:
    """Parse feed bytes into items; raise FeedError subclasses when the feed as a whole is unusable."""
    defused = defuse(data)
    result = _run_feedparser(defused.data)
    entries = list(result.get("entries") or ())
    failure = result.get("bozo_exception")
    recovered = bool(result.get("bozo")) and isinstance(failure, xml.sax.SAXException)
    if not entries:
        if recovered:
            raise MalformedFeedError(f"feed XML is broken and no entry could be read: {failure}")
        if not result.get("version"):
            raise NotAFeedError("document is not an RSS or Atom feed")
    skipped: list[SkippedItem] = []
    repaired: tuple[str, ...] = ()
    if recovered:
        entries, skipped, repaired = _whole_entries(entries, defused.data)
        if not entries:
            raise MalformedFeedError(f"feed XML is truncated before its first complete entry: {failure}")
    items: list[FeedItem] = []
    for entry in entries:
        item = _item(entry)
        if isinstance(item, SkippedItem):
            skipped.append(item)
        else:
            items.append(item)
    feed = result.get("feed") or {}
    return ParsedFeed(
        title=_text(feed.get("title"), MAX_TITLE_CHARS),
        description=_text(feed.get("subtitle"), 2_000),
        language=_language(feed) or _language(feed.get("title_detail")),
        items=tuple(items),
        skipped=tuple(skipped),
        recovered=recovered,
        removed_doctypes=defused.removed_doctypes,
        neutralised_entities=defused.neutralised_entities,
        repaired=repaired,
    )
