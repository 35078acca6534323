"""The one way services build a Kafka broker and make sure their topics exist."""

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

import structlog
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError
from faststream import AckPolicy
from faststream.kafka import KafkaBroker
from faststream.message import StreamMessage
from faststream.security import BaseSecurity, SASLPlaintext, SASLScram256, SASLScram512

from tocsin_runtime import lenient_records
from tocsin_runtime.errors import KafkaUnavailableError
from tocsin_runtime.logging import BROKER_LOGGER
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import TOPICS, TopicSpec

log = structlog.get_logger()
DYNAMIC_TOPIC_CONFIG = 1  # a DescribeConfigs entry's source: set on the topic itself (not a broker default)
MAX_BATCH_BYTES = 256 * 1024  # per partition: a classified batch of 500 alerts is ~750 kB
KAFKA_PING_TIMEOUT = 2.0  # seconds a readiness check waits for the broker to answer


def make_broker(kafka: KafkaSettings, *, service: str) -> KafkaBroker:
    """A broker whose subscribers ack only after their handler returns (never the at-most-once default), and whose
    consumers read a header key that is not UTF-8 instead of stalling on it (`lenient_records`)."""
    lenient_records.install()
    return KafkaBroker(
        kafka.bootstrap_servers,
        client_id=f"{kafka.client_id}-{service}",
        security=_security(kafka),
        ack_policy=AckPolicy.ACK,
        acks="all",
        enable_idempotence=True,
        max_batch_size=MAX_BATCH_BYTES,
        allow_auto_create_topics=False,
        description=f"Tocsin {service}",
        decoder=raw_bytes,
        logger=logging.getLogger(BROKER_LOGGER),  # FastStream's default writes coloured text to stdout
        log_level=logging.DEBUG,  # per-message lines; errors are still logged at ERROR
    )


async def kafka_answers(broker: KafkaBroker) -> bool:
    """True when the Kafka cluster answers `broker` within KAFKA_PING_TIMEOUT (readiness checks)."""
    return await broker.ping(timeout=KAFKA_PING_TIMEOUT)


async def raw_bytes(msg: StreamMessage[Any]) -> bytes:
    """Hand handlers the raw value: decoding (and dead-lettering what fails) is Tocsin's job, not FastStream's."""
    return msg.body


def admin_kwargs(kafka: KafkaSettings) -> dict[str, object]:
    """Connection arguments for plain aiokafka clients (admin, consumers outside FastStream); their consumers, like
    the broker's, read a header key that is not UTF-8 instead of stalling on it (`lenient_records`)."""
    lenient_records.install()
    kwargs: dict[str, object] = {
        "bootstrap_servers": kafka.bootstrap_servers,
        "client_id": kafka.client_id,
        "security_protocol": kafka.security_protocol,
    }
    if kafka.sasl_mechanism:
        kwargs["sasl_mechanism"] = kafka.sasl_mechanism
        kwargs["sasl_plain_username"] = kafka.sasl_username
        kwargs["sasl_plain_password"] = kafka.sasl_password.get_secret_value() if kafka.sasl_password else None
    if kafka.security_protocol.endswith("SSL"):
        kwargs["ssl_context"] = ssl.create_default_context(cafile=kafka.ssl_cafile)
    return kwargs


Described = dict[str, dict[str, tuple[str, int]]]  # topic -> config name -> (value, source), from DescribeConfigs


@dataclass(frozen=True)
class Drift:
    """A contract topic that exists with another setting than the contract's (auto-created with the broker's
    defaults, say, or changed by hand): `setting` is `partitions` or a topic config."""

    topic: str
    setting: str
    actual: str
    expected: str

    @property
    def fixable(self) -> bool:
        """Whether `ensure_topics(fix=True)` sets it back (partitions never: that would move keys)."""
        return self.setting != "partitions"

    def __str__(self) -> str:
        return f"{self.topic}: {self.setting} is {self.actual}, the contract says {self.expected}"


async def ensure_topics(
    kafka: KafkaSettings, specs: tuple[TopicSpec, ...] | None = None, *, timeout: float = 30.0, fix: bool = False
) -> list[Drift]:
    """Create every topic of the contract with its partitions, retention and cleanup policy (idempotent), and
    return how the topics that already existed differ from it, each logged as `topic_config_differs` (a topic
    auto-created with the broker's defaults loses "forever" retention or compaction unseen). With `fix`, their
    retention and cleanup policy are set back to the contract's (other settings made on them are kept);
    partitions are never changed (that would move keys)."""
    wanted = specs if specs is not None else tuple(TOPICS.values())
    admin = AIOKafkaAdminClient(**admin_kwargs(kafka))
    try:
        await _start_within(admin, timeout)
        existing = set(await admin.list_topics())
        new = [_new_topic(spec, kafka.replication_factor) for spec in wanted if spec.topic.value not in existing]
        if new:
            with contextlib.suppress(TopicAlreadyExistsError):  # another service created them first
                await admin.create_topics(new)
        old = [spec for spec in wanted if spec.topic.value in existing]
        try:
            configs = await _described(admin, old) if old else {}
            drifts = await _drifts(admin, old, configs) if old else []
        except (KafkaError, OSError) as exc:  # e.g. no DescribeConfigs permission: checking is not worth a failed start
            log.warning("topic_config_unchecked", error=repr(exc)[:300])
            return []
        for drift in drifts:
            log.warning(
                "topic_config_differs",
                topic=drift.topic,
                setting=drift.setting,
                actual=drift.actual,
                expected=drift.expected,
                fixed=fix and drift.fixable,
            )
        if fix and drifts:
            await _fix(admin, [spec for spec in old if any(d.topic == spec.topic.value for d in drifts)], configs)
        return drifts
    finally:
        await admin.close()


