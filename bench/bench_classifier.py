"""Classifier throughput against raw aiokafka passthrough, same broker, same data, same run.

    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 uv run python bench/bench_classifier.py [N]

Produces N watcher events (default 20000) to a fresh input topic, then measures, each with its own
consumer group and output topic:
  passthrough/message  aiokafka consume -> produce (acks=all, idempotent) -> commit, one record at a time:
                       the delivery guarantee the service gives (commit only after the output is durable)
  passthrough/batch    the same, but the produces of one poll are awaited together and committed once
  faststream/noop      a FastStream subscriber with the service's settings that republishes the record
                       unchanged (awaited) -> commit: the framework's share of the cost, without classifying
  classifier           the service's own subscriber (tocsin_classifier.app.subscribe on FastStream):
                       decode -> classify -> publish (awaited) -> commit, per message
and prints msgs/s for each and the ratio classifier / passthrough (target >= 0.7).
"""

import asyncio
import os
import sys
import time
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from faststream import AckPolicy
from faststream.kafka import KafkaMessage

from tocsin_classifier.app import subscribe
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.settings import ClassifierSettings
from tocsin_classifier.status_topic import partitions_of
from tocsin_runtime.broker import ensure_topics, make_broker
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.logging import configure_logging
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import TOPICS, Topic, to_kafka

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from tests.classifier.factories import arrest, treaty_action

PARTITIONS = 3
TEMPLATES = [
    ("en", "Journalist {n} arrested under PECA over a Facebook post", "Charged under section 26-A.", "PAK"),
    ("en", "Police dismantle ransomware gang {n}", "Europol said the suspects laundered cryptocurrency.", "NGA"),
    ("en", "Security researcher {n} charged after reporting a vulnerability", "Unauthorised access alleged.", "KEN"),
    ("vi", "Bắt tạm giam blogger {n} theo Điều 117", "Ông bị khởi tố vì bài viết trên mạng xã hội.", "VNM"),
    ("vi", "Triệt phá đường dây lừa đảo {n} qua mạng", "Công an bắt 12 đối tượng chiếm đoạt tài sản.", "VNM"),
    ("fr", "Tunisie : un militant {n} poursuivi au titre du décret-loi 54", "Pour « fausses nouvelles ».", "TUN"),
    ("fr", "Démantèlement d'un réseau d'escroquerie {n}", "Hameçonnage et faux conseillers bancaires.", "FRA"),
    ("es", "Detenido el periodista {n} por noticias falsas", "Fue llevado a El Chipote sin orden judicial.", "NIC"),
    ("es", "Capturan a banda {n} de clonación de tarjetas", "Imputados por estafa y lavado de dinero.", "MEX"),
]


def records(n: int) -> list[tuple[bytes, bytes, list[tuple[str, bytes]]]]:
    """N binary-mode records: mostly arrest reports in four languages, one treaty action in fifty."""
    out = []
    for i in range(n):
        if i % 50 == 0:
            event = treaty_action(f"State {i}", None, "signature", day=1 + i % 28)
        else:
            language, title, summary, country = TEMPLATES[i % len(TEMPLATES)]
            event = arrest(title.format(n=i), summary, language=language, country=country, n=i)  # type: ignore[assignment]
        record = to_kafka(event)
        out.append((record.value, record.key, [(k, v.encode()) for k, v in record.headers.items()]))
    return out


async def create(bootstrap: str, *names: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, PARTITIONS, 1) for name in names])
    finally:
        await admin.close()


