"""The v1 CloudEvents that Tocsin's services exchange, as frozen pydantic models.

Each event type is a CloudEvents 1.0 envelope whose `type` is a literal and whose `data` is a typed model.
Additive changes only: a breaking change is a new type version with its own schema file.
"""

import datetime as dt
from typing import Annotated, Any, Literal, TypeVar, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

ActionKind = Literal["signature", "ratification", "acceptance", "approval", "accession", "succession"]
ACTION_KINDS: tuple[str, ...] = get_args(ActionKind)
Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITIES: tuple[str, ...] = get_args(Severity)
Tag = Literal[
    "free-expression",
    "press-freedom",
    "human-rights-defenders",
    "surveillance",
    "privacy",
    "security-research",
    "transnational-repression",
    "due-process",
    "treaty-adoption",
]
TAGS: tuple[str, ...] = get_args(Tag)
# How an arrest report's summary begins when the watcher wrote it from coded data (GDELT) rather than a newsroom:
# what it says is codes and actors, not the report's words, and the title is all a reader of the report has.
MACHINE_SUMMARY = "GDELT-coded event, not a human-written summary"
# art. 65(1): the Convention enters into force on the 90th day after the 40th instrument of ratification,
# acceptance, approval or accession
ENTRY_INTO_FORCE_INSTRUMENTS = 40
RELEVANT_AT = 0.5
"""An alert is human-rights relevant when its relevance is at least this."""
ASSIGNED_AT = 0.5
"""A tag counts as assigned when its confidence is at least this."""
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3")]
EARLIEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)


def _plausible(moment: dt.datetime) -> dt.datetime:
    """A time every consumer can compute with: with its UTC offset (RFC 3339 has one), between EARLIEST and LATEST
    once in UTC.

    "9999-12-31T23:59:59Z" or "0001-01-01T00:00:00+14:00" are valid RFC 3339, yet overflowed the notifier's date
    arithmetic (one alert lost for every subscriber, another for every email one): such an event is refused here,
    named, and dead-lettered by the first service that reads it.
    """
    if moment.utcoffset() is None:  # "2026-11-28T09:00:00" is no moment until one knows where: RFC 3339 says
        raise ValueError(f"{moment.isoformat()} has no UTC offset (RFC 3339 requires one, e.g. Z or +07:00)")
    try:
        utc = moment.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError(f"{moment.isoformat()} is no time in UTC (out of range)") from None
    if not EARLIEST <= utc < LATEST:
        raise ValueError(f"{moment.isoformat()} is outside {EARLIEST.year}-{LATEST.year - 1}")
    return moment


