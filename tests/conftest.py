"""Session-wide fixtures: one real Kafka broker for every test that asks for it."""

from collections.abc import Iterator

import pytest

from tests.support.kafka import kafka_broker


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """Bootstrap address of a real Apache Kafka broker (started once per session if needed)."""
    with kafka_broker() as bootstrap:
        yield bootstrap
