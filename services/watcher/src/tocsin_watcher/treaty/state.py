"""What the watcher already knows about one treaty, kept as JSON in the state directory.

Layout: `<state_dir>/treaties/<MTDSG id>.json` and `<state_dir>/archive/<sha256>.<html|xml>`.
"""

import datetime as dt
import hashlib
import pathlib
from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from tocsin_schemas.events import ActionKind
from tocsin_watcher.atomic import write_atomic
from tocsin_watcher.errors import StateUnreadable
from tocsin_watcher.treaty.model import Action, SnapshotFormat


class KnownAction(BaseModel):
    """An action already emitted (or backfilled)."""

    model_config = ConfigDict(frozen=True)

    participant: str
    action: ActionKind
    date: dt.date

    @classmethod
    def of(cls, action: Action) -> "KnownAction":
        return cls(participant=action.participant, action=action.action, date=action.date)

    def key(self) -> Action:
        return Action(self.participant, self.action, self.date)


class TreatyState(BaseModel):
    """The treaty's known actions and participants, milestones reached, and what was last reported missing."""

    version: Literal[1] = 1
    treaty: str
    participants: list[str]
    actions: list[KnownAction]
    missing: list[str] = []
    marks_reached: list[int] = []
    entry_into_force_date: dt.date | None = None
    deadline_reminded: bool = False
    content_sha256: str
    status_as_at: dt.date | None = None
    updated_at: dt.datetime

    def renamed(self, renames: Mapping[str, str]) -> "TreatyState":
        """The same knowledge under participants' new names (old name -> new name); dates and kinds kept."""
        if not renames:
            return self
        actions = {
            KnownAction(participant=renames.get(a.participant, a.participant), action=a.action, date=a.date)
            for a in self.actions
        }
        return self.model_copy(
            update={
                "participants": sorted({renames.get(name, name) for name in self.participants}),
                "actions": sorted(actions, key=KnownAction.key),
            }
        )


def content_sha256(content: bytes) -> str:
    """Hex SHA-256 of a snapshot's bytes: the evidence every event carries."""
    return hashlib.sha256(content).hexdigest()


class TreatyStore:
    """Loads and saves per-treaty state and archives snapshots, all under one directory."""

    def __init__(self, state_dir: pathlib.Path) -> None:
        self.state_dir = state_dir

    def state_path(self, treaty: str) -> pathlib.Path:
        return self.state_dir / "treaties" / f"{_safe(treaty)}.json"

    def archive_path(self, sha256: str, fmt: SnapshotFormat) -> pathlib.Path:
        """Content-addressed: the same bytes always land in the same file."""
        return (self.state_dir / self.archive_name(sha256, fmt)).absolute()

    @staticmethod
    def archive_name(sha256: str, fmt: SnapshotFormat) -> str:
        """The archived copy's path inside the state directory, as events name it (`evidence.archive`): the
        watcher's own disk layout is nobody else's business, and a subscriber would read it in every alert."""
        return f"archive/{sha256}.{fmt}"

    def load(self, treaty: str) -> TreatyState | None:
        """The saved state, or None before the first successful read."""
        path = self.state_path(treaty)
        if not path.exists():
            return None
        try:
            return TreatyState.model_validate_json(path.read_bytes())
        except (OSError, ValidationError) as exc:
            raise StateUnreadable(f"{path}: {str(exc).splitlines()[0]}") from exc

    def save(self, state: TreatyState) -> None:
        write_atomic(self.state_path(state.treaty), state.model_dump_json(indent=1).encode())

    def archive(self, content: bytes, sha256: str, fmt: SnapshotFormat) -> pathlib.Path:
        """Keep a copy of a snapshot that produced events; idempotent."""
        path = self.archive_path(sha256, fmt)
        if not path.exists():
            write_atomic(path, content)
        return path


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
