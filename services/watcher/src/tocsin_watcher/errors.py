"""Errors raised by the watcher, one tree for the treaty and the feed halves.

    WatcherError                  anything the watcher reports instead of crashing
    ├── StartError                the service cannot start (its state directory cannot be written)
    ├── SourceUnavailable         the source could not be read (network, HTTP status, size cap, missing file)
    ├── StateUnreadable           a saved state file is corrupt (the operator must look; never guessed)
    │   └── FeedStateError        the feeds' seen-keys file
    ├── SnapshotError             bytes were read but are not a usable treaty status snapshot
    │   ├── NotAStatusPage        maintenance page, HTML error page, no participant table, not MTDSG XML
    │   ├── TruncatedPage         the document is cut short
    │   ├── EmptyTable            the participant table has no rows
    │   ├── ShrunkenTable         far fewer rows than the participants already known
    │   ├── CellError             a cell that is neither empty nor parseable
    │   └── ImpossibleDate        an action dated before the treaty could be acted on, or after tomorrow
    ├── FeedError                 bytes were read but are not a usable RSS / Atom feed
    │   ├── FeedTooLargeError     more bytes or elements than the caps allow
    │   ├── NotAFeedError         empty body, an HTML page, or XML that is neither RSS nor Atom
    │   └── MalformedFeedError    XML so broken (truncated, unterminated DOCTYPE) that no entry survived
    ├── GdeltError                bytes were read but are not a usable GDELT update or export
    │   ├── LastUpdateError       lastupdate.txt names no events export (or is not lastupdate.txt at all)
    │   └── ExportArchiveError    the export zip is broken, holds no single CSV, is too large when inflated,
    │                             or does not match the size / MD5 lastupdate.txt announced
    └── InvalidLinkError          an item link that is not an absolute http(s) URL (also a ValueError)

Every SnapshotError and FeedError leaves state untouched and counts as a failed read for source health;
an InvalidLinkError only skips its item.
"""


class WatcherError(Exception):
    """Base class for the watcher's own errors."""


class StartError(WatcherError):
    """`tocsin-watcher run` cannot start; the message says what to fix."""


class SourceUnavailable(WatcherError):
    """A source could not be read; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StateUnreadable(WatcherError):
    """A saved state file cannot be read back; the watcher refuses to guess what it knew."""


class FeedStateError(StateUnreadable):
    """The feeds' seen-keys file is corrupt or unreadable; it is left untouched for an operator."""


class SnapshotError(WatcherError):
    """The content was read but is not a usable treaty status snapshot."""


class NotAStatusPage(SnapshotError):
    """The document is not a treaty status page (maintenance or error page, no participant table)."""


class TruncatedPage(SnapshotError):
    """The document ends before its participant table does."""


class EmptyTable(SnapshotError):
    """The participant table holds no participant rows."""


class ShrunkenTable(SnapshotError):
    """The table has far fewer rows than participants already known: treat as a broken page."""


class CellError(SnapshotError):
    """A table cell is neither empty nor in a format the parser knows."""


class ImpossibleDate(SnapshotError):
    """An action date no page can truly print: before the treaty was open for signature, or in the future."""


class FeedError(WatcherError):
    """A feed could not be read as RSS or Atom; nothing from it was used."""


class FeedTooLargeError(FeedError):
    """The feed body exceeds the size or element cap."""


class NotAFeedError(FeedError):
    """The body is empty, an HTML page, or XML whose root is neither RSS nor Atom."""


class MalformedFeedError(FeedError):
    """The feed is broken beyond recovery: no entry could be read from it."""


class InvalidLinkError(WatcherError, ValueError):
    """A link is not an absolute http(s) URL (javascript:, data:, file:, relative, malformed)."""


class GdeltError(WatcherError):
    """A GDELT document could not be used; nothing from it was emitted (a bad row never raises)."""


class LastUpdateError(GdeltError):
    """lastupdate.txt lists no `size md5 url` line for an events export."""


class ExportArchiveError(GdeltError):
    """The events export cannot be read safely (zip, member, size cap, checksum)."""
