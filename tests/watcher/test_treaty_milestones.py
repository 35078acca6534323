"""Milestones toward entry into force (EU not counted) and the signature-deadline reminder."""

import datetime as dt

from tocsin_schemas import CloudEvent, TreatyMilestoneEvent
from tocsin_watcher.countries import un_names
from tocsin_watcher.data.make_un_names import UN_MEMBERS
from tocsin_watcher.treaty.diff import Observation, TreatyRules, observe
from tocsin_watcher.treaty.milestones import MilestoneRules, deadline_reminder, entry_into_force_date
from tocsin_watcher.treaty.model import Instrument, Participant, Snapshot
from tocsin_watcher.treaty.state import TreatyState

NOW = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)
SHA = "0" * 64
STATES = [name for name in UN_MEMBERS if name != "Nowhereland"]


def _snapshot(instruments: int, *, eu: bool = False, signatories: int = 60) -> Snapshot:
    """`signatories` states that signed; the first `instruments` of them ratified on consecutive days."""
    start = dt.date(2026, 1, 1)
    rows = [
        Participant(
            name,
            dt.date(2025, 10, 25),
            Instrument("ratification", start + dt.timedelta(days=i)) if i < instruments else None,
        )
        for i, name in enumerate(STATES[:signatories])
    ]
    if eu:
        rows.append(Participant("European Union", dt.date(2025, 10, 25), Instrument("approval", start)))
    return Snapshot(tuple(rows), None, "html")


def _observe(
    snapshot: Snapshot, previous: TreatyState | None, rules: TreatyRules | None = None, now: dt.datetime = NOW
) -> Observation:
    return observe(
        rules or TreatyRules("XVIII-16"),
        snapshot,
        previous,
        source_url="file:///status.html",
        content_sha256=SHA,
        archive=None,
        names=un_names(),
        now=now,
    )


def _milestones(events: list[CloudEvent]) -> list[TreatyMilestoneEvent]:
    return [e for e in events if isinstance(e, TreatyMilestoneEvent)]


def test_crossing_a_mark_emits_one_instruments_milestone() -> None:
    """Going from 9 to 10 instruments emits `instruments` once, with a deterministic id."""
    base = _observe(_snapshot(9), None).state
    [event] = _milestones(_observe(_snapshot(10), base).events)
    assert event.data.kind == "instruments"
    assert (event.data.instruments, event.data.threshold) == (10, 40)
    again = _milestones(_observe(_snapshot(10), base).events)
    assert [e.id for e in again] == [event.id]


def test_a_jump_over_several_marks_emits_the_highest_and_records_all() -> None:
    """9 -> 21 emits one milestone (for 20); 10 is recorded as reached and never emitted later."""
    base = _observe(_snapshot(9), None).state
    observed = _observe(_snapshot(21), base)
    assert [e.data.instruments for e in _milestones(observed.events)] == [21]
    assert observed.state.marks_reached == [10, 20]
    assert _milestones(_observe(_snapshot(22), observed.state).events) == []


def test_first_read_records_marks_without_announcing_them() -> None:
    """The backfill read of a treaty already past 30 instruments emits no milestone."""
    observed = _observe(_snapshot(31), None)
    assert _milestones(observed.events) == []
    assert observed.state.marks_reached == [10, 20, 30]


def test_fortieth_instrument_announces_entry_into_force_ninety_days_later() -> None:
    """At 40 counted instruments the milestone is entry_into_force on the 40th deposit + 90 days."""
    base = _observe(_snapshot(39), None).state
    [event] = _milestones(_observe(_snapshot(40), base).events)
    assert event.data.kind == "entry_into_force"
    fortieth = dt.date(2026, 1, 1) + dt.timedelta(days=39)
    assert event.data.entry_into_force_date == fortieth + dt.timedelta(days=90)


def test_the_eu_instrument_does_not_count_toward_entry_into_force() -> None:
    """39 states plus the EU stay at 39 counted instruments: no entry-into-force milestone."""
    base = _observe(_snapshot(38, eu=True), None).state
    observed = _observe(_snapshot(39, eu=True), base)
    assert [e.data.kind for e in _milestones(observed.events)] == ["instruments"]
    assert observed.state.entry_into_force_date is None


def test_entry_into_force_date_uses_the_threshold_th_deposit_in_date_order() -> None:
    """Deposits are sorted by date before picking the 40th."""
    deposits = [dt.date(2026, 1, 1) + dt.timedelta(days=d) for d in reversed(range(45))]
    assert entry_into_force_date(deposits, 40) == dt.date(2026, 2, 9) + dt.timedelta(days=90)
    assert entry_into_force_date(deposits[:39], 40) is None


def test_signature_deadline_reminder_is_sent_once_within_the_lead_time() -> None:
    """With 30 days' lead before 31 Dec 2026, a read on 5 Dec reminds once; the next read does not."""
    rules = TreatyRules("XVIII-16", MilestoneRules(signature_deadline=dt.date(2026, 12, 31)))
    early = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    inside = dt.datetime(2026, 12, 5, tzinfo=dt.UTC)
    first = _observe(_snapshot(12), None, rules, now=early)
    assert _milestones(first.events) == []
    second = _observe(_snapshot(12), first.state, rules, now=inside)
    [reminder] = _milestones(second.events)
    assert reminder.data.kind == "signature_deadline"
    assert reminder.data.deadline == dt.date(2026, 12, 31)
    assert second.state.deadline_reminded
    assert _milestones(_observe(_snapshot(12), second.state, rules, now=inside).events) == []


def test_no_reminder_after_the_deadline_has_passed() -> None:
    """A read after 31 Dec 2026 does not remind of a deadline that is gone."""
    rules = MilestoneRules(signature_deadline=dt.date(2026, 12, 31))
    late = dt.datetime(2027, 1, 2, tzinfo=dt.UTC)
    assert deadline_reminder("XVIII-16", rules, 12, already_sent=False, now=late) is None
