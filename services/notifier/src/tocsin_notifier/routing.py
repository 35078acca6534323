"""Which subscriptions an alert goes to: the pure rule, and the indexed query that applies it.

A subscription accepts an alert when its country, one of its assigned tags (confidence >= 0.5), and its
type are wanted (an empty filter wants everything) and its severity reaches the subscription's minimum. What
concerns every state party alike passes any country filter: treaty milestones (instrument counts, entry into
force, the signature deadline) and the treaty actions of a regional organization (the European Union), which
name no country.
Backfill treaty events never notify, and neither do alerts the classifier judged not human-rights relevant
(relevance < 0.5): subscribers are not cried wolf at. Source-health events are for operators: they are
never relevant, and reach only subscriptions that name `tocsin.source.health` explicitly.
Only active subscriptions have match keys, so only they match.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from tocsin_notifier.models import ANY, MatchKey
from tocsin_schemas import (
    ASSIGNED_AT,
    RELEVANT_AT,
    SEVERITIES,
    TAGS,
    AlertClassifiedEvent,
    TreatyActionEvent,
    TreatyMilestoneEvent,
    is_regional_organization,
)

HEALTH = "tocsin.source.health"
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
WATCHER_TYPES = (
    "tocsin.treaty.action",
    "tocsin.treaty.milestone",
    "tocsin.arrest.reported",
    HEALTH,
)
NEWS_TYPES = tuple(t for t in WATCHER_TYPES if t != HEALTH)

MatchKeyRow = tuple[str, str, str, int]  # country, tag, event_type, min_rank


@dataclass(frozen=True)
class Filters:
    """What a subscription wants; empty sets mean any."""

    countries: frozenset[str] = frozenset()
    event_types: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    min_severity: str = "info"


@dataclass(frozen=True)
class AlertFacts:
    """The few facts of a classified alert that routing looks at."""

    event_type: str
    country: str | None
    tags: frozenset[str]
    severity: str
    backfill: bool
    relevant: bool = True
    everywhere: bool = False  # concerns every country: passes any country filter


def facts_of(alert: AlertClassifiedEvent) -> AlertFacts:
    """Extract the routing facts from a classified alert."""
    inner = alert.data.event
    return AlertFacts(
        event_type=inner.type,
        country=getattr(inner.data, "country_code", None),
        tags=frozenset(t.tag for t in alert.data.tags if t.confidence >= ASSIGNED_AT),
        severity=alert.data.severity,
        backfill=bool(getattr(inner.data, "backfill", False)),
        relevant=alert.data.relevance >= RELEVANT_AT,
        everywhere=_concerns_every_country(alert),
    )


def _concerns_every_country(alert: AlertClassifiedEvent) -> bool:
    """A treaty milestone, or a treaty action of the European Union. Not any action without a country code: the
    watcher gives none to a state whose UN name it does not know, and one state's ratification is not news for
    every country's subscribers."""
    inner = alert.data.event
    if isinstance(inner, TreatyMilestoneEvent):
        return True
    return isinstance(inner, TreatyActionEvent) and is_regional_organization(inner.data.participant)


def notifiable(facts: AlertFacts) -> bool:
    """Backfill (the first read of a source) is history, not news; irrelevant news is noise: never notified."""
    return not facts.backfill and (facts.relevant or facts.event_type == HEALTH)


def accepts(filters: Filters, facts: AlertFacts) -> bool:
    """The reference rule; the index query must agree with it (tests check both)."""
    return (
        notifiable(facts)
        and (not filters.countries or facts.everywhere or facts.country in filters.countries)
        and (facts.event_type in filters.event_types or (not filters.event_types and facts.event_type != HEALTH))
        and (not filters.tags or bool(filters.tags & facts.tags))
        and SEVERITY_RANK[facts.severity] >= SEVERITY_RANK[filters.min_severity]
    )


def match_keys(filters: Filters) -> list[MatchKeyRow]:
    """The index rows of a subscription: every wanted (country, tag, type), '*' for an open filter."""
    countries = _or_any(filters.countries, universe=None)
    tags = _or_any(filters.tags, universe=TAGS)
    types = _event_types(filters.event_types)
    rank = SEVERITY_RANK[filters.min_severity]
    return [(c, t, y, rank) for c in countries for t in tags for y in types]


def match_statement(facts: AlertFacts) -> Select[str]:
    """Ids of the active subscriptions accepting `facts`; reads only index entries that match."""
    countries = [ANY] if facts.country is None else [facts.country, ANY]
    statement = select(MatchKey.subscription_id).distinct()
    if not facts.everywhere:
        statement = statement.where(MatchKey.country.in_(countries))
    return (
        statement.where(MatchKey.tag.in_([*sorted(facts.tags), ANY]))
        .where(MatchKey.event_type.in_([facts.event_type] if facts.event_type == HEALTH else [facts.event_type, ANY]))
        .where(MatchKey.min_rank <= SEVERITY_RANK[facts.severity])
    )


async def matching_subscriptions(session: AsyncSession, facts: AlertFacts) -> list[str]:
    """Ids of the subscriptions an alert goes to (none for backfill)."""
    if not notifiable(facts):
        return []
    return list((await session.scalars(match_statement(facts))).all())


def _event_types(wanted: frozenset[str]) -> list[str]:
    """News types collapse to '*' when all are wanted; health is only ever an explicit row."""
    if not wanted:
        return [ANY]
    news = wanted - {HEALTH}
    return [*(_or_any(news, universe=NEWS_TYPES) if news else []), *([HEALTH] if HEALTH in wanted else [])]


def _or_any(values: Iterable[str], *, universe: tuple[str, ...] | None) -> list[str]:
    wanted = sorted(set(values))
    if not wanted or (universe is not None and set(universe) <= set(wanted)):
        return [ANY]
    return wanted
