"""The database engine and its migrations: SQLite (aiosqlite) by default, PostgreSQL (asyncpg) in production."""

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
    StatementError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession

from tocsin_notifier.errors import StartError

MIGRATIONS = Path(__file__).parent / "migrations"
WAL_SWITCH_TRIES = 50
LOCK_TIMEOUT = "10s"  # PostgreSQL: the longest a statement waits for a lock
POOL_TIMEOUT = 5.0  # PostgreSQL: the longest a session waits for a pooled connection (seconds)
# Connection refused or reset (OSError), the server gone or starting (OperationalError, InterfaceError), every pooled
# connection busy (PoolTimeoutError): the database is not answering, a temporary condition.
OUTAGES: tuple[type[Exception], ...] = (OSError, OperationalError, InterfaceError, PoolTimeoutError)

Sessions = async_sessionmaker[AsyncSession]


def make_engine(url: str) -> AsyncEngine:
    """An async engine; on SQLite with foreign keys on, WAL, synchronous=FULL and a generous busy timeout.

    FULL (not NORMAL) so a commit, e.g. a settled delivery, survives a power loss: nothing is sent twice.

    Bound parameters are kept out of error messages: they hold signing secrets and token hashes.
    """
    if url.startswith("sqlite"):
        _private(make_url(url).database)
        engine = create_async_engine(url, connect_args={"timeout": 30}, hide_parameters=True)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    # A statement that waits longer than LOCK_TIMEOUT for a lock (a table locked by hand, a stuck transaction) ends
    # with an error the notifier treats as an outage: the API answers 503, /readyz says the database takes no write,
    # the loops log it; without it every request and loop waited, silently, as long as the lock was held.
    # A request waits at most POOL_TIMEOUT for a connection (every one held by statements waiting on a lock, say),
    # then fails as an outage too, instead of queueing behind them.
    settings = {"lock_timeout": LOCK_TIMEOUT}
    return create_async_engine(
        url,
        pool_pre_ping=True,
        pool_timeout=POOL_TIMEOUT,
        hide_parameters=True,
        connect_args={"server_settings": settings},
    )


def _private(path: str | None) -> None:
    """Make the SQLite file (and its -wal and -shm files, which SQLite creates with the file's own mode) readable by
    its owner only, creating it so if need be: it holds subscribers' addresses, signing secrets and the key that
    makes every confirmation and unsubscribe token (a umask of 022 left it world-readable)."""
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    for name in (path, f"{path}-wal", f"{path}-shm"):
        try:
            if name == path and not os.path.exists(name):
                os.close(os.open(name, os.O_CREAT | os.O_WRONLY, 0o600))
            mode = os.stat(name).st_mode
            if mode & 0o077:
                os.chmod(name, mode & 0o700)
        except (FileNotFoundError, PermissionError):  # not there (yet), or someone else's: its mode is not ours
            continue


async def deleted(sessions: Sessions, statement: Any) -> int:
    """Run one DELETE in its own transaction; how many rows it deleted (the housekeeping's prunes)."""
    async with sessions.begin() as session:
        result = await session.execute(statement)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def make_sessions(engine: AsyncEngine) -> Sessions:
    """The session factory every store uses (objects stay readable after commit)."""
    return async_sessionmaker(engine, expire_on_commit=False)


