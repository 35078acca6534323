"""A database that drops its connections, refuses new ones or restarts for a moment is an outage, never a reason to
give a delivery up: a send already made is settled once the database answers (no second send), one not yet made
waits for its lease, and the API answers 503, not 500. Real PostgreSQL: a role whose connection limit the test sets
to 0 ("too many connections", SQLSTATE 53300) after terminating its backends."""

import asyncio
import datetime as dt
import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from tests.notifier.fakes import (
    NOW,
    Clock,
    Db,
    FakeEmail,
    FakeReporter,
    FakeWebhooks,
    make_alert,
    make_mail_worker,
    make_worker,
    open_db,
)
from tocsin_notifier import database, delivery
from tocsin_notifier.app import Notifier
from tocsin_notifier.database import database_unavailable
from tocsin_notifier.retry import SendResult
from tocsin_notifier.routing import Filters
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.store import NewSubscription

SECRET = "whsec_" + "A" * 44


@dataclass
class Role:
    """A non-superuser owning its own database: its connections can be cut and refused."""

    admin: AsyncEngine
    name: str
    url: str

    async def refuse(self) -> None:
        """Refuse new connections ("too many connections for role") and end the open ones."""
        async with self.admin.connect() as conn:
            await conn.execute(text(f'ALTER ROLE "{self.name}" CONNECTION LIMIT 0'))
            await conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :name"),
                {"name": self.name},
            )

    async def admit(self) -> None:
        async with self.admin.connect() as conn:
            await conn.execute(text(f'ALTER ROLE "{self.name}" CONNECTION LIMIT -1'))


