"""Watcher events for classifier tests, built with the contract's own models, and `judged` for a news item's verdict."""

import datetime as dt

from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_schemas import (
    ArrestReported,
    ArrestReportedEvent,
    Evidence,
    SourceHealth,
    SourceHealthEvent,
    TreatyAction,
    TreatyActionEvent,
    TreatyCounts,
    TreatyMilestone,
    TreatyMilestoneEvent,
    event_id,
)
from tocsin_watcher.feeds.match import match_item

WHEN = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


def arrest(
    title: str, summary: str = "", *, language: str = "en", country: str | None = "VNM", n: int = 0
) -> ArrestReportedEvent:
    """An arrest report as the watcher would publish it."""
    url = f"https://news.example/{language}/{n}/{abs(hash(title)) % 10**8}"
    return ArrestReportedEvent(
        id=event_id("tocsin.arrest.reported", url),
        source="urn:tocsin:watcher",
        subject=country,
        time=WHEN,
        data=ArrestReported(
            title=title,
            summary=summary,
            url=url,
            published_at=WHEN,
            source="https://news.example/feed",
            country_code=country,
            language=language,
            matched_terms=[],
        ),
    )


def treaty_action(
    participant: str, code: str | None, action: str = "ratification", *, backfill: bool = False, day: int = 1
) -> TreatyActionEvent:
    """A treaty action on XVIII-16."""
    date = dt.date(2026, 2, day)
    return TreatyActionEvent(
        id=event_id("tocsin.treaty.action", "XVIII-16", participant, action, date.isoformat()),
        source="urn:tocsin:watcher",
        subject=code or participant,
        time=WHEN,
        data=TreatyAction(
            treaty="XVIII-16",
            participant=participant,
            country_code=code,
            action=action,
            action_date=date,
            backfill=backfill,
            counts=TreatyCounts(signatories=72, parties=3, toward_entry_into_force=3),
            source_url="https://treaties.un.org/",
            evidence=Evidence(content_sha256="0" * 64),
        ),
    )


def milestone(kind: str = "instruments", instruments: int = 10) -> TreatyMilestoneEvent:
    """A milestone toward entry into force."""
    return TreatyMilestoneEvent(
        id=event_id("tocsin.treaty.milestone", "XVIII-16", kind, instruments),
        source="urn:tocsin:watcher",
        subject="XVIII-16",
        time=WHEN,
        data=TreatyMilestone(treaty="XVIII-16", kind=kind, instruments=instruments),
    )


def source_health(status: str = "failing") -> SourceHealthEvent:
    """A source-health event."""
    return SourceHealthEvent(
        id=event_id("tocsin.source.health", "https://feed.example/rss", status),
        source="urn:tocsin:watcher",
        subject="https://feed.example/rss",
        time=WHEN,
        data=SourceHealth(
            source="https://feed.example/rss",
            status=status,
            failures=3,
            last_error="HTTP 503",
            since=WHEN,
        ),
    )


def judged(language: str, title: str, summary: str = "") -> tuple[bool, set[str]]:
    """Whether a news item with these words is judged relevant, and the tags it is given (confidence >= 0.5)."""
    alert = classify(arrest(title, summary, language=language), ConventionStatus())
    return alert.relevance >= 0.5, {t.tag for t in alert.tags if t.confidence >= 0.5}


def reported_and_relevant(language: str, title: str, summary: str = "") -> set[str]:
    """Assert that the watcher emits this news item and the classifier judges it relevant; the tags it is given."""
    assert match_item(title, summary, language=language).matched
    relevant, tags = judged(language, title, summary)
    assert relevant
    return tags
