"""Composition root: settings -> database -> stores -> channels -> (broker, consumer, workers) -> API.

`Notifier.start()` brings up what `serve` needs (or only the API's parts with `kafka=None`: the mail worker,
which sends confirmations, the backlog gauges and the inbound SMTP endpoint of the unsubscribe mailbox run
in both); `serve()` adds uvicorn on NOTIFIER_HTTP_HOST:PORT and tears everything down when it exits.
"""

import asyncio
import contextlib
import datetime as dt
import signal
import socket
from types import FrameType

import structlog
import uvicorn
from fastapi import FastAPI
from faststream.kafka import KafkaBroker
from faststream.kafka.subscriber.usecase import DefaultSubscriber as KafkaSubscriber

from tocsin_notifier.api import ApiContext, create_api
from tocsin_notifier.backlog import BacklogMonitor
from tocsin_notifier.channels.email import EmailSender, SmtpConfig
from tocsin_notifier.channels.webhook import WebhookSender
from tocsin_notifier.database import WriteHealth, make_engine, make_sessions, migrate, ping
from tocsin_notifier.delivery import DeliveryPolicy, DeliveryWorker, EmailChannel, Reporter, WebhookChannel, utcnow
from tocsin_notifier.errors import StartError
from tocsin_notifier.inbound import InboundSmtp, UnsubscribeHandler
from tocsin_notifier.mail import Links, Mailer
from tocsin_notifier.mail_outbox import MailOutbox, MailPolicy, MailWorker
from tocsin_notifier.outbox import Outbox
from tocsin_notifier.pipeline import KafkaReporter, subscribe
from tocsin_notifier.readiness import ReadinessMonitor
from tocsin_notifier.rounds import run_periodically
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.ssrf import parse_networks
from tocsin_notifier.store import UNSUBSCRIBED_KEPT, SubscriptionStore
from tocsin_notifier.unsubscribe_mail import UnsubscribeMailbox
from tocsin_runtime.broker import KAFKA_PING_TIMEOUT, ensure_topics, make_broker, stop_consumer
from tocsin_runtime.deadletter import DeadLetters
from tocsin_runtime.settings import KafkaSettings

log = structlog.get_logger()
SERVICE = "notifier"
KAFKA_RETRY_FIRST_S, KAFKA_RETRY_MAX_S = 1.0, 30.0  # between attempts to reach Kafka at start, doubling
# How long one attempt may wait for the cluster to answer: /readyz says "kafka: unknown" until the first one ends
# (with the admin client's 30 s it did so for 35-40 s of a start with Kafka down); the attempts are retried anyway.
KAFKA_ATTEMPT_S = 8.0
PURGE_INTERVAL_S = 3600.0  # how often unconfirmed subscriptions and history past its NOTIFIER_HISTORY_DAYS go
MAIL_LEASE_S = 300.0  # the least lease a mail's send takes (its lease is not renewed)


def email_sender(settings: NotifierSettings) -> EmailSender:
    """The SMTP channel configured from NOTIFIER_SMTP_*."""
    password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    return EmailSender(
        SmtpConfig(
            host=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_username,
            password=password,
            starttls=settings.smtp_starttls,
            use_tls=settings.smtp_tls,
            sender=settings.smtp_sender,
        )
    )


def inbound_smtp(settings: NotifierSettings, subscriptions: SubscriptionStore) -> InboundSmtp | None:
    """The endpoint reading the unsubscribe mailbox, or None when NOTIFIER_INBOUND_SMTP_PORT is 0."""
    address = settings.unsubscribe_address
    if address is None:
        return None
    handler = UnsubscribeHandler(UnsubscribeMailbox(address), subscriptions, clock=utcnow)
    return InboundSmtp(handler, host=settings.inbound_smtp_host, port=settings.inbound_smtp_port)


def delivery_policy(settings: NotifierSettings) -> DeliveryPolicy:
    return DeliveryPolicy(
        schedule=settings.schedule,
        disable_after=dt.timedelta(days=settings.disable_after_days),
        batch_size=settings.worker_batch_size,
        concurrency=settings.worker_concurrency,
        lease=dt.timedelta(seconds=settings.worker_lease_seconds),
    )


