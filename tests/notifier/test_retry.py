"""The retry schedule, jitter, Retry-After parsing and HTTP status classification (pure)."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from tocsin_notifier.retry import (
    DEFAULT_SCHEDULE,
    MAX_RETRY_AFTER,
    SendResult,
    classify_http_status,
    next_delay,
    parse_retry_after,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_default_schedule_is_the_standard_webhooks_one() -> None:
    """Immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h."""
    assert [d.total_seconds() for d in DEFAULT_SCHEDULE] == [0, 5, 300, 1800, 7200, 18000, 36000, 36000]


def test_next_delay_follows_the_schedule_without_jitter() -> None:
    """After n attempts the next delay is schedule[n]."""
    delays = [next_delay(n, DEFAULT_SCHEDULE, jitter=0) for n in range(len(DEFAULT_SCHEDULE))]
    assert delays == list(DEFAULT_SCHEDULE)


def test_next_delay_is_none_when_the_schedule_is_exhausted() -> None:
    """The eighth attempt was the last one: there is no ninth."""
    assert next_delay(len(DEFAULT_SCHEDULE), DEFAULT_SCHEDULE) is None
    assert next_delay(99, DEFAULT_SCHEDULE, retry_after=timedelta(seconds=1)) is None


def test_jitter_stays_within_its_bounds() -> None:
    """With 10 % jitter every 5-minute delay lands within ±30 s, and they are not all equal."""
    rng = random.Random(7)
    delays = [next_delay(2, DEFAULT_SCHEDULE, rng=rng) for _ in range(500)]
    seconds = [d.total_seconds() for d in delays if d is not None]
    assert len(seconds) == 500
    assert all(270 <= s <= 330 for s in seconds)
    assert len(set(seconds)) > 100


def test_first_attempt_is_immediate_even_with_jitter() -> None:
    """A zero delay is never jittered into the future."""
    assert next_delay(0, DEFAULT_SCHEDULE, rng=random.Random(1)) == timedelta(0)


def test_retry_after_longer_than_the_schedule_wins() -> None:
    """A receiver asking for 10 minutes after the second attempt waits 10 minutes, not 5 s."""
    delay = next_delay(1, DEFAULT_SCHEDULE, retry_after=timedelta(minutes=10), rng=random.Random(3))
    assert delay == timedelta(minutes=10)


def test_retry_after_shorter_than_the_schedule_does_not_shorten_it() -> None:
    """Retry-After is a floor, never a way to retry sooner than scheduled."""
    delay = next_delay(3, DEFAULT_SCHEDULE, retry_after=timedelta(seconds=1), jitter=0)
    assert delay == timedelta(minutes=30)


def test_retry_after_is_capped_at_a_day() -> None:
    """A receiver cannot park a delivery for a week."""
    delay = next_delay(1, DEFAULT_SCHEDULE, retry_after=timedelta(days=7), jitter=0)
    assert delay == MAX_RETRY_AFTER == timedelta(hours=24)


def test_custom_short_schedule_for_tests() -> None:
    """Any schedule works, e.g. the shortened one integration tests use."""
    schedule = (timedelta(0), timedelta(milliseconds=100), timedelta(milliseconds=200))
    assert next_delay(2, schedule, jitter=0) == timedelta(milliseconds=200)
    assert next_delay(3, schedule) is None


def test_negative_attempt_is_rejected() -> None:
    """Attempt counts start at zero."""
    with pytest.raises(ValueError, match="attempt"):
        next_delay(-1, DEFAULT_SCHEDULE)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", timedelta(seconds=120)),
        (" 0 ", timedelta(0)),
        ("Sun, 01 Mar 2026 12:05:00 GMT", timedelta(minutes=5)),
        ("Sunday, 01-Mar-26 12:00:30 GMT", timedelta(seconds=30)),
        ("Sun, 01 Mar 2026 11:00:00 GMT", timedelta(0)),
    ],
)
def test_retry_after_parses_seconds_and_http_dates(header: str, expected: timedelta) -> None:
    """Delay-seconds and HTTP-dates both become a delay from now; a past date means now."""
    assert parse_retry_after(header, NOW) == expected


@pytest.mark.parametrize("header", [None, "", "soon", "-5", "1.5", "Mon, 99 Foo 2026 25:61:00 GMT"])
def test_retry_after_that_is_absent_or_invalid_is_ignored(header: str | None) -> None:
    """Garbage in the header yields None, never an exception."""
    assert parse_retry_after(header, NOW) is None


def test_retry_after_with_absurd_seconds_does_not_overflow() -> None:
    """A 30-digit delay parses to a bounded delay that next_delay caps at a day."""
    delay = parse_retry_after("9" * 30, NOW)
    assert delay is not None
    assert next_delay(1, DEFAULT_SCHEDULE, retry_after=delay, jitter=0) == MAX_RETRY_AFTER


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (200, (False, False)),
        (204, (False, False)),
        (400, (True, False)),
        (401, (True, False)),
        (404, (True, False)),
        (408, (True, False)),
        (410, (False, True)),
        (413, (True, False)),
        (425, (True, False)),
        (429, (True, False)),
        (500, (True, False)),
        (502, (True, False)),
        (503, (True, False)),
        (599, (True, False)),
        (302, (True, False)),
        (100, (True, False)),
    ],
)
def test_http_status_classification(status: int, expected: tuple[bool, bool]) -> None:
    """Every non-2xx answer is retried except 410, which means the receiver is gone."""
    assert classify_http_status(status) == expected


def test_send_result_defaults_describe_a_plain_outcome() -> None:
    """Only ok and retryable are required; gone defaults to False."""
    result = SendResult(ok=True, retryable=False)
    assert (result.http_status, result.error, result.retry_after, result.gone) == (None, None, None, False)
