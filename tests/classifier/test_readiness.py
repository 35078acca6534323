"""The classifier's /readyz: ready once the status table is rebuilt and while Kafka answers."""

import asyncio

import pytest
from structlog.testing import capture_logs

from tests.support.kafka import script_kafka
from tocsin_classifier.readiness import Readiness
from tocsin_runtime.broker import kafka_answers, make_broker
from tocsin_runtime.health import probe
from tocsin_runtime.settings import KafkaSettings


async def test_not_ready_until_loaded_nor_while_kafka_is_silent_and_each_change_is_logged_once() -> None:
    """Starting is silent unreadiness; an outage is unreadiness logged once, and its end is logged once."""
    kafka_up = True

    async def ping() -> bool:
        return kafka_up

    loaded = asyncio.Event()
    readiness = Readiness(loaded, ping)
    with capture_logs() as logs:
        assert not await readiness()
        loaded.set()
        assert await readiness()
        kafka_up = False
        assert not await readiness()
        assert not await readiness()
        assert (await probe("/readyz", readiness))[0] == 503
        kafka_up = True
        assert await readiness()
    changes = [(entry["event"], entry.get("problems")) for entry in logs]
    assert changes == [("classifier_not_ready", ["kafka_unreachable"]), ("classifier_ready", None)]


@pytest.mark.kafka
async def test_the_check_the_service_wires_in_sees_a_broker_go_away() -> None:
    """Against a broker of its own: True while it runs, False within the ping timeout once it is stopped."""
    with script_kafka() as bootstrap:
        broker = make_broker(KafkaSettings(bootstrap_servers=bootstrap), service="classifier")
        await broker.connect()
        answers = [await kafka_answers(broker)]
    try:
        answers.append(await kafka_answers(broker))
    finally:
        await broker.stop()
    assert answers == [True, False]
