"""Discreet subjects: a subject shows on a lock screen and to the mail provider even when the body is encrypted, so a
subscriber at risk can have every alert mail say only "Tocsin: N new alerts" (set through the API and her settings
page: tests/notifier/test_api_abuse.py)."""

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.notifier.channels.test_email_channel import compose_discreet
from tests.notifier.fakes import NOW, Clock, Db, FakeEmail, FakeReporter, FakeWebhooks, make_alert, make_worker
from tocsin_notifier.database import MIGRATIONS, make_engine, migrate
from tocsin_notifier.routing import Filters
from tocsin_notifier.store import NewSubscription
from tocsin_notifier.subscription import mailbox_of


def test_a_discreet_subject_names_no_country_severity_or_headline() -> None:
    one = compose_discreet(make_alert(key="a", severity="critical"))
    assert one["Subject"] == "Tocsin: 1 new alert"
    several = compose_discreet(make_alert(key="a", severity="critical"), make_alert(key="b"))
    assert several["Subject"] == "Tocsin: 2 new alerts"


async def test_the_worker_mails_a_discreet_subscription_with_a_discreet_subject(db: Db) -> None:
    new = NewSubscription("email", "linh@example.org", Filters(), discreet=True)
    created = await db.subscriptions.create(new, secret=None, now=NOW)
    await db.subscriptions.confirm(await db.subscriptions.confirm_token_for(created.subscription.id), now=NOW)
    assert await db.outbox.record(make_alert(key="discreet", severity="critical"), now=NOW) == 1
    email = FakeEmail()
    worker = make_worker(db, webhooks=FakeWebhooks(), email=email, reporter=FakeReporter(), clock=Clock())
    await worker.run_once()
    (mail,) = email.sent
    assert mail["Subject"] == "Tocsin: 1 new alert"


def test_a_discreet_mail_begins_with_nothing_a_preview_could_show_and_carries_no_alert_id() -> None:
    """Phones preview a mail's first line, and the alert id derives from the report's URL: a discreet mail's first
    words, in both parts, name no severity, country or report, and it has no X-Tocsin-Alert-Id."""
    alert = make_alert(key="preview", severity="high")
    mail = compose_discreet(alert)
    assert mail["X-Tocsin-Alert-Id"] is None
    text_part, html_part = (part.get_content() for part in mail.iter_parts())
    title = alert.data.event.data.title  # type: ignore[union-attr]
    assert text_part.startswith("Tocsin: 1 new alert. Open this mail to read it")
    first_words = html_part.split("<body", 1)[1].split("</p>", 1)[0]
    assert "Tocsin: 1 new alert. Open this mail to read it" in first_words
    for revealing in ("HIGH", "VNM", "Viet", title):
        assert revealing not in text_part[:200]
        assert revealing not in first_words


@pytest.mark.parametrize(
    ("address", "mailbox"),
    [
        ("Victim+news@Example.org", "victim@example.org"),
        ("v.i.c.tim@googlemail.com", "victim@gmail.com"),
        ("v_ic-t.im@protonmail.com", "victim@proton.me"),
        ("victim@pm.me", "victim@proton.me"),
        ("anything@victim.fastmail.com", "victim@fastmail.com"),
        ("j.doe@example.org", "j.doe@example.org"),  # dots count at other providers
    ],
)
def test_the_mailbox_an_address_reaches(address: str, mailbox: str) -> None:
    assert mailbox_of(address) == mailbox


async def test_the_upgrade_drops_what_older_releases_stored_and_no_longer_should(tmp_path: Path) -> None:
    """Idempotency-Keys hashed in plain SHA-256 with the client's address, and contacts on email subscriptions."""
    insert = (
        "INSERT INTO subscriptions (id, channel, target, status, filters, min_severity, digest, contact_email, "
        "manage_token_hash, unsubscribe_token_hash, secrets, created_at, updated_at, idempotency_key_hash, "
        "request_hash) VALUES ('s1', 'email', 'a@example.org', 'active', '{}', 'info', 'immediate', "
        "'boss@example.org', 'm', 'u', '[]', '2026-11-28', '2026-11-28', 'plain-sha256', 'r')"
    )
    async with upgraded_from("0007", insert, tmp_path=tmp_path) as engine, engine.connect() as conn:
        row = (
            await conn.execute(text("SELECT contact_email, idempotency_key_hash, discreet FROM subscriptions"))
        ).one()
    assert tuple(row) == (None, None, 0)


@contextlib.asynccontextmanager
async def upgraded_from(revision: str, *statements: str, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A database an older release left at `revision`, holding what `statements` put in it, migrated to the newest."""
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    try:
        async with engine.begin() as conn:
            await conn.run_sync(lambda sync: _upgrade_to(sync, revision))
            for statement in statements:
                await conn.execute(text(statement))
        await migrate(engine)
        yield engine
    finally:
        await engine.dispose()


def _upgrade_to(connection: Connection, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
