"""What /readyz answers for the classifier: it can do its job, i.e. the convention-status table is rebuilt and
Kafka answers.

The classifier only consumes and publishes, so a Kafka outage is unreadiness, as for the watcher: operators see
it in /readyz and in one log line per change (`classifier_not_ready` with its problems, then `classifier_ready`).
The process is not restarted for it (/healthz stays 200): the consumer reconnects by itself when Kafka is back.
"""

import asyncio
from collections.abc import Awaitable, Callable

import structlog
from faststream.kafka import KafkaBroker

from tocsin_runtime.broker import KAFKA_PING_TIMEOUT

log = structlog.get_logger()

Ping = Callable[[], Awaitable[bool]]


async def kafka_answers(broker: KafkaBroker) -> bool:
    """True when the Kafka cluster answers `broker` within KAFKA_PING_TIMEOUT."""
    return await broker.ping(timeout=KAFKA_PING_TIMEOUT)


class Readiness:
    """`await readiness()` is True once `loaded` is set and while `kafka` answers."""

    def __init__(self, loaded: asyncio.Event, kafka: Ping) -> None:
        self._loaded, self._kafka = loaded, kafka
        self._problems: list[str] | None = None  # as of the last check; None before the first

    async def __call__(self) -> bool:
        if not self._loaded.is_set():
            return False  # still starting: nothing to report yet
        problems = [] if await self._kafka() else ["kafka_unreachable"]
        if problems != self._problems:
            if problems:
                log.warning("classifier_not_ready", problems=problems)
            elif self._problems is not None:
                log.info("classifier_ready")
        self._problems = problems
        return not problems
