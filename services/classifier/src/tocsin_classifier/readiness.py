"""What /readyz answers for the classifier: it can do its job, i.e. the convention-status table is rebuilt and
Kafka answers.

The classifier only consumes and publishes, so a Kafka outage is unreadiness, as for the watcher: operators see
it in /readyz and in one log line per change (`classifier_not_ready` with its problems, then `classifier_ready`).
The process is not restarted for it (/healthz stays 200): the consumer reconnects by itself when Kafka is back.
"""

import asyncio
from collections.abc import Awaitable, Callable

from tocsin_runtime.health import ReadinessLog

Ping = Callable[[], Awaitable[bool]]


class Readiness:
    """`await readiness()` is True once `loaded` is set and while `kafka` answers."""

    def __init__(self, loaded: asyncio.Event, kafka: Ping) -> None:
        self._loaded, self._kafka = loaded, kafka
        self._changes = ReadinessLog("classifier")

    async def __call__(self) -> bool:
        if not self._loaded.is_set():
            return False  # still starting: nothing to report yet
        return self._changes.record([] if await self._kafka() else ["kafka_unreachable"])
