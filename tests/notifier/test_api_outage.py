"""While the database does not answer, the API says so (503 + Retry-After, one log line), not a bare 500 with a
traceback per request; when it answers again, the same requests succeed."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy.engine import make_url
from structlog.testing import capture_logs

from tests.notifier.fakes import FakeEmail, FakeWebhooks, fresh_pg_database
from tests.support.tcp import CuttableProxy
from tocsin_notifier.app import Notifier
from tocsin_notifier.settings import NotifierSettings

HOOK = {"channel": "webhook", "target": "https://example.org/hook"}
ADMIN = {"Authorization": "Bearer admin-secret-0123456789"}


@pytest.fixture
async def proxy(pg_url: str) -> AsyncIterator[tuple[CuttableProxy, str]]:
    """A fresh PostgreSQL database reached through a proxy the test can cut."""
    url = make_url(await fresh_pg_database(pg_url))
    proxy = CuttableProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.restore()
    yield proxy, url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    await proxy.cut()


def settings_for(url: str) -> NotifierSettings:
    return NotifierSettings(
        database_url=url,
        admin_token=SecretStr("admin-secret-0123456789"),
        inbound_smtp_port=0,
        worker_poll_interval=3600,
    )


async def test_postgresql_going_away_gives_503_with_retry_after_and_coming_back_works_again(
    proxy: tuple[CuttableProxy, str],
) -> None:
    cuttable, url = proxy
    notifier = Notifier(settings_for(url), None, webhooks=FakeWebhooks(), email=FakeEmail())
    await notifier.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=notifier.api), base_url="http://n") as client:
            made = await client.post("/v1/subscriptions", json=HOOK)
            assert made.status_code == 201
            owner = {"Authorization": f"Bearer {made.json()['manage_token']}"}
            await cuttable.cut()
            with capture_logs() as logs:
                answers = [
                    await client.post("/v1/subscriptions", json=HOOK),
                    await client.get(f"/v1/subscriptions/{made.json()['id']}", headers=owner),
                    await client.get("/v1/subscriptions", headers=ADMIN),
                ]
            for answer in answers:
                assert answer.status_code == 503, answer.text
                assert answer.headers["retry-after"] == "30"
                assert "database is not answering" in answer.json()["detail"]
            failures = [entry for entry in logs if entry["event"] == "api_database_failed"]
            assert len(failures) == 1
            assert "exc_info" not in failures[0]
            await cuttable.restore()
            assert (await client.post("/v1/subscriptions", json=HOOK)).status_code == 201
            listed = await client.get("/v1/subscriptions", headers=ADMIN)
            assert listed.status_code == 200
            assert len(listed.json()) == 2
    finally:
        await notifier.stop()


async def test_a_vanished_sqlite_file_gives_503_not_500(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    notifier = Notifier(settings_for(f"sqlite+aiosqlite:///{folder / 'n.db'}"), None)
    await notifier.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=notifier.api), base_url="http://n") as client:
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()
            await notifier.engine.dispose()
            answer = await client.post("/v1/subscriptions", json=HOOK)
            assert (answer.status_code, answer.headers.get("retry-after")) == (503, "30")
    finally:
        await notifier.stop()