# Held for the migration's transaction on PostgreSQL: replicas starting together on a fresh database migrate one
# after the other (they raced on CREATE TYPE, and one crashed; on SQLite on "table already exists", which BEGIN
# IMMEDIATE prevents). Any fixed number works; this one spells "tocsin".
MIGRATION_LOCK = 0x746F6373696E


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to the head revision (idempotent; safe on every start, by several processes at once).

    Raises StartError naming the database (without its password) when it does not answer."""
    try:
        async with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                await conn.execute(text("SET LOCAL lock_timeout = 0"))  # another replica's migration may take longer
                await conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            elif (
                conn.dialect.name == "sqlite"
            ):  # the same on one SQLite file: the write lock, before the version is read
                await conn.exec_driver_sql("BEGIN IMMEDIATE")
            await conn.run_sync(_upgrade)
    except OUTAGES as exc:
        where = make_url(engine.url).render_as_string(hide_password=True)
        message = str(exc).strip()
        raise StartError(
            f"the database {where} cannot be reached or migrated: {message.splitlines()[0] if message else exc!r}"
        ) from exc


async def ping(engine: AsyncEngine) -> bool:
    """True when the database answers a trivial query (readiness)."""
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception:
        return False
    return True


_BUSY = ("database is locked", "database table is locked")  # another writer: waited on, not an outage


class WriteHealth:
    """Whether the database takes writes: a read-only or full disk answered readiness's SELECT 1 while every write
    failed (consuming stopped, the API answered 503), and /readyz said "database: ok".

    Any write error (an OperationalError other than SQLite's busy lock) marks it failing, from the first one; only a
    write of its own that commits (`probe`, run by readiness in the background) clears it. SQLAlchemy tells of a
    commit before it is made, so another's commit proves nothing.
    """

    def __init__(self) -> None:
        self.failing_since: float | None = None
        self.error = ""

    def watch(self, engine: AsyncEngine) -> "WriteHealth":
        event.listen(engine.sync_engine, "handle_error", self._failed)
        return self

    def failure(self) -> str | None:
        """Why writes fail now, and for how long; None when they do not."""
        if self.failing_since is None:
            return None
        return f"not writable for {time.monotonic() - self.failing_since:.0f} s: {self.error}"

    async def probe(self, engine: AsyncEngine) -> None:
        """Write a row and delete it in one committed transaction; clear the failure when it commits."""
        if await probe_write(engine):
            self.failing_since = None

    def _failed(self, context: Any) -> None:
        error = context.original_exception
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if isinstance(context.sqlalchemy_exception, OperationalError) and not message.startswith(_BUSY):
            if self.failing_since is None:
                self.failing_since = time.monotonic()
            self.error = message[:200]


async def probe_write(engine: AsyncEngine) -> bool:
    """Write a row and delete it again in one transaction; whether it committed (an error is left to `WriteHealth`)."""
    key, now = "tocsin:readiness-probe", dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DELETE FROM rate_limits WHERE key = :key"), {"key": key})
            await conn.execute(
                text("INSERT INTO rate_limits (key, hits, expires_at) VALUES (:key, '[]', :now)"),
                {"key": key, "now": now},
            )
            await conn.execute(text("DELETE FROM rate_limits WHERE key = :key"), {"key": key})
    except Exception:
        return False
    return True


async def lock_for_writing(session: AsyncSession) -> None:
    """Make the session's transaction exclusive before it reads, so read-then-write is atomic across processes.

    On SQLite the transaction starts with BEGIN IMMEDIATE (other writers wait on the busy timeout); call this
    first in a fresh transaction. PostgreSQL needs nothing here: there, rows are locked FOR UPDATE as read.
    """
    connection = await session.connection()
    if connection.dialect.name == "sqlite":
        await connection.exec_driver_sql("BEGIN IMMEDIATE")


# SQLSTATE classes and codes of a server that dropped, refused or could not serve the connection, or that ended a
# statement which would succeed when run again: connection exception, insufficient resources (too many clients),
# operator intervention (shut down, starting up, statement or lock timeout), serialization failure and deadlock.
PG_TRANSIENT_CLASSES = ("08", "53", "57")
PG_TRANSIENT_CODES = ("40001", "40P01", "55P03")
# asyncpg's own errors for a connection that broke under it ("connection was closed in the middle of operation",
# "cannot switch to state 15; another operation is in progress"), named here so asyncpg stays an optional driver.
ASYNCPG_CONNECTION_ERRORS = ("InterfaceError", "InternalClientError", "ConnectionDoesNotExistError")


def database_unavailable(exc: BaseException) -> bool:
    """True when `exc` says the database did not answer, dropped the connection or refused it for now (a restart,
    a terminated backend, every connection slot taken, a deadlock): worth trying again, never a reason to give
    anything up. Walks the chain of causes, where the driver's own error sits."""
    seen: BaseException | None = exc
    for _ in range(8):  # a chain of causes is short; a cycle is not followed for ever
        if seen is None:
            return False
        if isinstance(seen, OUTAGES) or (isinstance(seen, DBAPIError) and seen.connection_invalidated):
            return True
        code = str(getattr(seen, "sqlstate", None) or getattr(seen, "pgcode", None) or "")
        if code.startswith(PG_TRANSIENT_CLASSES) or code in PG_TRANSIENT_CODES:
            return True
        if type(seen).__module__.startswith("asyncpg") and type(seen).__name__ in ASYNCPG_CONNECTION_ERRORS:
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__
    return False


def is_transient(exc: SQLAlchemyError) -> bool:
    """True when retrying may succeed: the database is unreachable, locked, or the pool is exhausted.

    Constraint and data errors, and statements that could not even be built, fail the same way every time.
    """
    if isinstance(exc, IntegrityError | DataError):
        return False
    return isinstance(exc, DBAPIError) or not isinstance(exc, StatementError)


def _upgrade(connection: Connection) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    _write_ahead_log(cursor)
    cursor.execute("PRAGMA synchronous=FULL")
    # deleted rows (an erased address) are overwritten, not left in free pages
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _write_ahead_log(cursor: Any) -> None:
    """Put the file in WAL mode (it stays so) unless it is already. Switching takes a lock that SQLite's busy
    timeout does not wait for: a replica connecting while another migrates a fresh file got "database is locked"
    at once, so the switch is tried again for a few seconds (only ever at a fresh file's first connections)."""
    cursor.execute("PRAGMA journal_mode")
    if str(cursor.fetchone()[0]).lower() == "wal":
        return
    for _ in range(WAL_SWITCH_TRIES - 1):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            time.sleep(0.1)
        else:
            return
    cursor.execute("PRAGMA journal_mode=WAL")
