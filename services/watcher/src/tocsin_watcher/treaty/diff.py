"""A snapshot against what is already known: action events, milestones, anomalies and the next state (pure).

A page that cannot be true (far fewer rows than known, an action dated outside what the treaty allows) raises a
SnapshotError before anything is diffed: it is refused whole, never half applied.
"""

import datetime as dt
from dataclasses import dataclass, field

from tocsin_schemas import (
    CloudEvent,
    Evidence,
    TreatyAction,
    TreatyActionEvent,
    TreatyCounts,
    event_id,
    new_event,
)
from tocsin_watcher import EVENT_SOURCE
from tocsin_watcher.countries import CountryNames, Resolution
from tocsin_watcher.errors import ShrunkenTable
from tocsin_watcher.source_health import anomaly
from tocsin_watcher.treaty.dates import check_action_dates, earliest_action
from tocsin_watcher.treaty.milestones import MilestoneRules, deadline_reminder, instrument_milestones
from tocsin_watcher.treaty.model import Action, Snapshot
from tocsin_watcher.treaty.renames import Rename, find_renames
from tocsin_watcher.treaty.state import KnownAction, TreatyState

ACTION_TYPE = "tocsin.treaty.action"
MIN_ROW_RATIO = 0.8


@dataclass(frozen=True)
class TreatyRules:
    """How one watched treaty is judged."""

    treaty: str
    milestones: MilestoneRules = field(default_factory=MilestoneRules)
    min_row_ratio: float = MIN_ROW_RATIO
    earliest_action: dt.date | None = None  # None: the treaty's opening for signature (`treaty.dates`)

    def action_floor(self) -> dt.date:
        """The earliest date an action on this treaty can carry."""
        return self.earliest_action or earliest_action(self.treaty)


@dataclass(frozen=True)
class Observation:
    """What one successful read produced: events to publish first, then the state to save (and renames it holds)."""

    events: list[CloudEvent]
    state: TreatyState
    renames: list[Rename] = field(default_factory=list)


def observe(
    rules: TreatyRules,
    snapshot: Snapshot,
    previous: TreatyState | None,
    *,
    source_url: str,
    content_sha256: str,
    archive: str | None,
    names: CountryNames,
    now: dt.datetime,
) -> Observation:
    """Diff a snapshot with the previous state; ShrunkenTable if far fewer rows than known participants,
    ImpossibleDate if an action is dated before the treaty could be acted on or after the day after `now`.

    A known participant printed under a new name of the same state is carried over to it, not announced again.
    """
    rows = len(snapshot.participants)
    if previous and rows < rules.min_row_ratio * len(previous.participants):
        raise ShrunkenTable(f"{rows} participant rows, {len(previous.participants)} known: page looks broken")
    current = snapshot.actions()
    check_action_dates(current, earliest=rules.action_floor(), read_at=now)
    resolved = {p.name: names.resolve(p.name) for p in snapshot.participants}
    renames = find_renames(previous.participants, resolved, names) if previous else []
    if previous and renames:
        previous = previous.renamed({r.old: r.new for r in renames})
    known_participants = previous.participants if previous else []
    counts = _counts(snapshot, resolved)
    evidence = Evidence(content_sha256=content_sha256, archive=archive)
    known = {a.key() for a in previous.actions} if previous else set()
    events: list[CloudEvent] = [
        _action_event(rules.treaty, action, resolved[action.participant], counts, evidence, snapshot, source_url,
                      backfill=previous is None, now=now)
        for action in current
        if action not in known
    ]  # fmt: skip

    deposits = [
        p.instrument.date
        for p in snapshot.participants
        if p.instrument is not None and resolved[p.name].kind != "organization"
    ]
    milestones = instrument_milestones(
        rules.treaty,
        rules.milestones,
        deposits,
        previous.marks_reached if previous else [],
        announce=previous is not None,
        now=now,
    )
    events.extend(milestones.events)
    already_reminded = previous.deadline_reminded if previous else False
    reminder = deadline_reminder(rules.treaty, rules.milestones, len(deposits), already_sent=already_reminded, now=now)
    if reminder is not None:
        events.append(reminder)

    if renames:
        pairs = [str(r) for r in renames]
        detail = "participants renamed, same country, actions carried over (not news): " + "; ".join(pairs)
        events.append(anomaly(source_url, detail, now=now, identity=[rules.treaty, "renamed", *pairs]))

    missing = _missing(snapshot, previous, set(current))
    if missing and missing != (previous.missing if previous else []):
        detail = "missing from an otherwise valid page (not a withdrawal): " + "; ".join(missing)
        events.append(anomaly(source_url, detail, now=now, identity=[rules.treaty, *missing]))

    state = TreatyState(
        treaty=rules.treaty,
        participants=sorted({*known_participants, *resolved}),
        actions=[KnownAction.of(a) for a in sorted(known | set(current))],
        missing=missing,
        marks_reached=milestones.marks_reached,
        entry_into_force_date=milestones.entry_into_force_date,
        deadline_reminded=already_reminded or reminder is not None,
        content_sha256=content_sha256,
        status_as_at=snapshot.status_as_at,
        updated_at=now,
    )
    return Observation(events=events, state=state, renames=renames)


def observe_unchanged(
    rules: TreatyRules, previous: TreatyState, *, names: CountryNames, now: dt.datetime
) -> Observation | None:
    """A poll that found the page not modified: the signature-deadline reminder may still have come due."""
    instruments = {
        a.participant
        for a in previous.actions
        if a.action != "signature" and names.resolve(a.participant).kind != "organization"
    }
    reminder = deadline_reminder(
        rules.treaty, rules.milestones, len(instruments), already_sent=previous.deadline_reminded, now=now
    )
    if reminder is None:
        return None
    state = previous.model_copy(update={"deadline_reminded": True, "updated_at": now})
    return Observation(events=[reminder], state=state)


def _counts(snapshot: Snapshot, resolved: dict[str, Resolution]) -> TreatyCounts:
    with_instrument = [p for p in snapshot.participants if p.instrument is not None]
    return TreatyCounts(
        signatories=sum(1 for p in snapshot.participants if p.signature is not None),
        parties=len(with_instrument),
        toward_entry_into_force=sum(1 for p in with_instrument if resolved[p.name].kind != "organization"),
    )


def _missing(snapshot: Snapshot, previous: TreatyState | None, current: set[Action]) -> list[str]:
    """Known participants absent from the page, and known actions absent for participants still listed."""
    if previous is None:
        return []
    listed = {p.name for p in snapshot.participants}
    gone = [name for name in previous.participants if name not in listed]
    dropped = [
        f"{a.participant} {a.action} {a.date.isoformat()}"
        for a in previous.actions
        if a.participant in listed and a.key() not in current
    ]
    return sorted(gone) + sorted(dropped)


def _action_event(
    treaty: str,
    action: Action,
    resolution: Resolution,
    counts: TreatyCounts,
    evidence: Evidence,
    snapshot: Snapshot,
    source_url: str,
    *,
    backfill: bool,
    now: dt.datetime,
) -> TreatyActionEvent:
    data = TreatyAction(
        treaty=treaty,
        participant=action.participant,
        country_code=resolution.country_code,
        action=action.action,
        action_date=action.date,
        backfill=backfill,
        counts=counts,
        source_url=source_url,
        status_as_at=snapshot.status_as_at,
        evidence=evidence,
    )
    return new_event(
        TreatyActionEvent,
        id=event_id(ACTION_TYPE, treaty, action.participant, action.action, action.date.isoformat()),
        source=EVENT_SOURCE,
        subject=action.participant,
        data=data,
        time=now,
    )
