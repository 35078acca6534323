"""End to end through a real broker: treaty page + feed file -> watcher -> classifier -> notifier -> signed
webhook and email; the notifier is SIGKILLed mid-delivery, restarted, and still delivers every alert once."""

import asyncio
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from email.message import Message
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from tests.e2e.receivers import WebhookInbox, smtp_server, webhook_receiver
from tests.support.kafka import free_port, script_kafka
from tocsin_notifier.outbox import delivery_id
from tocsin_runtime.broker import ensure_topics
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import AlertClassifiedEvent, Topic, event_id, from_kafka, from_structured_json

pytestmark = pytest.mark.kafka
ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
UNTC = ROOT / "tests" / "fixtures" / "untc"
FEEDS = ROOT / "tests" / "fixtures" / "feeds"
WEBHOOK_TYPES = ["tocsin.treaty.action", "tocsin.arrest.reported"]


@pytest.fixture(scope="module")
def e2e_kafka() -> Iterator[str]:
    """A broker of its own, so the topics hold only this test's events (an external cluster is shared)."""
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        yield os.environ["KAFKA_BOOTSTRAP_SERVERS"]
        return
    with script_kafka() as bootstrap:
        yield bootstrap


class Service:
    """A Tocsin service in its own process, logging to a file."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], logs: Path) -> None:
        self.name, self.args, self.env, self.log_path = name, args, env, logs / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [str(BIN / self.args[0]), *self.args[1:]], env=self.env, stdout=log, stderr=log, start_new_session=True
        )

    def kill(self, sig: int = signal.SIGKILL) -> int:
        assert self.proc is not None
        self.proc.send_signal(sig)
        return self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:] if self.log_path.exists() else ""


async def _until(predicate: Any, what: str, timeout: float, services: list[Service]) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        for service in services:
            if service.proc and service.proc.poll() is not None:
                pytest.fail(f"{service.name} exited ({service.proc.returncode}):\n{service.tail()}")
        if time.monotonic() > deadline:
            logs = "\n".join(f"--- {s.name}\n{s.tail()}" for s in services)
            pytest.fail(f"timed out waiting for {what}\n{logs}")
        await asyncio.sleep(0.2)


async def _ready(port: int) -> bool:
    try:
        async with httpx.AsyncClient() as client:
            return (await client.get(f"http://127.0.0.1:{port}/readyz", timeout=2)).status_code == 200
    except httpx.HTTPError:
        return False


async def _wait_ready(service: Service, port: int, services: list[Service]) -> None:
    state = {"ready": False}

    async def poll() -> None:
        while not state["ready"]:
            state["ready"] = await _ready(port)
            await asyncio.sleep(0.2)

    task = asyncio.create_task(poll())
    try:
        await _until(lambda: state["ready"], f"{service.name} /readyz", 90, services)
    finally:
        task.cancel()


def _afghan_mail(mails: list[Message]) -> Message | None:
    """The first email after the confirmation whose subject names Afghanistan (the subscription's one country)."""
    return next((m for m in mails[1:] if "AFG" in m["Subject"] or "Afghanistan" in m["Subject"]), None)


def _open_webhook_deliveries(db: Path, subscription_id: str) -> int:
    """Deliveries of the subscription not yet delivered, read straight from the notifier's SQLite outbox."""
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT count(*) FROM deliveries WHERE subscription_id = ? AND status != 'delivered'", (subscription_id,)
        ).fetchone()
    return int(row[0])


