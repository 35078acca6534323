"""Errors raised by the watcher.

    WatcherError                  anything the watcher reports instead of crashing
    ├── SourceUnavailable         the source could not be read (network, HTTP status, size cap, missing file)
    ├── StateUnreadable           a saved treaty state file is corrupt (the operator must look; never guessed)
    └── SnapshotError             bytes were read but are not a usable treaty status snapshot
        ├── NotAStatusPage        maintenance page, HTML error page, no participant table, not MTDSG XML
        ├── TruncatedPage         the document is cut short
        ├── EmptyTable            the participant table has no rows
        ├── ShrunkenTable         far fewer rows than the participants already known
        └── CellError             a cell that is neither empty nor parseable

Every SnapshotError leaves the treaty state untouched and counts as a failed read for source health.
"""


class WatcherError(Exception):
    """Base class for the watcher's own errors."""


class SourceUnavailable(WatcherError):
    """A source could not be read; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StateUnreadable(WatcherError):
    """A saved state file cannot be read back; the watcher refuses to guess what it knew."""


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