class Notifier:
    """One notifier process: API always; consumer and delivery worker when Kafka settings are given."""

    def __init__(
        self,
        settings: NotifierSettings,
        kafka: KafkaSettings | None,
        *,
        webhooks: WebhookChannel | None = None,
        email: EmailChannel | None = None,
        reporter: Reporter | None = None,
    ) -> None:
        self.settings, self.kafka = settings, kafka
        self.engine = make_engine(settings.database_url)
        self.writes = WriteHealth().watch(self.engine)
        sessions = make_sessions(self.engine)
        self.subscriptions, self.outbox = SubscriptionStore(sessions), Outbox(sessions)
        self._own_webhooks = webhooks is None
        self.webhooks: WebhookChannel = webhooks or WebhookSender(
            allow_networks=parse_networks(settings.webhook_allow_networks), timeout=settings.webhook_timeout
        )
        self.email: EmailChannel = email or email_sender(settings)
        self.inbound = inbound_smtp(settings, self.subscriptions)
        mailbox = self.inbound.handler.mailbox if self.inbound else None  # no mailto unless it is read
        self.mailer = Mailer(sender=settings.smtp_sender, links=Links(settings.public_url, mailbox))
        self.mails = MailOutbox(sessions)
        self.backlog = BacklogMonitor(sessions, clock=utcnow)
        self.mail_worker = MailWorker(
            self.subscriptions,
            self.mails,
            email=self.email,
            mail=self.mailer,
            # a mail's send is not renewed: its lease covers the SMTP exchange's timeouts several times over
            policy=MailPolicy(
                settings.schedule, dt.timedelta(seconds=max(settings.worker_lease_seconds, MAIL_LEASE_S))
            ),
        )
        self.broker: KafkaBroker | None = make_broker(kafka, service=SERVICE) if kafka else None
        self.wake, self.mail_wake, self.stopping = asyncio.Event(), asyncio.Event(), asyncio.Event()
        self._kafka_tried = asyncio.Event()  # the first attempt to connect to Kafka has ended, either way
        self.worker: DeliveryWorker | None = None
        self._alerts: KafkaSubscriber | None = None
        if self.broker is not None:
            dead_letters = DeadLetters(self.broker, service=SERVICE)
            self._alerts = subscribe(
                self.broker,
                group_id=settings.group_id,
                start_from=settings.start_from,
                outbox=self.outbox,
                dead_letters=dead_letters,
                wake=self.wake,
                clock=utcnow,
            )
            self.worker = DeliveryWorker(
                self.subscriptions,
                self.outbox,
                webhooks=self.webhooks,
                email=self.email,
                mail=self.mailer,
                reporter=reporter or KafkaReporter(self.broker, dead_letters),
                policy=delivery_policy(settings),
                notices=self.mail_wake,
            )
        self.readiness = ReadinessMonitor(
            self._database_answers,
            self._kafka_answers if self.broker is not None else None,
            group=settings.group_id,
            unwritable=self.writes.failure,
            probe=self._probe_writes,
        )
        self.api: FastAPI = create_api(
            ApiContext(
                settings=settings,
                subscriptions=self.subscriptions,
                outbox=self.outbox,
                webhooks=self.webhooks,
                email=self.email,
                mailer=self.mailer,
                mail_worker=self.mail_worker,
                readiness=self.readiness.check,
                clock=utcnow,
                wake=self.wake,
            )
        )
        self._mail_task: asyncio.Task[None] | None = None
        self._backlog_task: asyncio.Task[None] | None = None
        self._readiness_task: asyncio.Task[None] | None = None
        self._purge_task: asyncio.Task[None] | None = None
        self._kafka_task: asyncio.Task[None] | None = None
        self.consuming = asyncio.Event()  # set once the consumer has started (Kafka may be down at start)

    async def start(self) -> None:
        """Migrate, listen for unsubscribe mail, start the mail worker and gauges, the consumer and delivery
        worker, then the readiness checks (database, and Kafka under `serve`) behind /readyz and `tocsin_ready`."""
        await migrate(self.engine)
        if self.inbound is not None:
            try:  # before anything else runs: a port already taken stops the start here
                await self.inbound.start()
            except OSError as exc:
                where = f"{self.settings.inbound_smtp_host}:{self.settings.inbound_smtp_port}"
                raise StartError(
                    f"cannot listen for unsubscribe mail on {where} (NOTIFIER_INBOUND_SMTP_PORT): {exc.strerror or exc}"
                ) from exc
        self._backlog_task = asyncio.create_task(self.backlog.run(self.stopping))
        self._mail_task = asyncio.create_task(
            self.mail_worker.run(self.stopping, self.mail_wake, self.settings.worker_poll_interval)
        )
        if self.broker is not None and self.kafka is not None and self.worker is not None:
            # In the background: the API, its pages and the mailbox need only the database, so a notifier started
            # while Kafka is down serves them at once and begins consuming and delivering when Kafka answers.
            self._kafka_task = asyncio.create_task(self._connect_kafka(self.broker, self.kafka, self.worker))
        self._readiness_task = asyncio.create_task(self.readiness.run(self.stopping))
        self._purge_task = asyncio.create_task(
            run_periodically(self._housekeeping, self.stopping, PURGE_INTERVAL_S, failure_event="purge_failed")
        )
        log.info("notifier_started", kafka=self.broker is not None)

    async def _connect_kafka(self, broker: KafkaBroker, kafka: KafkaSettings, worker: DeliveryWorker) -> None:
        """Declare the topics and start the consumer, retrying until Kafka answers (or the notifier stops); then
        run the delivery worker."""
        delay = KAFKA_RETRY_FIRST_S
        while not self.stopping.is_set():
            try:
                if kafka.create_topics:
                    await ensure_topics(kafka, timeout=KAFKA_ATTEMPT_S)
                await asyncio.wait_for(broker.start(), timeout=KAFKA_ATTEMPT_S)
                break
            except Exception as exc:  # Kafka unreachable, or refusing: the API keeps serving meanwhile
                self._kafka_tried.set()
                log.warning("kafka_start_failed", error=repr(exc)[:300], retry_in_s=delay)
                with contextlib.suppress(Exception):  # whatever half started is closed before the next attempt
                    await broker.stop()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.stopping.wait(), timeout=delay)
                delay = min(delay * 2, KAFKA_RETRY_MAX_S)
        else:
            return
        self._kafka_tried.set()
        self.consuming.set()
        log.info("kafka_consumer_started")
        await worker.run(self.stopping, self.wake, self.settings.worker_poll_interval)

    @staticmethod
    async def _finish(task: "asyncio.Task[None] | None") -> None:
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(task, timeout=30)

    async def stop(self) -> None:
        """Stop the readiness checks (before Kafka goes, so its going is not reported as an outage), stop consuming,
        let the workers finish their round and publish its outcomes, then close the producer and connections (it
        was closed first, and every send in flight at a stop logged `report_not_published`)."""
        self.stopping.set()
        await self._finish(self._readiness_task)
        if self._alerts is not None and self.consuming.is_set():
            # no new alerts; the producer stays for the outcomes of sends in flight
            await stop_consumer(self._alerts.stop())
        for task in (self._kafka_task, self._mail_task, self._backlog_task, self._purge_task):
            await self._finish(task)
        if self.broker is not None and self.consuming.is_set():
            await self.broker.stop()
        if self.inbound is not None:
            await self.inbound.stop()
        if self._own_webhooks and isinstance(self.webhooks, WebhookSender):
            await self.webhooks.aclose()
        await self.engine.dispose()
        log.info("notifier_stopped")

    async def _housekeeping(self) -> None:
        """What the database must not keep for ever: unconfirmed subscriptions (PENDING_TTL), unsubscribed ones
        (UNSUBSCRIBED_KEPT), settled deliveries and sent mail (NOTIFIER_HISTORY_DAYS; the database grew by about 6 kB
        a delivery, for ever)."""
        now = utcnow()
        purged = await self.subscriptions.purge_unconfirmed(now)
        if purged:
            log.info("unconfirmed_subscriptions_purged", count=purged)
        history = now - dt.timedelta(days=self.settings.history_days)
        pruned = {
            "unsubscribed": await self.subscriptions.purge_unsubscribed(now - UNSUBSCRIBED_KEPT),
            "deliveries": await self.outbox.prune(history),
            "mails": await self.mails.prune(history),
        }
        if any(pruned.values()):
            log.info("history_pruned", **pruned, history_days=self.settings.history_days)

    async def _database_answers(self) -> bool:
        return await ping(self.engine)

    async def _probe_writes(self) -> None:
        await self.writes.probe(self.engine)

    async def _kafka_answers(self) -> bool | None:
        """Whether Kafka answers; None while the first connection attempt is still under way (at every start, Kafka
        read "unreachable" for a few seconds and logged a false `kafka_unreachable`)."""
        if self.broker is None or not self.consuming.is_set():  # not connected yet: nothing to ping with
            return None if not self._kafka_tried.is_set() else False
        return await self.broker.ping(timeout=KAFKA_PING_TIMEOUT)

    async def serve(self) -> None:
        """Run until SIGINT/SIGTERM: listen, start, serve HTTP with uvicorn, stop. StartError (nothing started) when
        the HTTP port is taken: a notifier without its API, pages and health checks would run unseen."""
        listening = http_socket(self.settings.http_host, self.settings.http_port)
        try:
            await self.start()
            try:
                config = uvicorn.Config(
                    self.api,
                    host=self.settings.http_host,
                    port=self.settings.http_port,
                    log_config=None,
                    access_log=False,
                    server_header=False,
                    # a client's own X-Forwarded-For must not choose its rate-limit key: believed only from the
                    # proxies named (uvicorn's default believes anything from 127.0.0.1, a same-host proxy that
                    # passes the header through included)
                    proxy_headers=bool(self.settings.forwarded_allow_ips),
                    forwarded_allow_ips=self.settings.forwarded_allow_ips or None,
                )
                await _Server(config).serve(sockets=[listening])
            finally:
                await self.stop()
        finally:
            listening.close()


def http_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port, or StartError saying which port is taken (or cannot be used)."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]  # "::1" listens on IPv6
        return socket.create_server((host, port), family=family, backlog=2048)
    except OSError as exc:
        raise StartError(f"cannot listen on {host}:{port} (NOTIFIER_HTTP_HOST/PORT): {exc.strerror or exc}") from exc


class _Server(uvicorn.Server):
    """uvicorn, minus re-raising the stop signal after shutdown (it would kill us before our cleanup)."""

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if self.should_exit and sig == signal.SIGINT:
            self.force_exit = True
        self.should_exit = True
