"""A failure that persists (the database down for minutes) is logged once, then once a minute, then its recovery:
not a traceback every round."""

import asyncio

import pytest
from structlog.testing import capture_logs

from tocsin_notifier.rounds import FailureLog, run_periodically, run_rounds
from tocsin_runtime.logging import flush_throttled


@pytest.fixture(autouse=True)
def _no_window_left_open() -> None:
    """An earlier test's library warnings leave a repeat window open; closed during a test, its summary line would
    land in that test's captured logs (`tocsin_runtime.logging`)."""
    flush_throttled()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def refused() -> OSError:
    return ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)")


def test_a_repeated_failure_is_logged_once_then_once_a_minute_with_its_count() -> None:
    clock = Clock()
    failures = FailureLog("mail_round_failed", clock=clock)
    with capture_logs() as logs:
        for _ in range(90):  # one round a second for 90 s
            failures.failed(refused())
            clock.now += 1
    assert [entry["event"] for entry in logs] == ["mail_round_failed", "mail_round_failed"]
    assert logs[0]["log_level"] == "error"
    assert "exc_info" in logs[0]
    assert logs[1]["log_level"] == "warning"
    assert logs[1]["repeated"] == 60
    assert logs[1]["failing_for_s"] == 60.0
    assert "Connect call failed" in logs[1]["error"]


def test_a_different_failure_is_logged_at_once() -> None:
    clock = Clock()
    failures = FailureLog("delivery_round_failed", clock=clock)
    with capture_logs() as logs:
        failures.failed(refused())
        failures.failed(refused())
        failures.failed(TimeoutError("pool timed out"))
    assert len(logs) == 2
    # a different failure in the same streak (the database starting up) is one line, no second traceback
    assert logs[1]["log_level"] == "warning"
    assert "pool timed out" in logs[1]["error"]


def test_the_same_failure_with_other_details_after_its_first_line_counts_as_the_same() -> None:
    failures = FailureLog("delivery_round_failed", clock=Clock())
    with capture_logs() as logs:
        failures.failed(RuntimeError("database down\n[parameters: 2026-11-29 05:00:01]"))
        failures.failed(RuntimeError("database down\n[parameters: 2026-11-29 05:00:02]"))
    assert len(logs) == 1


def test_recovery_is_logged_once_with_how_long_it_failed_and_a_failure_a_minute_later_is_new_again() -> None:
    clock = Clock()
    failures = FailureLog("backlog_refresh_failed", traceback=False, clock=clock)
    with capture_logs() as logs:
        failures.succeeded()  # nothing failed: nothing to say
        for _ in range(5):
            failures.failed(refused())
            clock.now += 2
        failures.succeeded()
        failures.succeeded()
        clock.now += 60  # a minute later: a new outage, not a flap
        failures.failed(refused())
    assert [(entry["event"], entry["log_level"]) for entry in logs] == [
        ("backlog_refresh_failed", "warning"),
        ("backlog_refresh_recovered", "info"),
        ("backlog_refresh_failed", "warning"),
    ]
    assert "exc_info" not in logs[0]
    assert logs[1]["failures"] == 5
    assert logs[1]["failed_for_s"] == 10.0


async def test_rounds_against_a_database_that_stays_down_log_one_line_not_one_per_round() -> None:
    calls = 0

    async def round_() -> int:
        nonlocal calls
        calls += 1
        if calls == 40:
            stop.set()
        if calls <= 30:
            raise refused()
        return 0

    stop, wake = asyncio.Event(), asyncio.Event()
    with capture_logs() as logs:
        await asyncio.wait_for(run_rounds(round_, stop, wake, 0.001, failure_event="mail_round_failed"), 10)
    assert calls == 40
    assert [entry["event"] for entry in logs] == ["mail_round_failed", "mail_round_recovered"]
    assert logs[1]["failures"] == 30


async def test_a_periodic_refresh_that_keeps_failing_logs_once() -> None:
    calls = 0

    async def refresh() -> None:
        nonlocal calls
        calls += 1
        if calls == 20:
            stop.set()
        raise refused()

    stop = asyncio.Event()
    with capture_logs() as logs:
        await asyncio.wait_for(run_periodically(refresh, stop, 0.001, failure_event="backlog_refresh_failed"), 10)
    assert calls == 20
    assert len(logs) == 1
    assert logs[0]["log_level"] == "warning"


@pytest.mark.parametrize("message", ["", "   "])
def test_an_exception_without_a_message_is_still_logged(message: str) -> None:
    failures = FailureLog("delivery_round_failed", clock=Clock())
    with capture_logs() as logs:
        failures.failed(RuntimeError(message))
        failures.failed(RuntimeError(message))
    entry = logs[0]
    assert len(logs) == 1
    assert entry["event"] == "delivery_round_failed"


def test_a_database_that_flaps_is_one_streak_not_a_traceback_and_a_recovery_per_flap() -> None:
    """Connections exhausted, one round in three getting through: 35 lines a minute (a traceback and a `recovered`
    per flap); now the first failure with its traceback and its recovery, then one line a minute with its count."""
    clock = Clock()
    failures = FailureLog("delivery_round_failed", clock=clock)
    with capture_logs() as logs:
        for second in range(120):
            if second % 3 == 2:
                failures.succeeded()
            else:
                failures.failed(refused())
            clock.now += 1
        failures.succeeded()
    events = [(entry["event"], entry["log_level"]) for entry in logs]
    assert events[:2] == [("delivery_round_failed", "error"), ("delivery_round_recovered", "info")]
    assert len(events) <= 6
    repeated = [entry for entry in logs if "repeated" in entry]
    assert repeated
    assert repeated[0]["repeated"] == 40  # the failures of the minute since the first line, flaps included
    assert all("exc_info" not in entry for entry in logs[1:])


def test_a_database_stopped_and_started_over_and_over_logs_each_kind_of_failure_once() -> None:
    """A stop/start flap alternates "connection refused" and "starting up" between short recoveries: each kind was a
    new line, and a traceback at each flap's start (7 tracebacks and 10 recoveries in 2 minutes)."""
    clock = Clock()
    failures = FailureLog("mail_round_failed", clock=clock)
    starting = ConnectionError("the database system is starting up")
    with capture_logs() as logs:
        for second in range(120):
            phase = second % 5
            if phase < 3:
                failures.failed(refused())
            elif phase == 3:
                failures.failed(starting)
            else:
                failures.succeeded()
            clock.now += 1
    tracebacks = [entry for entry in logs if "exc_info" in entry]
    assert len(tracebacks) == 1
    assert len([e for e in logs if e["event"] == "mail_round_recovered"]) <= 2
    assert len(logs) <= 6
