"""The subscriber in memory (TestKafkaBroker): one alert per event, same key, poison to the dead letters."""

import asyncio
from collections.abc import Awaitable, Callable

from faststream.kafka import KafkaBroker, KafkaMessage, TestKafkaBroker

from tests.classifier.factories import arrest, treaty_action
from tocsin_classifier.app import subscribe
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.settings import ClassifierSettings
from tocsin_runtime.broker import make_broker
from tocsin_runtime.deadletter import DeadLetters
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
