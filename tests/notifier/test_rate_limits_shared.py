"""Rate limits counted in the database: one allowance for every replica, kept across restarts, never exceeded."""

import asyncio
import hashlib
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from prometheus_client import REGISTRY
from pydantic import SecretStr
from sqlalchemy import select, text
from structlog.testing import capture_logs

from tests.notifier.fakes import NOW, Clock, Db, FakeEmail, FakeWebhooks, api_context, open_db
from tocsin_notifier.api import ApiContext, create_api
from tocsin_notifier.errors import RateLimitUnavailableError
from tocsin_notifier.mail import Links, Mailer
from tocsin_notifier.models import RateLimitHits
from tocsin_notifier.rate_limits import PRUNE_INTERVAL, RateLimit, RateLimits
from tocsin_notifier.settings import NotifierSettings

ADMIN = {"Authorization": "Bearer admin-secret-0123456789"}
HOOK = {"channel": "webhook", "target": "https://example.org/hook"}
MAILER = Mailer(sender="Tocsin <alerts@tocsin.example>", links=Links("https://tocsin.example"))


@dataclass
class Replica:
    """One API process: its own engine, context and HTTP client over a shared database."""

    db: Db
    ctx: ApiContext
    client: httpx.AsyncClient
    webhooks: FakeWebhooks
    email: FakeEmail

    async def post(self, path: str, body: dict[str, Any] | None = None, **kwargs: Any) -> httpx.Response:
        return await self.client.post(path, json=body, **kwargs)


@asynccontextmanager
async def replica(url: str, *, clock: Clock | None = None, create_limit: int = 4) -> AsyncIterator[Replica]:
    """An API app with its own engine on `url` (migrated), fake channels and a resolver that never answers."""

    async def resolver(host: str, port: int) -> Sequence[str]:
        raise OSError(f"cannot resolve {host}")

    settings = NotifierSettings(
        database_url=url,
        admin_token=SecretStr("admin-secret-0123456789"),
        public_url="https://tocsin.example",
        create_rate_limit=create_limit,
    )
    async with open_db(url) as db:
        webhooks, email = FakeWebhooks(), FakeEmail()
        ctx = api_context(db, settings, webhooks=webhooks, email=email, resolver=resolver, clock=clock, mailer=MAILER)
        transport = httpx.ASGITransport(app=create_api(ctx))
        async with httpx.AsyncClient(transport=transport, base_url="https://tocsin.example") as client:
            yield Replica(db, ctx, client, webhooks, email)


async def _rows(db: Db) -> list[RateLimitHits]:
    async with db.subscriptions.sessions() as session:
        return list((await session.scalars(select(RateLimitHits))).all())


async def _drop_rate_limits(db: Db) -> None:
    async with db.subscriptions.sessions.begin() as session:
        await session.execute(text("DROP TABLE rate_limits"))


# --- The sliding window (pure) ----------------------------------------------------------------------------


def test_window_admits_up_to_the_limit_then_says_how_long_to_wait() -> None:
    """Three hits fit a limit of 3; the fourth waits until the oldest leaves the 60 s window."""
    limit = RateLimit("client", 3, 60.0)
    hits: list[float] = []
    for now in (100.0, 110.0, 120.0):
        hits, wait = limit.admit(hits, now)
        assert wait is None
    kept, wait = limit.admit(hits, 130.0)
    assert (kept, wait) == ([100.0, 110.0, 120.0], 30.0)
    assert limit.admit(hits, 160.0) == ([110.0, 120.0, 160.0], None)


def test_window_counts_another_replicas_hit_from_slightly_ahead() -> None:
    """A hit stamped slightly ahead by another replica's clock still counts; the wait never exceeds the window."""
    limit = RateLimit("client", 1, 60.0)
    kept, wait = limit.admit([1000.5], 1000.0)
    assert kept == [1000.5]
    assert wait == 60.0


def test_window_waits_for_enough_hits_to_expire_after_a_lowered_limit() -> None:
    """Five stored hits under a limit lowered to 2: the wait is until the fourth-newest leaves, not the oldest."""
    limit = RateLimit("client", 2, 60.0)
    _, wait = limit.admit([10.0, 20.0, 30.0, 40.0, 50.0], 55.0)
    assert wait == 40.0 + 60.0 - 55.0