def _configs(spec: TopicSpec) -> dict[str, str]:
    """The topic configs the contract sets."""
    if spec.compacted:
        return {"cleanup.policy": "compact"}
    return {"cleanup.policy": "delete", "retention.ms": str(spec.retention_ms)}


async def _described(admin: AIOKafkaAdminClient, specs: list[TopicSpec]) -> Described:
    """What the broker says of each topic's configs."""
    resources = [ConfigResource(ConfigResourceType.TOPIC, spec.topic.value) for spec in specs]
    found: Described = {}
    for response in await admin.describe_configs(resources):
        for resource in response.resources:
            name, entries = resource[3], resource[4]
            found[name] = {entry[0]: (str(entry[1]), int(entry[3])) for entry in entries}
    return found


async def _drifts(admin: AIOKafkaAdminClient, specs: list[TopicSpec], configs: Described) -> list[Drift]:
    partitions = {d["topic"]: len(d["partitions"]) for d in await admin.describe_topics([s.topic.value for s in specs])}
    drifts = []
    for spec in specs:
        topic = spec.topic.value
        if partitions.get(topic, spec.partitions) < spec.partitions:
            drifts.append(Drift(topic, "partitions", str(partitions[topic]), str(spec.partitions)))
        for setting, expected in _configs(spec).items():
            actual = configs.get(topic, {}).get(setting, ("?", 0))[0]
            if actual != expected:
                drifts.append(Drift(topic, setting, actual, expected))
    return drifts


async def _fix(admin: AIOKafkaAdminClient, specs: list[TopicSpec], configs: Described) -> None:
    """Set the contract's configs on `specs`, keeping every other config set on the topic (`configs`, as described:
    AlterConfigs replaces a topic's whole set)."""
    resources = []
    for spec in specs:
        kept = {k: v for k, (v, source) in configs.get(spec.topic.value, {}).items() if source == DYNAMIC_TOPIC_CONFIG}
        resources.append(ConfigResource(ConfigResourceType.TOPIC, spec.topic.value, configs={**kept, **_configs(spec)}))
    await admin.alter_configs(resources)


async def stop_consumer(stopping: Awaitable[object]) -> None:
    """Await a Kafka consumer's stop. aiokafka's fetcher, closing, cancels the fetch requests it is retrying (the
    broker gone, say) and awaits them, so their CancelledError escapes `stop()` and broke the notifier's stop in
    the middle (found in CI: Kafka stopped first). That one is logged and swallowed; a cancellation of this task
    itself still goes up."""
    try:
        await stopping
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            raise
        log.warning("consumer_stop_interrupted", reason="a fetch request cancelled while closing")


async def _start_within(admin: AIOKafkaAdminClient, timeout: float) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        try:
            await admin.start()
            return
        except (KafkaConnectionError, KafkaError, OSError) as exc:
            if asyncio.get_running_loop().time() > deadline:
                raise KafkaUnavailableError(f"Kafka not reachable: {exc}") from exc
            await asyncio.sleep(0.5)


def _new_topic(spec: TopicSpec, replication: int) -> NewTopic:
    configs = {"retention.ms": str(spec.retention_ms)}
    if spec.compacted:
        configs = {"cleanup.policy": "compact"}
    return NewTopic(spec.topic.value, spec.partitions, replication, topic_configs=configs)


def _security(kafka: KafkaSettings) -> BaseSecurity | None:
    use_ssl = kafka.security_protocol.endswith("SSL")
    context = ssl.create_default_context(cafile=kafka.ssl_cafile) if use_ssl else None
    password = kafka.sasl_password.get_secret_value() if kafka.sasl_password else ""
    user = kafka.sasl_username or ""
    match kafka.sasl_mechanism:
        case "PLAIN":
            return SASLPlaintext(user, password, ssl_context=context, use_ssl=use_ssl)
        case "SCRAM-SHA-256":
            return SASLScram256(user, password, ssl_context=context, use_ssl=use_ssl)
        case "SCRAM-SHA-512":
            return SASLScram512(user, password, ssl_context=context, use_ssl=use_ssl)
    return BaseSecurity(ssl_context=context, use_ssl=use_ssl) if use_ssl else None
