"""Logging of third-party records: throttled repeats, tracebacks, FastStream's lines as JSON."""

import asyncio
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import structlog
from aiokafka.errors import GroupAuthorizationFailedError, GroupCoordinatorNotAvailableError

from tocsin_runtime import logging as tocsin_logging
from tocsin_runtime.broker import make_broker
from tocsin_runtime.logging import BROKER_LOGGER, REPEAT_WINDOW_SECONDS, configure_logging, flush_throttled
from tocsin_runtime.settings import KafkaSettings

UNABLE = "Unable connect to node with id %s: %s"  # aiokafka.client's message while Kafka is down


@pytest.fixture(autouse=True)
def _written_before_the_next_test(capsys: pytest.CaptureFixture[str]) -> Iterator[None]:
    """Counts a test leaves open are written into its own captured output, not at the end of the run."""
    yield
    flush_throttled()
    capsys.readouterr()


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_repeated_library_errors_are_counted_then_summarised(capsys: pytest.CaptureFixture[str]) -> None:
    """An aiokafka error repeated within the window is written once, then one summary line counts the repeats."""
    clock = FakeClock()
    configure_logging("classifier", json=True, clock=clock)
    client = logging.getLogger("aiokafka.client")
    for node in range(1, 6):
        client.error(UNABLE, node, "[Errno 111] Connect call failed")
    clock.now += REPEAT_WINDOW_SECONDS - 0.5
    client.error(UNABLE, 1, "[Errno 111] Connect call failed")
    clock.now += 0.5
    client.error(UNABLE, 2, "[Errno 111] Connect call failed")
    lines = _lines(capsys.readouterr().err)
    assert [(line["event"], line["level"]) for line in lines] == [
        ("Unable connect to node with id 1: [Errno 111] Connect call failed", "error"),
        ("log_repeats_suppressed", "error"),
        ("Unable connect to node with id 2: [Errno 111] Connect call failed", "error"),
    ]
    assert lines[0]["logger"] == "aiokafka.client"
    assert lines[1] | {"timestamp": None} == {
        "event": "log_repeats_suppressed",
        "logger": "aiokafka.client",
        "message": UNABLE,
        "count": 5,
        "window_seconds": REPEAT_WINDOW_SECONDS,
        "service": "classifier",
        "level": "error",
        "timestamp": None,
    }


def test_a_window_ends_at_the_next_record_of_any_logger(capsys: pytest.CaptureFixture[str]) -> None:
    """The summary is written once the window is over, even when the repeated message itself has stopped."""
    clock = FakeClock()
    configure_logging("notifier", json=True, clock=clock)
    for _ in range(3):
        logging.getLogger("aiokafka.conn").warning("Connection lost")
    clock.now += REPEAT_WINDOW_SECONDS
    logging.getLogger("uvicorn.error").warning("shutting down")
    assert [(line["event"], line.get("count")) for line in _lines(capsys.readouterr().err)] == [
        ("Connection lost", None),
        ("log_repeats_suppressed", 2),
        ("shutting down", None),
    ]


def test_on_an_event_loop_a_timer_closes_the_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside a running loop the summary does not wait for another record: a timer ends the window."""
    configure_logging("classifier", json=True, clock=FakeClock())
    loop = asyncio.new_event_loop()
    timers: list[tuple[float, Callable[..., object], tuple[object, ...]]] = []
    monkeypatch.setattr(
        loop, "call_later", lambda delay, callback, *args, context=None: timers.append((delay, callback, args))
    )

    async def outage() -> None:
        for node in range(3):
            logging.getLogger("aiokafka.client").error(UNABLE, node, "refused")

    try:
        loop.run_until_complete(outage())
    finally:
        loop.close()
    [(delay, callback, args)] = timers
    assert delay == REPEAT_WINDOW_SECONDS
    callback(*args)
    logging.getLogger("aiokafka.client").error(UNABLE, 4, "refused")
    assert [(line["event"], line.get("count")) for line in _lines(capsys.readouterr().err)] == [
        ("Unable connect to node with id 0: refused", None),
        ("log_repeats_suppressed", 2),
        ("Unable connect to node with id 4: refused", None),
    ]


def test_distinct_messages_levels_and_our_own_events_are_not_throttled(capsys: pytest.CaptureFixture[str]) -> None:
    """Throttling is per logger, level and template; Tocsin's events, other libraries and INFO always pass."""
    configure_logging("classifier", json=True, clock=FakeClock())
    logging.getLogger("faststream").setLevel(logging.INFO)
    for _ in range(2):
        logging.getLogger("aiokafka.client").error(UNABLE, 1, "refused")
        logging.getLogger("aiokafka.client").warning(UNABLE, 1, "refused")
        logging.getLogger("aiokafka.conn").error(UNABLE, 1, "refused")
        logging.getLogger("kafka.conn").error("broken pipe")
        logging.getLogger("faststream.kafka").info("Consumer assigned to partitions")
        logging.getLogger("uvicorn.error").error("Exception in ASGI application")
        structlog.get_logger().error("handler_failed", event_id="e1")
    lines = _lines(capsys.readouterr().err)
    events = [line["event"] for line in lines]
    assert [events.count(e) for e in ("Consumer assigned to partitions", "Exception in ASGI application")] == [2, 2]
    assert events.count("handler_failed") == 2
    assert events.count("broken pipe") == 1
    assert [(line["logger"], line["level"]) for line in lines if line["event"].startswith("Unable")] == [
        ("aiokafka.client", "error"),
        ("aiokafka.client", "warning"),
        ("aiokafka.conn", "error"),
    ]


