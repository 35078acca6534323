"""Kept GDELT rows -> `tocsin.arrest.reported` data: one report per article URL, whatever its row count (pure).

One article often yields several coded events (the police arrested, charged, detained …); they are merged:
codes, context terms and event ids together, the earliest DATEADDED as the publication time.
"""

import datetime as dt
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass

from tocsin_schemas import MACHINE_SUMMARY, ArrestReported
from tocsin_watcher.feeds.text import truncate
from tocsin_watcher.gdelt.export import Actor, CodedEvent
from tocsin_watcher.gdelt.judge import WATCHED_CODES, target
from tocsin_watcher.gdelt.places import country_tables
from tocsin_watcher.gdelt.slug import slug_title

SUMMARY_CHARS = 1_000
MAX_TITLE_CHARS = 300
FUTURE_SLACK = dt.timedelta(days=1)


@dataclass(frozen=True)
class KeptRow:
    """A row the judge kept, the terms that fired, and its article URL in canonical form."""

    event: CodedEvent
    terms: tuple[str, ...]
    url: str


def country_of(event: CodedEvent) -> str | None:
    """Where it happened (action geography, FIPS), else the target's country, else the other actor's (CAMEO)."""
    tables = country_tables()
    found = tables.from_fips(event.action_country)
    if found:
        return found
    who = target(event)
    candidates = [who] if who is not None else []
    candidates += [actor for actor in (event.actor2, event.actor1) if actor is not who]
    for actor in candidates:
        code = tables.from_cameo(actor.country)
        if code:
            return code
    return None


def _actor_text(actor: Actor) -> str:
    name = actor.name.title() if actor.name else actor.code
    return f"{name} ({actor.country})" if actor.country and name else name


def _summary(rows: Sequence[KeptRow]) -> str:
    first = rows[0].event
    codes = dict.fromkeys(row.event.event_code for row in rows)
    described = "; ".join(f"CAMEO {code}: {WATCHED_CODES.get(code, 'coded event')}" for code in codes)
    parts = [f"{MACHINE_SUMMARY} ({described})."]
    actors = [_actor_text(a) for a in (first.actor1, first.actor2) if a.present]
    if actors:
        parts.append(f"Actors: {' -> '.join(actors)}.")
    if first.action_geo:
        parts.append(f"Place: {first.action_geo}.")
    ids = ", ".join(dict.fromkeys(row.event.global_event_id for row in rows))
    parts.append(f"GDELT event ids: {ids}.")
    return truncate(" ".join(parts), SUMMARY_CHARS)


def _title(rows: Sequence[KeptRow]) -> str:
    first = rows[0]
    title = slug_title(first.url)
    if title:
        return truncate(title, MAX_TITLE_CHARS)
    host = urllib.parse.urlsplit(first.url).hostname or "a news site"
    return f"GDELT CAMEO {first.event.event_code} event reported by {host}"


def report(rows: Sequence[KeptRow], *, source: str, language: str, now: dt.datetime) -> ArrestReported:
    """The arrest report for the rows of one article (same canonical URL), first row first."""
    published = min(row.event.date_added for row in rows)
    if published > now + FUTURE_SLACK:
        published = now
    terms = dict.fromkeys(term for row in rows for term in row.terms)
    country = next((code for code in (country_of(row.event) for row in rows) if code), None)
    return ArrestReported(
        title=_title(rows),
        summary=_summary(rows),
        url=rows[0].url,
        published_at=published,
        source=source,
        country_code=country,
        language=language,
        matched_terms=list(terms),
    )