def test_row_key_hides_the_subject_under_the_instance_secret() -> None:
    """Row keys name the limit and a keyed hash of the subject: never the address, nor its plain SHA-256."""
    limit = RateLimit("address", 3, 3600.0)
    key = limit.row_key("victim@example.org", "secret-a")
    assert key.startswith("address:")
    assert "victim" not in key
    assert len(key) == len("address:") + 64
    assert key.removeprefix("address:") != hashlib.sha256(b"victim@example.org").hexdigest()
    assert key != limit.row_key("victim@example.org", "secret-b")
    assert key == limit.row_key("victim@example.org", "secret-a")


# --- Shared by replicas, on SQLite and PostgreSQL ---------------------------------------------------------


async def test_two_api_apps_on_one_database_enforce_one_creation_limit(db: Db) -> None:
    """Creations alternating between two apps (own engines) on one database stop at the one limit of 4."""
    async with replica(db.url) as first, replica(db.url) as second:
        codes = [(await (first, second)[i % 2].post("/v1/subscriptions", HOOK)).status_code for i in range(6)]
        refused = await second.post("/v1/subscriptions", HOOK)
    assert codes == [201] * 4 + [429] * 2
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 61


async def test_two_api_apps_share_the_confirmation_mail_limit(db: Db) -> None:
    """Three confirmation mails to one address from two apps together; the fourth, from either, is refused."""
    body = {"channel": "email", "target": "victim@example.org"}
    async with replica(db.url, create_limit=50) as first, replica(db.url, create_limit=50) as second:
        codes = [(await (first, second)[i % 2].post("/v1/subscriptions", body)).status_code for i in range(5)]
        sent = len(first.email.sent) + len(second.email.sent)
    assert codes == [201, 201, 201, 429, 429]
    assert sent == 3


async def test_limits_survive_an_api_restart(db: Db) -> None:
    """An app restarted with a new engine still refuses the client and the address that used up their limits."""
    mail = {"channel": "email", "target": "victim@example.org"}
    async with replica(db.url, create_limit=3) as before:
        assert [(await before.post("/v1/subscriptions", mail)).status_code for _ in range(3)] == [201] * 3
    async with replica(db.url, create_limit=50) as after:
        assert (await after.post("/v1/subscriptions", mail)).status_code == 429  # the address: 3 per hour
    async with replica(db.url, create_limit=3) as after:
        assert (await after.post("/v1/subscriptions", HOOK)).status_code == 429  # the client: 3 per minute


async def test_concurrent_creations_on_two_apps_never_exceed_the_limit(db: Db) -> None:
    """Thirty creations at once, split over two apps, admit exactly the limit of 7."""
    async with replica(db.url, create_limit=7) as first, replica(db.url, create_limit=7) as second:
        responses = await asyncio.gather(*((first, second)[i % 2].post("/v1/subscriptions", HOOK) for i in range(30)))
        listed = await first.client.get("/v1/subscriptions", headers=ADMIN)
    codes = [r.status_code for r in responses]
    assert codes.count(201) == 7
    assert codes.count(429) == 23
    assert listed.json()["total"] == 7


async def test_concurrent_hits_from_two_engines_admit_exactly_the_limit(db: Db) -> None:
    """Sixty simultaneous hits on one subject through two engines: exactly 10 admitted, one row of 10 hits."""
    limit = RateLimit("subscription", 10, 600.0, fail_closed=True)
    async with open_db(db.url) as other:
        stores = [
            RateLimits(d.subscriptions.sessions, clock=Clock(), secret=d.subscriptions.instance_key)
            for d in (db, other)
        ]
        waits = await asyncio.gather(*(stores[i % 2].hit(limit, "test\x1fsub-1") for i in range(60)))
    assert waits.count(None) == 10
    assert all(w is not None and 0 <= w <= 600 for w in waits if w is not None)
    (row,) = await _rows(db)
    assert len(row.hits) == 10


# --- Time: windows slide, old rows are pruned ---------------------------------------------------------------


async def test_a_hit_is_admitted_again_once_the_window_has_slid(db: Db) -> None:
    """At the limit the wait is the oldest hit's remaining time; after it, one more hit is admitted."""
    clock = Clock()
    limits, limit = (
        RateLimits(db.subscriptions.sessions, clock=clock, secret=db.subscriptions.instance_key),
        RateLimit("client", 2, 60.0),
    )
    assert await limits.hit(limit, "203.0.113.7") is None
    clock.advance(seconds=20)
    assert await limits.hit(limit, "203.0.113.7") is None
    assert await limits.hit(limit, "203.0.113.7") == pytest.approx(40.0)
    clock.advance(seconds=40)
    assert await limits.hit(limit, "203.0.113.7") is None
    assert await limits.hit(limit, "198.51.100.1") is None  # another client has its own allowance


