"""Runtime glue: settings, logging, the consume guard and the health server."""

import asyncio
import io
import json
from typing import Any, cast

import pytest
import structlog
from aiokafka.structs import ConsumerRecord
from faststream.exceptions import NackMessage
from faststream.kafka import KafkaMessage
from prometheus_client import generate_latest
from structlog.testing import capture_logs

from tocsin_runtime import consume
from tocsin_runtime.broker import admin_kwargs, make_broker, stop_consumer
from tocsin_runtime.consume import TransientError, guarded
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.health import HealthServer
from tocsin_runtime.logging import bind_message, configure_logging
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import AnyEvent, to_kafka
from tocsin_schemas.encoding import from_structured_json

EXAMPLE = """{"specversion":"1.0","id":"e1","source":"urn:t","type":"tocsin.source.health",
"time":"2026-11-28T00:00:00Z","datacontenttype":"application/json","data":{"source":"s","status":"failing","failures":3,"last_error":"x",
"since":"2026-11-28T00:00:00Z"}}"""


class RecordingDeadLetters(DeadLetters):
    """Keeps dead letters in memory instead of publishing them."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, msg: KafkaMessage, *, reason: str, exc: BaseException | None = None) -> None:
        self.sent.append((reason, type(exc).__name__))


def _message(value: bytes, headers: dict[str, str]) -> KafkaMessage:
    record = ConsumerRecord(
        topic="t",
        partition=2,
        offset=7,
        timestamp=0,
        timestamp_type=0,
        key=b"k",
        value=value,
        checksum=None,
        serialized_key_size=1,
        serialized_value_size=len(value),
        headers=[(k, v.encode()) for k, v in headers.items()],
    )
    return cast(KafkaMessage, type("Msg", (), {"raw_message": record})())


def _good() -> KafkaMessage:
    record = to_kafka(from_structured_json(EXAMPLE))
    return _message(record.value, record.headers)


def test_kafka_settings_read_the_kafka_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    """KAFKA_* variables configure the connection; the password stays secret."""
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "k1:9093,k2:9093")
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "tocsin")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "hunter2")
    settings = KafkaSettings()
    assert settings.bootstrap_servers == "k1:9093,k2:9093"
    assert "hunter2" not in repr(settings)
    assert admin_kwargs(settings)["sasl_plain_password"] == "hunter2"
    assert make_broker(settings, service="t") is not None


def test_logging_is_json_with_service_and_message_coordinates(capsys: pytest.CaptureFixture[str]) -> None:
    """Log lines are JSON events carrying service, topic, partition, offset and event id."""
    configure_logging("watcher", json=True)
    with bind_message(topic="t", partition=1, offset=42, event_id="e1"):
        structlog.get_logger().info("alert_classified", tags=["privacy"])
    structlog.get_logger().info("after_message")
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert lines[0] | {"timestamp": None} == {
        "event": "alert_classified",
        "tags": ["privacy"],
        "service": "watcher",
        "topic": "t",
        "partition": 1,
        "offset": 42,
        "event_id": "e1",
        "level": "info",
        "timestamp": None,
    }
    assert "offset" not in lines[1]
    assert lines[1]["service"] == "watcher"


async def test_guard_runs_work_on_a_decoded_event() -> None:
    """A valid record is decoded and handed to the work function; nothing is dead-lettered."""
    dlq, seen = RecordingDeadLetters(), []

    async def work(event: AnyEvent) -> None:
        seen.append(event.id)

    await guarded(_good(), work, dlq)
    assert seen == ["e1"]
    assert dlq.sent == []


async def test_guard_dead_letters_undecodable_records() -> None:
    """A record that is not a v1 CloudEvent goes to the DLQ and is not retried."""
    dlq = RecordingDeadLetters()

    async def work(event: AnyEvent) -> None:
        raise AssertionError("must not run")

    await guarded(_message(b"{", {"ce_type": "tocsin.source.health"}), work, dlq)
    assert dlq.sent[0][0].startswith("undecodable: value is not JSON")
    assert dlq.sent[0][1] == "EventDecodeError"


async def test_guard_retries_transient_failures_then_asks_for_redelivery() -> None:
    """Transient failures are retried with backoff, then the message is nacked (read again), not dropped."""
    dlq, calls = RecordingDeadLetters(), []

    async def work(event: AnyEvent) -> None:
        calls.append(1)
        raise TransientError("store down")

    with pytest.raises(NackMessage):
        await guarded(_good(), work, dlq, attempts=3, backoff=0)
    assert len(calls) == 3
    assert dlq.sent == []


async def test_a_message_that_keeps_failing_is_logged_once_then_its_recovery_not_four_lines_a_round(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The notifier with its database down logged three `transient_failure` and one `transient_failure_redeliver`
    every 1.6 s for one waiting alert (about 9,000 lines an hour per partition); now each round waits longer (up
    to REDELIVER_WAIT_MAX_S) and the rounds are summed up."""
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", sleep)
    down = True

    async def work(event: AnyEvent) -> None:
        if down:
            raise TransientError("database down")

    with structlog.testing.capture_logs() as logs:
        for _ in range(20):  # the same message read again and again
            with pytest.raises(NackMessage):
                await guarded(_good(), work, RecordingDeadLetters(), attempts=3, backoff=0.2)
        down = False
        await guarded(_good(), work, RecordingDeadLetters(), attempts=3, backoff=0.2)
    events = [entry["event"] for entry in logs]
    assert events == ["transient_failure"] * 3 + ["transient_failure_redeliver", "transient_failure_recovered"]
    assert logs[-1]["rounds"] == 20
    rounds = [w for w in waits if w not in (0.2, 0.4, 0.8)]  # the waits between rounds, not between attempts
    assert rounds[:3] == [1.6, 3.2, 6.4]
    assert max(rounds) == consume.REDELIVER_WAIT_MAX_S


