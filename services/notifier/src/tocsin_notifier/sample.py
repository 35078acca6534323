"""The synthetic alert sent by POST /v1/subscriptions/{id}/test, recognisable by its subject and id."""

import datetime as dt

from tocsin_schemas import AlertClassified, AlertClassifiedEvent, TreatyMilestone, TreatyMilestoneEvent, event_id

SOURCE = "urn:tocsin:notifier"
SUBJECT = "test"


def sample_alert(subscription_id: str, now: dt.datetime) -> AlertClassifiedEvent:
    """A classified milestone marked `test`; a fresh id each time so receivers do not deduplicate it."""
    inner = TreatyMilestoneEvent(
        id=event_id("tocsin.test", subscription_id, now.isoformat()),
        source=SOURCE,
        subject=SUBJECT,
        time=now,
        data=TreatyMilestone(treaty="XVIII-16", kind="instruments", instruments=0),
    )
    return AlertClassifiedEvent(
        id=event_id("tocsin.test.classified", subscription_id, now.isoformat()),
        source=SOURCE,
        subject=SUBJECT,
        time=now,
        data=AlertClassified(
            event=inner,
            tags=[],
            relevance=0.0,
            severity="info",
            needs_review=False,
            rationale="Test event sent on request; it reports nothing.",
        ),
    )


def is_test_alert(alert: AlertClassifiedEvent) -> bool:
    """Whether `alert` is one of ours from `sample_alert` (the classifier's alerts have another source)."""
    return alert.source == SOURCE and alert.subject == SUBJECT
