"""The notifier's SQLite file holds subscribers' addresses, signing secrets and the key behind every confirmation
and unsubscribe token: only its owner may read it, whatever the umask."""

import os
import stat
from pathlib import Path

from tests.notifier.fakes import Db
from tocsin_notifier.database import WriteHealth, make_engine, migrate


async def _migrate(path: Path) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await migrate(engine)
        async with engine.connect() as connection:  # keeps the -wal and -shm files while it is open
            await connection.exec_driver_sql("SELECT 1")
            for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                assert stat.S_IMODE(name.stat().st_mode) == 0o600, name
    finally:
        await engine.dispose()


async def test_a_new_database_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    """Created under a umask of 022 it was -rw-r--r--: anyone on the host could forge confirmation tokens."""
    previous = os.umask(0o022)
    try:
        await _migrate(tmp_path / "new.db")
    finally:
        os.umask(previous)


async def test_an_existing_world_readable_database_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    await _migrate(path)
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists():
            name.chmod(0o644)
    await _migrate(path)


async def test_the_readiness_write_probe_commits_a_write_on_either_database(db: Db) -> None:
    """/readyz learns that a database which took no write takes them again by writing (and deleting) one row itself:
    on SQLite and PostgreSQL alike that commit clears the failure, and leaves nothing behind."""
    engine = make_engine(db.url)
    health = WriteHealth().watch(engine)
    health.failing_since, health.error = 0.0, "disk I/O error"
    try:
        assert health.failure() is not None
        await health.probe(engine)
        assert health.failure() is None
        async with engine.connect() as connection:
            left = await connection.exec_driver_sql("SELECT count(*) FROM rate_limits")
            assert left.scalar() == 0
    finally:
        await engine.dispose()
