"""Kafka topics, partition counts, retention and keys: spelled here once, documented for integrators."""

from dataclasses import dataclass
from enum import StrEnum

from tocsin_schemas.events import CloudEvent

_DAY_MS = 24 * 60 * 60 * 1000


class Topic(StrEnum):
    """Every topic Tocsin reads or writes. Services never spell a topic name themselves."""

    TREATY_ACTIONS = "tocsin.treaty.actions.v1"
    TREATY_MILESTONES = "tocsin.treaty.milestones.v1"
    ARRESTS_REPORTED = "tocsin.arrests.reported.v1"
    SOURCE_HEALTH = "tocsin.source.health.v1"
    CONVENTION_STATUS = "tocsin.convention.status.v1"
    ALERTS_CLASSIFIED = "tocsin.alerts.classified.v1"
    DELIVERY_OUTCOMES = "tocsin.delivery.outcomes.v1"
    DEAD_LETTERS = "tocsin.deadletter.v1"


@dataclass(frozen=True)
class TopicSpec:
    """How a topic is created and what it carries."""

    topic: Topic
    partitions: int
    retention_ms: int  # -1 keeps forever
    compacted: bool
    event_types: tuple[str, ...]
    key: str
    description: str


TOPICS: dict[Topic, TopicSpec] = {
    spec.topic: spec
    for spec in (
        TopicSpec(
            Topic.TREATY_ACTIONS,
            3,
            -1,
            False,
            ("tocsin.treaty.action",),
            "country code (alpha-3), else participant name",
            "Every signature, ratification, acceptance, approval, accession and succession; kept forever.",
        ),
        TopicSpec(
            Topic.TREATY_MILESTONES,
            1,
            -1,
            False,
            ("tocsin.treaty.milestone",),
            "treaty id",
            "Steps toward entry into force and deadline reminders; kept forever.",
        ),
        TopicSpec(
            Topic.ARRESTS_REPORTED,
            6,
            90 * _DAY_MS,
            False,
            ("tocsin.arrest.reported",),
            "country code (alpha-3), else the event id",
            "Arrest reports found in news feeds.",
        ),
        TopicSpec(
            Topic.SOURCE_HEALTH,
            1,
            30 * _DAY_MS,
            False,
            ("tocsin.source.health",),
            "source URL",
            "Sources that fail, recover or look anomalous.",
        ),
        TopicSpec(
            Topic.CONVENTION_STATUS,
            3,
            -1,
            True,
            ("tocsin.treaty.action",),
            "treaty|country code (alpha-3), else participant|signature, or …|consent",
            "Compacted table: the latest signature and the latest instrument of consent per participant.",
        ),
        TopicSpec(
            Topic.ALERTS_CLASSIFIED,
            6,
            90 * _DAY_MS,
            False,
            ("tocsin.alert.classified",),
            "the input event's key",
            "One classification per watcher event.",
        ),
        TopicSpec(
            Topic.DELIVERY_OUTCOMES,
            3,
            30 * _DAY_MS,
            False,
            ("tocsin.delivery.outcome",),
            "subscription id",
            "Every delivery attempt's outcome.",
        ),
        TopicSpec(
            Topic.DEAD_LETTERS,
            1,
            30 * _DAY_MS,
            False,
            (),
            "the original key; a failed delivery: its subscription id",
            "Records a consumer could not process, as received, with origin headers (original_topic, "
            "original_partition, original_offset, original_timestamp, reason, exception_type, dead_lettered_by); "
            "and the notifier's failed deliveries (dead_letter_kind: delivery_failed, alert_topic).",
        ),
    )
}

_TOPIC_BY_TYPE = {
    "tocsin.treaty.action": Topic.TREATY_ACTIONS,
    "tocsin.treaty.milestone": Topic.TREATY_MILESTONES,
    "tocsin.arrest.reported": Topic.ARRESTS_REPORTED,
    "tocsin.source.health": Topic.SOURCE_HEALTH,
    "tocsin.alert.classified": Topic.ALERTS_CLASSIFIED,
    "tocsin.delivery.outcome": Topic.DELIVERY_OUTCOMES,
}


def topic_for(event: CloudEvent) -> Topic:
    """The topic an event of this type is published to."""
    return _TOPIC_BY_TYPE[event.type]


def key_for(event: CloudEvent) -> str:
    """The partition key of an event; related facts share a key so their order is kept."""
    data = event.data
    match event.type:
        case "tocsin.treaty.action":
            return str(data.country_code or data.participant)
        case "tocsin.treaty.milestone":
            return str(data.treaty)
        case "tocsin.arrest.reported":
            return str(data.country_code or event.id)
        case "tocsin.source.health":
            return str(data.source)
        case "tocsin.alert.classified":
            return key_for(data.event)
        case "tocsin.delivery.outcome":
            return str(data.subscription_id)
    raise KeyError(event.type)


def status_key(event: CloudEvent) -> str:
    """Key in the compacted convention-status topic for a treaty action event."""
    data = event.data
    kind = "signature" if data.action == "signature" else "consent"
    return f"{data.treaty}|{data.country_code or data.participant}|{kind}"


def parse_status_key(key: str) -> tuple[str, str, str] | None:
    """The treaty, participant and part ("signature" or "consent") of a key `status_key` writes; None for any other."""
    treaty, _, rest = key.partition("|")
    participant, _, part = rest.rpartition("|")
    return (treaty, participant, part) if treaty and participant and part in ("signature", "consent") else None
