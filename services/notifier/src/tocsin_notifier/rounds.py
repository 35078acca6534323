"""The loops background tasks run: a worker's rounds of work (sleep until woken, stopped or timed out), and a
periodic refresh (sleep a fixed interval or until stopped); and how their failures are logged while one persists."""

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable

import structlog

log = structlog.get_logger()

REPEAT_LOG_INTERVAL_S = 60.0


class FailureLog:
    """Logs the failures of a loop that retries every second or so (e.g. while the database is down) without
    flooding: a new failure at once (the first of a streak with its traceback if `traceback`, a different one later
    in the streak — "the database system is starting up" — in one line), the same failure again at most once per
    `every` seconds with how often it happened meanwhile, and `<event without _failed>_recovered` once a round
    succeeds after failing. "The same" is the same exception type and first line of its message. A database that
    flaps (up for a round, down again) is one outage: a failure within `every` seconds of the previous one goes on
    counting towards the once-per-`every` line, a kind of failure already seen in it ("connection refused", then
    "starting up", then refused again) is not logged again, and a recovery is logged only after a streak that logged
    something."""

    def __init__(
        self,
        event: str,
        *,
        traceback: bool = True,
        every: float = REPEAT_LOG_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.event, self._traceback, self._every, self._clock = event, traceback, every, clock
        self._failures = 0  # since the last success
        self._unlogged = 0  # failures since the last line
        self._first_at = self._logged_at = self._failed_at = float("-inf")
        self._logged_in_streak = False
        self._seen: set[tuple[str, str]] = set()  # the failures of this outage, flaps included

    def failed(self, exc: BaseException, **context: object) -> None:
        now = self._clock()
        message = str(exc).strip()
        signature = (type(exc).__name__, message.splitlines()[0] if message else "")
        if not self._failures:
            self._first_at, self._logged_in_streak = now, False
            if now - self._failed_at >= self._every:  # a new outage, not the same one flapping: logged in full
                self._unlogged, self._seen = 0, set()
        self._failures, self._failed_at = self._failures + 1, now
        if signature not in self._seen:
            first_of_outage = not self._seen
            self._seen.add(signature)
            self._logged_at, self._unlogged = now, 0
            self._logged_in_streak = True
            if self._traceback and first_of_outage:  # the outage's first: its traceback; other failures in a line
                log.error(self.event, exc_info=exc, **context)
            else:
                log.warning(self.event, error=repr(exc)[:300], **context)
        elif now - self._logged_at >= self._every:
            self._logged_in_streak = True
            log.warning(
                self.event,
                error=repr(exc)[:300],
                repeated=self._unlogged + 1,
                failing_for_s=round(now - self._first_at, 1),
                **context,
            )
            self._logged_at, self._unlogged = now, 0
        else:
            self._unlogged += 1

    def succeeded(self) -> None:
        if self._failures and self._logged_in_streak:
            log.info(
                self.event.removesuffix("_failed") + "_recovered",
                failures=self._failures,
                failed_for_s=round(self._clock() - self._first_at, 1),
            )
        self._failures, self._logged_in_streak = 0, False  # the failures seen stay: a flap within `every` is counted


async def run_rounds(
    round_: Callable[[], Awaitable[int]],
    stop: asyncio.Event,
    wake: asyncio.Event,
    poll_interval: float,
    *,
    failure_event: str,
) -> None:
    """Repeat `round_` until `stop`; a round that handled something is followed at once by the next. Failed
    rounds are logged as `failure_event` (a persistent one not every round: `FailureLog`)."""
    failures = FailureLog(failure_event)
    while not stop.is_set():
        try:
            handled = await round_()
        except Exception as exc:
            failures.failed(exc)
            handled = 0
        else:
            failures.succeeded()
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
    and the loop goes on (whatever it refreshes keeps its last value; a persistent failure: `FailureLog`)."""
    failures = FailureLog(failure_event, traceback=False)
    while not stop.is_set():
        try:
            await refresh()
        except Exception as exc:
            failures.failed(exc)
        else:
            failures.succeeded()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)