async def produce(bootstrap: str, topic: str, data: list[tuple[bytes, bytes, list[tuple[str, bytes]]]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, acks="all")
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=key, headers=headers) for value, key, headers in data]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def passthrough(bootstrap: str, source: str, sink: str, n: int, *, batched: bool) -> float:
    """Seconds to copy n records from source to sink, committing only after the copies are acknowledged."""
    consumer = AIOKafkaConsumer(
        source,
        bootstrap_servers=bootstrap,
        group_id=f"bench-pass-{uuid.uuid4().hex[:8]}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=50,
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    started = time.perf_counter()
    await consumer.start()
    await producer.start()
    done = 0
    try:
        while done < n:
            batches = await consumer.getmany(timeout_ms=200)
            for tp, batch in batches.items():
                if batched:
                    sends = [await producer.send(sink, r.value, key=r.key, headers=list(r.headers)) for r in batch]
                    await asyncio.gather(*sends)
                    await consumer.commit({tp: batch[-1].offset + 1})
                else:
                    for r in batch:
                        await producer.send_and_wait(sink, r.value, key=r.key, headers=list(r.headers))
                        await consumer.commit({tp: r.offset + 1})
                done += len(batch)
        return time.perf_counter() - started
    finally:
        await consumer.stop()
        await producer.stop()


async def classifier(bootstrap: str, source: str, sink: str, n: int, *, classify: bool = True) -> float:
    """Seconds for the classifier's subscriber (or a no-op one) to handle n records and commit their offsets."""
    kafka = KafkaSettings(bootstrap_servers=bootstrap)
    group = f"bench-classifier-{uuid.uuid4().hex[:8]}"
    broker = make_broker(kafka, service="classifier-bench")
    settings = ClassifierSettings(group_id=group, auto_offset_reset="earliest", fetch_max_wait_ms=50)
    if classify:
        dead_letters = DeadLetters(broker, service="bench")
        subscribe(broker, settings, ConventionStatus(), dead_letters, topics=(source,), output_topic=sink)
    else:

        @broker.subscriber(
            source,
            group_id=group,
            ack_policy=AckPolicy.ACK,
            fetch_max_wait_ms=settings.fetch_max_wait_ms,
            auto_offset_reset="earliest",
        )
        async def on_record(msg: KafkaMessage) -> None:
            raw = msg.raw_message
            assert not isinstance(raw, tuple)
            headers = {k: v.decode() for k, v in raw.headers or ()}
            await broker.publish(raw.value, sink, key=raw.key, headers=headers)

    partitions = [TopicPartition(source, p) for p in await partitions_of(kafka, source)]
    watcher = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await watcher.start()
    try:
        started = time.perf_counter()
        async with broker:
            await broker.start()
            while sum([await watcher.committed(tp) or 0 for tp in partitions]) < n:  # noqa: ASYNC110
                await asyncio.sleep(0.05)  # the committed offsets live on the broker: polling is the only way
            return time.perf_counter() - started
    finally:
        await watcher.stop()


async def main(n: int) -> None:
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    configure_logging("classifier-bench", os.environ.get("BENCH_LOG_LEVEL", "WARNING"))
    run = uuid.uuid4().hex[:8]
    source, sinks = (
        f"bench-classifier-in-{run}",
        {k: f"bench-classifier-{k}-{run}" for k in ("msg", "batch", "noop", "cls")},
    )
    await ensure_topics(KafkaSettings(bootstrap_servers=bootstrap), (TOPICS[Topic.DEAD_LETTERS],))
    await create(bootstrap, source, *sinks.values())
    data = records(n)
    await produce(bootstrap, source, data)
    print(f"broker {bootstrap}, {n} events on {source} ({PARTITIONS} partitions)")
    per_message = n / await passthrough(bootstrap, source, sinks["msg"], n, batched=False)
    per_batch = n / await passthrough(bootstrap, source, sinks["batch"], n, batched=True)
    framework = n / await classifier(bootstrap, source, sinks["noop"], n, classify=False)
    classified = n / await classifier(bootstrap, source, sinks["cls"], n)
    print(f"{'path':<40}{'msgs/s':>10}")
    print(f"{'passthrough, commit per message':<40}{per_message:>10.0f}")
    print(f"{'passthrough, commit per poll batch':<40}{per_batch:>10.0f}")
    print(f"{'faststream subscriber, no classify':<40}{framework:>10.0f}")
    print(f"{'classifier (consume-classify-produce)':<40}{classified:>10.0f}")
    print(f"ratio classifier / passthrough per message: {classified / per_message:.2f} (target >= 0.7)")
    print(f"ratio classifier / passthrough per batch:   {classified / per_batch:.2f}")
    print(f"ratio classifier / faststream no-op:        {classified / framework:.2f}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000))
