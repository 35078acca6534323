"""Mail about subscriptions is durable: queued with the change, retried through SMTP outages, on both databases."""

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.notifier.fakes import MAILER, MAILTO_MAILER, NOW, Clock, Db, FakeEmail, make_mail_worker
from tocsin_notifier.retry import SendResult
from tocsin_notifier.routing import Filters
from tocsin_notifier.store import SENDER_LEASE, NewSubscription

SMTP_DOWN = SendResult(ok=False, retryable=True, error="ConnectionRefusedError: [Errno 111] Connection refused")


async def pending_email(db: Db) -> tuple[str, str]:
    """A new email subscription; returns its id and its queued confirmation mail's id."""
    created = await db.subscriptions.create(
        NewSubscription("email", "ada@example.org", Filters()), secret=None, now=NOW
    )
    assert created.confirmation_mail_id is not None
    return created.subscription.id, created.confirmation_mail_id


async def test_confirmation_is_retried_until_smtp_takes_it(db: Db) -> None:
    """SMTP down when the subscription is made: the confirmation is sent on a later attempt, same link."""
    sub_id, mail_id = await pending_email(db)
    email, clock = FakeEmail(results=[SMTP_DOWN]), Clock()
    worker = make_mail_worker(db, email=email, clock=clock)
    await worker.send_now(mail_id)
    (row,) = await db.mails.listing(sub_id)
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, SMTP_DOWN.error)
    assert row.next_attempt_at is not None
    assert await worker.run_once() == 0  # not due yet
    clock.now = row.next_attempt_at
    assert await worker.run_once() == 1
    (row,) = await db.mails.listing(sub_id)
    assert (row.status, row.attempts) == ("sent", 2)
    first, second = (m.get_body(("plain",)).get_content() for m in email.sent)  # type: ignore[union-attr]
    token = await db.subscriptions.confirm_token_for(sub_id)
    assert f"/v1/confirm/{token}" in first
    assert f"/v1/confirm/{token}" in second


async def test_confirmation_fails_after_the_schedule_is_exhausted(db: Db) -> None:
    """An address the relay keeps refusing ends `failed` after the last scheduled attempt."""
    sub_id, mail_id = await pending_email(db)
    email, clock = FakeEmail(results=[SMTP_DOWN] * 3), Clock()
    worker = make_mail_worker(db, email=email, clock=clock, schedule=(0, 5, 5))
    await worker.send_now(mail_id)
    for _ in range(3):
        clock.advance(seconds=10)
        await worker.run_once()
    (row,) = await db.mails.listing(sub_id)
    assert (row.status, row.attempts) == ("failed", 3)
    assert len(email.sent) == 3


async def test_queued_mail_is_sent_by_the_worker_when_the_request_died(db: Db) -> None:
    """A confirmation whose request crashed before sending is picked up once the sender's lease runs out."""
    await pending_email(db)
    email, clock = FakeEmail(), Clock()
    worker = make_mail_worker(db, email=email, clock=clock)
    assert await worker.run_once() == 0  # still leased to the request that queued it
    clock.now = NOW + SENDER_LEASE
    assert await worker.run_once() == 1
    assert [str(m["To"]) for m in email.sent] == ["ada@example.org"]


async def test_confirmation_no_longer_needed_is_cancelled(db: Db) -> None:
    """A confirmation still queued when the subscription is confirmed is cancelled, not sent."""
    sub_id, _ = await pending_email(db)
    await db.subscriptions.confirm(await db.subscriptions.confirm_token_for(sub_id), now=NOW)
    email, clock = FakeEmail(), Clock(NOW + SENDER_LEASE)
    assert await make_mail_worker(db, email=email, clock=clock).run_once() == 1
    assert email.sent == []
    assert [m.status for m in await db.mails.listing(sub_id)] == ["cancelled"]


@pytest.mark.parametrize("mailbox_read", [False, True], ids=["no-inbound-smtp", "inbound-smtp"])
async def test_confirmation_carries_one_click_unsubscribe(db: Db, mailbox_read: bool) -> None:
    """The confirmation has List-Unsubscribe (https, plus the mailto only when its mailbox is read) and one-click."""
    sub_id, mail_id = await pending_email(db)
    email = FakeEmail()
    mail = MAILTO_MAILER if mailbox_read else MAILER
    await make_mail_worker(db, email=email, clock=Clock(), mail=mail).send_now(mail_id)
    (message,) = email.sent
    token = await db.subscriptions.unsubscribe_token_for(sub_id)
    https = f"<https://tocsin.example/v1/unsubscribe/{token}>"
    mailto = f"<mailto:unsubscribe@tocsin.example?subject=unsubscribe%20{token}>"
    assert str(message["List-Unsubscribe"]) == (f"{https}, {mailto}" if mailbox_read else https)
    assert ("mailto" in message.as_string()) is mailbox_read
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


async def test_resend_reuses_the_queued_mail_unless_it_is_being_sent(db: Db) -> None:
    """Resending while the first mail is leased does nothing; afterwards it queues the mail again."""
    sub_id, mail_id = await pending_email(db)
    assert await db.subscriptions.resend_confirmation(sub_id, now=NOW) is None
    later = NOW + dt.timedelta(minutes=5)
    assert await db.subscriptions.resend_confirmation(sub_id, now=later) == mail_id
    await make_mail_worker(db, email=FakeEmail(), clock=Clock(later)).send_now(mail_id)
    again = await db.subscriptions.resend_confirmation(sub_id, now=later)
    assert again is not None
    assert again != mail_id
    assert [m.status for m in await db.mails.listing(sub_id)] == ["sent", "pending"]


async def test_database_errors_never_show_bound_parameters(db: Db) -> None:
    """Error messages from the engine hide bound values (signing secrets are bound when subscriptions change)."""
    async with db.subscriptions.sessions.begin() as session:
        await session.execute(text("INSERT INTO instance_keys (name, value) VALUES ('probe', 'whsec_probe')"))
    with pytest.raises(IntegrityError) as raised:
        async with db.subscriptions.sessions.begin() as session:
            await session.execute(
                text("INSERT INTO instance_keys (name, value) VALUES (:name, :value)"),
                {"name": "probe", "value": "whsec_DO_NOT_LOG"},
            )
    assert "whsec_DO_NOT_LOG" not in str(raised.value)
    assert "hidden" in str(raised.value)


async def test_contact_confirmation_mail_is_composed_and_sent_with_its_link(db: Db) -> None:
    """A webhook's contact address receives its confirmation link from the mail worker."""
    created = await db.subscriptions.create(
        NewSubscription("webhook", "https://hooks.example.org/t", Filters(), contact_email="owner@example.org"),
        secret="whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ=",
        now=NOW,
    )
    email, clock = FakeEmail(), Clock()
    worker = make_mail_worker(db, email=email, clock=clock)
    clock.now = NOW + SENDER_LEASE
    assert await worker.run_once() == 1
    [message] = email.sent
    assert str(message["To"]) == "owner@example.org"
    token = await db.subscriptions.contact_token_for(created.subscription)
    assert token is not None
    assert token in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    (row,) = await db.mails.listing(created.subscription.id)
    assert row.status == "sent"
