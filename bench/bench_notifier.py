"""Notifier webhook delivery against a raw aiokafka + httpx relay, same broker, same alerts, same receiver, same run.

    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 uv run python bench/bench_notifier.py [N]

Starts the real notifier (`python -m tocsin_notifier.cli serve`, its own process, SQLite in a temporary directory,
or BENCH_NOTIFIER_DATABASE_URL) and a Standard Webhooks receiver in a third process (bench/webhook_sink.py, which
verifies every signature), creates HOOKS webhook subscriptions through the notifier's API, then per round produces
N relevant alerts (default 500) to the alerts topic and measures, at the receiver, the verified deliveries per
second from the first to the last of the N x HOOKS:
  notifier   consume -> match subscriptions -> outbox row per delivery (committed before the Kafka offset) ->
             claim -> signed POST -> settle (attempt recorded) -> delivery outcome published to Kafka
  relay      the baseline: aiokafka reads the same N alerts, POSTs each, signed, to HOOKS other paths of the same
             receiver with the notifier's concurrency (8), and commits each fetched batch once every POST answered:
             at-least-once, but no record of what was sent, no retries, no outcomes
The ratio notifier / relay is the price of "never loses one" (a durable outbox, settled attempts, outcomes). Each
path runs BENCH_ROUNDS times (default 2), taking turns; the best rate is kept. Then both run side by side on a
trickle (LATENCY_ALERTS alerts, one every 200 ms), and the time from an alert's publication (acknowledged by Kafka)
to its verified receipt is printed for each, median and 95th percentile.
"""

import asyncio
import contextlib
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from tests.notifier.fakes import make_alert
from tests.support.kafka import free_port
from tocsin_notifier.channels.webhook import new_secret, sign
from tocsin_schemas import Topic, from_kafka, to_kafka, to_structured_json

HERE = Path(__file__).resolve().parent
HOOKS = 4
CONCURRENCY = 8  # the notifier's default NOTIFIER_WORKER_CONCURRENCY
LATENCY_ALERTS = 40
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2"))
COUNTRIES = ("VNM", "PAK", "NGA", "TUN", "NIC", "KEN")  # keys spread over the topic's partitions
TOPIC = Topic.ALERTS_CLASSIFIED.value
Received = dict[str, list[tuple[str, str, float]]]


