"""What a delivery attempt's result means for the delivery and its subscription (pure: no I/O)."""

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from tocsin_notifier.retry import SendResult, next_delay


@dataclass(frozen=True)
class Decision:
    """The new state of a delivery after an attempt."""

    status: str  # delivered | retrying | failed | disabled
    next_attempt_at: dt.datetime | None = None
    http_status: int | None = None
    error: str | None = None
    disable_reason: str | None = None  # set when the subscription must stop (410 Gone)

    @property
    def failed(self) -> bool:
        return self.status != "delivered"


def decide(
    result: SendResult,
    attempts: int,
    schedule: Sequence[dt.timedelta],
    now: dt.datetime,
    *,
    rng: random.Random | None = None,
) -> Decision:
    """Classify the result of attempt number `attempts` (1-based) against the retry schedule."""
    if result.ok:
        return Decision("delivered", http_status=result.http_status)
    if result.gone:
        reason = "receiver answered 410 Gone"
        return Decision("disabled", None, result.http_status, result.error or reason, disable_reason=reason)
    delay = next_delay(attempts, schedule, retry_after=result.retry_after, rng=rng) if result.retryable else None
    if delay is None:
        return Decision("failed", None, result.http_status, result.error or "not retryable")
    return Decision("retrying", now + delay, result.http_status, result.error)


def failing_too_long(first_failure_at: dt.datetime | None, now: dt.datetime, limit: dt.timedelta) -> bool:
    """True when a subscription has failed continuously for at least `limit`."""
    return first_failure_at is not None and now - first_failure_at >= limit


def dead_letter_reason(decision: Decision, attempts: int) -> str:
    """The reason header of an exhausted or permanently failed delivery."""
    why = decision.error or "unknown error"
    status = f" (HTTP {decision.http_status})" if decision.http_status else ""
    return f"delivery failed after {attempts} attempt(s){status}: {why}"
