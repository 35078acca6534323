"""The inbound SMTP endpoint of the unsubscribe mailbox: real mail over aiosmtplib to the running notifier."""

import asyncio
import contextlib
import re
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import aiosmtplib
import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import text
from structlog.testing import capture_logs

from tests.notifier.fakes import FakeEmail, free_port, fresh_pg_database, make_alert
from tocsin_notifier.app import Notifier
from tocsin_notifier.delivery import utcnow
from tocsin_notifier.inbound import MAX_MESSAGE_BYTES, MAX_SESSIONS, READ_BUDGET, InboundSmtp, UnsubscribeHandler
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.unsubscribe_mail import UnsubscribeMailbox

MAILBOX = "unsubscribe@tocsin.example"
ADMIN = {"Authorization": "Bearer admin-secret-0123456789"}
OK = "2.0.0 OK"  # the reply to every readable mail, whatever its token


@dataclass
class Running:
    """A started notifier (API only) whose inbound SMTP endpoint listens on `port`."""

    notifier: Notifier
    client: httpx.AsyncClient
    email: FakeEmail
    port: int

    async def subscribe(self, target: str = "ada@example.org") -> tuple[str, EmailMessage]:
        """An email subscription; returns its id and the confirmation mail the notifier composed for it."""
        response = await self.client.post("/v1/subscriptions", json={"channel": "email", "target": target})
        assert response.status_code == 201, response.text
        return str(response.json()["id"]), self.email.sent[-1]

    async def status(self, sub_id: str) -> str:
        response = await self.client.get(f"/v1/subscriptions/{sub_id}", headers=ADMIN)
        return str(response.json()["status"])

    async def send(self, *, to: str = MAILBOX, subject: str | None = None, body: str = "") -> str:
        """Mail the endpoint as a subscriber's client would; the text of its 250 reply (other codes raise)."""
        message = EmailMessage()
        message["From"], message["To"] = "ada@example.org", to
        if subject is not None:
            message["Subject"] = subject
        message.set_content(body or "sent by the List-Unsubscribe mailto link\n")
        _, reply = await aiosmtplib.send(message, hostname="127.0.0.1", port=self.port, timeout=10)
        return reply

    async def send_raw(self, data: bytes, *, to: str = MAILBOX) -> str:
        _, reply = await aiosmtplib.send(
            data, sender="ada@example.org", recipients=[to], hostname="127.0.0.1", port=self.port, timeout=10
        )
        return reply


async def _running(url: str) -> AsyncIterator[Running]:
    settings = NotifierSettings(
        _env_file=None,
        database_url=url,
        admin_token=SecretStr("admin-secret-0123456789"),
        public_url="https://tocsin.example",
        worker_poll_interval=3600,
        inbound_smtp_port=free_port(),
        unsubscribe_mailbox=MAILBOX,
    )
    email = FakeEmail()
    notifier = Notifier(settings, None, email=email)
    await notifier.start()
    assert notifier.inbound is not None
    transport = httpx.ASGITransport(app=notifier.api)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="https://tocsin.example") as client:
            yield Running(notifier, client, email, notifier.inbound.port)
    finally:
        await notifier.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
