"""The watcher's Prometheus metrics (served on /metrics with the runtime's shared ones).

Per source (`source`: the URL as logs show it, credentials redacted) and `kind` (treaty, feed, gdelt): every
poll's outcome, when one last read, and the consecutive failures counting toward a `failing` health event.
Source failures show here and in `tocsin.source.health`, never in readiness (docs/operations.md).
"""

import datetime as dt
from typing import Literal

from prometheus_client import Counter, Gauge

from tocsin_watcher.redact import redact_url

SourceKind = Literal["treaty", "feed", "gdelt"]
Outcome = Literal["ok", "not_modified", "read_failed", "unusable", "crashed"]
"""How one read of one source ended.

ok: read and used, with or without events; not_modified: unchanged since the last read (also a success);
read_failed: not read (network, HTTP status, size cap, missing file); unusable: read but not usable (a
maintenance or error page, not a feed, broken XML, an export not matching lastupdate.txt); crashed: a parser
bug on hostile input.
"""
SUCCESSES: frozenset[Outcome] = frozenset({"ok", "not_modified"})

POLLS = Counter(
    "tocsin_watcher_polls_total",
    "Reads of a source by kind (treaty, feed, gdelt) and outcome (ok, not_modified, read_failed, unusable, crashed)",
    ["kind", "source", "outcome"],
)
LAST_SUCCESS = Gauge(
    "tocsin_watcher_last_success_timestamp_seconds",
    "Unix time of the source's last poll that read it (ok or not_modified)",
    ["kind", "source"],
)
CONSECUTIVE_FAILURES = Gauge(
    "tocsin_watcher_source_consecutive_failures",
    "Failed polls of the source since it last read (a `failing` health event at WATCHER_FAILURE_THRESHOLD)",
    ["kind", "source"],
)
EVENTS_EMITTED = Counter(
    "tocsin_watcher_events_emitted_total", "Events emitted (published and acknowledged), by CloudEvents type", ["type"]
)
FEED_ITEMS_TOO_OLD = Counter(
    "tocsin_watcher_feed_items_too_old_total",
    "Arrest reports of a feed's first read remembered but not emitted: published longer ago than WATCHER_FEED_MAX_AGE",
    ["source"],
)
FEED_ITEMS_UNDATED = Counter(
    "tocsin_watcher_feed_items_undated_total",
    "Arrest reports emitted with the poll time as published_at: their date was missing, unparseable or more than a "
    "day in the future (reason)",
    ["source", "reason"],
)
POLL_CRASHES = Counter(
    "tocsin_watcher_poll_crashes_total",
    "Polls that stopped on an unexpected error (e.g. an unreadable state file or Kafka down), by poller",
    ["poller"],
)


def record_poll(kind: SourceKind, source: str, outcome: Outcome, *, failures: int, now: dt.datetime) -> None:
    """Count one poll of `source`; `failures` is its consecutive failed polls after this one."""
    shown = redact_url(source)
    POLLS.labels(kind=kind, source=shown, outcome=outcome).inc()
    CONSECUTIVE_FAILURES.labels(kind=kind, source=shown).set(failures)
    if outcome in SUCCESSES:
        LAST_SUCCESS.labels(kind=kind, source=shown).set(now.timestamp())
