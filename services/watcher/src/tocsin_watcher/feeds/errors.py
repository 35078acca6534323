"""Errors raised while reading news feeds.

FeedError                    a whole feed could not be used (the source is reported as failing)
 ├── FeedTooLargeError       the body is larger than MAX_FEED_BYTES
 ├── NotAFeedError           empty body, an HTML page, or a document that is not RSS or Atom
 └── MalformedFeedError      XML so broken (truncated, unterminated DOCTYPE) that no entry survived
FeedStateError               the seen-keys file in the state directory is unreadable
InvalidLinkError (ValueError) a link that is not an absolute http(s) URL (that item is skipped)
"""


class FeedError(Exception):
    """A feed could not be read as RSS or Atom; nothing from it was used."""


class FeedTooLargeError(FeedError):
    """The feed body exceeds the size cap."""


class NotAFeedError(FeedError):
    """The body is empty, an HTML page, or XML whose root is neither RSS nor Atom."""


class MalformedFeedError(FeedError):
    """The feed is broken beyond recovery: no entry could be read from it."""


class FeedStateError(Exception):
    """The persisted feed state is corrupt or unreadable; it is left untouched for an operator."""


class InvalidLinkError(ValueError):
    """A link is not an absolute http(s) URL (javascript:, data:, file:, relative, malformed)."""