async def running(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Running]:
    """The notifier on SQLite and on a real PostgreSQL server, its unsubscribe mailbox on a free local port."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'inbound.db'}"
    else:
        url = await fresh_pg_database(request.getfixturevalue("pg_url"))
    async for value in _running(url):
        yield value


@pytest.fixture
async def on_sqlite(tmp_path: Path) -> AsyncIterator[Running]:
    """The same on SQLite only, for the SMTP-level behaviour the database does not change."""
    async for value in _running(f"sqlite+aiosqlite:///{tmp_path / 'inbound.db'}"):
        yield value


def mailto_of(message: EmailMessage) -> tuple[str, str]:
    """The (address, subject) a mail client derives from the List-Unsubscribe mailto URI."""
    found = re.search(r"<(mailto:[^>]+)>", str(message["List-Unsubscribe"]))
    assert found, message["List-Unsubscribe"]
    uri = urlsplit(found.group(1))
    return uri.path, parse_qs(uri.query)["subject"][0]


async def test_mail_sent_from_the_confirmation_mailto_unsubscribes(running: Running) -> None:
    """Following the mailto of a real confirmation email unsubscribes; the one-click URL then shows it gone."""
    sub_id, confirmation = await running.subscribe()
    address, subject = mailto_of(confirmation)
    assert address == MAILBOX
    assert await running.send(to=address, subject=subject) == OK
    assert await running.status(sub_id) == "unsubscribed"
    assert await running.send(to=address, subject=subject) == OK  # again: idempotent
    assert await running.status(sub_id) == "unsubscribed"


async def test_mail_sent_from_an_alert_emails_mailto_unsubscribes(running: Running) -> None:
    """The alert email the Mailer composes for a confirmed subscription carries a mailto that works."""
    sub_id, confirmation = await running.subscribe()
    confirm = confirmation.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    await running.client.post("/v1/confirm/" + confirm.split("/v1/confirm/", 1)[1].split()[0])
    assert await running.status(sub_id) == "active"
    token = await running.notifier.subscriptions.unsubscribe_token_for(sub_id)
    alert_mail = running.notifier.mailer.alert([make_alert()], to="ada@example.org", unsubscribe_token=token)
    address, subject = mailto_of(alert_mail)
    assert (await running.send(to=address, subject=subject)) == OK
    assert await running.status(sub_id) == "unsubscribed"


async def test_forged_token_is_answered_250_and_changes_nothing(running: Running) -> None:
    """An unknown token gets the same 250 as a real one (nothing revealed), and no subscription changes."""
    sub_id, confirmation = await running.subscribe()
    _, real = mailto_of(confirmation)
    forged = real[:-4] + ("AAAA" if not real.endswith("AAAA") else "BBBB")
    other = await running.subscribe("bob@example.org")
    assert await running.send(subject=forged) == OK
    assert await running.send(subject="unsubscribe " + "x" * 43) == OK
    assert await running.send(subject="please stop sending") == OK
    assert await running.status(sub_id) == "pending"
    assert await running.status(other[0]) == "pending"


async def test_token_in_a_subaddress_unsubscribes(on_sqlite: Running) -> None:
    """`unsubscribe+TOKEN@domain` unsubscribes whatever the subject says."""
    sub_id, confirmation = await on_sqlite.subscribe()
    token = mailto_of(confirmation)[1].removeprefix("unsubscribe ")
    assert (await on_sqlite.send(to=f"unsubscribe+{token}@tocsin.example", subject="stop")) == OK
    assert await on_sqlite.status(sub_id) == "unsubscribed"


async def test_other_recipients_are_refused_with_550(on_sqlite: Running) -> None:
    """The endpoint is no relay and no other mailbox: any other recipient gets 550 and nothing changes."""
    sub_id, confirmation = await on_sqlite.subscribe()
    _, subject = mailto_of(confirmation)
    for recipient in ("alerts@tocsin.example", "unsubscribe@elsewhere.example", "ada@example.org"):
        with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
            await on_sqlite.send(to=recipient, subject=subject)
        assert [r.code for r in refused.value.recipients] == [550]
    assert await on_sqlite.status(sub_id) == "pending"


async def test_a_second_recipient_is_refused(on_sqlite: Running) -> None:
    """One recipient per message: a second RCPT TO gets 452 (the first mailbox stays accepted)."""
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=on_sqlite.port, timeout=10) as smtp:
        await smtp.mail("ada@example.org")
        assert (await smtp.rcpt(MAILBOX)).code == 250
        with pytest.raises(aiosmtplib.SMTPRecipientRefused) as refused:
            await smtp.rcpt(MAILBOX)
        assert refused.value.code == 452


async def test_oversized_mail_is_refused_and_changes_nothing(on_sqlite: Running) -> None:
    """A message over MAX_MESSAGE_BYTES is refused with 552, even with a valid token in its subject."""
    sub_id, confirmation = await on_sqlite.subscribe()
    _, subject = mailto_of(confirmation)
    with pytest.raises(aiosmtplib.SMTPResponseException) as refused:
        await on_sqlite.send(subject=subject, body=("x" * 70 + "\n") * (MAX_MESSAGE_BYTES // 70 + 10))
    assert refused.value.code == 552
    assert await on_sqlite.status(sub_id) == "pending"


@pytest.mark.parametrize(
    "data",
    [
        b"Subject: \xff\xfe unsubscribe \x80\x81\r\n\r\nbody\r\n",
        b"Subject: =?utf-8?b?!!!?= =?x-unknown?q?=FF?=\r\n\r\n",
        b"no headers at all \x00\x01\r\n",
        b"",
        b"Subject: unsubscribe\r\n\tfolded\r\n\r\n" + "\u00e9".encode("latin-1") * 100 + b"\r\n",
    ],
)
async def test_garbage_mail_is_answered_and_the_server_keeps_working(on_sqlite: Running, data: bytes) -> None:
    """Non-UTF-8 or malformed headers, or no headers at all: 250, and the next real request still works."""
    assert await on_sqlite.send_raw(data) == OK
    sub_id, confirmation = await on_sqlite.subscribe()
    _, subject = mailto_of(confirmation)
    assert (await on_sqlite.send(subject=subject)) == OK
    assert await on_sqlite.status(sub_id) == "unsubscribed"


async def test_logs_give_the_outcome_never_the_token_or_addresses(on_sqlite: Running) -> None:
    """`unsubscribe_mail_received` says what happened and to which subscription id, not to whom or with what."""
    sub_id, confirmation = await on_sqlite.subscribe()
    _, subject = mailto_of(confirmation)
    token = subject.removeprefix("unsubscribe ")
    with capture_logs() as logs:
        await on_sqlite.send(subject=subject)
        await on_sqlite.send(subject="unsubscribe " + "y" * 43)
        await on_sqlite.send(subject="hello")
    events = [e for e in logs if e["event"] == "unsubscribe_mail_received"]
    assert [(e["outcome"], e.get("subscription_id")) for e in events] == [
        ("unsubscribed", sub_id),
        ("unknown_token", None),
        ("no_token", None),
    ]
    for value in (token, "y" * 43, MAILBOX, "ada@example.org"):
        assert value not in repr(logs)


async def test_database_failure_defers_the_mail_with_451(on_sqlite: Running) -> None:
    """When the unsubscribe cannot be recorded the mail gets 451, so the sender's MTA tries again later."""
    sub_id, confirmation = await on_sqlite.subscribe()
    _, subject = mailto_of(confirmation)
    async with on_sqlite.notifier.engine.begin() as conn:
        await conn.execute(text("ALTER TABLE subscriptions RENAME TO subscriptions_away"))
    with pytest.raises(aiosmtplib.SMTPDataError) as deferred:
        await on_sqlite.send(subject=subject)
    assert deferred.value.code == 451
    async with on_sqlite.notifier.engine.begin() as conn:
        await conn.execute(text("ALTER TABLE subscriptions_away RENAME TO subscriptions"))
    assert (await on_sqlite.send(subject=subject)) == OK  # the retry succeeds
    assert await on_sqlite.status(sub_id) == "unsubscribed"


