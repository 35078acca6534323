"""The subscriber in memory (TestKafkaBroker): one alert per record of a batch, same key, poison to the dead letters."""

import asyncio
import gc
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import structlog
from aiokafka.errors import KafkaConnectionError
from aiokafka.structs import ConsumerRecord
from faststream.exceptions import NackMessage
from faststream.kafka import KafkaBroker, KafkaMessage, TestKafkaBroker
from prometheus_client import REGISTRY

import tocsin_classifier.app
import tocsin_classifier.batch
from tests.classifier.factories import arrest, treaty_action
from tocsin_classifier.app import classify_batch, subscribe
from tocsin_classifier.batch import Classified, Rejected, judge
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.settings import ClassifierSettings
from tocsin_lexicon import LANGUAGES, lexicon_for
from tocsin_runtime.broker import make_broker
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.errors import KafkaUnavailableError
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import AlertClassifiedEvent, Topic, from_kafka, to_kafka

Captured = list[tuple[bytes | None, dict[str, str], bytes]]


def _broker_with_capture() -> tuple[KafkaBroker, ConventionStatus, Captured, Captured]:
    broker = make_broker(KafkaSettings(), service="classifier-test")
    context = ConventionStatus()
    subscribe(broker, ClassifierSettings(), context, DeadLetters(broker, service="classifier"))
    alerts: Captured = []
    dead: Captured = []

    def capture(into: Captured) -> Callable[[KafkaMessage], Awaitable[None]]:
        async def on_record(msg: KafkaMessage) -> None:
            raw = msg.raw_message
            assert not isinstance(raw, tuple)
            headers = {k: v.decode() for k, v in raw.headers or ()}
            into.append((raw.key, headers, raw.value or b""))

        return on_record

    broker.subscriber(Topic.ALERTS_CLASSIFIED.value, group_id="capture-alerts")(capture(alerts))
    broker.subscriber(Topic.DEAD_LETTERS.value, group_id="capture-dead")(capture(dead))
    return broker, context, alerts, dead


async def test_each_watcher_event_yields_one_alert_with_the_same_key() -> None:
    """An arrest report on its topic becomes exactly one classified alert keyed like the input."""
    broker, _, alerts, dead = _broker_with_capture()
    record = to_kafka(arrest("Journalist arrested under Article 117", country="VNM"))
    async with TestKafkaBroker(broker) as test_broker:
        await test_broker.publish(record.value, record.topic, key=record.key, headers=record.headers)
        await asyncio.sleep(0)
    assert dead == []
    [(key, headers, value)] = alerts
    assert key == b"VNM"
    event = from_kafka(value, headers)
    assert isinstance(event, AlertClassifiedEvent)
    assert event.data.relevance >= 0.5


async def test_treaty_actions_update_the_status_table_as_they_pass() -> None:
    """A ratification consumed by the service is in the table for the next arrest."""
    broker, context, alerts, _ = _broker_with_capture()
    record = to_kafka(treaty_action("Kenya", "KEN"))
    async with TestKafkaBroker(broker) as test_broker:
        await test_broker.publish(record.value, record.topic, key=record.key, headers=record.headers)
    row = context.for_country("KEN")
    assert row is not None
    assert row.ratified
    assert len(alerts) == 1


async def test_undecodable_message_goes_to_the_dead_letters_with_its_origin() -> None:
    """A record that is not a CloudEvent is dead-lettered (origin headers) and produces no alert."""
    broker, _, alerts, dead = _broker_with_capture()
    async with TestKafkaBroker(broker) as test_broker:
        await test_broker.publish(b"not json", Topic.ARRESTS_REPORTED.value, key=b"VNM", headers={"ce_type": "x"})
    assert alerts == []
    [(key, headers, value)] = dead
    assert (key, value) == (b"VNM", b"not json")
    assert headers["original_topic"] == Topic.ARRESTS_REPORTED.value
    assert headers["reason"].startswith("undecodable")


async def test_an_event_that_is_not_a_watcher_event_is_dead_lettered() -> None:
    """A classified alert published on a watcher topic by mistake is rejected, not classified again."""
    broker, _, alerts, dead = _broker_with_capture()
    async with TestKafkaBroker(broker) as test_broker:
        source = to_kafka(arrest("Journalist detained", n=9))
        await test_broker.publish(source.value, source.topic, key=source.key, headers=source.headers)
        [(_, headers, value)] = alerts
        await test_broker.publish(value, Topic.ARRESTS_REPORTED.value, key=b"VNM", headers=headers)
    assert len(alerts) == 1
    [(_, dead_headers, _)] = dead
    assert dead_headers["exception_type"] == "UnexpectedEventError"


