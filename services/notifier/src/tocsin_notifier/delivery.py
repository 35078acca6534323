"""The delivery worker: claim due deliveries, send each (or each digest) once, settle, publish reports.

Reports (outcome events, dead letters) are queued by the settling transaction and published afterwards;
one that cannot be published stays queued and is retried every round. Channels and the reporter are
injected (protocols below) so tests run the same worker with fakes.
"""

import asyncio
import contextlib
import datetime as dt
import json
import random
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any, Protocol

import structlog

from tocsin_notifier.database import database_unavailable
from tocsin_notifier.metrics import ATTEMPTS, SEND_SECONDS
from tocsin_notifier.models import Delivery, PendingReport, Subscription
from tocsin_notifier.outbox import GIVEN_UP, Outbox
from tocsin_notifier.outcomes import Decision, decide
from tocsin_notifier.retry import SendResult
from tocsin_notifier.rounds import FailureLog
from tocsin_notifier.store import SubscriptionStore
from tocsin_notifier.subscription import valid_secrets
from tocsin_schemas import AlertClassifiedEvent, DeliveryOutcome

log = structlog.get_logger()
Clock = Callable[[], dt.datetime]
REPORT_BATCH = 100
# How long one outcome or dead letter may wait for Kafka: past it the report stays queued for the next round. The
# reports are published beside the sends, never in their way: while Kafka was down, each round waited for it, and
# no webhook or mail went out until it came back.
REPORT_TIMEOUT_S = 10.0
# A subscription whose last send took this long is slow: slow ones may hold all slots but a reserve (a quarter of
# them, at least one), so a few receivers answering just under the timeout cannot hold every other subscriber up.
SLOW_SEND_S = 5.0
# Settling a sent delivery while the database is down is tried again after these waits (seconds), within half the
# lease: a blip (a restart, a dropped connection) then costs neither a second send nor a stall until the lease ends.
SETTLE_RETRY_S = (0.2, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0)


class WebhookChannel(Protocol):
    async def send(
        self, url: str, *, msg_id: str, body: bytes, secrets: Sequence[str], timestamp: dt.datetime | None = None
    ) -> SendResult: ...


class EmailChannel(Protocol):
    async def send(self, message: EmailMessage) -> SendResult: ...


class Mail(Protocol):
    """Builds the emails the worker sends (channels.email in production)."""

    def alert(
        self,
        alerts: Sequence[AlertClassifiedEvent],
        *,
        to: str,
        unsubscribe_token: str,
        discreet: bool = False,
        language: str = "en",
    ) -> EmailMessage: ...

    def confirmation(
        self,
        *,
        to: str,
        confirm_token: str,
        unsubscribe_token: str,
        expires: dt.datetime | None = None,
        language: str = "en",
    ) -> EmailMessage: ...

    def contact_confirmation(self, *, to: str, subscription_id: str, confirm_token: str) -> EmailMessage: ...

    def disabled_notice(
        self,
        *,
        to: str,
        subscription_id: str,
        target: str,
        reason: str,
        unsubscribe_token: str,
        email: bool = False,
        language: str = "en",
    ) -> EmailMessage: ...

    def settings_notice(
        self, *, to: str, subscription_id: str, settings: str, unsubscribe_token: str, language: str = "en"
    ) -> EmailMessage: ...


class Reporter(Protocol):
    """Where outcomes and dead deliveries go (Kafka in production)."""

    async def outcome(self, outcome: DeliveryOutcome) -> None: ...

    async def dead_letter(self, record: dict[str, Any], reason: str) -> None: ...


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class DeliveryPolicy:
    """How hard the worker tries, and when it gives up on a subscription."""

    schedule: tuple[dt.timedelta, ...]
    disable_after: dt.timedelta
    batch_size: int = 32
    concurrency: int = 8
    lease: dt.timedelta = dt.timedelta(seconds=60)


