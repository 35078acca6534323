"""The loop every background worker runs: a round of work, then sleep until woken, stopped or timed out."""

import asyncio
from collections.abc import Awaitable, Callable

import structlog

log = structlog.get_logger()


async def run_rounds(
    round_: Callable[[], Awaitable[int]],
    stop: asyncio.Event,
    wake: asyncio.Event,
    poll_interval: float,
    *,
    failure_event: str,
) -> None:
    """Repeat `round_` until `stop`; a round that handled something is followed at once by the next."""
    while not stop.is_set():
        try:
            handled = await round_()
        except Exception:
            log.exception(failure_event)
            handled = 0
        if handled:
            continue
        wake.clear()
        waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(wake.wait())]
        await asyncio.wait(waiters, timeout=poll_interval, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()