def _consumed(
    offset: int, value: bytes, headers: dict[str, str], key: bytes | None = b"VNM"
) -> "ConsumerRecord[Any, Any]":
    return ConsumerRecord(
        topic=Topic.ARRESTS_REPORTED.value,
        partition=0,
        offset=offset,
        timestamp=0,
        timestamp_type=0,
        key=key,
        value=value,
        checksum=None,
        serialized_key_size=-1 if key is None else len(key),
        serialized_value_size=len(value),
        headers=[(k, v.encode()) for k, v in headers.items()],
    )


def _consumed_event(offset: int, title: str, key: bytes | None = b"VNM") -> "ConsumerRecord[Any, Any]":
    record = to_kafka(arrest(title, n=offset))
    return _consumed(offset, record.value, record.headers, key)


async def test_a_batch_yields_its_alerts_in_order_and_dead_letters_the_poison_between_them() -> None:
    """Three records with poison in the middle: two alerts in input order with the input keys, one dead letter."""
    broker, context, alerts, dead = _broker_with_capture()
    records = [
        _consumed_event(10, "Journalist arrested under Article 117", key=b"first"),
        _consumed(11, b"not json", {"ce_type": "tocsin.arrest.reported"}),
        _consumed_event(12, "Blogger detained over a Facebook post", key=b"second"),
    ]
    async with TestKafkaBroker(broker):
        await classify_batch(records, context, broker=broker, dead_letters=DeadLetters(broker, service="classifier"))
    assert [key for key, _, _ in alerts] == [b"first", b"second"]
    [(_, headers, value)] = dead
    assert (value, headers["original_offset"], headers["exception_type"]) == (b"not json", "11", "EventDecodeError")


async def test_each_alert_gets_one_canonical_log_line_with_its_event_id() -> None:
    """Operators follow an event by id: one `alert_classified` line per published alert, none for the poison."""
    broker, context, _, _ = _broker_with_capture()
    records = [
        _consumed_event(20, "Journalist arrested under Article 117"),
        _consumed(21, b"not json", {"ce_type": "tocsin.arrest.reported"}),
        _consumed_event(22, "Police dismantle a ransomware gang"),
    ]
    expected = [from_kafka(r.value, r.headers).id for r in (records[0], records[2])]
    async with TestKafkaBroker(broker):
        with structlog.testing.capture_logs() as logs:
            await classify_batch(records, context, broker=broker, dead_letters=DeadLetters(broker, service="c"))
    lines = [line for line in logs if line["event"] == "alert_classified"]
    assert [line["event_id"] for line in lines] == expected
    assert [line["offset"] for line in lines] == [20, 22]
    assert lines[0]["relevance"] >= 0.5 > lines[1]["relevance"]
    assert [line["event"] for line in logs].count("message_dead_lettered") == 1


def _alerts_counted(severity: str, relevant: str, needs_review: str) -> float:
    labels = {"severity": severity, "relevant": relevant, "needs_review": needs_review}
    return REGISTRY.get_sample_value("tocsin_classifier_alerts_total", labels) or 0.0


