"""When to try a delivery again, and whether a failure is worth retrying (pure: no I/O).

A schedule lists the delay before each attempt: the first entry (0 s) is the first attempt, so the
default gives eight attempts over about 27.6 hours (30 at most with the jitter). `Retry-After` from the receiver
can only lengthen a delay.
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

DEFAULT_SCHEDULE: tuple[timedelta, ...] = (
    timedelta(0),
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)

# A receiver asking for more than a day is capped so one header cannot park a delivery forever.
MAX_RETRY_AFTER = timedelta(hours=24)

GONE_STATUS = 410
# Bounds a delay-seconds value so absurd headers cannot overflow timedelta (about 31 years).
_MAX_HEADER_SECONDS = 10**9
_RNG = random.Random()


@dataclass(frozen=True)
class SendResult:
    """The outcome of one delivery attempt, classified where it happened.

    `gone` means the receiver answered 410: disable the subscription. `retry_after` is the receiver's wish.
    """

    ok: bool
    retryable: bool
    http_status: int | None = None
    error: str | None = None
    retry_after: timedelta | None = None
    gone: bool = False


def next_delay(
    attempt: int,
    schedule: Sequence[timedelta],
    *,
    retry_after: timedelta | None = None,
    jitter: float = 0.1,
    rng: random.Random | None = None,
) -> timedelta | None:
    """Delay before the next attempt after `attempt` attempts, or None when the schedule is exhausted.

    The scheduled delay is spread by ±`jitter` (a fraction); a `retry_after` (capped at 24 h) is a floor.
    """
    if attempt < 0:
        raise ValueError(f"attempt must be >= 0, got {attempt}")
    if not 0 <= jitter < 1:
        raise ValueError(f"jitter must be in [0, 1), got {jitter}")
    if attempt >= len(schedule):
        return None
    delay = schedule[attempt]
    if jitter and delay > timedelta(0):
        delay = delay * (1 + (rng or _RNG).uniform(-jitter, jitter))
    if retry_after is not None:
        delay = max(delay, min(max(retry_after, timedelta(0)), MAX_RETRY_AFTER))
    return delay


def parse_retry_after(value: str | None, now: datetime) -> timedelta | None:
    """Parse a `Retry-After` header (delay-seconds or HTTP-date) relative to `now`; None if absent or invalid.

    A date in the past means "now" (zero delay); a naive `now` is taken as UTC.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return timedelta(seconds=min(int(text), _MAX_HEADER_SECONDS))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return max(when - now, timedelta(0))


def classify_http_status(status: int) -> tuple[bool, bool]:
    """Return (retryable, gone) for an HTTP status; 2xx is success and neither.

    As Standard Webhooks recommends, every other answer (3xx, 4xx, 5xx) is retried on the schedule,
    except 410, which means the receiver is gone. Receivers often answer 4xx while misconfigured for a while.
    """
    if 200 <= status <= 299:
        return False, False
    if status == GONE_STATUS:
        return False, True
    return True, False
