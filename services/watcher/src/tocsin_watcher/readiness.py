"""What /readyz answers for the watcher: it can do its job, i.e. Kafka answers and the state directory takes writes.

Sources failing is not unreadiness (restarting the watcher cannot fix a remote site): that shows in the
metrics and in `tocsin.source.health` events. A change of readiness is logged once, with what is wrong.
"""

import asyncio
import os
import pathlib
import tempfile
from collections.abc import Awaitable, Callable

from tocsin_runtime.health import ReadinessLog

Ping = Callable[[], Awaitable[bool]]


def state_dir_writable(state_dir: pathlib.Path) -> bool:
    """True when a file can be written and synced in `state_dir` (made if missing); nothing is left behind."""
    return state_dir_problem(state_dir) is None


def state_dir_problem(state_dir: pathlib.Path) -> str | None:
    """Why no file can be written and synced in `state_dir` (made if missing), or None when one can; nothing is
    left behind. A byte is written and synced: creating an empty file needs no data block, so a full disk would
    pass."""
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=state_dir) as probe:
            probe.write(b"\n")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        return exc.strerror or repr(exc)
    return None


class Readiness:
    """The readiness check of the service: `await readiness()` is True when Kafka and the state directory work."""

    def __init__(self, kafka: Ping, state_dir: pathlib.Path) -> None:
        self._kafka = kafka
        self._state_dir = state_dir
        self._changes = ReadinessLog("watcher")

    async def __call__(self) -> bool:
        problems = []
        if not await self._kafka():
            problems.append("kafka_unreachable")
        if not await asyncio.to_thread(state_dir_writable, self._state_dir):
            problems.append("state_dir_not_writable")
        return self._changes.record(problems, state_dir=str(self._state_dir))
