"""Poll news feeds and turn new arrest reports into `tocsin.arrest.reported` events.

The I/O edge of the feeds package: `read` fetches (the caller decides how: httpx, file, fake), parsing and
matching are pure and run off the event loop, and seen keys persist in `state_dir` so a report becomes one
event across runs and across feeds (same canonical URL, or same guid: `_keys`); what each feed carries is recorded with
them, so the bounded state never forgets a report a feed still holds (`feeds.state`). The age cutoff
(`feeds.age`) applies to a source's first successful read only, its back catalogue: after that, a report is news
however late it is seen (an outage of the feed or of the watcher loses nothing).
"""

import asyncio
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import structlog

from tocsin_schemas import ArrestReported, ArrestReportedEvent, event_id, new_event
from tocsin_watcher import EVENT_SOURCE
from tocsin_watcher.errors import FeedError, InvalidLinkError
from tocsin_watcher.feeds.age import format_max_age, too_old
from tocsin_watcher.feeds.canonical import canonical_url
from tocsin_watcher.feeds.match import ArrestMatch, match_item
from tocsin_watcher.feeds.parse import FeedItem, ParsedFeed, parse_feed
from tocsin_watcher.feeds.state import DEFAULT_LIMIT, FeedState
from tocsin_watcher.feeds.text import truncate
from tocsin_watcher.metrics import FEED_ITEMS_TOO_OLD, FEED_ITEMS_UNDATED, Outcome
from tocsin_watcher.redact import redact_url, state_shown

EVENT_TYPE = "tocsin.arrest.reported"
SUMMARY_CHARS = 1_000
MATCHED_BODY_CHARS = 6_000  # the facts of a report are in its lead; reading all of it only adds noise
FUTURE_SLACK = dt.timedelta(days=1)

_ALPHA3 = re.compile(r"^[A-Z]{3}$")
_URL_GUID = re.compile(r"^https?://", re.IGNORECASE)

log = structlog.get_logger()

Reader = Callable[[str], Awaitable[bytes | None]]


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class FeedPollResult:
    """New arrest reports, per-source errors and outcomes, and `commit` to persist what was seen.

    With `poll_feeds(..., commit=True)` (the default, used by the CLI) the state is already saved and `commit`
    does nothing; with `commit=False` the service calls `commit()` once the events are published.
    """

    events: list[ArrestReportedEvent]
    errors: dict[str, str]  # source -> reason, for sources that could not be read or parsed
    commit: Callable[[], None] = field(default=_nothing, repr=False, compare=False)
    outcomes: dict[str, Outcome] = field(default_factory=dict)  # source -> how its read ended


@dataclass(frozen=True)
class _Judged:
    item: FeedItem
    verdict: ArrestMatch


def _body(item: FeedItem) -> str:
    parts = [item.summary, " ".join(item.categories)]
    if item.content and item.content[:200] not in item.summary:
        parts.append(item.content)
    return "\n".join(part for part in parts if part)[:MATCHED_BODY_CHARS]


def _read_feed(data: bytes, default_country: str | None) -> tuple[ParsedFeed, list[_Judged]]:
    parsed = parse_feed(data)
    context = f"{parsed.title}\n{parsed.description}"
    judged = [
        _Judged(
            item,
            match_item(
                item.title,
                _body(item),
                language=item.language or parsed.language,
                default_country=default_country,
                feed_context=context,
            ),
        )
        for item in parsed.items
    ]
    return parsed, judged


def _keys(source: str, item: FeedItem, url: str) -> list[str]:
    keys = [f"url:{url}"]
    if item.guid:
        # A guid is the feed's own word: a bare one ("1234") is unique only within its feed, and any feed can copy
        # another's URN, UUID or URL guid ("…/?p=3004") to have the real item skipped as seen. Only a URL guid on the
        # item's own host (WordPress's "?p=N") is trusted across feeds; the others count within their feed.
        scope = "" if _own_host_guid(item.guid, url) else f"{source}|"
        keys.append(f"guid:{scope}{item.guid}")
    return keys


def _own_host_guid(guid: str, url: str) -> bool:
    """Whether `guid` is a URL on the host of the item's canonical `url`."""
    if not _URL_GUID.match(guid):
        return False
    try:
        return (urlsplit(guid).hostname or "") == urlsplit(url).hostname
    except ValueError:
        return False


