"""The loops background tasks run: a worker's rounds of work (sleep until woken, stopped or timed out), and a
periodic refresh (sleep a fixed interval or until stopped)."""

import asyncio
import contextlib
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


async def run_periodically(
    refresh: Callable[[], Awaitable[object]], stop: asyncio.Event, interval: float, *, failure_event: str
) -> None:
    """`refresh`, then wait `interval` (or until `stop`), until `stop`; a failed refresh is logged as `failure_event`
    and the loop goes on (whatever it refreshes keeps its last value)."""
    while not stop.is_set():
        try:
            await refresh()
        except Exception as exc:
            log.warning(failure_event, error=repr(exc))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)
