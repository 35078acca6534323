"""Make hostile feed bytes safe before any XML parser sees them.

Caps the size and the element count, transcodes UTF-16/32 to UTF-8 (so the checks below see ASCII markup),
refuses HTML pages and non-feeds, and removes every DOCTYPE before the root element together with references
to the entities it declared: no external entity (file:///etc/passwd) is fetched, no expansion bomb goes off.
"""

import codecs
import re
from dataclasses import dataclass

from tocsin_watcher.errors import FeedTooLargeError, MalformedFeedError, NotAFeedError

MAX_FEED_BYTES = 5 * 1024 * 1024
# feedparser spends ~20 us per element: the cap bounds its time (real feeds have a few thousand elements).
MAX_ELEMENTS = 50_000

_WIDE_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)
_ENCODING_DECL = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")
_FEED_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)[\s>/]")
_HTML_ROOT = re.compile(rb"<html[\s>]", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_DOCTYPE_TOKEN = re.compile(rb"\"[^\"]*\"|'[^']*'|<!--.*?-->|[\[\]>]", re.DOTALL)
_ENTITY_DECL = re.compile(rb"<!ENTITY\s+(%\s*)?([^\s%;\"'>]+)")
_ENTITY_REF = re.compile(rb"&([A-Za-z_][\w.:-]*);")
_CDATA = re.compile(rb"<!\[CDATA\[.*?(?:\]\]>|\Z)", re.DOTALL)
_ELEMENT_START = re.compile(rb"<[A-Za-z_]")


@dataclass(frozen=True)
class DefusedFeed:
    """Feed bytes that are safe to hand to an XML parser, and what was removed to make them so."""

    data: bytes
    removed_doctypes: int
    neutralised_entities: tuple[str, ...]


def _ascii_compatible(data: bytes) -> bytes:
    for marker, encoding in _WIDE_ENCODINGS:
        if data.startswith(marker):
            text = data.decode(encoding, errors="replace").lstrip("\ufeff")
            return _ENCODING_DECL.sub(rb"\1\2utf-8\2", text.encode("utf-8"), count=1)
    return data


def _doctype_end(data: bytes, start: int, stop: int) -> int:
    depth = 0
    for token in _DOCTYPE_TOKEN.finditer(data, start, stop):
        mark = token.group()
        if mark == b"[":
            depth += 1
        elif mark == b"]":
            depth = max(depth - 1, 0)
        elif mark == b">" and depth == 0:
            return token.end()
    raise MalformedFeedError("unterminated DOCTYPE before the root element")


def _strip_doctypes(head: bytes) -> tuple[bytes, int, set[bytes]]:
    declared: set[bytes] = set()
    removed = 0
    while match := _DOCTYPE.search(head):
        end = _doctype_end(head, match.end(), len(head))
        for parameter, name in _ENTITY_DECL.findall(head, match.start(), end):
            if not parameter:
                declared.add(name)
        head = head[: match.start()] + head[end:]
        removed += 1
    return head, removed, declared


def defuse(data: bytes) -> DefusedFeed:
    """Return `data` made safe for parsing; raise FeedError subclasses for what cannot be a feed."""
    if len(data) > MAX_FEED_BYTES:
        raise FeedTooLargeError(f"feed is {len(data)} bytes, more than the {MAX_FEED_BYTES} byte cap")
    if not data.strip():
        raise NotAFeedError("empty body")
    data = _ascii_compatible(data)
    root = _FEED_ROOT.search(data)
    if _HTML_ROOT.search(data, 0, root.start() if root else len(data)):
        raise NotAFeedError("an HTML page, not an RSS or Atom feed")
    if root is None:
        raise NotAFeedError("no RSS or Atom root element")
    head, removed, declared = _strip_doctypes(data[: root.start()])
    body = data[root.start() :]
    if declared:
        body = _ENTITY_REF.sub(lambda ref: b"" if ref.group(1) in declared else ref.group(), body)
    elements = len(_ELEMENT_START.findall(_CDATA.sub(b"", body)))
    if elements > MAX_ELEMENTS:
        raise FeedTooLargeError(f"feed has {elements} elements, more than the {MAX_ELEMENTS} element cap")
    names = tuple(sorted(name.decode("ascii", "replace") for name in declared))
    return DefusedFeed(head + body, removed, names)