async def test_published_alerts_are_counted_by_severity_relevance_and_review(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each durable alert counts once under its own outcome (what operators watch the stream by), none on a nack."""
    broker, context, _, _ = _broker_with_capture()
    records = [
        _consumed_event(30, "Journalist arrested under Article 117"),
        _consumed_event(31, "Ransomware gang held"),
    ]
    outcomes = [judge(r, context) for r in records]
    assert all(isinstance(o, Classified) for o in outcomes)
    labels = [tocsin_classifier.app._outcome_labels(o.alert) for o in outcomes if isinstance(o, Classified)]
    assert [relevant for _, relevant, _ in labels] == ["true", "false"]
    before = [_alerts_counted(*label) for label in labels]
    async with TestKafkaBroker(broker):
        await classify_batch(records, context, broker=broker, dead_letters=DeadLetters(broker, service="c"))
    assert [_alerts_counted(*label) for label in labels] == [b + 1 for b in before]

    async def unreachable(*args: object, **kwargs: object) -> None:
        raise KafkaConnectionError("broker gone")

    monkeypatch.setattr(tocsin_classifier.app, "REDELIVERY_BACKOFF_S", 0)
    monkeypatch.setattr(tocsin_classifier.app, "publish_records", unreachable)
    with pytest.raises(NackMessage):
        await classify_batch(records, context, broker=broker, dead_letters=DeadLetters(broker, service="c"))
    assert [_alerts_counted(*label) for label in labels] == [b + 1 for b in before]


async def test_a_kafka_failure_while_publishing_nacks_the_whole_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the broker does not acknowledge an alert, the batch is nacked (read again), never committed."""

    async def unreachable(*args: object, **kwargs: object) -> None:
        raise KafkaConnectionError("broker gone")

    monkeypatch.setattr(tocsin_classifier.app, "REDELIVERY_BACKOFF_S", 0)
    monkeypatch.setattr(tocsin_classifier.app, "publish_records", unreachable)
    broker = make_broker(KafkaSettings(), service="classifier-test")
    with pytest.raises(NackMessage):
        await classify_batch(
            [_consumed_event(1, "Journalist arrested")],
            ConventionStatus(),
            broker=broker,
            dead_letters=DeadLetters(broker, service="classifier"),
        )


async def test_a_failing_dead_letter_topic_nacks_the_batch_before_any_alert_is_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While poison cannot reach the DLQ, the batch is read again without flooding the alerts topic with copies."""
    published: list[object] = []

    async def dlq_down(*args: object, **kwargs: object) -> None:
        raise KafkaConnectionError("dead-letter topic unreachable")

    async def record_publish(broker: object, records: list[object], **kwargs: object) -> None:
        published.extend(records)

    monkeypatch.setattr(tocsin_classifier.app, "REDELIVERY_BACKOFF_S", 0)
    monkeypatch.setattr(tocsin_classifier.app, "publish_records", record_publish)
    broker = make_broker(KafkaSettings(), service="classifier-test")
    dead_letters = DeadLetters(broker, service="classifier")
    monkeypatch.setattr(dead_letters, "send_record", dlq_down)
    batch = [
        _consumed_event(1, "Journalist arrested"),
        _consumed(2, b"not json", {"ce_type": "tocsin.arrest.reported"}),
        _consumed_event(3, "Blogger detained"),
    ]
    for _ in range(3):  # every redelivery fails the same way
        with pytest.raises(NackMessage):
            await classify_batch(batch, ConventionStatus(), broker=broker, dead_letters=dead_letters)
    assert published == []


def test_a_ratification_early_in_a_batch_is_in_the_table_for_the_records_after_it() -> None:
    """Judging a treaty action applies it to the status table before the next record is judged."""
    context = ConventionStatus()
    record = to_kafka(treaty_action("Kenya", "KEN"))
    outcome = judge(_consumed(0, record.value, record.headers, key=None), context)
    assert isinstance(outcome, Classified)
    assert outcome.output.key == record.key  # no input key: the contract's key for the alert
    row = context.for_country("KEN")
    assert row is not None
    assert row.ratified


def test_a_crash_in_the_rules_is_a_handler_error_not_a_lost_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug while classifying one record sends that record to the dead letters as handler_error."""

    def broken(*args: object) -> None:
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(tocsin_classifier.batch, "classified_event", broken)
    outcome = judge(_consumed_event(3, "Journalist arrested"), ConventionStatus())
    assert isinstance(outcome, Rejected)
    assert (outcome.reason, type(outcome.error)) == ("handler_error", ZeroDivisionError)


async def test_a_record_that_crashes_the_json_parser_is_dead_lettered_and_the_batch_goes_on() -> None:
    """Nesting beyond the recursion limit is one dead letter, not an exception that commits the whole batch."""
    broker, context, alerts, dead = _broker_with_capture()
    records = [
        _consumed_event(20, "Journalist arrested under Article 117", key=b"first"),
        _consumed(21, b"[" * 100_000, {"ce_type": "tocsin.arrest.reported"}),
        _consumed_event(22, "Blogger detained over a Facebook post", key=b"second"),
    ]
    async with TestKafkaBroker(broker):
        await classify_batch(records, context, broker=broker, dead_letters=DeadLetters(broker, service="classifier"))
    assert [key for key, _, _ in alerts] == [b"first", b"second"]
    [(_, headers, _)] = dead
    assert (headers["original_offset"], headers["exception_type"]) == ("21", "EventDecodeError")


def test_settle_builds_the_lexicons_and_keeps_the_collector_off_them() -> None:
    """After start-up the long-lived tables are frozen out of collection and young collections are rarer."""
    before = gc.get_threshold()
    try:
        tocsin_classifier.app.settle()
        assert gc.get_threshold()[0] == tocsin_classifier.app.GC_YOUNG_THRESHOLD
        assert gc.get_freeze_count() > 0
        assert all(lexicon_for(language) is lexicon_for(language) for language in LANGUAGES)  # built and kept
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_kafka_unreachable_at_start_is_one_log_line_and_a_failure_status(monkeypatch: pytest.MonkeyPatch) -> None:
    """The service started with no Kafka reports `kafka_unavailable` (no traceback) and returns failure for exit 1."""

    class Unreachable:
        async def run(self) -> None:
            raise KafkaUnavailableError("Kafka not reachable: Unable to bootstrap")

    monkeypatch.setattr(tocsin_classifier.app, "build_app", lambda settings, kafka: Unreachable())
    monkeypatch.setattr(tocsin_classifier.app, "configure_logging", lambda service, level: None)
    with structlog.testing.capture_logs() as logs:
        assert tocsin_classifier.app.run(ClassifierSettings(), KafkaSettings()) is False
    assert [(e["event"], e["log_level"]) for e in logs] == [("kafka_unavailable", "error")]


def test_any_other_failure_at_start_is_one_log_line_and_a_failure_status(monkeypatch: pytest.MonkeyPatch) -> None:
    """A status table that cannot be rebuilt (e.g. a batch in a codec the process cannot read) ends the service
    with one JSON line carrying the traceback, not a traceback written around the log, and exit 1."""

    class Broken:
        async def run(self) -> None:
            raise RuntimeError("Libraries for lz4 compression codec not found")

    monkeypatch.setattr(tocsin_classifier.app, "build_app", lambda settings, kafka: Broken())
    monkeypatch.setattr(tocsin_classifier.app, "configure_logging", lambda service, level: None)
    with structlog.testing.capture_logs() as logs:
        assert tocsin_classifier.app.run(ClassifierSettings(), KafkaSettings()) is False
    assert [(e["event"], e["log_level"]) for e in logs] == [("classifier_start_failed", "error")]
    assert "lz4" in logs[0]["error"]


def test_its_http_port_taken_at_start_is_one_line_with_the_reason_and_a_failure_status(
    monkeypatch: pytest.MonkeyPatch, kafka_bootstrap: str
) -> None:
    """The real service against a real broker, its health port held by another process: a reason, no traceback."""
    monkeypatch.setattr(tocsin_classifier.app, "configure_logging", lambda service, level: None)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings = ClassifierSettings(http_port=port, group_id=f"port-taken-{port}")
        with structlog.testing.capture_logs() as logs:
            assert tocsin_classifier.app.run(settings, KafkaSettings(bootstrap_servers=kafka_bootstrap)) is False
    failures = [entry for entry in logs if entry["event"] == "classifier_start_failed"]
    assert len(failures) == 1
    assert "exc_info" not in failures[0]
    assert (
        failures[0]["reason"]
        == f"cannot listen on 127.0.0.1:{port}: Address already in use (CLASSIFIER_HTTP_HOST/PORT)"
    )


def test_a_record_too_large_for_its_alert_is_rejected_at_once() -> None:
    """An alert embeds its input: a record near Kafka's 1 MiB limit could never be published, so it is rejected
    (and dead-lettered) instead of being read again forever."""
    huge = to_kafka(arrest("Journalist detained " + "x" * (tocsin_classifier.batch.MAX_RECORD_BYTES), n=1))
    outcome = judge(_consumed(1, huge.value, huge.headers), ConventionStatus())
    assert isinstance(outcome, Rejected)
    assert (outcome.reason, type(outcome.error).__name__) == ("rejected", "OversizeEventError")
    normal = to_kafka(arrest("Journalist detained " + "x" * 100_000, n=2))
    assert isinstance(judge(_consumed(2, normal.value, normal.headers), ConventionStatus()), Classified)
