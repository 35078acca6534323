"""Replicas starting together on a fresh database (PostgreSQL, or one SQLite file) migrate one after the other,
none crashes."""

import asyncio
from pathlib import Path

from tests.notifier.fakes import fresh_pg_database
from tocsin_notifier.database import make_engine, migrate


async def migrated_by_three_at_once(url: str) -> list[BaseException | None]:
    """What three replicas' migrations of `url`, started together, ended with (None: success)."""
    engines = [make_engine(url) for _ in range(3)]
    try:
        return await asyncio.gather(*(migrate(engine) for engine in engines), return_exceptions=True)
    finally:
        for engine in engines:
            await engine.dispose()


async def test_three_replicas_migrating_a_fresh_database_at_once_all_succeed(pg_url: str) -> None:
    """They raced on CREATE TYPE and one crashed with a unique violation (3 of 3 trials); now they take turns."""
    assert await migrated_by_three_at_once(await fresh_pg_database(pg_url)) == [None, None, None]


async def test_replicas_migrating_one_fresh_sqlite_file_at_once_all_succeed(tmp_path: Path) -> None:
    """Two replicas on one fresh SQLite file: one crashed with "table subscriptions already exists" (1 run in 4)."""
    for trial in range(6):
        url = f"sqlite+aiosqlite:///{tmp_path / f'shared-{trial}.db'}"
        assert await migrated_by_three_at_once(url) == [None, None, None], trial