async def test_rows_whose_hits_all_expired_are_pruned(db: Db) -> None:
    """A later hit deletes the rows of subjects idle for longer than their window, and keeps live ones."""
    clock = Clock()
    limits = RateLimits(db.subscriptions.sessions, clock=clock, secret=db.subscriptions.instance_key)
    short, long = RateLimit("client", 5, 60.0), RateLimit("address", 3, 3600.0)
    await limits.hit(short, "203.0.113.7")
    await limits.hit(long, "victim@example.org")
    clock.advance(seconds=PRUNE_INTERVAL + 61)
    await limits.hit(short, "198.51.100.1")
    keys = {row.key for row in await _rows(db)}
    secret = await db.subscriptions.instance_key()
    assert keys == {short.row_key("198.51.100.1", secret), long.row_key("victim@example.org", secret)}


async def test_no_address_or_client_is_stored_in_clear(db: Db) -> None:
    """The rate_limits table holds hashes: neither the mailbox nor the client address appears in it."""
    async with replica(db.url) as app:
        assert (await app.post("/v1/subscriptions", {"channel": "email", "target": "ada@example.org"})).is_success
    stored = " ".join(f"{row.key} {row.hits}" for row in await _rows(db))
    assert "ada@example.org" not in stored
    assert "127.0.0.1" not in stored


# --- When the database cannot count -----------------------------------------------------------------------


def _errors(limit: str) -> float:
    return REGISTRY.get_sample_value("tocsin_notifier_rate_limit_errors_total", {"limit": limit}) or 0.0


async def test_per_client_limit_fails_open_with_a_logged_error(db: Db) -> None:
    """With the limits table gone, a webhook creation still succeeds; the error is logged and counted."""
    async with replica(db.url) as app:
        await _drop_rate_limits(app.db)
        before = _errors("client")
        with capture_logs() as logs:
            response = await app.post("/v1/subscriptions", HOOK)
    assert response.status_code == 201
    assert _errors("client") == before + 1
    errors = [e for e in logs if e["event"] == "rate_limit_unavailable"]
    assert errors[0]["log_level"] == "error"
    assert errors[0]["limit"] == "client"
    assert errors[0]["fail_closed"] is False


async def test_a_failing_limit_is_logged_once_not_once_per_request(db: Db) -> None:
    """Every API request checks a limit: while the database failed, each logged an error (170 lines a minute per
    replica in a chaos test); the failure is counted each time and logged once, then once a minute."""
    async with replica(db.url) as app:
        await _drop_rate_limits(app.db)
        before = _errors("client")
        with capture_logs() as logs:
            for _ in range(20):
                assert (await app.post("/v1/subscriptions", HOOK)).status_code == 201
    assert _errors("client") == before + 20
    assert len([e for e in logs if e["event"] == "rate_limit_unavailable"]) == 1


async def test_confirmation_mail_limit_fails_closed(db: Db) -> None:
    """With the limits table gone, an email subscription is refused with 503 + Retry-After and nothing is mailed."""
    async with replica(db.url) as app:
        await _drop_rate_limits(app.db)
        response = await app.post("/v1/subscriptions", {"channel": "email", "target": "ada@example.org"})
        listed = await app.client.get("/v1/subscriptions", headers=ADMIN)
    assert response.status_code == 503
    assert response.headers["retry-after"] == "30"
    assert app.email.sent == []
    assert listed.json()["total"] == 0


async def test_test_event_limit_fails_closed(db: Db) -> None:
    """With the limits table gone, a test event is refused with 503 and the receiver is never called."""
    async with replica(db.url) as app:
        created = (await app.post("/v1/subscriptions", HOOK)).json()
        await _drop_rate_limits(app.db)
        response = await app.post(f"/v1/subscriptions/{created['id']}/test", headers=ADMIN)
    assert response.status_code == 503
    assert app.webhooks.calls == []


async def test_fail_closed_limit_raises_instead_of_admitting(db: Db) -> None:
    """RateLimits.hit raises RateLimitUnavailableError for a fail-closed limit the database cannot count."""
    limits = RateLimits(db.subscriptions.sessions, clock=Clock(NOW), secret=db.subscriptions.instance_key)
    await _drop_rate_limits(db)
    with pytest.raises(RateLimitUnavailableError):
        await limits.hit(RateLimit("address", 3, 3600.0, fail_closed=True), "ada@example.org")
    assert await limits.hit(RateLimit("client", 3, 60.0), "203.0.113.7") is None