def _claimants(state: FeedState, carried: Mapping[str, set[str]], ident: str, key: str) -> list[str]:
    """The other feeds that carry `key`, by the state's names (this poll's reads and the last saved ones)."""
    feeds = {feed for feed, keys in carried.items() if key in keys} | state.carriers(key)
    return sorted(redact_url(feed) for feed in feeds - {ident})


def _event(source: str, item: FeedItem, verdict: ArrestMatch, url: str, now: dt.datetime) -> ArrestReportedEvent:
    published = item.published or now
    if published > now + FUTURE_SLACK:
        published = now
    data = ArrestReported(
        title=item.title,
        summary=truncate(item.summary or item.content, SUMMARY_CHARS),
        url=url,
        published_at=published,
        source=source,
        country_code=verdict.country_code,
        language=verdict.language,
        matched_terms=list(verdict.matched_terms),
    )
    return new_event(
        ArrestReportedEvent, id=event_id(EVENT_TYPE, url), source=EVENT_SOURCE, subject=url, data=data, time=now
    )


def _undated_reason(source: str, item: FeedItem, url: str, now: dt.datetime) -> str | None:
    """Why an item about to be emitted gets the poll time as its date (`missing`, `unparseable`, `future`: more than
    FUTURE_SLACK ahead), or None when it has its own; an unreadable or future date is warned about."""
    if item.published is not None and item.published > now + FUTURE_SLACK:
        log.warning("feed_item_date_in_future", source=source, title=item.title, url=url, date=item.published)
        return "future"
    if item.published is not None:
        return None
    if item.unparsed_date is not None:
        log.warning("feed_item_date_unparseable", source=source, title=item.title, url=url, date=item.unparsed_date)
        return "unparseable"
    return "missing"


def state_name(source: str) -> str:
    """How the state file names a source: masked (`state_shown`), plus a digest of the whole URL when secrets were
    masked, so that "?token=A" and "?token=B" stay two sources (they shared one first-read marker, and the second
    feed's back catalogue went out as news)."""
    shown = state_shown(source)
    if shown == source:
        return shown
    return f"{shown}#{hashlib.sha256(source.encode()).hexdigest()[:16]}"


def _read_marker(source: str) -> str:
    """The state key that records a source's first successful read (its back catalogue is behind it)."""
    return f"read:{source}"


def _log_repairs(source: str, parsed: ParsedFeed) -> None:
    if parsed.removed_doctypes:
        log.warning(
            "feed_dtd_removed",
            source=source,
            doctypes=parsed.removed_doctypes,
            entities=list(parsed.neutralised_entities[:20]),
        )
    if parsed.recovered:
        log.warning("feed_xml_recovered", source=source, items=len(parsed.items))
    for title in parsed.repaired:  # read although its end tag was missing: every field of it closed
        log.info("feed_item_repaired", source=source, title=title)
    for skipped in parsed.skipped:
        log.info("feed_item_skipped", source=source, reason=skipped.reason, title=skipped.title, link=skipped.link)


def _describe(exc: BaseException) -> str:
    return truncate(f"{type(exc).__name__}: {exc}", 500)