Moment = Annotated[dt.datetime, AfterValidator(_plausible)]
"""An RFC 3339 time from 1900 to 2199 (in UTC)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")  # additive changes must not break consumers


class TreatyCounts(_Frozen):
    """Convention-wide counts at the time of the snapshot that produced the event."""

    signatories: int = Field(ge=0)
    parties: int = Field(ge=0)
    toward_entry_into_force: int = Field(ge=0, description="Instruments counted by art. 65 (EU excluded)")


class Evidence(_Frozen):
    """Proof of the snapshot an event was derived from."""

    content_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    archive: str | None = Field(
        default=None, description="The archived snapshot's path inside the watcher's state directory"
    )


# Treaty participants that are no state (their `country_code` is null): regional economic integration
# organizations, whose instrument art. 65 does not count beside their members' and whose actions concern them all.
REGIONAL_ORGANIZATIONS = frozenset({"european union", "european community", "european economic community"})


def is_regional_organization(participant: str) -> bool:
    """Whether a participant, named as the UN prints it, is a regional organization rather than a state."""
    return participant.strip().casefold() in REGIONAL_ORGANIZATIONS


class TreatyAction(_Frozen):
    """A state (or organisation) signed, ratified, accepted, approved, acceded to or succeeded to a treaty."""

    treaty: str = Field(description="MTDSG id, e.g. XVIII-16", examples=["XVIII-16"])
    participant: str = Field(min_length=1, description="Name as the UN prints it, footnotes stripped")
    country_code: CountryCode | None
    action: ActionKind
    action_date: dt.date
    backfill: bool = Field(description="True when found on the first read of a source; never notified")
    counts: TreatyCounts
    source_url: str
    status_as_at: dt.date | None = None
    evidence: Evidence


class TreatyMilestone(_Frozen):
    """The convention moved toward entry into force, or a deadline approaches."""

    treaty: str
    kind: Literal["instruments", "entry_into_force", "signature_deadline"]
    instruments: int = Field(ge=0, description="Instruments counted toward entry into force")
    threshold: int = Field(default=ENTRY_INTO_FORCE_INSTRUMENTS, ge=1)
    entry_into_force_date: dt.date | None = None
    deadline: dt.date | None = None


class ArrestReported(_Frozen):
    """A news item reports an arrest, charge or sentence tied to online activity, speech or cyber laws."""

    title: str
    summary: str
    url: str = Field(
        pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s]+$",
        description="Canonical absolute http(s) URL, tracking parameters removed",
    )
    published_at: Moment
    source: str = Field(description="Feed URL")
    country_code: CountryCode | None
    language: str = Field(description="BCP 47 tag, e.g. vi")
    matched_terms: list[str]


class SourceHealth(_Frozen):
    """A watched source started failing, recovered, or produced something suspicious."""

    source: str
    status: Literal["failing", "recovered", "anomaly"]
    failures: int = Field(ge=0)
    last_error: str | None
    since: Moment


class TagScore(_Frozen):
    """One tag from the fixed vocabulary with its confidence and the evidence that produced it."""

    tag: Tag
    confidence: float = Field(ge=0, le=1, description=f"assigned when >= {ASSIGNED_AT}")
    evidence: list[str]


class DeliveryOutcome(_Frozen):
    """What happened to one attempt to deliver one alert to one subscription."""

    alert_id: str
    subscription_id: str
    channel: Literal["webhook", "email"]
    attempt: int = Field(ge=1)
    status: Literal["delivered", "retrying", "failed", "disabled"]
    http_status: int | None = None
    error: str | None = None


class CloudEvent(_Frozen):
    """CloudEvents 1.0 attributes shared by every Tocsin event."""

    specversion: Literal["1.0"] = "1.0"
    id: str = Field(min_length=1)
    source: str = Field(min_length=1, description="URI-reference of the producing service")
    type: str
    time: Moment
    subject: str | None = None
    datacontenttype: Literal["application/json"] = "application/json"
    data: Any


class TreatyActionEvent(CloudEvent):
    type: Literal["tocsin.treaty.action"] = "tocsin.treaty.action"
    data: TreatyAction


class TreatyMilestoneEvent(CloudEvent):
    type: Literal["tocsin.treaty.milestone"] = "tocsin.treaty.milestone"
    data: TreatyMilestone


class ArrestReportedEvent(CloudEvent):
    type: Literal["tocsin.arrest.reported"] = "tocsin.arrest.reported"
    data: ArrestReported


class SourceHealthEvent(CloudEvent):
    type: Literal["tocsin.source.health"] = "tocsin.source.health"
    data: SourceHealth


WatcherEvent = Annotated[
    TreatyActionEvent | TreatyMilestoneEvent | ArrestReportedEvent | SourceHealthEvent,
    Field(discriminator="type"),
]


class AlertClassified(_Frozen):
    """The classifier's judgement of one watcher event."""

    event: WatcherEvent
    tags: list[TagScore]
    relevance: float = Field(ge=0, le=1, description=f">= {RELEVANT_AT} means human-rights relevant")
    severity: Severity
    needs_review: bool
    rationale: str
    country_context: dict[str, Any] = Field(default_factory=dict)


class AlertClassifiedEvent(CloudEvent):
    type: Literal["tocsin.alert.classified"] = "tocsin.alert.classified"
    data: AlertClassified


class DeliveryOutcomeEvent(CloudEvent):
    type: Literal["tocsin.delivery.outcome"] = "tocsin.delivery.outcome"
    data: DeliveryOutcome


AnyEvent = Annotated[
    TreatyActionEvent
    | TreatyMilestoneEvent
    | ArrestReportedEvent
    | SourceHealthEvent
    | AlertClassifiedEvent
    | DeliveryOutcomeEvent,
    Field(discriminator="type"),
]

EVENT_MODELS: dict[str, type[CloudEvent]] = {
    "tocsin.treaty.action": TreatyActionEvent,
    "tocsin.treaty.milestone": TreatyMilestoneEvent,
    "tocsin.arrest.reported": ArrestReportedEvent,
    "tocsin.source.health": SourceHealthEvent,
    "tocsin.alert.classified": AlertClassifiedEvent,
    "tocsin.delivery.outcome": DeliveryOutcomeEvent,
}


E = TypeVar("E", bound=CloudEvent)


def new_event(
    model: type[E],
    *,
    id: str,
    source: str,
    data: BaseModel,
    subject: str | None = None,
    time: dt.datetime | None = None,
) -> E:
    """Build an event of `model` stamped now (UTC) unless `time` is given."""
    stamped = time or dt.datetime.now(dt.UTC)
    return model.model_validate({"id": id, "source": source, "subject": subject, "time": stamped, "data": data})
