"""Classifier throughput against raw aiokafka passthrough, same broker, same data, same run.

    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 uv run python bench/bench_classifier.py [N]

Produces N watcher events (default 20000) to a fresh input topic, then runs four pairs of consumers, each with
its own group and output topic, every one with the same delivery discipline: the output (acks=all, idempotent)
is acknowledged before the input offset is committed.
  passthrough, batch    aiokafka: poll up to MAX_RECORDS, send every record, await them together, commit once
  classifier, batch     the service's subscriber (tocsin_classifier.app.subscribe): the same, with
                        decode -> classify -> encode per record and dead letters for the rejects
  faststream, batch     a FastStream batch subscriber that republishes each record unchanged: the framework's share
  contract only, batch  the service's subscriber with the reading of the words replaced by one fixed reading: what
                        is left is decoding, validating, building, encoding, publishing and logging each alert, the
                        ceiling that no speed-up of the rules can lift the classifier above
  passthrough, message  aiokafka: send one record, await it, commit it, next (on the first N/10 records)
  classifier, message   the service's subscriber with max_records=1 (on the same first N/10 records)
Throughput is measured the same way for all, from outside: committed offsets are polled and the rate runs from
the first commit seen to the last (group join and first fetch excluded for everyone). Each path runs BENCH_ROUNDS
times (default 2), the paths taking turns, and its best rate is kept: this 2-core machine is noisy. The headline is
classifier / passthrough with batches (target >= 0.7); the per-message pair is printed too, and so is the cost of
judge() alone on the same records (what the classifier adds to a passthrough, before any overlap).
"""

import asyncio
import contextlib
import os
import sys
import time
import uuid
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import GroupCoordinatorNotAvailableError, KafkaConnectionError, KafkaError, KafkaTimeoutError
from faststream import AckPolicy
from faststream.kafka import KafkaBroker, KafkaMessage

from tocsin_classifier.app import MAX_RECORDS, settle, subscribe
from tocsin_classifier.batch import Rejected, judge
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import Signals, read_signals
from tocsin_classifier.settings import ClassifierSettings
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


def judge_cost(data: list[tuple[bytes, bytes, list[tuple[str, bytes]]]]) -> float:
    """Microseconds per record of judge() alone (decode, classify, encode) on `data`, in this process, no Kafka."""
    context = ConventionStatus()
    consumed = [
        ConsumerRecord("in", 0, i, 0, 0, key, value, None, len(key), len(value), headers)
        for i, (value, key, headers) in enumerate(data)
    ]
    for record in consumed[:500]:  # warm the lexicons and caches, as a running service has them
        judged = judge(record, context)
        if isinstance(judged, Rejected):  # a path that only rejects would time its error handling, not its work
            raise SystemExit(f"judge() rejected a bench record ({judged.reason}): {judged.error!r}")
    start = time.perf_counter()
    for record in consumed:
        judge(record, context)
    return (time.perf_counter() - start) / len(consumed) * 1e6


@contextlib.contextmanager
def fixed_reading() -> Iterator[None]:
    """While inside, every news item reads as one fixed headline: the rules' judgement is a cache hit, and what
    remains of the classifier's work is the contract's (decode, validate, build the alert, encode)."""
    fixed = read_signals("Journalist arrested under PECA over a Facebook post", "en")

    def read_fixed(text: str, language: str, *, year: int | None = None) -> Signals:  # a plain function, not a mock
        return fixed

    with mock.patch("tocsin_classifier.classify.read_signals", new=read_fixed):
        yield


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


SETTINGS = ClassifierSettings(auto_offset_reset="earliest")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2"))


