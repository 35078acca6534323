"""Queueing mail about a subscription inside the transaction that calls for it (mail_outbox sends it).

Confirmations, contact confirmations and "subscription disabled" notices are rows in outgoing_mail;
queueing one in the same transaction as the change means neither is ever recorded without the other.
"""

import datetime as dt
import uuid

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tocsin_notifier.models import OutgoingMail, Subscription

# How long a request that queued a mail holds it before the mail worker may take over (a crash mid-request).
SENDER_LEASE = dt.timedelta(minutes=1)
# At most one "subscription disabled" notice per address in this period, whatever the number of subscriptions.
NOTICE_INTERVAL = dt.timedelta(days=1)
# How long a change to an email subscription's settings waits before its owner is told (changes in a row, one mail).
SETTINGS_NOTICE_DELAY = dt.timedelta(minutes=10)


def queue_mail(
    session: AsyncSession,
    sub_id: str,
    kind: str,
    *,
    now: dt.datetime,
    leased: bool = False,
    due: dt.datetime | None = None,
) -> str:
    """Queue an email about a subscription (inside the caller's transaction); returns its id.

    `leased` reserves it for the caller for SENDER_LEASE; otherwise the mail worker sends it when next due (`due`,
    else now).
    """
    mail_id = str(uuid.uuid4())
    session.add(
        OutgoingMail(
            id=mail_id,
            subscription_id=sub_id,
            kind=kind,
            status="pending",
            attempts=0,
            next_attempt_at=due or now,
            lease_until=now + SENDER_LEASE if leased else None,
            created_at=now,
            updated_at=now,
        )
    )
    return mail_id


async def cancel_mail(session: AsyncSession, sub_id: str, kinds: tuple[str, ...], now: dt.datetime) -> None:
    """Cancel the subscription's pending mail of these kinds (inside the caller's transaction)."""
    await session.execute(
        update(OutgoingMail)
        .where(OutgoingMail.subscription_id == sub_id)
        .where(OutgoingMail.kind.in_(kinds))
        .where(OutgoingMail.status == "pending")
        .values(status="cancelled", lease_until=None, updated_at=now)
    )


async def queue_settings_notice(session: AsyncSession, sub: Subscription, *, now: dt.datetime) -> bool:
    """Queue the "your subscription's settings changed" mail to a confirmed email subscription's address, due
    SETTINGS_NOTICE_DELAY from now; False when one is already waiting (it will tell the settings as they are when it
    goes: changes in a row make one mail, and no more than one a SETTINGS_NOTICE_DELAY can reach the address)."""
    if notice_address(sub) is None or sub.channel != "email":
        return False
    waiting = await session.scalar(
        select(func.count())
        .select_from(OutgoingMail)
        .where(OutgoingMail.subscription_id == sub.id)
        .where(OutgoingMail.kind == "settings_notice")
        .where(OutgoingMail.status == "pending")
    )
    if waiting:
        return False
    queue_mail(session, sub.id, "settings_notice", now=now, due=now + SETTINGS_NOTICE_DELAY)
    return True


def notice_address(sub: Subscription) -> str | None:
    """Where a notice about `sub` may go: a confirmed email target or a confirmed contact address, else nowhere."""
    if sub.channel == "email":
        return sub.target if sub.confirmed_at is not None else None
    return sub.contact_email if sub.contact_confirmed_at is not None else None


async def queue_disabled_notice(session: AsyncSession, sub: Subscription, *, now: dt.datetime) -> bool:
    """Queue the "subscription disabled" notice (inside the caller's transaction) if it may be sent.

    Only to a confirmed address, and at most one per address per NOTICE_INTERVAL. True if queued.
    """
    address = notice_address(sub)
    if address is None:
        return False
    addressed = or_(
        and_(Subscription.channel == "email", Subscription.target == address),
        and_(Subscription.channel != "email", Subscription.contact_email == address),
    )
    recent = await session.scalar(
        select(func.count())
        .select_from(OutgoingMail)
        .join(Subscription, Subscription.id == OutgoingMail.subscription_id)
        .where(OutgoingMail.kind == "disabled_notice")
        .where(OutgoingMail.status != "cancelled")
        .where(OutgoingMail.created_at > now - NOTICE_INTERVAL)
        .where(addressed)
    )
    if recent:
        return False
    queue_mail(session, sub.id, "disabled_notice", now=now)
    return True