async def poll_feeds(
    sources: Sequence[str],
    read: Reader,
    state_dir: Path,
    *,
    now: dt.datetime | None = None,
    commit: bool = True,
    countries: Mapping[str, str] | None = None,
    max_age: dt.timedelta | None = None,
    seen_limit: int = DEFAULT_LIMIT,
) -> FeedPollResult:
    """Read every source once and return the arrest reports not seen before, in feed order.

    `read(source)` returns the body, None when not modified, or raises (that source lands in `errors`, the
    others go on). `countries` maps a source to the alpha-3 code its items default to. Reports published more
    than `max_age` before `now` are remembered as seen but not returned (None: no cutoff; undated ones are
    returned). The state keeps every key the feeds carry and the `seen_limit` most recent others. Raises
    FeedStateError when the state in `state_dir` is corrupt.
    """
    defaults = dict(countries or {})
    for source, code in defaults.items():
        if not _ALPHA3.match(code):
            raise ValueError(f"default country for {source!r} is not an alpha-3 code: {code!r}")
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    state = FeedState.load(state_dir, limit=seen_limit)
    too_old_counts: Counter[str] = Counter()
    undated_counts: Counter[tuple[str, str]] = Counter()
    events: list[ArrestReportedEvent] = []
    errors: dict[str, str] = {}
    outcomes: dict[str, Outcome] = {}
    carried: dict[str, set[str]] = {}  # source's state name -> the keys it carries now (read and parsed this poll)
    unchanged: set[str] = set()  # state names of sources that answered "not modified"
    for source in sources:
        shown = redact_url(source)  # what logs and events may show of the URL
        ident = state_name(source)  # what the state file keys it by: one per source, secrets not shown
        try:
            data = await read(source)
        except Exception as exc:  # any failure of one source must not stop the others
            errors[source], outcomes[source] = _describe(exc), "read_failed"
            log.warning("feed_read_failed", source=shown, error=errors[source])
            continue
        if data is None:
            outcomes[source] = "not_modified"
            unchanged.add(ident)
            log.info("feed_not_modified", source=shown)
            continue
        try:
            parsed, judged = await asyncio.to_thread(_read_feed, data, defaults.get(source))
        except FeedError as exc:
            errors[source], outcomes[source] = _describe(exc), "unusable"
            log.warning("feed_unreadable", source=shown, error=errors[source])
            continue
        except Exception as exc:  # a parser bug on hostile input is that source's failure, not a crash
            errors[source], outcomes[source] = _describe(exc), "crashed"
            log.exception("feed_parse_crashed", source=shown)
            continue
        _log_repairs(shown, parsed)
        first_read = not state.seen_any([_read_marker(ident)])
        carries = carried.setdefault(ident, set())
        fresh = old = undated = 0
        for entry in judged:
            if not entry.verdict.matched:
                continue
            try:
                url = canonical_url(entry.item.link)
            except InvalidLinkError as exc:
                log.info("feed_item_skipped", source=shown, reason="unsafe_link", error=str(exc))
                continue
            keys = _keys(ident, entry.item, url)
            new_here = keys[0] not in state.carried(ident) and keys[0] not in carries
            carries.update(keys)
            if state.seen_any(keys):
                if len(keys) > 1 and not state.seen_any(keys[:1]):  # a reused guid: said, not silently dropped
                    why = "guid_seen_with_another_url"
                    log.info("feed_item_skipped", source=shown, reason=why, url=url, guid=entry.item.guid)
                elif new_here and (others := _claimants(state, carried, ident, keys[0])):
                    # Said once per feed: a report another feed carried first is not sent again, with the words
                    # of that feed. A feed that claims others' article URLs (a hostile one) shows up here.
                    log.info(
                        "feed_item_skipped", source=shown, reason="reported_by_another_feed", url=url, feeds=others
                    )
                state.remember(keys)
                continue
            state.remember(keys)
            if first_read and too_old(entry.item.published, now=now, max_age=max_age):  # seen, never news
                log.info("feed_item_not_alerted", source=shown, url=url, published=entry.item.published)
                old += 1
                continue
            if (reason := _undated_reason(shown, entry.item, url, now)) is not None:
                undated_counts[shown, reason] += 1
                undated += 1
            events.append(_event(shown, entry.item, entry.verdict, url, now))
            fresh += 1
        state.remember([_read_marker(ident)])
        carries.add(_read_marker(ident))  # carried like the items: the bounded state never forgets it
        if old:
            too_old_counts[shown] += old
            log.info("feed_items_too_old", source=shown, items=old, max_age=format_max_age(max_age))
        outcomes[source] = "ok"
        log.info("feed_polled", source=shown, items=len(parsed.items), reports=fresh, too_old=old, undated=undated)

    for ident in unchanged - carried.keys():
        state.still_carries(ident, now=now)
    for ident, held in carried.items():
        state.carry(ident, held, now=now)

    def save() -> None:  # counted once what they count is saved: a failed publish reads them again
        state.save()
        for shown, count in too_old_counts.items():
            FEED_ITEMS_TOO_OLD.labels(source=shown).inc(count)
        for (shown, reason), count in undated_counts.items():
            FEED_ITEMS_UNDATED.labels(source=shown, reason=reason).inc(count)

    if commit:
        save()
        return FeedPollResult(events, errors, outcomes=outcomes)
    return FeedPollResult(events, errors, commit=save, outcomes=outcomes)