@contextlib.contextmanager
def process(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


async def until_ready(client: httpx.AsyncClient, url: str, proc: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{what} exited with {proc.returncode} before it was ready")
        with contextlib.suppress(httpx.HTTPError):
            if (await client.get(url)).status_code in (200, 404):
                return
        await asyncio.sleep(0.2)
    raise SystemExit(f"{what} not ready within 120 s")


class Bench:
    def __init__(self, bootstrap: str, sink: str, api: str) -> None:
        self.bootstrap, self.sink, self.api = bootstrap, sink, api
        self.http = httpx.AsyncClient(timeout=30)
        self.producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
        self.run = uuid.uuid4().hex[:8]
        self.serial = 0

    async def received(self) -> Received:
        answer = (await self.http.get(f"{self.sink}/received")).json()
        if answer["rejected"]:
            raise SystemExit(f"the receiver rejected {answer['rejected']} requests: bad signatures")
        received: Received = answer["received"]
        return received

    async def register(self, name: str, secret: str) -> None:
        (await self.http.put(f"{self.sink}/secret/{name}", content=secret)).raise_for_status()

    async def notifier_hooks(self) -> list[str]:
        names = []
        for i in range(HOOKS):
            name = f"notifier-{i}"
            await self.register(name, new_secret())  # replaced below: the receiver must answer the creation's URL
            created = await self.http.post(
                f"{self.api}/v1/subscriptions",
                json={"channel": "webhook", "target": f"{self.sink}/hook/{name}", "filters": {}},
            )
            created.raise_for_status()
            await self.register(name, created.json()["secret"])
            names.append(name)
        return names

    async def positions(self) -> dict[TopicPartition, int]:
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap)
        await consumer.start()
        try:
            partitions = [TopicPartition(TOPIC, p) for p in sorted(await self.producer.partitions_for(TOPIC))]
            ends: dict[TopicPartition, int] = await consumer.end_offsets(partitions)
            return ends
        finally:
            await consumer.stop()

    async def produce(self, n: int, *, spacing: float = 0.0) -> dict[str, float]:
        """Publish n relevant alerts; their ids -> when Kafka acknowledged each (Unix seconds)."""
        sent: dict[str, float] = {}
        pending = []
        for i in range(n):
            self.serial += 1
            alert = make_alert(
                key=f"bench-{self.run}-{self.serial}",
                country=COUNTRIES[i % len(COUNTRIES)],
                time=dt.datetime.now(dt.UTC),
            )
            record = to_kafka(alert)
            headers = [(k, v.encode()) for k, v in record.headers.items()]
            future = await self.producer.send(TOPIC, record.value, key=record.key, headers=headers)
            if spacing:
                await future
                sent[alert.id] = time.time()
                await asyncio.sleep(spacing)
            else:
                pending.append((alert.id, future))
        for alert_id, future in pending:
            await future
            sent[alert_id] = time.time()
        return sent

    async def wait_for(
        self, names: list[str], expected: int, what: str, timeout: float = 900, task: "asyncio.Task[None] | None" = None
    ) -> Received:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if task is not None and task.done():
                task.result()  # the relay's crash is reported, not waited out
            received = await self.received()
            if sum(len(received.get(name, [])) for name in names) >= expected:
                return received
            await asyncio.sleep(0.2)
        raise SystemExit(f"{what}: not every delivery arrived within {timeout:.0f} s")


async def relay(bootstrap: str, start: dict[TopicPartition, int], hooks: dict[str, str], group: str) -> None:
    """The baseline: read alerts from `start`, POST each signed to every hook (url -> secret), commit per batch."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    consumer.assign(list(start))
    for tp, offset in start.items():
        consumer.seek(tp, offset)
    limit = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=CONCURRENCY), timeout=15) as client:

        async def post(url: str, secret: str, msg_id: str, body: bytes) -> None:
            async with limit:
                stamp = int(time.time())
                headers = {
                    "content-type": "application/json",
                    "webhook-id": msg_id,
                    "webhook-timestamp": str(stamp),
                    "webhook-signature": sign(secret, msg_id, stamp, body),
                }
                (await client.post(url, content=body, headers=headers)).raise_for_status()

        try:
            while True:
                batches = await consumer.getmany(timeout_ms=1000)
                posts = []
                for records in batches.values():
                    for record in records:
                        event = from_kafka(record.value, record.headers)
                        body = to_structured_json(event).encode()
                        for url, secret in hooks.items():
                            posts.append(post(url, secret, f"{event.id}:{url}", body))
                await asyncio.gather(*posts)
                if posts:
                    await consumer.commit()
        finally:
            await consumer.stop()


def rate(received: Received, names: list[str], ids: set[str]) -> float:
    """Deliveries per second of `ids` to `names`, from the first receipt to the last."""
    times = sorted(t for name in names for _, alert_id, t in received[name] if alert_id in ids)
    return (len(times) - 1) / (times[-1] - times[0])


def latencies(received: Received, names: list[str], sent: dict[str, float]) -> list[float]:
    return sorted(t - sent[alert_id] for name in names for _, alert_id, t in received[name] if alert_id in sent)


def describe(values: list[float]) -> str:
    p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
    return f"median {statistics.median(values) * 1000:7.0f} ms, p95 {p95 * 1000:7.0f} ms"


async def main(n: int, workdir: Path) -> None:
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    sink_port, api_port = free_port(), free_port()
    sink, api = f"http://127.0.0.1:{sink_port}", f"http://127.0.0.1:{api_port}"
    database = os.environ.get("BENCH_NOTIFIER_DATABASE_URL", f"sqlite+aiosqlite:///{workdir / 'notifier.db'}")
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "NOTIFIER_DATABASE_URL": database,
        "NOTIFIER_HTTP_PORT": str(api_port),
        "NOTIFIER_PUBLIC_URL": api,
        "NOTIFIER_WEBHOOK_ALLOW_NETWORKS": "127.0.0.0/8",
        "NOTIFIER_INBOUND_SMTP_PORT": "0",
        "NOTIFIER_SMTP_PORT": str(free_port()),  # no email subscription here: nothing is mailed
        "NOTIFIER_GROUP_ID": f"bench-notifier-{uuid.uuid4().hex[:8]}",
        "NOTIFIER_START_FROM": "earliest",  # alerts classified before the subscriptions are made reach no one
        "NOTIFIER_LOG_LEVEL": "INFO",  # the service's default: its per-alert and per-delivery lines are paid for
    }
    sink_cmd = [sys.executable, str(HERE / "webhook_sink.py"), str(sink_port)]
    notifier_cmd = [sys.executable, "-m", "tocsin_notifier.cli", "serve"]
    with (
        process(sink_cmd, env, workdir / "sink.log") as sink_proc,
        process(notifier_cmd, env, workdir / "notifier.log") as notifier_proc,
    ):
        bench = Bench(bootstrap, sink, api)
        await bench.producer.start()
        try:
            await until_ready(bench.http, f"{sink}/received", sink_proc, "the webhook receiver")
            await until_ready(bench.http, f"{api}/readyz", notifier_proc, "the notifier")
            names = await bench.notifier_hooks()
            relay_hooks = {f"relay-{i}": new_secret() for i in range(HOOKS)}
            for name, secret in relay_hooks.items():
                await bench.register(name, secret)
            relay_urls = {f"{sink}/hook/{name}": secret for name, secret in relay_hooks.items()}
            relay_names = list(relay_hooks)
            # One alert through first: the notifier's consumer has joined its group and reads from here on.
            await bench.produce(1)
            await bench.wait_for(names, HOOKS, "warm-up", timeout=120)
            print(f"broker {bootstrap}, notifier database {database.split(':', 1)[0]}, {HOOKS} webhook subscriptions")
            print(f"{n} alerts per round, {n * HOOKS} deliveries per path, best of {ROUNDS} rounds taking turns")
            best = {"notifier": 0.0, "relay": 0.0}
            for round_ in range(ROUNDS):
                start = await bench.positions()
                before = await bench.received()
                done = {name: len(before.get(name, [])) for name in names + relay_names}
                ids = set(await bench.produce(n))
                received = await bench.wait_for(names, sum(done[x] for x in names) + n * HOOKS, "notifier")
                best["notifier"] = max(best["notifier"], rate(received, names, ids))
                task = asyncio.create_task(relay(bootstrap, start, relay_urls, f"bench-relay-{bench.run}-{round_}"))
                try:
                    received = await bench.wait_for(
                        relay_names, sum(done[x] for x in relay_names) + n * HOOKS, "relay", task=task
                    )
                finally:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
                best["relay"] = max(best["relay"], rate(received, relay_names, ids))
            start = await bench.positions()
            task = asyncio.create_task(relay(bootstrap, start, relay_urls, f"bench-relay-{bench.run}-trickle"))
            try:
                sent = await bench.produce(LATENCY_ALERTS, spacing=0.2)
                received = await bench.wait_for(names + relay_names, 0, "trickle")  # the counts are checked below
                deadline = time.monotonic() + 120
                while len(latencies(received, names + relay_names, sent)) < 2 * HOOKS * LATENCY_ALERTS:
                    if time.monotonic() > deadline:
                        raise SystemExit("trickle: not every delivery arrived within 120 s")
                    await asyncio.sleep(0.2)
                    received = await bench.received()
            finally:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        finally:
            await bench.producer.stop()
            await bench.http.aclose()
    print(f"{'path':<52}{'deliveries/s':>14}")
    print(f"{'notifier (outbox, settle, outcomes)':<52}{best['notifier']:>14.0f}")
    print(f"{'relay: raw aiokafka + httpx, commit per batch':<52}{best['relay']:>14.0f}")
    print(f"ratio notifier / relay: {best['notifier'] / best['relay']:.2f}")
    print(f"publication to verified receipt, {LATENCY_ALERTS} alerts x {HOOKS} hooks, one alert every 200 ms:")
    print(f"  notifier: {describe(latencies(received, names, sent))}")
    print(f"  relay:    {describe(latencies(received, relay_names, sent))}")


if __name__ == "__main__":
    keep = Path(__file__).resolve().parent.parent / "var" / "bench-notifier"
    keep.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        try:
            asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500, workdir))
        finally:
            for name in ("notifier.log", "sink.log"):
                with contextlib.suppress(OSError):
                    (keep / name).write_bytes((workdir / name).read_bytes())
            print(f"logs: {keep}/notifier.log, {keep}/sink.log")
