"""Who has signed or ratified the convention: a table rebuilt from `tocsin.treaty.action` events.

Pure and in memory; the service fills it from the compacted status topic on start, then keeps it current.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from tocsin_schemas import TreatyAction

CONVENTION = "XVIII-16"
CONSENT_KINDS = frozenset({"ratification", "acceptance", "approval", "accession", "succession"})


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
        """Record one action; returns False (and changes nothing) for actions on another treaty."""
        if action.treaty != self.treaty:
            return False
        key = action.country_code or action.participant
        row = self._rows.get(key) or ParticipantStatus(action.participant, action.country_code)
        if action.action == "signature":
            row = replace(row, signed=action.action_date)
        elif action.action in CONSENT_KINDS:
            row = replace(row, consent_kind=action.action, consent_date=action.action_date)
        self._rows[key] = row
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
