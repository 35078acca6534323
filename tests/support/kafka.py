"""A real Apache Kafka broker for the test session.

Order: $KAFKA_BOOTSTRAP_SERVERS if set; else testcontainers' Kafka module when a Docker engine answers; else
deploy/kafka/kafka.sh on a free 127.0.0.1 port with a throwaway data directory.
"""

import os
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "deploy" / "kafka" / "kafka.sh"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def kafka_broker() -> Iterator[str]:
    """Yield a bootstrap address of a running broker; stop it afterwards if this function started it."""
    existing = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if existing:
        yield existing
        return
    container = _docker_kafka()
    if container is not None:
        with container as kafka:
            yield kafka.get_bootstrap_server()
        return
    with script_kafka() as bootstrap:
        yield bootstrap


def _docker_kafka() -> Any:
    try:
        from docker.errors import DockerException
        from testcontainers.community.kafka import KafkaContainer
    except ImportError:
        return None
    try:
        # Constructing the container already talks to the Docker engine and raises without one.
        return KafkaContainer("apache/kafka:4.4.0").with_kraft()
    except DockerException:
        return None


@contextmanager
def script_kafka() -> Iterator[str]:
    """A broker of the caller's own from deploy/kafka/kafka.sh (one a test may stop), gone afterwards."""
    port, controller = free_port(), free_port()
    with tempfile.TemporaryDirectory(prefix="tocsin-kafka-") as run_dir:
        env = {
            **os.environ,
            "KAFKA_PORT": str(port),
            "KAFKA_CONTROLLER_PORT": str(controller),
            "KAFKA_RUN_DIR": run_dir,
        }
        subprocess.run(["bash", str(SCRIPT), "start"], env=env, check=True)
        try:
            yield f"127.0.0.1:{port}"
        finally:
            subprocess.run(["bash", str(SCRIPT), "stop"], env=env, check=False)


async def create_topics(bootstrap: str, *names: str, partitions: int = 1) -> None:
    """Declare test topics up front (producers here never auto-create topics)."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, partitions, 1) for name in names])
    finally:
        await admin.close()
