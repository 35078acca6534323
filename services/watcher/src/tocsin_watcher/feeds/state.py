"""What the feed watcher has already reported: canonical URLs and guids, remembered across runs.

Stored as JSON in the state directory and replaced atomically (temporary file, fsync, rename). Bounded: the
least recently seen keys are forgotten beyond `limit`. One poller per state directory at a time.
"""

import json
from collections.abc import Iterable
from pathlib import Path

from tocsin_watcher.atomic import write_atomic
from tocsin_watcher.errors import FeedStateError

STATE_FILE = "feeds-seen.json"
DEFAULT_LIMIT = 50_000
_VERSION = 1


class FeedState:
    """An ordered set of seen keys ("url:…", "guid:…"), oldest first, persisted on `save()`."""

    def __init__(self, path: Path, keys: Iterable[str] = (), *, limit: int = DEFAULT_LIMIT) -> None:
        self.path = path
        self.limit = limit
        self._keys: dict[str, None] = dict.fromkeys(keys)
        self._dirty = False
        self._trim()

    @classmethod
    def load(cls, state_dir: Path, *, limit: int = DEFAULT_LIMIT) -> "FeedState":
        """Read the state kept in `state_dir` (empty when there is none yet)."""
        path = state_dir / STATE_FILE
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path, limit=limit)
        except OSError as exc:
            raise FeedStateError(f"cannot read {path}: {exc}") from exc
        try:
            document = json.loads(raw)
        except ValueError as exc:
            raise FeedStateError(f"{path} is not JSON: {exc}") from exc
        if not isinstance(document, dict) or document.get("version") != _VERSION:
            raise FeedStateError(f"{path} is not a version {_VERSION} feed state")
        seen = document.get("seen")
        if not isinstance(seen, list):
            raise FeedStateError(f"{path} is not a version {_VERSION} feed state")
        if not all(isinstance(key, str) for key in seen):
            raise FeedStateError(f"{path} holds keys that are not strings")
        return cls(path, seen, limit=limit)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def seen_any(self, keys: Iterable[str]) -> bool:
        """True when any of `keys` was reported before."""
        return any(key in self._keys for key in keys)

    def remember(self, keys: Iterable[str]) -> None:
        """Mark `keys` as seen now (moving known ones to the most recent end)."""
        for key in keys:
            self._keys.pop(key, None)
            self._keys[key] = None
            self._dirty = True
        self._trim()

    def _trim(self) -> None:
        excess = len(self._keys) - self.limit
        if excess > 0:
            for key in list(self._keys)[:excess]:
                del self._keys[key]

    def save(self) -> None:
        """Write the state atomically; a crash leaves either the old or the new file, never a torn one."""
        if not self._dirty and self.path.exists():
            return
        document = json.dumps({"version": _VERSION, "seen": list(self._keys)}, ensure_ascii=False)
        write_atomic(self.path, document.encode("utf-8"))
        self._dirty = False
