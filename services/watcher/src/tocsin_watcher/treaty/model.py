"""The treaty status snapshot: who signed, who deposited which instrument, as printed at one moment."""

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from tocsin_schemas.events import ActionKind

InstrumentKind = Literal["ratification", "acceptance", "approval", "accession", "succession"]
SnapshotFormat = Literal["html", "xml"]


@dataclass(frozen=True)
class Instrument:
    """An instrument of consent: its kind (from the date's suffix) and deposit date."""

    kind: InstrumentKind
    date: dt.date


@dataclass(frozen=True, order=True)
class Action:
    """One fact from the table: a participant's signature or instrument on a date."""

    participant: str
    action: ActionKind
    date: dt.date


@dataclass(frozen=True)
class Participant:
    """One row of the participant table, footnotes stripped."""

    name: str
    signature: dt.date | None
    instrument: Instrument | None

    def actions(self) -> list[Action]:
        """The row's actions: the signature first, then the instrument."""
        found = []
        if self.signature is not None:
            found.append(Action(self.name, "signature", self.signature))
        if self.instrument is not None:
            found.append(Action(self.name, self.instrument.kind, self.instrument.date))
        return found


@dataclass(frozen=True)
class Snapshot:
    """A parsed status page (HTML) or MTDSG document (XML): the same model for both."""

    participants: tuple[Participant, ...]
    status_as_at: dt.date | None
    format: SnapshotFormat

    def actions(self) -> list[Action]:
        """Every action in the snapshot, in table order."""
        return [action for participant in self.participants for action in participant.actions()]