def _watcher(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(BIN / "tocsin-watcher"), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result


@asynccontextmanager
async def _alerts(bootstrap: str) -> AsyncIterator[dict[str, AlertClassifiedEvent]]:
    """Collects every classified alert on the topic, in the background, while the block runs."""
    seen: dict[str, AlertClassifiedEvent] = {}
    consumer = AIOKafkaConsumer(
        Topic.ALERTS_CLASSIFIED.value,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        fetch_max_wait_ms=100,
    )
    await consumer.start()

    async def pump() -> None:
        async for record in consumer:
            event = from_kafka(record.value, record.headers)
            assert isinstance(event, AlertClassifiedEvent)
            seen[event.id] = event

    task = asyncio.create_task(pump())
    try:
        yield seen
    finally:
        task.cancel()
        await consumer.stop()


@contextmanager
def _services(env: dict[str, str], logs: Path) -> Iterator[dict[str, Service]]:
    services = {
        "notifier": Service("notifier", ["tocsin-notifier", "serve"], env, logs),
        "classifier": Service("classifier", ["tocsin-classifier", "run"], env, logs),
    }
    try:
        yield services
    finally:
        for service in services.values():
            service.stop()


async def test_treaty_and_feed_reach_webhook_and_email_and_survive_a_notifier_sigkill(
    e2e_kafka: str, tmp_path: Path
) -> None:
    """Every alert reaches the webhook exactly once per webhook-id and the email arrives, despite a SIGKILL."""
    await ensure_topics(KafkaSettings(bootstrap_servers=e2e_kafka))
    notifier_port, classifier_port = free_port(), free_port()
    inbox = WebhookInbox(delay=0.3)
    with webhook_receiver(inbox) as hook_url, smtp_server() as (smtp_port, mails):
        async with _alerts(e2e_kafka) as alerts:
            env = {
                **os.environ,
                "KAFKA_BOOTSTRAP_SERVERS": e2e_kafka,
                "NOTIFIER_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'notifier.db'}",
                "NOTIFIER_HTTP_PORT": str(notifier_port),
                "NOTIFIER_PUBLIC_URL": f"http://127.0.0.1:{notifier_port}",
                "NOTIFIER_WEBHOOK_ALLOW_NETWORKS": "127.0.0.0/8",
                "NOTIFIER_SMTP_HOST": "127.0.0.1",
                "NOTIFIER_SMTP_PORT": str(smtp_port),
                "NOTIFIER_INBOUND_SMTP_PORT": str(free_port()),  # the mailto unsubscribe endpoint
                "NOTIFIER_UNSUBSCRIBE_MAILBOX": "unsubscribe@tocsin.example",
                "NOTIFIER_RETRY_SCHEDULE": "0,1,1,2,2",
                "NOTIFIER_WORKER_LEASE_SECONDS": "3",
                "NOTIFIER_WORKER_POLL_INTERVAL": "0.2",
                "NOTIFIER_GROUP_ID": f"e2e-notifier-{uuid.uuid4().hex[:6]}",
                "CLASSIFIER_GROUP_ID": f"e2e-classifier-{uuid.uuid4().hex[:6]}",
                "CLASSIFIER_HTTP_PORT": str(classifier_port),
                "WATCHER_FAILURE_THRESHOLD": "3",
                "WATCHER_FEED_MAX_AGE": "none",  # the sample feed's reports date from 2025
            }
            with _services(env, tmp_path) as services:
                notifier, classifier = services["notifier"], services["classifier"]
                running = list(services.values())
                notifier.start()
                classifier.start()
                await _wait_ready(notifier, notifier_port, running)
                await _wait_ready(classifier, classifier_port, running)
                # /readyz polled from the start never finds Kafka "unreachable" before the broker was even started
                assert "classifier_not_ready" not in classifier.log_path.read_text(errors="replace")
                assert "kafka_unreachable" not in notifier.log_path.read_text(errors="replace")

                api = f"http://127.0.0.1:{notifier_port}"
                async with httpx.AsyncClient(base_url=api, timeout=10) as client:
                    created = await client.post(
                        "/v1/subscriptions",
                        json={"channel": "webhook", "target": hook_url, "filters": {"event_types": WEBHOOK_TYPES}},
                    )
                    assert created.status_code == 201, created.text
                    webhook_sub = created.json()
                    inbox.secret = webhook_sub["secret"]
                    created = await client.post(
                        "/v1/subscriptions",
                        json={"channel": "email", "target": "ngo@example.org", "filters": {"countries": ["AFG"]}},
                    )
                    assert created.status_code == 201, created.text
                    assert created.json()["status"] == "pending"
                    await _until(lambda: len(mails) >= 1, "the confirmation email", 30, running)
                    confirm = re.search(r"/v1/confirm/[A-Za-z0-9_\-]+", str(mails[0].get_payload(0)))
                    assert confirm, mails[0].as_string()[:2000]
                    assert (await client.get(confirm.group(0))).status_code == 200  # a page: GET changes nothing
                    assert (await client.post(confirm.group(0))).status_code in (200, 204)

                # The first read of the treaty is backfill (never notified); the later page and the feed are news.
                state = tmp_path / "watcher"
                _watcher(env, "treaty", "--source", str(UNTC / "status_2026-03.html"), "--state", str(state))
                preview = tmp_path / "preview"
                shutil.copytree(state, preview)
                expected_inputs = [
                    from_structured_json(line)
                    for args in (
                        ["treaty", "--source", str(UNTC / "status_2026-05.html")],
                        ["feed", "--source", str(FEEDS / "wordpress_en.rss")],
                    )
                    for line in _watcher(env, *args, "--state", str(preview), "--print").stdout.splitlines()
                ]
                assert {e.type for e in expected_inputs} >= {"tocsin.treaty.action", "tocsin.arrest.reported"}
                started = time.monotonic()
                _watcher(env, "treaty", "--source", str(UNTC / "status_2026-05.html"), "--state", str(state))
                _watcher(env, "feed", "--source", str(FEEDS / "wordpress_en.rss"), "--state", str(state))

                # Kill the notifier as soon as the first webhook lands, while others are still in flight.
                await _until(lambda: len(inbox.accepted) >= 1, "the first webhook", 90, running)
                first_latency = (inbox.first_at or 0) - started
                assert notifier.kill() == -signal.SIGKILL
                in_flight = _open_webhook_deliveries(tmp_path / "notifier.db", webhook_sub["id"])
                notifier.start()
                await _wait_ready(notifier, notifier_port, [classifier, notifier])

                wanted_alerts = {event_id("tocsin.alert.classified", e.id) for e in expected_inputs}
                await _until(lambda: wanted_alerts <= set(alerts), "every classification", 60, running)
                # The rule, restated here rather than taken from the notifier: news (not backfill) of the
                # wanted types that the classifier judged human-rights relevant.
                notifiable = [
                    a
                    for a in (alerts[i] for i in wanted_alerts)
                    if a.data.event.type in WEBHOOK_TYPES
                    and a.data.relevance >= 0.5
                    and not getattr(a.data.event.data, "backfill", False)
                ]
                expected = {delivery_id(a.id, webhook_sub["id"]) for a in notifiable}
                treaty_news = {
                    (a.data.event.data.participant, a.data.event.data.action)
                    for a in notifiable
                    if a.data.event.type == "tocsin.treaty.action"
                }
                assert treaty_news == {("Afghanistan", "ratification"), ("Brazil", "signature")}
                assert sum(a.data.event.type == "tocsin.arrest.reported" for a in notifiable) >= 3
                await _until(lambda: expected <= set(inbox.accepted), "every webhook", 120, running)
                # the AFG ratification's email; within a month of the signature deadline (2026-12-31) the watcher's
                # reminder, news for every subscriber, may arrive before it
                await _until(lambda: _afghan_mail(mails) is not None, "the alert email", 60, running)

    assert set(inbox.accepted) == expected
    assert in_flight > 0, "the SIGKILL must land while deliveries are still open"
    assert len(inbox.duplicates) == len(set(inbox.duplicates))  # a resend after the crash reuses its webhook-id
    assert inbox.rejected == 0
    payload_types = {p["type"] for p in inbox.accepted.values()}
    assert payload_types == {"tocsin.alert.classified"}
    alert_mail = _afghan_mail(mails)
    assert alert_mail is not None
    assert alert_mail["To"] == "ngo@example.org"
    assert all("AFG" in m["Subject"] or "Signature deadline" in m["Subject"] for m in mails[1:]), [
        m["Subject"] for m in mails
    ]
    assert alert_mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = alert_mail["List-Unsubscribe"]
    assert re.fullmatch(
        r"<http://127\.0\.0\.1:\d+/v1/unsubscribe/([\w-]+)>, "
        r"<mailto:unsubscribe@tocsin\.example\?subject=unsubscribe%20\1>",
        unsubscribe,
    ), unsubscribe
    print(
        f"\ne2e: {len(expected)} webhooks, {in_flight} open at SIGKILL, {len(inbox.duplicates)} resent, "
        f"first webhook {first_latency:.2f}s after the watcher ran, all in {(inbox.last_at or 0) - started:.2f}s"
    )
