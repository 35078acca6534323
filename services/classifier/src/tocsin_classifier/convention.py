"""Who has signed or ratified the convention: a table rebuilt from `tocsin.treaty.action` events.

Pure and in memory; the service fills it from the compacted status topic on start, then keeps following that
topic (and applies the treaty actions it classifies), so the same action often arrives twice and in any order:
`apply` is idempotent and only ever moves a row forward.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from tocsin_schemas import TreatyAction

CONVENTION = "XVIII-16"
# Ranked only to break a tie between two instruments of one participant on one date, the same way every time.
CONSENT_RANK = {"ratification": 5, "acceptance": 4, "approval": 3, "accession": 2, "succession": 1}
CONSENT_KINDS = frozenset(CONSENT_RANK)


@dataclass(frozen=True, slots=True)
class ParticipantStatus:
    """One participant's standing: signature date and instrument of consent (kind and date), if any."""

    participant: str
    country_code: str | None
    signed: dt.date | None = None
    consent_kind: str | None = None
    consent_date: dt.date | None = None

    @property
    def ratified(self) -> bool:
        """True once an instrument of ratification, acceptance, approval, accession or succession is in."""
        return self.consent_kind is not None

    def as_context(self) -> dict[str, Any]:
        """The status as it appears in an alert's `country_context["convention"]`."""
        return {
            "treaty": CONVENTION,
            "participant": self.participant,
            "signed": self.signed.isoformat() if self.signed else None,
            "ratified": self.ratified,
            "consent": (
                {"kind": self.consent_kind, "date": self.consent_date.isoformat() if self.consent_date else None}
                if self.consent_kind
                else None
            ),
        }


class ConventionStatus:
    """The table: participant (country code, else UN name) -> ParticipantStatus."""

    def __init__(self, treaty: str = CONVENTION) -> None:
        self.treaty = treaty
        self._rows: dict[str, ParticipantStatus] = {}

    @classmethod
    def from_actions(cls, actions: Iterable[TreatyAction], treaty: str = CONVENTION) -> "ConventionStatus":
        """A table with every action applied in order."""
        table = cls(treaty)
        for action in actions:
            table.apply(action)
        return table

    def apply(self, action: TreatyAction) -> bool:
        """Record one action; True when the table changed (False for a repeat, a stale action or another treaty).

        Order-free: the latest signature date and the latest instrument of consent (by date, then kind) win, so
        applying any set of actions in any order, any number of times, gives every participant the same standing.
        """
        if action.treaty != self.treaty:
            return False
        key = action.country_code or action.participant
        old = self._rows.get(key)
        row = old or ParticipantStatus(action.participant, action.country_code)
        when = action.action_date
        if action.action == "signature" and (row.signed is None or when > row.signed):
            row = replace(row, signed=when)
        elif action.action in CONSENT_KINDS and _rank(action.action, when) > _rank(row.consent_kind, row.consent_date):
            row = replace(row, consent_kind=action.action, consent_date=when)
        if row == old:
            return False
        self._rows[key] = row
        return True

    def forget(self, treaty: str, participant: str, part: str) -> bool:
        """Drop a participant's signature (`part` "signature") or consent ("consent"), and the participant once it
        has neither: what a tombstone on the status topic's key `treaty|participant|part` says. True if it changed."""
        row = self._rows.get(participant)
        if treaty != self.treaty or row is None or part not in ("signature", "consent"):
            return False
        row = replace(row, signed=None) if part == "signature" else replace(row, consent_kind=None, consent_date=None)
        if row == self._rows[participant]:
            return False
        if row.signed is None and row.consent_kind is None:
            del self._rows[participant]
        else:
            self._rows[participant] = row
        return True

    def for_country(self, code: str | None) -> ParticipantStatus | None:
        """The status of a state by alpha-3 code, or None if it has neither signed nor ratified."""
        return self._rows.get(code) if code else None

    def for_participant(self, name: str) -> ParticipantStatus | None:
        """The status of a participant with no country code (e.g. the European Union)."""
        return self._rows.get(name)

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self) -> list[ParticipantStatus]:
        """Every participant recorded so far."""
        return list(self._rows.values())


def _rank(kind: str | None, date: dt.date | None) -> tuple[dt.date, int]:
    return (date or dt.date.min, CONSENT_RANK.get(kind or "", 0))
