"""How each <item> or <entry> of raw feed XML ends, read from its own place in the bytes, in document order.

An entry is closed by its own end tag before the next entry starts, implied when it has no end tag but every
field closed before the next entry (or its feed's end tag), and cut when a field stays open or the bytes end.
"""

import enum
import re

_ENTRY_NAMES = frozenset({b"item", b"entry"})
# CDATA, comments and processing instructions are matched whole: markup written inside them is text.
_TOKEN = re.compile(
    rb"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)"
    rb"""|<(/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(/?)>""",
    re.DOTALL,
)
_PREFIX_DECL = re.compile(rb"""xmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Namespaces whose <p:item> / <p:entry> feedparser reads as entries; under any other prefix they are extensions.
_FEED_NAMESPACES = frozenset(
    {
        b"http://www.w3.org/2005/atom",
        b"http://purl.org/atom/ns#",
        b"http://purl.org/rss/1.0/",
        b"http://my.netscape.com/rdf/simple/0.9/",
        b"http://backend.userland.com/rss",
        b"http://backend.userland.com/rss2",
        b"http://blogs.law.harvard.edu/tech/rss",
    }
)


class EntryEnd(enum.Enum):
    """Where one entry ends in the raw text."""

    CLOSED = "closed"
    IMPLIED = "implied"
    CUT = "cut"


class _Entry:
    """The entry being read: its open fields, and whether an end tag matched none of them."""

    def __init__(self) -> None:
        self.fields: list[bytes] = []
        self.tangled = False

    def end_without_tag(self) -> EntryEnd:
        return EntryEnd.CUT if self.fields or self.tangled else EntryEnd.IMPLIED


def _entry_names(data: bytes) -> frozenset[bytes]:
    """`item` and `entry`, bare or under a prefix bound to a feed namespace."""
    declared = ((prefix, double or single) for prefix, double, single in _PREFIX_DECL.findall(data))
    prefixes = {prefix.lower() for prefix, uri in declared if uri.strip().lower() in _FEED_NAMESPACES}
    return _ENTRY_NAMES | {prefix + b":" + name for prefix in prefixes for name in _ENTRY_NAMES}


def entry_ends(data: bytes) -> tuple[EntryEnd, ...]:
    """How each entry of `data` ends; names compare as feedparser's loose parser reads them (case ignored)."""
    entry_names = _entry_names(data)
    ends: list[EntryEnd] = []
    entry: _Entry | None = None
    for token in _TOKEN.finditer(data):
        if token.group(2) is None:
            continue
        name = token.group(2).lower()
        closing, empty = token.group(1) == b"/", token.group(3) == b"/"
        is_entry = name in entry_names
        if is_entry and not closing:
            if entry is not None:
                ends.append(entry.end_without_tag())
            entry = None if empty else _Entry()
            if empty:
                ends.append(EntryEnd.CLOSED)
        elif entry is None or empty:
            continue
        elif is_entry:
            ends.append(EntryEnd.CLOSED)
            entry = None
        elif not closing:
            entry.fields.append(name)
        elif entry.fields and entry.fields[-1] == name:
            entry.fields.pop()
        elif not entry.fields:  # the channel or feed end tag closes an entry that never closed itself
            ends.append(entry.end_without_tag())
            entry = None
        else:
            entry.tangled = True
    if entry is not None:
        ends.append(EntryEnd.CUT)
    return tuple(ends)
