"""Session-wide fixtures: one real Kafka broker for every test that asks for it."""

import os

# Before any settings class is imported (they read it once): no test reads the developer's own .env, whose ports and
# paths are theirs (a .env moving a service's port failed a test); subprocesses inherit this too.
os.environ["TOCSIN_ENV_FILE"] = ""

from collections.abc import Iterator

import pytest

from tests.support.kafka import kafka_broker
from tocsin_runtime import consume


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """Bootstrap address of a real Apache Kafka broker (started once per session if needed)."""
    with kafka_broker() as bootstrap:
        yield bootstrap


@pytest.fixture(autouse=True)
def _no_message_left_stuck() -> Iterator[None]:
    """The guard remembers, per partition, a message that keeps failing (to wait longer and log less): a test's
    message must not look stuck to the next test."""
    consume._stuck.clear()
    yield
    consume._stuck.clear()
