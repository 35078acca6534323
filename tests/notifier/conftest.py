"""Notifier fixtures: databases (SQLite file, real PostgreSQL), alert factory."""

import os
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator, Iterator
from glob import glob
from pathlib import Path

import pytest

from tests.notifier.fakes import AlertFactory, Db, free_port, fresh_pg_database, make_alert, open_db


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A real PostgreSQL server: $TOCSIN_TEST_POSTGRES_URL, else a throwaway cluster on a free port.

    Works after a bare `apt-get install postgresql` on Debian, as root (the cluster then runs as the
    `postgres` user, from a directory it owns) or as any other user; no locale needs to be generated.
    """
    existing = os.environ.get("TOCSIN_TEST_POSTGRES_URL")
    if existing:
        yield existing
        return
    bins = sorted(glob("/usr/lib/postgresql/*/bin/initdb"))
    assert bins, "PostgreSQL is not installed (apt-get install postgresql) and TOCSIN_TEST_POSTGRES_URL is unset"
    bindir = Path(bins[-1]).parent
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    base = Path(tempfile.mkdtemp(prefix="tocsin-pg-"))
    data, port = base / "data", free_port()
    if run_as:
        shutil.chown(base, "postgres", "postgres")
    try:
        initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "tocsin", "--auth=trust", "-E", "UTF8", "--no-locale"]
        _run([*run_as, *initdb], base)
        options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        _run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "start"],
            base,
        )
        try:
            yield f"postgresql+asyncpg://tocsin@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                check=False,
                capture_output=True,
                cwd=base,
            )
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _run(command: list[str], base: Path) -> None:
    """Run a PostgreSQL tool from `base` (readable by its user); fail with its output and server log."""
    done = subprocess.run(command, capture_output=True, text=True, cwd=base, check=False)
    if done.returncode != 0:
        log = base / "log"
        server_log = log.read_text(errors="replace") if log.exists() else ""
        tool = next(Path(c).name for c in command if "/bin/" in c)
        raise AssertionError(f"{tool} failed: {done.stdout}{done.stderr}{server_log}")


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> AsyncIterator[Db]:
    """A migrated SQLite file database."""
    async with open_db(f"sqlite+aiosqlite:///{tmp_path / 'notifier.db'}") as db:
        yield db


@pytest.fixture(params=["sqlite", "postgresql"])
async def db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Db]:
    """The same tests on SQLite and on a real PostgreSQL server."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'notifier.db'}"
    else:
        url = await fresh_pg_database(request.getfixturevalue("pg_url"))
    async with open_db(url) as db:
        yield db


@pytest.fixture
def alert() -> AlertFactory:
    """Factory for classified alerts (see make_alert)."""
    return make_alert
