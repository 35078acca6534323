"""Errors of the GDELT source; they hang under the watcher's tree (tocsin_watcher.errors):

    WatcherError
    └── GdeltError                 bytes were read but are not a usable GDELT update or export
        ├── LastUpdateError        lastupdate.txt names no events export (or is not lastupdate.txt at all)
        └── ExportArchiveError     the export zip is broken, holds no single CSV, is too large when
                                   inflated, or does not match the size / MD5 lastupdate.txt announced

Each one fails that poll (state untouched, counted for source health); a bad row never raises, it is skipped.
"""

from tocsin_watcher.errors import WatcherError


class GdeltError(WatcherError):
    """A GDELT document could not be used; nothing from it was emitted."""


class LastUpdateError(GdeltError):
    """lastupdate.txt lists no `size md5 url` line for an events export."""


class ExportArchiveError(GdeltError):
    """The events export cannot be read safely (zip, member, size cap, checksum)."""