async def passthrough(bootstrap: str, source: str, sink: str, group: str, target: int, *, batched: bool) -> None:
    """Copy records from source to sink until `target` are done, committing only after the copies are durable."""
    consumer = AIOKafkaConsumer(
        source,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=SETTINGS.fetch_max_wait_ms,
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await consumer.start()
    await producer.start()
    done = 0
    try:
        while done < target:
            polled = await consumer.getmany(timeout_ms=SETTINGS.fetch_max_wait_ms, max_records=MAX_RECORDS)
            batch = [r for records in polled.values() for r in records]
            if batched:
                sent = [await producer.send(sink, r.value, key=r.key, headers=list(r.headers)) for r in batch]
                await asyncio.gather(*sent)
                await consumer.commit()
            else:
                for r in batch:
                    await producer.send_and_wait(sink, r.value, key=r.key, headers=list(r.headers))
                    await consumer.commit({TopicPartition(r.topic, r.partition): r.offset + 1})
            done += len(batch)
    finally:
        await consumer.stop()
        await producer.stop()


def classifier(bootstrap: str, source: str, sink: str, group: str, *, max_records: int) -> KafkaBroker:
    """A broker carrying the service's own subscriber, reading `source` and publishing its alerts to `sink`."""
    broker = make_broker(KafkaSettings(bootstrap_servers=bootstrap), service="classifier-bench")
    settings = SETTINGS.model_copy(update={"group_id": group})
    dead_letters = DeadLetters(broker, service="classifier-bench")
    subscribe(
        broker, settings, ConventionStatus(), dead_letters, topics=(source,), output_topic=sink, max_records=max_records
    )
    return broker


def faststream_noop(bootstrap: str, source: str, sink: str, group: str) -> KafkaBroker:
    """A FastStream batch subscriber with the service's settings that republishes every record unchanged."""
    broker = make_broker(KafkaSettings(bootstrap_servers=bootstrap), service="classifier-bench")

    @broker.subscriber(
        source,
        batch=True,
        max_records=MAX_RECORDS,
        batch_timeout_ms=SETTINGS.fetch_max_wait_ms,
        group_id=group,
        ack_policy=AckPolicy.ACK,
        fetch_max_wait_ms=SETTINGS.fetch_max_wait_ms,
        auto_offset_reset="earliest",
    )
    async def on_records(msg: KafkaMessage) -> None:
        raw = msg.raw_message
        records = raw if isinstance(raw, tuple) else (raw,)
        sent = []
        for r in records:
            headers = {k: v.decode() for k, v in r.headers or ()}
            sent.append(await broker.publish(r.value, sink, key=r.key, headers=headers, no_confirm=True))
        await asyncio.gather(*sent)

    return broker


RETRIED = (GroupCoordinatorNotAvailableError, KafkaConnectionError, KafkaTimeoutError)


async def rate(bootstrap: str, group: str, target: int, run: Callable[[], Coroutine[Any, Any, None]]) -> float:
    """Records/s of `run` (which consumes as `group`), from its first commit seen to `target` committed."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    task = asyncio.create_task(run())
    try:
        first: tuple[float, int] | None = None
        while True:
            try:
                offsets = await admin.list_consumer_group_offsets(group)
            except KafkaError as exc:  # a fresh broker has no group coordinator yet: ask again
                if not (exc.retriable or isinstance(exc, RETRIED)):
                    raise
                await asyncio.sleep(0.2)
                continue
            committed, now = sum(int(o.offset) for o in offsets.values() if o.offset > 0), time.perf_counter()
            if committed and first is None:
                first = (now, committed)
            if first is not None and committed >= target:
                return (committed - first[1]) / (now - first[0])
            if task.done():
                task.result()  # a crash is reported, not waited out
            await asyncio.sleep(0.02)  # the committed offsets live on the broker: polling is the only way
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await admin.close()


async def served(broker: KafkaBroker) -> None:
    """Run `broker`'s subscribers until cancelled."""
    async with broker:
        await broker.start()
        await asyncio.Event().wait()


async def main(n: int) -> None:
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    # The service's default level, so its per-alert lines are rendered and paid for; they go to LOG_FILE.
    configure_logging("classifier-bench", os.environ.get("BENCH_LOG_LEVEL", "INFO"), json=True)
    settle()  # the service's start-up memory settings, for every path of this process alike
    run = uuid.uuid4().hex[:8]
    source = f"bench-classifier-in-{run}"
    paths = ("pass-batch", "cls-batch", "noop-batch", "fixed-batch", "pass-msg", "cls-msg")
    sinks = {k: f"bench-classifier-{k}-{run}" for k in paths}
    await ensure_topics(KafkaSettings(bootstrap_servers=bootstrap), (TOPICS[Topic.DEAD_LETTERS],))
    await create(bootstrap, source, *sinks.values())
    data = records(n)
    judge_cost(data[:500])  # every path must classify, not reject: fail now, not after timing dead letters
    with fixed_reading():
        judge_cost(data[:500])
    await produce(bootstrap, source, data)
    few = max(1000, n // 10)
    print(f"broker {bootstrap}, {n} events on {source} ({PARTITIONS} partitions), batches of up to {MAX_RECORDS}")
    print(f"each path run {ROUNDS} times, taking turns; the best rate of each is shown")

    def group(path: str, round_: int) -> str:
        return f"bench-{path}-{run}-{round_}"  # a fresh group per round reads the input from the start

    def copy(path: str, target: int, round_: int, *, batched: bool) -> Callable[[], Coroutine[Any, Any, None]]:
        return lambda: passthrough(bootstrap, source, sinks[path], group(path, round_), target, batched=batched)

    def service(path: str, round_: int, max_records: int) -> Callable[[], Coroutine[Any, Any, None]]:
        return lambda: served(classifier(bootstrap, source, sinks[path], group(path, round_), max_records=max_records))

    def noop(round_: int) -> Callable[[], Coroutine[Any, Any, None]]:
        return lambda: served(faststream_noop(bootstrap, source, sinks["noop-batch"], group("noop-batch", round_)))

    def contract_only(round_: int) -> Callable[[], Coroutine[Any, Any, None]]:
        async def run() -> None:
            with fixed_reading():
                await service("fixed-batch", round_, MAX_RECORDS)()

        return run

    r: dict[str, float] = {}
    for round_ in range(ROUNDS):  # the paths take turns, so a noisy moment on the machine hits them alike
        runs = {
            "pass-batch": (n, copy("pass-batch", n, round_, batched=True)),
            "cls-batch": (n, service("cls-batch", round_, MAX_RECORDS)),
            "noop-batch": (n, noop(round_)),
            "fixed-batch": (n, contract_only(round_)),
            "pass-msg": (few, copy("pass-msg", few, round_, batched=False)),
            "cls-msg": (few, service("cls-msg", round_, 1)),
        }
        for path, (target, work) in runs.items():
            r[path] = max(r.get(path, 0.0), await rate(bootstrap, group(path, round_), target, work))
    labels = {
        "pass-batch": f"passthrough, batch ({n})",
        "cls-batch": f"classifier, batch ({n})",
        "noop-batch": f"faststream republish, batch ({n})",
        "fixed-batch": f"contract only (fixed reading), batch ({n})",
        "pass-msg": f"passthrough, per message ({few})",
        "cls-msg": f"classifier, per message ({few})",
    }
    print(f"{'path':<44}{'msgs/s':>10}")
    for path in paths:
        print(f"{labels[path]:<44}{r[path]:>10.0f}")
    print(f"ratio classifier / passthrough, batch:       {r['cls-batch'] / r['pass-batch']:.2f} (target >= 0.7)")
    print(f"ratio classifier / passthrough, per message: {r['cls-msg'] / r['pass-msg']:.2f}")
    print(f"ratio classifier / faststream republish:     {r['cls-batch'] / r['noop-batch']:.2f}")
    print(f"ratio contract only / passthrough, batch:    {r['fixed-batch'] / r['pass-batch']:.2f} (the ceiling)")
    cost, kafka = judge_cost(data), 1e6 / r["pass-batch"]
    with fixed_reading():
        contract = judge_cost(data)
    print(f"judge() alone, no Kafka (decode + classify + encode): {cost:.1f} us/record")
    print(f"judge() with the fixed reading (decode + encode):     {contract:.1f} us/record")
    print(f"passthrough, batch:                                   {kafka:.1f} us/record")


LOG_FILE = Path(__file__).resolve().parent.parent / "var" / "bench-classifier.log"

if __name__ == "__main__":
    LOG_FILE.parent.mkdir(exist_ok=True)
    print(f"logs (JSON lines, the service's INFO level): {LOG_FILE}")
    with LOG_FILE.open("w") as log_file, contextlib.redirect_stderr(log_file):
        asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000))