class DeliveryWorker:
    """Sends due deliveries; safe to run in several processes (leases keep them apart)."""

    def __init__(
        self,
        subscriptions: SubscriptionStore,
        outbox: Outbox,
        *,
        webhooks: WebhookChannel,
        email: EmailChannel,
        mail: Mail,
        reporter: Reporter,
        policy: DeliveryPolicy,
        clock: Clock = utcnow,
        rng: random.Random | None = None,
        notices: asyncio.Event | None = None,
    ) -> None:
        self.subscriptions, self.outbox = subscriptions, outbox
        self.webhooks, self.email, self.mail, self.reporter = webhooks, email, mail, reporter
        self.policy, self.clock, self.rng = policy, clock, rng
        self.notices = notices  # set when an owner's notice was queued: wakes the mail worker
        self._slots = asyncio.Semaphore(policy.concurrency)
        self._slow: set[str] = set()  # subscriptions whose last send took SLOW_SEND_S or more
        self._reserve = max(1, policy.concurrency // 4)  # slots kept for subscriptions not known to be slow
        self._claim_failures = FailureLog("delivery_round_failed")  # the database is down: once, not every round
        self._report_failures = FailureLog("report_round_failed")
        self._in_flight: tuple[int, asyncio.Future[None]] | None = None  # a report Kafka has not acknowledged yet

    async def run_once(self) -> int:
        """Deliver what is due now (as many groups as there are slots), then publish queued reports; returns the
        deliveries handled. One round, for tests and one-shot use: the service runs `run`."""
        groups = await self._claim(self.policy.concurrency, busy=())
        await asyncio.gather(*(self._guarded(group) for group in groups))
        await self.publish_reports()
        return sum(len(group) for group in groups)

    async def _claim(self, free: int, busy: Collection[str]) -> list[list[Delivery]]:
        """Lease at most `free` groups (a digest, or an email subscriber's alerts due at once, is one group): no more
        than the slots that can send them at once, so no claimed group waits for a slot while its lease runs out; none
        for the subscriptions in `busy`."""
        limit = min(self.policy.batch_size, free)
        claimed = await self.outbox.claim_due(self.clock(), limit=limit, lease=self.policy.lease, busy=busy)
        groups: dict[tuple[str, str], list[Delivery]] = {}
        for row in claimed:  # a digest is one mail, and so are an immediate subscriber's alerts due at once
            key = (row.subscription_id, row.digest_bucket or ("now" if row.channel == "email" else row.id))
            groups.setdefault(key, []).append(row)
        return list(groups.values())

    async def _claim_sharing(self, free: int, busy: set[str]) -> list[list[Delivery]]:
        """`_claim` for `free` slots, the subscriptions known to be slow first left out; they get what is left, so
        that slow ones never hold more than all slots but the reserve."""
        groups = await self._claim(free, busy=busy | self._slow)
        room = self.policy.concurrency - self._reserve - len(busy & self._slow)
        left = min(free - len(groups), room)
        if left > 0 and self._slow - busy:
            taken = {group[0].subscription_id for group in groups}
            groups += await self._claim(left, busy=busy | taken)
        return groups

    async def publish_reports(self) -> int:
        """Publish queued outcomes and dead letters in order; stop at the first failure (retried next round).

        A publication that outlives REPORT_TIMEOUT_S is not abandoned: the producer still holds the record and sends
        it when Kafka answers, so sending it again each round published one outcome nine times in a 90 s outage.
        It is awaited in the background, its report kept leased, and nothing after it goes first."""
        published = await self._settle_in_flight()
        if self._in_flight is not None:
            return published
        while True:
            rows = await self.outbox.claim_reports(self.clock(), limit=REPORT_BATCH, lease=self.policy.lease)
            done: list[int] = []
            for index, row in enumerate(rows):
                task = asyncio.ensure_future(self._publish(row))
                try:
                    await asyncio.wait_for(asyncio.shield(task), REPORT_TIMEOUT_S)
                except Exception as exc:  # TimeoutError too: Kafka does not answer
                    log.warning("report_not_published", kind=row.kind, attempts=row.attempts + 1, error=repr(exc))
                    still_sending = not task.done()
                    if still_sending:
                        self._in_flight = (row.id, task)
                    await self.outbox.finish_reports(done, [r.id for r in rows[index + still_sending :]])
                    return published + len(done)
                done.append(row.id)
            await self.outbox.finish_reports(done, [])
            published += len(done)
            if len(rows) < REPORT_BATCH:
                return published

    async def run(self, stop: asyncio.Event, wake: asyncio.Event, poll_interval: float) -> None:
        """Until `stop`: keep up to `concurrency` groups in flight, at most one per subscription, and claim more as
        each one settles, so a slow or unreachable target holds one slot, never the other subscribers' alerts.
        Claims again when woken (new deliveries), when a send settles, or every `poll_interval` (retries coming
        due); queued reports are published by a task of their own as sends settle, so Kafka being down delays
        them, not the sends. On `stop` the sends in flight are finished, not dropped."""
        sending: dict[asyncio.Task[None], str] = {}
        reports_due, finished = asyncio.Event(), asyncio.Event()
        reporting = asyncio.create_task(self._report_loop(finished, reports_due, poll_interval))
        try:
            while not stop.is_set():
                wake.clear()  # before claiming: a wake-up that comes during the claim is not missed
                free = self.policy.concurrency - len(sending)
                if free > 0:
                    try:
                        for group in await self._claim_sharing(free, set(sending.values())):
                            sending[asyncio.create_task(self._guarded(group))] = group[0].subscription_id
                    except Exception as exc:
                        self._claim_failures.failed(exc)
                    else:
                        self._claim_failures.succeeded()
                waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(wake.wait())]
                done, _ = await asyncio.wait(
                    [*sending, *waiters], timeout=poll_interval, return_when=asyncio.FIRST_COMPLETED
                )
                for waiter in waiters:
                    waiter.cancel()
                settled = [task for task in sending if task in done]
                for task in settled:
                    del sending[task]
                if settled:
                    reports_due.set()
        finally:
            if sending:
                await asyncio.gather(*sending, return_exceptions=True)
            finished.set()
            reports_due.set()
            await reporting  # its last round publishes what the last sends queued (each report bounded in time)

    async def _publish(self, row: PendingReport) -> None:
        if row.kind == "outcome":
            await self.reporter.outcome(DeliveryOutcome.model_validate(row.payload))
        else:
            await self.reporter.dead_letter(row.payload, row.reason or "delivery failed")

    async def _settle_in_flight(self) -> int:
        """Record how the publication left waiting in a past round ended (1 if it was published); keep waiting while
        it has not."""
        if self._in_flight is None or not self._in_flight[1].done():
            return 0
        (report_id, task), self._in_flight = self._in_flight, None
        if not task.cancelled() and task.exception() is None:
            await self.outbox.finish_reports([report_id], [])
            return 1
        await self.outbox.finish_reports([], [report_id])  # it failed after all: sent again from the next round
        return 0

    async def _report_loop(self, finished: asyncio.Event, due: asyncio.Event, poll_interval: float) -> None:
        """Publish queued reports when `due` is set or every `poll_interval`; after `finished` (no send left in
        flight), one last round."""
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(due.wait(), timeout=poll_interval)
            due.clear()
            last = finished.is_set()
            await self._publish_reports_logged()
            if last:
                return

    async def _publish_reports_logged(self) -> None:
        try:
            await self.publish_reports()
        except Exception as exc:  # the database is down: the reports stay queued for the next time
            self._report_failures.failed(exc)
        else:
            self._report_failures.succeeded()

    async def _guarded(self, group: list[Delivery]) -> None:
        async with self._slots:
            started = asyncio.get_running_loop().time()
            try:
                await self.deliver(group)
            except Exception as exc:
                if database_unavailable(exc):
                    # Not the delivery's fault: it keeps its lease, which runs out, and it is claimed again (a send
                    # already made goes again with the same webhook-id or Message-ID). Never given up for this.
                    log.warning("delivery_deferred", delivery_id=group[0].id, error=_short(exc))
                    return
                # It would crash the same way every time (e.g. an alert that cannot be encoded): give it up
                # like an exhausted delivery, dead-lettered, rather than retrying it forever.
                log.exception("delivery_crashed", delivery_id=group[0].id)
                await self._give_up(group, exc)
            finally:
                took = asyncio.get_running_loop().time() - started
                (self._slow.add if took >= SLOW_SEND_S else self._slow.discard)(group[0].subscription_id)

    async def _give_up(self, group: list[Delivery], exc: Exception) -> None:
        # Receivers read this error (GET /v1/deliveries): the exception's type, never its text, which may quote SQL
        decision = Decision("failed", error=f"internal error: {type(exc).__name__}")
        try:
            await self._settle(group, decision)
        except Exception:  # the database is down: the lease runs out and the group is tried again
            log.exception("delivery_not_settled", delivery_id=group[0].id)

    async def deliver(self, group: list[Delivery]) -> None:
        """Send one delivery (or one digest of several) and settle its outcome; the lease is renewed while the
        send lasts."""
        first = group[0]
        sub = await self.subscriptions.get(first.subscription_id)
        if sub is None:
            return
        now = self.clock()
        if sub.status != "active":
            await self.outbox.cancel(group, f"subscription {sub.status}", now=now)
            return
        sent = asyncio.Event()
        renewing = asyncio.create_task(self._renew_while_sending(group, sent))
        try:
            with SEND_SECONDS.labels(channel=sub.channel).time():
                result = await self._send(sub, group, now)
        finally:
            # told to stop, never cancelled: a renewal cancelled inside its UPDATE left SQLite's write lock held by
            # an abandoned connection, and this worker's next transaction waited 30 s for it ("database is locked")
            sent.set()
            await renewing
        decision = decide(result, first.attempts + 1, self.policy.schedule, self.clock(), rng=self.rng)
        await self._settle_patiently(group, decision)

    async def _settle_patiently(self, group: list[Delivery], decision: Decision) -> None:
        """Settle a send already made, trying again while the database is unavailable, for at most half the lease
        (renewed during the send, so at least two thirds of it are left); then the error goes up."""
        patience = self.policy.lease.total_seconds() / 2
        for wait in (*SETTLE_RETRY_S, None):
            try:
                await self._settle(group, decision)
                return
            except Exception as exc:
                if wait is None or wait > patience or not database_unavailable(exc):
                    raise
                log.warning("settle_retrying", delivery_id=group[0].id, retry_in_s=wait, error=_short(exc))
                patience -= wait
                await asyncio.sleep(wait)

    async def _renew_while_sending(self, group: list[Delivery], sent: asyncio.Event) -> None:
        """Every third of the lease until `sent` is set, extend it: a send may outlast one lease, a crashed worker's
        lease soon ends. A renewal under way when the send ends is finished, not cut off."""
        period = self.policy.lease.total_seconds() / 3
        while not sent.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(sent.wait(), timeout=period)
                return
            try:
                await self.outbox.renew(group, now=self.clock(), lease=self.policy.lease)
            except Exception as exc:  # the database is down: the send goes on; settling will tell if it was lost
                log.warning("lease_not_renewed", delivery_id=group[0].id, error=repr(exc)[:200])

    async def _settle(self, group: list[Delivery], decision: Decision) -> None:
        first = group[0]
        settled = await self.outbox.settle(group, decision, now=self.clock(), disable_after=self.policy.disable_after)
        if settled.lost:
            log.warning("lease_lost", delivery_ids=settled.lost, status=decision.status)
        if len(settled.lost) == len(group):
            return
        ATTEMPTS.labels(channel=first.channel, status=decision.status).inc(len(group) - len(settled.lost))
        # A delivery given up for good (failed, disabled) is a warning: an operator filtering on level sees it.
        (log.warning if decision.status in GIVEN_UP else log.info)(
            "delivery_attempted",
            delivery_id=first.id,
            subscription_id=first.subscription_id,
            alert_ids=[delivery.alert_id for delivery in group],  # to follow an alert from the classifier's log
            channel=first.channel,
            alerts=len(group),
            attempt=first.attempts + 1,
            status=decision.status,
            http_status=decision.http_status,
            error=decision.error,
        )
        if settled.disabled is not None:
            log.warning(
                "subscription_disabled",
                subscription_id=first.subscription_id,
                reason=settled.disabled.disabled_reason,
                owner_notified=settled.owner_notified,
            )
            if settled.owner_notified and self.notices is not None:
                self.notices.set()

    async def _send(self, sub: Subscription, group: list[Delivery], now: dt.datetime) -> SendResult:
        if sub.channel == "webhook":
            body = json.dumps(group[0].payload, ensure_ascii=False, separators=(",", ":")).encode()
            return await self.webhooks.send(sub.target, msg_id=group[0].id, body=body, secrets=valid_secrets(sub, now))
        alerts = [AlertClassifiedEvent.model_validate(row.payload) for row in group]
        token = await self.subscriptions.unsubscribe_token_for(sub.id)
        return await self.email.send(
            self.mail.alert(
                alerts, to=sub.target, unsubscribe_token=token, discreet=sub.discreet, language=sub.language
            )
        )


def _short(exc: BaseException) -> str:
    """The first line of an error, bounded: for logs (a database error's text quotes its SQL)."""
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}"[:200]
