"""What the watcher's tests share: the CLI in a subprocess with a clean environment, and a recording emitter."""

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from tocsin_schemas import CloudEvent


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m tocsin_watcher.cli ARGS` in `cwd`, with no WATCHER_ or KAFKA_ setting but those in `env`."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("WATCHER_", "KAFKA_"))}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "tocsin_watcher.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=environment,
        check=False,
    )


class Recorder:
    """Collects what a job emits; fails like a broker that is down while `fail` is set."""

    def __init__(self) -> None:
        self.events: list[CloudEvent] = []
        self.fail = False

    async def __call__(self, events: Sequence[CloudEvent]) -> None:
        if self.fail:
            raise ConnectionError("broker down")
        self.events.extend(events)
