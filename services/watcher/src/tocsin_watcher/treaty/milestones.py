"""Milestones toward entry into force (art. 65) and the signature-deadline reminder (pure).

Entry into force: the 90th day after the deposit of the `threshold`-th instrument (the EU not counted). A
notification of succession counts like a ratification: by the Vienna Convention on Succession of States in respect
of Treaties (1978), art. 18(3), a successor State that becomes a contracting State to a treaty not yet in force is
counted as one for the number of contracting States its entry into force needs, unless the treaty says otherwise,
and art. 65 does not.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tocsin_schemas import ENTRY_INTO_FORCE_INSTRUMENTS, TreatyMilestone, TreatyMilestoneEvent, event_id, new_event
from tocsin_watcher import EVENT_SOURCE

MILESTONE_TYPE = "tocsin.treaty.milestone"
DEFAULT_MARKS = (10, 20, 30, 35, 38, 39, 40)
ENTRY_INTO_FORCE_DELAY = dt.timedelta(days=90)


@dataclass(frozen=True)
class MilestoneRules:
    """Which instrument counts are worth an event, and the signature deadline to remind of."""

    marks: tuple[int, ...] = DEFAULT_MARKS
    threshold: int = ENTRY_INTO_FORCE_INSTRUMENTS
    signature_deadline: dt.date | None = None
    deadline_lead: dt.timedelta = dt.timedelta(days=30)


@dataclass(frozen=True)
class MilestoneOutcome:
    """Events to emit and the marks now reached (previously reached ones included)."""

    events: list[TreatyMilestoneEvent]
    marks_reached: list[int]
    entry_into_force_date: dt.date | None


def entry_into_force_date(deposits: Sequence[dt.date], threshold: int) -> dt.date | None:
    """Deposit date of the threshold-th counted instrument plus 90 days; None before it is deposited."""
    if len(deposits) < threshold:
        return None
    return sorted(deposits)[threshold - 1] + ENTRY_INTO_FORCE_DELAY


def instrument_milestones(
    treaty: str,
    rules: MilestoneRules,
    deposits: Sequence[dt.date],
    reached: Sequence[int],
    *,
    announce: bool,
    now: dt.datetime,
) -> MilestoneOutcome:
    """One event for the highest mark newly crossed (entry into force at the threshold).

    With `announce` false (the first read of a treaty) crossed marks are recorded silently.
    """
    count = len(deposits)
    all_marks = sorted({*rules.marks, rules.threshold})
    crossed = [mark for mark in all_marks if mark <= count and mark not in reached]
    eif_date = entry_into_force_date(deposits, rules.threshold)
    now_reached = sorted({*reached, *crossed})
    if not crossed or not announce:
        return MilestoneOutcome([], now_reached, eif_date)
    top = crossed[-1]
    if top >= rules.threshold:
        data = TreatyMilestone(
            treaty=treaty,
            kind="entry_into_force",
            instruments=count,
            threshold=rules.threshold,
            entry_into_force_date=eif_date,
        )
        identity: tuple[object, ...] = (treaty, "entry_into_force", rules.threshold)
    else:
        data = TreatyMilestone(treaty=treaty, kind="instruments", instruments=count, threshold=rules.threshold)
        identity = (treaty, "instruments", top)
    return MilestoneOutcome([_event(data, identity, now)], now_reached, eif_date)


def deadline_reminder(
    treaty: str, rules: MilestoneRules, instruments: int, *, already_sent: bool, now: dt.datetime
) -> TreatyMilestoneEvent | None:
    """The reminder, once, when today is within the lead time before the deadline (inclusive)."""
    deadline = rules.signature_deadline
    if deadline is None or already_sent:
        return None
    today = now.date()
    if not deadline - rules.deadline_lead <= today <= deadline:
        return None
    data = TreatyMilestone(
        treaty=treaty,
        kind="signature_deadline",
        instruments=instruments,
        threshold=rules.threshold,
        deadline=deadline,
    )
    return _event(data, (treaty, "signature_deadline", deadline.isoformat()), now)


def _event(data: TreatyMilestone, identity: tuple[object, ...], now: dt.datetime) -> TreatyMilestoneEvent:
    return new_event(
        TreatyMilestoneEvent,
        id=event_id(MILESTONE_TYPE, *identity),
        source=EVENT_SOURCE,
        subject=data.treaty,
        data=data,
        time=now,
    )
