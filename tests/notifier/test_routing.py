"""Routing: the pure rule, and the index query agreeing with it."""

import random

from tests.notifier.fakes import NOW, AlertFactory, Db, make_alert
from tocsin_notifier.models import ANY
from tocsin_notifier.routing import Filters, accepts, facts_of, match_keys, matching_subscriptions
from tocsin_notifier.store import NewSubscription
from tocsin_schemas import SEVERITIES, TAGS


def test_empty_filters_accept_everything_not_backfill(alert: AlertFactory) -> None:
    """A subscription without filters receives every alert."""
    assert accepts(Filters(), facts_of(alert(country=None, tags={}, severity="info")))


def test_backfill_treaty_events_never_match(alert: AlertFactory) -> None:
    """Backfill is history: even a subscription wanting everything does not get it."""
    assert not accepts(Filters(), facts_of(alert(kind="treaty", backfill=True)))
    assert accepts(Filters(), facts_of(alert(kind="treaty", backfill=False)))


def test_country_filter(alert: AlertFactory) -> None:
    """Only alerts about a wanted country pass; a report without country passes open filters only."""
    wants = Filters(countries=frozenset({"PAK"}))
    assert accepts(wants, facts_of(alert(country="PAK")))
    assert not accepts(wants, facts_of(alert(country="VNM")))
    assert not accepts(wants, facts_of(alert(country=None)))
    assert not accepts(wants, facts_of(alert(kind="treaty", country="VNM")))


def test_what_concerns_every_country_passes_any_country_filter(alert: AlertFactory) -> None:
    """A lawyer filtering by NGA never learnt that the Convention enters into force (a milestone names no country),
    nor of the European Union's approval."""
    wants = Filters(countries=frozenset({"NGA"}), min_severity="medium")
    assert accepts(wants, facts_of(alert(kind="milestone", country=None)))
    assert accepts(wants, facts_of(alert(kind="treaty", country=None, participant="European Union")))
    # a state whose UN name the watcher does not know has no code either: its ratification is not everyone's news
    assert not accepts(wants, facts_of(alert(kind="treaty", country=None, participant="Nowhereland")))
    assert not accepts(
        Filters(countries=frozenset({"NGA"}), min_severity="critical"), facts_of(alert(kind="milestone"))
    )


def test_tag_filter_uses_assigned_tags_only(alert: AlertFactory) -> None:
    """A tag counts only at confidence >= 0.5."""
    wants = Filters(tags=frozenset({"surveillance"}))
    assert accepts(wants, facts_of(alert(tags={"surveillance": 0.5})))
    assert not accepts(wants, facts_of(alert(tags={"surveillance": 0.49, "privacy": 0.9})))


def test_min_severity(alert: AlertFactory) -> None:
    """Alerts below the subscription's minimum severity are dropped."""
    wants = Filters(min_severity="high")
    assert accepts(wants, facts_of(alert(severity="critical")))
    assert accepts(wants, facts_of(alert(severity="high")))
    assert not accepts(wants, facts_of(alert(severity="medium")))


def test_event_type_filter(alert: AlertFactory) -> None:
    """Only the wanted CloudEvents types pass."""
    wants = Filters(event_types=frozenset({"tocsin.treaty.action"}))
    assert accepts(wants, facts_of(alert(kind="treaty")))
    assert not accepts(wants, facts_of(alert(kind="arrest")))


def test_alerts_judged_not_relevant_are_never_notified(alert: AlertFactory) -> None:
    """Relevance below 0.5 (e.g. a ransomware arrest) reaches nobody, whatever the filters: no crying wolf."""
    assert not accepts(Filters(), facts_of(alert(relevance=0.3)))
    assert not accepts(Filters(event_types=frozenset({"tocsin.arrest.reported"})), facts_of(alert(relevance=0.49)))
    assert accepts(Filters(), facts_of(alert(relevance=0.5)))


def test_source_health_reaches_only_subscriptions_naming_it(alert: AlertFactory) -> None:
    """Operators opt in to source health by type; open filters never receive it."""
    health = facts_of(alert(kind="health", country=None, tags={}, severity="info", relevance=0.0))
    assert not accepts(Filters(), health)
    assert accepts(Filters(event_types=frozenset({"tocsin.source.health"})), health)
    every_type = frozenset({"tocsin.treaty.action", "tocsin.treaty.milestone", "tocsin.arrest.reported"})
    assert match_keys(Filters(event_types=every_type | {"tocsin.source.health"})) == [
        (ANY, ANY, ANY, 0),
        (ANY, ANY, "tocsin.source.health", 0),
    ]


def test_match_keys_collapse_complete_lists_to_any() -> None:
    """Listing every tag is the same as no tag filter: one '*' key, not nine."""
    keys = match_keys(Filters(tags=frozenset(TAGS), countries=frozenset({"VNM", "PAK"})))
    assert sorted(keys) == [("PAK", ANY, ANY, 0), ("VNM", ANY, ANY, 0)]


async def test_index_query_agrees_with_rule(sqlite_db: Db) -> None:
    """On random subscriptions and alerts, the index returns exactly what the pure rule accepts."""
    rng = random.Random(7)
    countries = ["VNM", "PAK", "NGA", "KEN", "THA"]
    types = ["tocsin.treaty.action", "tocsin.arrest.reported", "tocsin.source.health", "tocsin.treaty.milestone"]
    filters: dict[str, Filters] = {}
    for _ in range(120):
        f = Filters(
            countries=frozenset(rng.sample(countries, rng.choice([0, 1, 2]))),
            event_types=frozenset(rng.sample(types, rng.choice([0, 0, 1]))),
            tags=frozenset(rng.sample(TAGS, rng.choice([0, 1, 3]))),
            min_severity=rng.choice(SEVERITIES),
        )
        created = await sqlite_db.subscriptions.create(
            NewSubscription("webhook", "https://example.org/h", f), secret="whsec_x", now=NOW
        )
        filters[created.subscription.id] = f
    for i in range(60):
        sample = make_alert(
            key=str(i),
            kind=rng.choice(["treaty", "arrest", "health", "milestone"]),
            participant=rng.choice(["Viet Nam", "European Union"]),
            country=rng.choice([*countries, None]),
            tags={t: rng.random() for t in rng.sample(TAGS, rng.choice([0, 1, 2]))},
            severity=rng.choice(SEVERITIES),
            relevance=rng.choice([0.2, 0.8]),
        )
        facts = facts_of(sample)
        async with sqlite_db.subscriptions.sessions() as session:
            got = set(await matching_subscriptions(session, facts))
        assert got == {sid for sid, f in filters.items() if accepts(f, facts)}
