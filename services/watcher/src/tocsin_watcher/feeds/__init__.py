"""News feeds: parse RSS and Atom safely, recognise arrest reports, emit each one once.

Start at `poll_feeds`; the pure steps it composes are `parse_feed`, `match_item` and `canonical_url`.
"""

from tocsin_watcher.errors import (
    FeedError,
    FeedStateError,
    FeedTooLargeError,
    InvalidLinkError,
    MalformedFeedError,
    NotAFeedError,
)
from tocsin_watcher.feeds.canonical import canonical_url
from tocsin_watcher.feeds.defuse import MAX_FEED_BYTES
from tocsin_watcher.feeds.match import ArrestMatch, match_item
from tocsin_watcher.feeds.parse import FeedItem, ParsedFeed, SkippedItem, parse_feed
from tocsin_watcher.feeds.poll import FeedPollResult, poll_feeds
from tocsin_watcher.feeds.state import FeedState

__all__ = [
    "MAX_FEED_BYTES",
    "ArrestMatch",
    "FeedError",
    "FeedItem",
    "FeedPollResult",
    "FeedState",
    "FeedStateError",
    "FeedTooLargeError",
    "InvalidLinkError",
    "MalformedFeedError",
    "NotAFeedError",
    "ParsedFeed",
    "SkippedItem",
    "canonical_url",
    "match_item",
    "parse_feed",
    "poll_feeds",
]