def test_stdlib_exceptions_are_rendered_with_their_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    """A stdlib record with exc_info carries the formatted traceback under `exception`, as structlog's own do."""
    configure_logging("notifier", json=True)
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("uvicorn.error").exception("Exception in ASGI application")
    err = capsys.readouterr().err
    [line] = _lines(err)
    assert line["event"] == "Exception in ASGI application"
    assert line["exception"].startswith("Traceback (most recent call last):")
    assert line["exception"].rstrip().endswith("ValueError: boom")
    assert "exc_info" not in line
    assert "<traceback object" not in err


def test_faststream_lines_are_json_objects_without_colour_codes(capsys: pytest.CaptureFixture[str]) -> None:
    """The broker's logger and FastStream's own reach the configured handler: JSON on stderr, nothing on stdout;
    FastStream's warning that it will not create topics (nine of them in one tester's logs) is dropped."""
    configure_logging("classifier", json=True)
    broker = make_broker(KafkaSettings(), service="classifier")
    used = broker.config.logger.params_storage.get_logger(context=broker.config.context)
    assert used is logging.getLogger(BROKER_LOGGER)
    context = {"topic": "tocsin.alerts.v1", "group_id": "tocsin-notifier", "message_id": ""}
    used.log(logging.INFO, "Consumer abc assigned to partitions: (TopicPartition(...))", extra=context)
    used.log(logging.WARNING, "Auto create topics is disabled. Make sure the topics exist.", extra=context)
    used.log(
        logging.WARNING, "Topic creation is skipped in consumer-only mode. Make sure the topics exist.", extra=context
    )
    logging.getLogger("faststream").info("FastStream app started successfully! To exit, press CTRL+C")
    out, err = capsys.readouterr()
    assert out == ""
    assert "\x1b" not in err
    lines = _lines(err)
    assert [(line["logger"], line["level"]) for line in lines] == [
        (BROKER_LOGGER, "info"),
        (BROKER_LOGGER, "warning"),
        ("faststream", "info"),
    ]
    assert all(line["service"] == "classifier" for line in lines)
    assert (lines[1]["topic"], lines[1]["group_id"]) == ("tocsin.alerts.v1", "tocsin-notifier")
    # the warning that topics will not be auto-created is dropped at every start: Tocsin declares them itself
    assert "Auto create topics" not in err


def test_a_summary_carries_the_service_not_the_context_of_the_record_that_closed_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The repeats belong to no one event: the summary written at another event's record names neither."""
    clock = FakeClock()
    configure_logging("classifier", json=True, clock=clock)
    client = logging.getLogger("aiokafka.client")
    with structlog.contextvars.bound_contextvars(event_id="EVENT-A", offset=1):
        client.error(UNABLE, 1, "refused")
        client.error(UNABLE, 2, "refused")
    clock.now += REPEAT_WINDOW_SECONDS
    with structlog.contextvars.bound_contextvars(event_id="EVENT-B", offset=2):
        logging.getLogger("uvicorn.error").warning("something else")
    [summary] = [line for line in _lines(capsys.readouterr().err) if line["event"] == "log_repeats_suppressed"]
    assert summary["service"] == "classifier"
    assert "event_id" not in summary
    assert "offset" not in summary


def test_open_windows_are_written_at_exit(capsys: pytest.CaptureFixture[str]) -> None:
    """An outage that ends with the process still gets its count written (flush_throttled runs at exit)."""
    configure_logging("watcher", json=True, clock=FakeClock())
    for node in range(3):
        logging.getLogger("aiokafka.client").error(UNABLE, node, "refused")
    flush_throttled()
    lines = _lines(capsys.readouterr().err)
    assert [(line["event"], line.get("count")) for line in lines][-1] == ("log_repeats_suppressed", 2)


def test_too_many_distinct_messages_pass_unthrottled(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Messages that differ every time (an error quoting its parameters) must not pile up windows: past the cap,
    each is written as it comes."""
    monkeypatch.setattr(tocsin_logging, "MAX_WINDOWS", 3)
    configure_logging("notifier", json=True, clock=FakeClock())
    for n in range(6):
        logging.getLogger("faststream.kafka").error(f"handler failed: row {n}")
        logging.getLogger("faststream.kafka").error(f"handler failed: row {n}")  # a repeat of each
    written = [line["event"] for line in _lines(capsys.readouterr().err)]
    assert written.count("handler failed: row 0") == 1  # counted: within the cap
    assert written.count("handler failed: row 5") == 2  # past the cap: written every time


def test_an_aiokafka_error_it_retries_itself_is_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    """A fresh broker's "coordinator not available" is retried by aiokafka: a warning; a fatal one stays an error."""
    configure_logging("classifier", json=True)
    coordinator = logging.getLogger("aiokafka.consumer.group_coordinator")
    coordinator.error("Group Coordinator Request failed: %s", GroupCoordinatorNotAvailableError())
    coordinator.error("Group Coordinator Request failed: %s", GroupAuthorizationFailedError())
    lines = _lines(capsys.readouterr().err)
    assert [line["level"] for line in lines] == ["warning", "error"]
    assert "GroupCoordinatorNotAvailableError" in lines[0]["event"]