async def test_a_port_already_taken_fails_the_start(on_sqlite: Running) -> None:
    """The endpoint never silently fails to listen (the emails would advertise a mailbox nobody reads)."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        handler = UnsubscribeHandler(UnsubscribeMailbox(MAILBOX), on_sqlite.notifier.subscriptions, clock=utcnow)
        endpoint = InboundSmtp(handler, host="127.0.0.1", port=taken.getsockname()[1])
        with pytest.raises(OSError, match="address already in use"):
            await endpoint.start()
        await endpoint.stop()  # harmless when it never started


async def test_port_zero_disables_the_endpoint_and_its_mailto(tmp_path: Path) -> None:
    """NOTIFIER_INBOUND_SMTP_PORT=0: nothing listens and emails offer only the https one-click URL."""
    settings = NotifierSettings(
        _env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'off.db'}", inbound_smtp_port=0
    )
    notifier = Notifier(settings, None, email=FakeEmail())
    assert notifier.inbound is None
    message = notifier.mailer.alert([make_alert()], to="ada@example.org", unsubscribe_token="t" * 43)
    assert str(message["List-Unsubscribe"]) == f"<http://127.0.0.1:8083/v1/unsubscribe/{'t' * 43}>"
    await notifier.engine.dispose()


async def _dialogue(port: int, *lines: bytes) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A raw SMTP client that greets and sends `lines` (each with CRLF), its replies left to read."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    assert (await reader.readline()).startswith(b"220")
    for line in lines:
        writer.write(line + b"\r\n")
        await writer.drain()
        await reader.readline()
    return reader, writer


async def test_endless_data_without_a_line_end_is_cut_off_and_the_server_goes_on(on_sqlite: Running) -> None:
    """A client streaming DATA with no CRLF (aiosmtpd would buffer it whole) is cut off at the read budget."""
    reader, writer = await _dialogue(
        on_sqlite.port, b"HELO attacker.example", b"MAIL FROM:<x@attacker.example>", f"RCPT TO:<{MAILBOX}>".encode()
    )
    writer.write(b"DATA\r\n")
    assert (await reader.readline()).startswith(b"354")
    chunk = b"x" * 65536
    with contextlib.suppress(ConnectionError):
        for _ in range(READ_BUDGET // len(chunk) + 8):
            writer.write(chunk)
            await writer.drain()
    try:  # the server closes the connection: a 552 then EOF, or a reset if our bytes were still unread
        rest = await asyncio.wait_for(reader.read(), timeout=10)
    except ConnectionError:
        rest = b"552 (reset)"
    assert b"552" in rest
    writer.close()
    sub_id, confirmation = await on_sqlite.subscribe()
    assert await on_sqlite.send(subject=mailto_of(confirmation)[1]) == OK
    assert await on_sqlite.status(sub_id) == "unsubscribed"


def test_an_absurdly_long_subject_is_no_subject() -> None:
    """A folded Subject of tens of kB is not decoded (it would hold the event loop): no token is read from it."""
    mailbox = UnsubscribeMailbox(MAILBOX)
    folded = "\r\n ".join(["\xff"] * 30_000).encode("latin-1")
    token = "bxr-G4ufFSpOGoPsQG8RJDO65hvtWRPD5oysB8OJeyY"
    message = f"Subject: unsubscribe {token}\r\n ".encode() + folded + b"\r\n\r\nbody\r\n"
    assert mailbox.token_from(MAILBOX, message) is None
    assert mailbox.token_from(MAILBOX, f"Subject: unsubscribe {token}\r\n\r\n".encode()) is not None


async def test_sessions_beyond_the_cap_are_told_to_come_back_later(on_sqlite: Running) -> None:
    """MAX_SESSIONS clients may hold sessions; the next one gets 421 and the rest keep working."""
    held = [await asyncio.open_connection("127.0.0.1", on_sqlite.port) for _ in range(MAX_SESSIONS)]
    for reader, _ in held:
        assert (await reader.readline()).startswith(b"220")
    reader, writer = await asyncio.open_connection("127.0.0.1", on_sqlite.port)
    assert (await reader.readline()).startswith(b"421")
    writer.close()
    for _, held_writer in held:
        held_writer.close()
        await held_writer.wait_closed()
    await asyncio.sleep(0.1)  # the server notices the closed sessions
    sub_id, confirmation = await on_sqlite.subscribe()
    assert await on_sqlite.send(subject=mailto_of(confirmation)[1]) == OK
    assert await on_sqlite.status(sub_id) == "unsubscribed"