async def test_guard_dead_letters_handler_bugs_and_declared_permanent_errors() -> None:
    """A crash that retrying cannot fix is dead-lettered with its exception type, and the stream goes on."""
    dlq = RecordingDeadLetters()

    async def buggy(event: AnyEvent) -> None:
        raise KeyError("oops")

    async def refused(event: AnyEvent) -> None:
        raise ValueError("unsupported")

    await guarded(_good(), buggy, dlq)
    await guarded(_good(), refused, dlq, permanent=(ValueError,))
    assert [(r.split(":")[0], t) for r, t in dlq.sent] == [("handler_error", "KeyError"), ("rejected", "ValueError")]


async def _get(port: int, path: str, method: str = "GET") -> tuple[int, str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{method} {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    head, _, body = data.decode().partition("\r\n\r\n")
    return int(head.split()[1]), body


async def test_health_server_serves_liveness_readiness_and_metrics() -> None:
    """/healthz, /readyz (following the readiness check) and Prometheus /metrics over real HTTP."""
    ready = False

    async def readiness() -> bool:
        return ready

    server = HealthServer("127.0.0.1", 0, readiness)
    await server.start()
    try:
        assert await _get(server.port, "/healthz") == (200, "ok\n")
        assert (await _get(server.port, "/readyz"))[0] == 503
        ready = True
        assert (await _get(server.port, "/readyz"))[0] == 200
        status, body = await _get(server.port, "/metrics")
        assert status == 200
        assert "tocsin_ready 1.0" in body
        assert (await _get(server.port, "/nope"))[0] == 404
        assert (await _get(server.port, "/healthz", "POST"))[0] == 405
    finally:
        await server.stop()


def test_configure_logging_renders_readable_lines_on_a_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal the same event is a readable line rather than JSON."""
    stream: Any = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    configure_logging("classifier", json=False)
    structlog.get_logger().info("ready", port=8082)
    line = stream.getvalue()
    assert "ready" in line
    assert "port=8082" in line
    assert not line.lstrip().startswith("{")


async def test_guard_dead_letters_records_that_crash_the_json_parser() -> None:
    """A value nested deeper than the recursion limit is dead-lettered, not raised into the ack policy."""
    dlq = RecordingDeadLetters()

    async def work(event: AnyEvent) -> None:
        raise AssertionError("must not run")

    await guarded(_message(b"[" * 100_000, {"ce_type": "tocsin.source.health"}), work, dlq)
    assert [t for _, t in dlq.sent] == ["EventDecodeError"]


async def test_guard_nacks_when_the_dead_letter_cannot_be_written() -> None:
    """If the DLQ publish fails, the message is read again later instead of being acked and lost."""

    class BrokenDeadLetters(RecordingDeadLetters):
        async def send(self, msg: KafkaMessage, *, reason: str, exc: BaseException | None = None) -> None:
            raise ConnectionError("broker gone")

    async def work(event: AnyEvent) -> None:
        raise AssertionError("must not run")

    with pytest.raises(NackMessage):
        await guarded(_message(b"{", {"ce_type": "tocsin.source.health"}), work, BrokenDeadLetters())


def test_dead_letter_counters_are_exported_at_zero_before_the_first_dead_letter() -> None:
    """A series that first appears at 1 shows no increase: `increase(...[15m]) > 0` never fired for the first
    poison record after a start."""
    exported = generate_latest().decode()
    for reason in ("undecodable", "rejected", "handler_error"):
        assert f'tocsin_messages_dead_lettered_total{{reason="{reason}"}}' in exported


async def _cancelled_inside() -> None:
    """What aiokafka's fetcher does on close: it awaits a fetch request it has just cancelled."""
    request = asyncio.ensure_future(asyncio.sleep(3600))
    await asyncio.sleep(0)
    request.cancel()
    await request


async def test_a_consumer_stop_that_leaks_a_fetch_requests_cancellation_does_not_break_the_caller() -> None:
    """CI: the notifier's stop raised CancelledError out of the consumer's stop (the broker already gone) and the
    rest of the stop never ran. The leak is swallowed and logged; the caller carries on."""
    with capture_logs() as logs:
        await stop_consumer(_cancelled_inside())
    assert [entry["event"] for entry in logs] == ["consumer_stop_interrupted"]


async def test_a_cancellation_of_the_stopping_task_itself_still_goes_up() -> None:
    started = asyncio.Event()

    async def slow_stop() -> None:
        started.set()
        await asyncio.sleep(3600)

    task = asyncio.create_task(stop_consumer(slow_stop()))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
