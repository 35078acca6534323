"""The committed AsyncAPI documents are current and describe the topics the real apps subscribe to."""

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any, cast

from faststream.kafka import KafkaBroker

from tocsin_classifier.app import build_app
from tocsin_classifier.settings import ClassifierSettings
from tocsin_notifier import pipeline
from tocsin_runtime.asyncapi import ROLES, render_all
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import TOPICS, Topic

ROOT = Path(__file__).resolve().parents[1]


def _subscribed(broker: KafkaBroker) -> set[str]:
    return {name for sub in broker.subscribers for name in cast(Any, sub).topic_names}


def test_committed_asyncapi_documents_are_current() -> None:
    """docs/asyncapi/*.json are exactly what `scripts/docs` generates now."""
    committed = {p.name: p.read_text() for p in (ROOT / "docs" / "asyncapi").glob("*.json")}
    assert committed == render_all()


def test_asyncapi_documents_are_version_3_with_cloudevents_headers() -> None:
    """Every event message names its payload schema and requires the ce_* headers; dead letters, which need not
    carry them, document their own."""
    doc = json.loads(render_all()["notifier.json"])
    assert doc["asyncapi"] == "3.0.0"
    messages = doc["components"]["messages"]
    events = [m for name, m in messages.items() if not name.startswith("tocsin.deadletter.v1")]
    assert events
    assert all("ce_type" in m["headers"]["required"] for m in events)
    dead = [m for name, m in messages.items() if name.startswith("tocsin.deadletter.v1")]
    assert dead
    assert all("ce_type" not in m["headers"].get("required", []) for m in dead)  # a failed delivery has none
    assert all("original_topic" in m["headers"]["properties"] for m in dead)
    assert "AlertClassified" in doc["components"]["schemas"]


def test_a_correlation_id_is_declared_only_where_records_carry_one() -> None:
    """The classifier's alerts go out through aiokafka and carry no correlation_id, yet the documents promised one
    (FastStream declares it on every message); where records do carry it, their headers schema declares it."""
    for service, text in render_all().items():
        for name, message in json.loads(text)["components"]["messages"].items():
            declared = "correlation_id" in message["headers"]["properties"]
            if name.startswith("tocsin.alerts.classified.v1"):
                assert "correlationId" not in message, (service, name)
                assert not declared, (service, name)
            elif "correlationId" in message:
                assert message["correlationId"]["location"] == "$message.header#/correlation_id"
                assert declared, (service, name)


def test_classifier_app_subscribes_to_the_documented_topics() -> None:
    """The classifier's FastStream subscribers read the watcher topics the document lists."""
    app = build_app(ClassifierSettings(), KafkaSettings())
    documented = {t.value for t in ROLES["classifier"][0]}
    assert _subscribed(cast(KafkaBroker, app.broker)) <= documented
    assert _subscribed(cast(KafkaBroker, app.broker))


def test_notifier_pipeline_subscribes_to_the_documented_topics() -> None:
    """The notifier's consumer reads exactly the topics its document lists."""
    broker = KafkaBroker()
    pipeline.subscribe(
        broker,
        group_id="g",
        start_from="earliest",
        outbox=cast(Any, None),
        dead_letters=cast(Any, None),
        wake=asyncio.Event(),
        clock=lambda: dt.datetime.now(dt.UTC),
    )
    assert _subscribed(broker) == {t.value for t in ROLES["notifier"][0]}


def test_every_channel_documents_its_topic_settings_and_every_message_its_key_and_type() -> None:
    """An integrator reads partitions, retention, compaction, the record key and the one ce_type of each topic from
    the documents (they had only the topic name), and the status table's null tombstones."""
    for text in render_all().values():
        doc = json.loads(text)
        for channel in doc["channels"].values():
            spec = TOPICS[Topic(channel["address"])]
            kafka = channel["bindings"]["kafka"]
            assert kafka["partitions"] == spec.partitions
            assert kafka["topicConfiguration"]["retention.ms"] == spec.retention_ms
            assert kafka["topicConfiguration"]["cleanup.policy"] == (["compact"] if spec.compacted else ["delete"])
        for name, message in doc["components"]["messages"].items():
            spec = TOPICS[Topic(name.split(":", 1)[0])]
            assert message["bindings"]["kafka"]["key"] == {"type": "string", "description": spec.key}
            if spec.event_types:
                assert message["name"] == spec.event_types[0]
                assert message["headers"]["properties"]["ce_type"] == {"const": spec.event_types[0]}
            if spec.compacted:
                assert {"type": "null", "description": "tombstone"} in message["payload"]["oneOf"]
                assert "required" not in message["headers"]