@pytest.fixture
async def role(pg_url: str) -> AsyncIterator[Role]:
    name = f"r_{uuid.uuid4().hex[:10]}"
    admin = create_async_engine(pg_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
        await conn.execute(text(f'CREATE DATABASE "{name}" OWNER "{name}"'))
    server = pg_url.rsplit("@", 1)[1].rsplit("/", 1)[0]
    try:
        yield Role(admin, name, f"postgresql+asyncpg://{name}@{server}/{name}")
    finally:
        await admin.dispose()


class CuttingWebhooks(FakeWebhooks):
    """Delivers, then has the database refuse the worker for `outage` seconds, as a restart or a terminate would."""

    def __init__(self, role: Role, outage: float) -> None:
        super().__init__()
        self.role, self.outage = role, outage
        self.restored: asyncio.Task[None] | None = None

    async def send(
        self, url: str, *, msg_id: str, body: bytes, secrets: Sequence[str], timestamp: dt.datetime | None = None
    ) -> SendResult:
        result = await super().send(url, msg_id=msg_id, body=body, secrets=secrets)
        await self.role.refuse()
        self.restored = asyncio.create_task(self._admit_later())
        return result

    async def _admit_later(self) -> None:
        await asyncio.sleep(self.outage)
        await self.role.admit()


async def test_a_send_made_while_postgresql_refuses_connections_is_settled_delivered_once_it_answers(
    role: Role, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL refuses the worker right after a webhook was answered 204: the delivery is settled delivered when
    it answers again, once, with no second send, no `failed`, no dead letter (it used to be given up for good)."""
    monkeypatch.setattr(delivery, "SETTLE_RETRY_S", (0.2, 0.5, 1.0, 2.0))
    async with open_db(role.url) as db:
        sub = await db.subscriptions.create(
            NewSubscription("webhook", "https://example.org/hook", Filters()), secret=SECRET, now=NOW
        )
        assert await db.outbox.record(make_alert(key="blip"), now=NOW) == 1
        hooks, reporter = CuttingWebhooks(role, outage=1.0), FakeReporter()
        worker = make_worker(db, webhooks=hooks, email=FakeEmail(), reporter=reporter, clock=Clock())
        await worker.run_once()
        assert hooks.restored is not None
        await hooks.restored
        ((row, attempts),) = await db.outbox.history(sub.subscription.id, limit=5)
        assert (row.status, row.attempts, len(attempts)) == ("delivered", 1, 1)
        assert len(hooks.calls) == 1
        await worker.publish_reports()
        assert [o.status for o in reporter.outcomes] == ["delivered"]
        assert reporter.dead == []


async def test_a_database_outage_before_the_send_defers_the_delivery_instead_of_failing_it(
    db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The subscription cannot be read (connection dropped): nothing is sent and nothing is given up; once the lease
    has run out the delivery is claimed again and sent."""
    created = await db.subscriptions.create(
        NewSubscription("webhook", "https://example.org/hook", Filters()), secret=SECRET, now=NOW
    )
    assert await db.outbox.record(make_alert(key="later"), now=NOW) == 1
    clock, hooks, reporter = Clock(), FakeWebhooks(), FakeReporter()
    worker = make_worker(db, webhooks=hooks, email=FakeEmail(), reporter=reporter, clock=clock)
    real_get = db.subscriptions.get
    dropped = OperationalError("SELECT ...", {}, ConnectionResetError("connection reset by peer"))

    async def dropping_get(subscription_id: str) -> object:
        monkeypatch.setattr(db.subscriptions, "get", real_get)
        raise dropped

    monkeypatch.setattr(db.subscriptions, "get", dropping_get)
    assert await worker.run_once() == 1
    ((row, attempts),) = await db.outbox.history(created.subscription.id, limit=5)
    assert (row.status, row.attempts, attempts) == ("pending", 0, [])
    assert (hooks.calls, reporter.outcomes, reporter.dead) == ([], [], [])
    clock.advance(seconds=61)  # the lease (60 s) has run out
    assert await worker.run_once() == 1
    ((row, _),) = await db.outbox.history(created.subscription.id, limit=5)
    assert (row.status, row.attempts, len(hooks.calls)) == ("delivered", 1, 1)


async def test_postgresql_refusing_connections_gives_503_not_500(role: Role) -> None:
    """Refused for "too many connections" (SQLSTATE 53300, a plain DBAPIError) is an outage to the API: 503 with
    Retry-After, as for a database that is down; once admitted again the same request succeeds."""
    settings = NotifierSettings(
        database_url=role.url, admin_token=SecretStr("admin-secret-0123456789"), inbound_smtp_port=0
    )
    notifier = Notifier(settings, None, webhooks=FakeWebhooks(), email=FakeEmail())
    await notifier.start()
    try:
        transport = httpx.ASGITransport(app=notifier.api)
        async with httpx.AsyncClient(transport=transport, base_url="http://n") as client:
            admin = {"Authorization": "Bearer admin-secret-0123456789"}
            assert (await client.get("/v1/subscriptions", headers=admin)).status_code == 200
            await role.refuse()
            refused = await client.get("/v1/subscriptions", headers=admin)
            assert refused.status_code == 503, refused.text
            assert refused.headers["retry-after"] == "30"
            await role.admit()
            assert (await client.get("/v1/subscriptions", headers=admin)).status_code == 200
    finally:
        await notifier.stop()


class _Driver(Exception):
    """A driver error as SQLAlchemy wraps it (`orig`), with the SQLSTATE asyncpg's adapter sets."""

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


def _asyncpg_error(name: str) -> Exception:
    cls: type[Exception] = type(name, (Exception,), {"__module__": "asyncpg.exceptions"})
    return cls("cannot switch to state 15; another operation (2) is in progress")


@pytest.mark.parametrize(
    ("error", "unavailable"),
    [
        (DBAPIError("SELECT 1", {}, _Driver("sorry, too many clients already", "53300")), True),
        (
            DBAPIError(
                "UPDATE deliveries", {}, _Driver("terminating connection due to administrator command", "57P01")
            ),
            True,
        ),
        (DBAPIError("UPDATE deliveries", {}, _Driver("deadlock detected", "40P01")), True),
        (DBAPIError("UPDATE deliveries", {}, _Driver("connection was closed", "08003")), True),
        (OperationalError("SELECT 1", {}, _Driver("database is locked")), True),
        (_asyncpg_error("InternalClientError"), True),
        (RuntimeError("wrapped"), False),
        (DBAPIError("SELECT nope", {}, _Driver('relation "nope" does not exist', "42P01")), False),
        (IntegrityError("INSERT", {}, _Driver("duplicate key", "23505")), False),
        (UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"), False),
    ],
)
def test_which_errors_are_the_database_being_unavailable(error: Exception, unavailable: bool) -> None:
    assert database_unavailable(error) is unavailable


def test_an_asyncpg_connection_error_is_found_behind_the_sqlalchemy_error() -> None:
    """As SQLAlchemy's asyncpg dialect raises it: its adapter's error (`orig`) raised from asyncpg's own."""
    adapted = _Driver("internal")
    adapted.__cause__ = _asyncpg_error("InternalClientError")
    assert database_unavailable(DBAPIError("UPDATE deliveries", {}, adapted))


async def test_a_database_outage_while_mailing_a_confirmation_defers_it_instead_of_failing_it(
    db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The confirmation mail's subscription cannot be read: the mail is not given up (the subscriber would never get
    her link) but sent once the lease has run out."""
    created = await db.subscriptions.create(
        NewSubscription("email", "ada@example.org", Filters()), secret=None, now=NOW
    )
    clock, email = Clock(NOW + dt.timedelta(minutes=1)), FakeEmail()
    worker = make_mail_worker(db, email=email, clock=clock)
    real_get = db.subscriptions.get

    async def dropping_get(subscription_id: str) -> object:
        monkeypatch.setattr(db.subscriptions, "get", real_get)
        raise OperationalError("SELECT ...", {}, ConnectionResetError("connection reset by peer"))

    monkeypatch.setattr(db.subscriptions, "get", dropping_get)
    assert await worker.run_once() == 1
    ((row,),) = [await db.mails.listing(created.subscription.id)]
    assert (row.status, row.attempts, email.sent) == ("pending", 0, [])
    clock.advance(hours=1)
    assert await worker.run_once() == 1
    (row,) = await db.mails.listing(created.subscription.id)
    assert (row.status, len(email.sent)) == ("sent", 1)


async def test_a_table_locked_by_hand_gives_503_after_the_lock_timeout_instead_of_hanging(
    role: Role, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`LOCK TABLE deliveries` held in psql left every request needing it waiting, silently, as long as the lock
    was held (44 s): a statement now waits at most the lock timeout, then the API answers 503."""
    monkeypatch.setattr(database, "LOCK_TIMEOUT", "1s")
    settings = NotifierSettings(
        database_url=role.url, admin_token=SecretStr("admin-secret-0123456789"), inbound_smtp_port=0
    )
    notifier = Notifier(settings, None, webhooks=FakeWebhooks(), email=FakeEmail())
    await notifier.start()
    locker = create_async_engine(role.url)
    try:
        transport = httpx.ASGITransport(app=notifier.api)
        async with httpx.AsyncClient(transport=transport, base_url="http://n") as client:
            made = await client.post(
                "/v1/subscriptions", json={"channel": "webhook", "target": "https://example.org/h"}
            )
            owner = {"Authorization": f"Bearer {made.json()['manage_token']}"}
            listing = f"/v1/deliveries?subscription_id={made.json()['id']}"
            assert (await client.get(listing, headers=owner)).status_code == 200
            async with locker.connect() as holder:
                await holder.execute(text("BEGIN"))
                await holder.execute(text("LOCK TABLE deliveries IN ACCESS EXCLUSIVE MODE"))
                locked = await asyncio.wait_for(client.get(listing, headers=owner), timeout=20)
                assert locked.status_code == 503, locked.text
                await holder.execute(text("ROLLBACK"))
            assert (await client.get(listing, headers=owner)).status_code == 200
    finally:
        await locker.dispose()
        await notifier.stop()
