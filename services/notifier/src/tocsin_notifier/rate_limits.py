"""Rate limits shared by every API replica: sliding windows counted in the database (table rate_limits).

Each limit x subject has one row holding the times of its admitted hits still inside the window (at most
`limit` of them). A hit locks that row with an upsert (INSERT ... ON CONFLICT DO UPDATE ... RETURNING, on
SQLite and PostgreSQL alike), keeps the times younger than the window and is admitted while fewer than
`limit` remain: the exact sliding window of the former in-memory limiter, now one allowance for all
replicas that survives restarts. Rows whose every hit has expired are pruned at most once a minute per process.
"""

import datetime as dt
import hashlib
import hmac
import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from tocsin_notifier.database import AsyncSession, Sessions, lock_for_writing
from tocsin_notifier.errors import RateLimitUnavailableError
from tocsin_notifier.metrics import RATE_LIMIT_ERRORS
from tocsin_notifier.models import RateLimitHits
from tocsin_notifier.rounds import FailureLog

log = structlog.get_logger()
PRUNE_INTERVAL = 60.0  # seconds between two deletions of expired rows, per process


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` hits per `window` seconds per subject (sliding window).

    `fail_closed`: refuse (rather than admit) a hit the database cannot count; see RateLimits.hit.
    """

    name: str
    limit: int
    window: float
    fail_closed: bool = False

    def admit(self, hits: Sequence[float], now: float) -> tuple[list[float], float | None]:
        """The hits inside the window, `now` added when admitted, and None or the seconds to wait (pure).

        Hits are epoch seconds; one a little ahead of `now` (another replica's clock) still counts.
        """
        recent = sorted(h for h in hits if h > now - self.window)
        if len(recent) < self.limit:
            return sorted([*recent, now]), None
        oldest_that_matters = recent[len(recent) - self.limit]  # once it expires, one more hit fits
        return recent, min(max(oldest_that_matters + self.window - now, 0.0), self.window)

    def row_key(self, subject: str, secret: str) -> str:
        """The row of `subject` under this limit: addresses and networks are stored only as a keyed hash
        (HMAC-SHA256 under the instance's secret), which a copy of the table alone cannot reverse by trying
        every IPv4 address or a list of known emails."""
        digest = hmac.new(secret.encode(), subject.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
        return f"{self.name}:{digest}"


class RateLimits:
    """Counts hits against RateLimit policies in the database every replica shares."""

    def __init__(
        self, sessions: Sessions, *, clock: Callable[[], dt.datetime], secret: Callable[[], Awaitable[str]]
    ) -> None:
        self.sessions, self.clock, self.secret = sessions, clock, secret
        self._pruned_at = -math.inf
        # once, then once a minute, per limit: every API request checks one, and logged each one while it was down
        self._failures: dict[str, FailureLog] = {}

    async def hit(self, limit: RateLimit, subject: str) -> float | None:
        """Count one hit of `subject`: None when admitted, else the seconds until one would be.

        When the database fails, a limit that protects only our own capacity (per client) fails open: the
        hit is admitted and the error logged and counted, because the API should not go down with one
        table, and the request's own writes meet the same database anyway. A limit that protects someone
        else (a mailbox from confirmation mails, a webhook receiver from test events) fails closed and
        raises RateLimitUnavailableError: a mail or request sent cannot be taken back.
        """
        now = self.clock()
        try:
            wait = await self._count(limit, limit.row_key(subject, await self.secret()), now.timestamp())
        except (SQLAlchemyError, OSError) as exc:
            self._unavailable(limit, exc, fail_closed=limit.fail_closed)
            if limit.fail_closed:
                raise RateLimitUnavailableError(limit.name) from exc
            return None
        self._failures_of(limit).succeeded()
        await self._prune_now_and_then(now)
        return wait

    async def waiting(self, limit: RateLimit, subject: str) -> float | None:
        """Without counting a hit: None when one would be admitted now, else the seconds until one would be.

        Fails open (None, logged and counted) when the database cannot answer, like a per-client `hit`.
        """
        now = self.clock().timestamp()
        try:
            key = limit.row_key(subject, await self.secret())
            async with self.sessions.begin() as session:
                stored = await session.scalar(select(RateLimitHits.hits).where(RateLimitHits.key == key))
        except (SQLAlchemyError, OSError) as exc:
            self._unavailable(limit, exc, fail_closed=False)
            return None
        return limit.admit([float(h) for h in stored or []], now)[1]

    def _failures_of(self, limit: RateLimit) -> FailureLog:
        return self._failures.setdefault(limit.name, FailureLog("rate_limit_unavailable"))

    def _unavailable(self, limit: RateLimit, exc: BaseException, *, fail_closed: bool) -> None:
        """Count a limit the database could not answer for; log it once, then once a minute with how often."""
        RATE_LIMIT_ERRORS.labels(limit=limit.name).inc()
        self._failures_of(limit).failed(exc, limit=limit.name, fail_closed=fail_closed)

    async def prune(self, now: dt.datetime) -> int:
        """Delete the rows whose hits have all left their window; returns how many."""
        async with self.sessions.begin() as session:
            result = await session.execute(delete(RateLimitHits).where(RateLimitHits.expires_at <= now))
        return int(getattr(result, "rowcount", 0) or 0)

    async def _count(self, limit: RateLimit, key: str, now: float) -> float | None:
        async with self.sessions.begin() as session:
            await lock_for_writing(session)  # SQLite: BEGIN IMMEDIATE; PostgreSQL locks the row in the upsert
            hits = await _lock_row(session, key, now)
            kept, wait = limit.admit(hits, now)
            if wait is None:
                expires_at = _utc(kept[-1] + limit.window)
                await session.execute(
                    update(RateLimitHits).where(RateLimitHits.key == key).values(hits=kept, expires_at=expires_at)
                )
            return wait

    async def _prune_now_and_then(self, now: dt.datetime) -> None:
        if now.timestamp() - self._pruned_at < PRUNE_INTERVAL:
            return
        self._pruned_at = now.timestamp()
        try:
            pruned = await self.prune(now)
        except (SQLAlchemyError, OSError) as exc:
            log.warning("rate_limits_prune_failed", error=repr(exc))
            return
        if pruned:
            log.debug("rate_limits_pruned", rows=pruned)


async def _lock_row(session: AsyncSession, key: str, now: float) -> list[float]:
    """The hits stored under `key` (an empty row is created first), with that row locked until commit.

    ON CONFLICT DO UPDATE (a no-op update) waits for and locks the row on PostgreSQL, even one another
    transaction is inserting, so two replicas never read the same hits and both add one.
    """
    dialect = (await session.connection()).dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = RateLimitHits.__table__
    statement = (
        insert(table)
        .values(key=key, hits=[], expires_at=_utc(now))
        .on_conflict_do_update(index_elements=[table.c.key], set_={"hits": table.c.hits})
        .returning(table.c.hits)
    )
    stored = (await session.execute(statement)).scalar_one()
    return [float(h) for h in stored or []]


def _utc(epoch: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(epoch, dt.UTC)
