"""What the feed watcher has already reported: canonical URLs and guids, remembered across runs.

Stored as JSON in the state directory and replaced atomically (temporary file, fsync, rename). One poller per
state directory at a time.

Bounded without forgetting what the feeds still carry: every key a feed carried at its last successful read
(its items and its first-read marker) is kept for as long as that feed is read, and of all other keys only the
`limit` most recently seen. So a feed set holding more reports than `limit` never reports them again, however
large it is (the feeds themselves are capped in size: that is the bound); a report that left every feed is
forgotten once `limit` newer such keys were, and is reported again if it ever comes back after that. A feed
that answers "not modified" still carries what it carried. A feed that has not been read successfully for
`CARRY_RETENTION` while another was (dropped from the configuration, or down that long) stops protecting its
keys, which then age like the others.

The file, version 2 (a version 1 file, `{"version": 1, "seen": [...]}`, is read as one that no feed carries
yet, and is written back as version 2 at the next save):

    {"version": 2,
     "seen": ["url:…", "guid:…", "read:<feed>", …],                        every key, least recently seen first
     "feeds": {"<feed>": {"read_at": "2026-05-02T10:00:00+00:00",          last successful read
                          "carries": [0, 3, …]}}}                          what it carried: indices into "seen"
"""

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tocsin_watcher.atomic import write_atomic
from tocsin_watcher.errors import FeedStateError

STATE_FILE = "feeds-seen.json"
DEFAULT_LIMIT = 50_000
CARRY_RETENTION = dt.timedelta(days=30)
_VERSION = 2
_READABLE_VERSIONS = (1, 2)


@dataclass(frozen=True)
class Carried:
    """The keys one feed carried at its last successful read, and when that was."""

    read_at: dt.datetime
    keys: frozenset[str]


class FeedState:
    """An ordered set of seen keys ("url:…", "guid:…"), oldest first, and what each feed carries; saved on `save()`.

    The bound (`limit` keys beyond those the feeds carry) is applied when saving, so a poll never forgets what
    it is in the middle of reading.
    """

    def __init__(
        self,
        path: Path,
        keys: Iterable[str] = (),
        *,
        limit: int = DEFAULT_LIMIT,
        carried: Mapping[str, Carried] | None = None,
    ) -> None:
        self.path = path
        self.limit = limit
        self._keys: dict[str, None] = dict.fromkeys(keys)
        self._carried: dict[str, Carried] = dict(carried or {})
        self._dirty = False

    @classmethod
    def load(cls, state_dir: Path, *, limit: int = DEFAULT_LIMIT) -> "FeedState":
        """Read the state kept in `state_dir` (empty when there is none yet); FeedStateError when it is corrupt."""
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
        if not isinstance(document, dict) or document.get("version") not in _READABLE_VERSIONS:
            raise FeedStateError(f"{path} is not a version 1 or {_VERSION} feed state")
        seen = document.get("seen")
        if not isinstance(seen, list):
            raise FeedStateError(f"{path} has no list of seen keys")
        if not all(isinstance(key, str) for key in seen):
            raise FeedStateError(f"{path} holds keys that are not strings")
        carried = _read_feeds(document.get("feeds", {}), seen, path) if document["version"] == _VERSION else {}
        return cls(path, seen, limit=limit, carried=carried)

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

    def carry(self, feed: str, keys: Iterable[str], *, now: dt.datetime) -> None:
        """Record that `feed`, read successfully at `now`, carries `keys` (remembered ones), replacing what it did."""
        self._carried[feed] = Carried(now, frozenset(keys))
        self._dirty = True

    def still_carries(self, feed: str, *, now: dt.datetime) -> None:
        """`feed` answered "not modified" at `now`: it carries what it carried at its last read."""
        if (known := self._carried.get(feed)) is not None:
            self._carried[feed] = Carried(now, known.keys)
            self._dirty = True

    def carriers(self, key: str) -> set[str]:
        """The feeds whose last successful read carried `key`."""
        return {feed for feed, known in self._carried.items() if key in known.keys}

    def carried(self, feed: str) -> frozenset[str]:
        """The keys `feed` carried at its last successful read (empty when unknown)."""
        known = self._carried.get(feed)
        return known.keys if known is not None else frozenset()

    def _expire(self) -> None:
        """Forget what feeds not read for CARRY_RETENTION before the most recently read one carried."""
        if not self._carried:
            return
        cutoff = max(c.read_at for c in self._carried.values()) - CARRY_RETENTION
        for feed in [feed for feed, c in self._carried.items() if c.read_at < cutoff]:
            del self._carried[feed]

    def _trim(self) -> None:
        """Keep every key a feed carries, and the `limit` most recently seen of the others."""
        protected: set[str] = set().union(*(c.keys for c in self._carried.values()))
        excess = sum(1 for key in self._keys if key not in protected) - self.limit
        if excess <= 0:
            return
        forgotten: list[str] = []
        for key in self._keys:  # least recently seen first
            if len(forgotten) == excess:
                break
            if key not in protected:
                forgotten.append(key)
        for key in forgotten:
            del self._keys[key]

    def save(self) -> None:
        """Bound the state, then write it atomically: a crash leaves the old file or the new one, never a torn one."""
        if not self._dirty and self.path.exists():
            return
        self._expire()
        self._trim()
        keys = list(self._keys)
        index = {key: position for position, key in enumerate(keys)}
        feeds = {
            feed: {
                "read_at": c.read_at.isoformat(),
                "carries": sorted(index[key] for key in c.keys if key in index),
            }
            for feed, c in self._carried.items()
        }
        document = json.dumps({"version": _VERSION, "seen": keys, "feeds": feeds}, ensure_ascii=False)
        write_atomic(self.path, document.encode("utf-8"))
        self._dirty = False


def _read_feeds(feeds: Any, seen: list[str], path: Path) -> dict[str, Carried]:
    """The "feeds" object of a version 2 file; FeedStateError for anything it does not hold exactly."""
    if not isinstance(feeds, dict):
        raise FeedStateError(f"{path}: 'feeds' is not an object")
    carried: dict[str, Carried] = {}
    for feed, entry in feeds.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("read_at"), str):
            raise FeedStateError(f"{path}: feed {feed!r} has no read_at")
        try:
            read_at = dt.datetime.fromisoformat(entry["read_at"])
        except ValueError as exc:
            raise FeedStateError(f"{path}: feed {feed!r} read_at is not an ISO 8601 time: {exc}") from exc
        if read_at.tzinfo is None:
            raise FeedStateError(f"{path}: feed {feed!r} read_at has no UTC offset")
        positions = entry.get("carries")
        if not isinstance(positions, list) or not all(
            isinstance(i, int) and not isinstance(i, bool) and 0 <= i < len(seen) for i in positions
        ):
            raise FeedStateError(f"{path}: feed {feed!r} carries are not positions in 'seen'")
        carried[feed] = Carried(read_at, frozenset(seen[i] for i in positions))
    return carried
