"""Store and outbox against SQLite and a real PostgreSQL server."""

import asyncio
import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from tests.notifier.fakes import NOW, AlertFactory, Db
from tocsin_notifier import outbox as outbox_module
from tocsin_notifier.errors import NotFoundError
from tocsin_notifier.models import Base, Delivery, Subscription
from tocsin_notifier.outcomes import Decision
from tocsin_notifier.routing import Filters, facts_of, matching_subscriptions
from tocsin_notifier.store import PENDING_TTL, Changes, NewSubscription, valid_secrets
from tocsin_notifier.subscription import filters_of
from tocsin_notifier.tokens import hash_token

LEASE = dt.timedelta(minutes=5)


def webhook(**filters: object) -> NewSubscription:
    return NewSubscription("webhook", "https://example.org/hook", Filters(**filters))  # type: ignore[arg-type]


def email(digest: str = "immediate") -> NewSubscription:
    return NewSubscription("email", "ada@example.org", Filters(), digest)


async def matches(db: Db, alert_facts: object) -> set[str]:
    async with db.subscriptions.sessions() as session:
        return set(await matching_subscriptions(session, alert_facts))  # type: ignore[arg-type]


async def test_webhook_subscription_matches_at_once(db: Db, alert: AlertFactory) -> None:
    """A webhook subscription is active on creation and its filters are indexed."""
    created = await db.subscriptions.create(webhook(countries=frozenset({"VNM"})), secret="whsec_a", now=NOW)
    assert created.subscription.status == "active"
    assert await matches(db, facts_of(alert(country="VNM"))) == {created.subscription.id}
    assert await matches(db, facts_of(alert(country="PAK"))) == set()


async def test_email_subscription_matches_only_after_confirmation(db: Db, alert: AlertFactory) -> None:
    """Double opt-in: a pending email subscription receives nothing until its token is confirmed."""
    created = await db.subscriptions.create(email(), secret=None, now=NOW)
    assert created.subscription.status == "pending"
    assert created.confirm_token
    assert await matches(db, facts_of(alert())) == set()
    confirmed = await db.subscriptions.confirm(created.confirm_token, now=NOW)
    assert confirmed.status == "active"
    assert await matches(db, facts_of(alert())) == {created.subscription.id}


async def test_unsubscribe_stops_matching(db: Db, alert: AlertFactory) -> None:
    """After one-click unsubscribe the subscription no longer matches."""
    created = await db.subscriptions.create(webhook(), secret="whsec_a", now=NOW)
    token = await db.subscriptions.unsubscribe_token_for(created.subscription.id)
    assert (await db.subscriptions.unsubscribe(token, now=NOW)).status == "unsubscribed"
    assert await matches(db, facts_of(alert())) == set()


async def test_alerts_classified_before_a_subscription_was_created_are_not_sent_to_it(
    db: Db, alert: AlertFactory
) -> None:
    """Re-reading the alerts topic (a new consumer group, offsets reset to earliest) sent a new subscriber every old
    alert as news; a minute of clock difference between the classifier's host and ours is allowed."""
    old = await db.subscriptions.create(webhook(), secret="whsec_a", now=NOW - dt.timedelta(days=1))
    skewed = await db.subscriptions.create(webhook(), secret="whsec_b", now=NOW + dt.timedelta(seconds=59))
    await db.subscriptions.create(webhook(), secret="whsec_c", now=NOW + dt.timedelta(minutes=2))
    assert await db.outbox.record(alert(time=NOW), now=NOW + dt.timedelta(days=30)) == 2
    async with db.subscriptions.sessions() as session:
        got = set((await session.scalars(select(Delivery.subscription_id))).all())
    assert got == {old.subscription.id, skewed.subscription.id}


async def test_tokens_are_stored_only_as_hashes(db: Db) -> None:
    """Neither the manage token nor the confirmation token is stored in clear."""
    created = await db.subscriptions.create(email(), secret=None, now=NOW)
    async with db.subscriptions.sessions() as session:
        row = (await session.scalars(select(Subscription))).one()
        dump = str((await session.execute(text("SELECT * FROM subscriptions"))).all())
    assert row.manage_token_hash == hash_token(created.manage_token)
    assert created.manage_token not in dump
    assert created.confirm_token
    assert created.confirm_token not in dump


async def test_duplicate_alert_records_one_delivery(db: Db, alert: AlertFactory) -> None:
    """Recording the same alert twice (a replay) leaves one delivery per subscription."""
    await db.subscriptions.create(webhook(), secret="whsec_a", now=NOW)
    await db.subscriptions.create(webhook(), secret="whsec_b", now=NOW)
    same = alert(key="dup")
    assert await db.outbox.record(same, now=NOW) == 2
    assert await db.outbox.record(same, now=NOW + dt.timedelta(seconds=1)) == 2
    async with db.outbox.sessions() as session:
        rows = (await session.scalars(select(Delivery))).all()
    assert len(rows) == 2
    assert {r.alert_id for r in rows} == {same.id}


async def test_claimed_delivery_is_leased_until_the_lease_expires(db: Db, alert: AlertFactory) -> None:
    """A claimed delivery is invisible to other claims until its lease runs out (crash recovery)."""
    await db.subscriptions.create(webhook(), secret="whsec_a", now=NOW)
    await db.outbox.record(alert(), now=NOW)
    first = await db.outbox.claim_due(NOW, limit=10, lease=LEASE)
    assert len(first) == 1
    assert await db.outbox.claim_due(NOW + dt.timedelta(minutes=1), limit=10, lease=LEASE) == []
    again = await db.outbox.claim_due(NOW + LEASE, limit=10, lease=LEASE)
    assert [d.id for d in again] == [first[0].id]


async def test_a_subscription_another_replica_is_sending_to_is_not_claimed_by_this_one(
    db: Db, alert: AlertFactory
) -> None:
    """One send per subscription at a time held only within a process: two replicas each claimed one of a
    subscription's due deliveries and the receiver got two requests at once."""
    sub = await db.subscriptions.create(webhook(), secret="whsec_a", now=NOW - dt.timedelta(days=1))
    other = await db.subscriptions.create(webhook(), secret="whsec_b", now=NOW - dt.timedelta(days=1))
    for key in ("1", "2", "3"):
        await db.outbox.record(alert(key=key), now=NOW)
    replica_a = await db.outbox.claim_due(NOW, limit=1, lease=LEASE)
    replica_b = await db.outbox.claim_due(NOW, limit=10, lease=LEASE)  # another process: its `busy` is empty
    claimed = [d.subscription_id for d in replica_a + replica_b]
    assert sorted(claimed) == sorted([sub.subscription.id, other.subscription.id])  # one each, never two of one
    assert await db.outbox.claim_due(NOW, limit=10, lease=LEASE) == []
    await db.outbox.settle(replica_a, Decision("delivered"), now=NOW, disable_after=dt.timedelta(days=5))
    (next_one,) = await db.outbox.claim_due(NOW, limit=10, lease=LEASE)
    assert next_one.subscription_id == replica_a[0].subscription_id


async def test_digest_deliveries_wait_for_their_bucket(db: Db, alert: AlertFactory) -> None:
    """Hourly digest deliveries become due together at the end of the hour."""
    created = await db.subscriptions.create(email("hourly"), secret=None, now=NOW)
    assert created.confirm_token
    await db.subscriptions.confirm(created.confirm_token, now=NOW)
    for key in ("a", "b", "c"):
        await db.outbox.record(alert(key=key, severity="medium"), now=NOW)
    assert await db.outbox.claim_due(NOW, limit=10, lease=LEASE) == []
    due = await db.outbox.claim_due(NOW.replace(minute=0) + dt.timedelta(hours=1), limit=1, lease=LEASE)
    assert len(due) == 3
    assert len({d.digest_bucket for d in due}) == 1


async def test_a_digest_goes_out_in_mails_of_at_most_digest_max_alerts(
    db: Db, alert: AlertFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An hourly digest of 360 alerts was one 919 kB mail; past a relay's size limit a 552 would have failed every
    alert in it for good. A digest's claim takes DIGEST_MAX at most, oldest first; the rest make the next mail."""
    monkeypatch.setattr(outbox_module, "DIGEST_MAX", 4)
    created = await db.subscriptions.create(email("hourly"), secret=None, now=NOW)
    assert created.confirm_token
    await db.subscriptions.confirm(created.confirm_token, now=NOW)
    for n in range(6):
        await db.outbox.record(alert(key=f"d{n}", severity="medium"), now=NOW + dt.timedelta(seconds=n))
    due_at = NOW.replace(minute=0) + dt.timedelta(hours=1)
    first = await db.outbox.claim_due(due_at, limit=1, lease=LEASE)
    assert [d.alert_id for d in first] == [alert(key=f"d{n}").id for n in range(4)]
    await db.outbox.settle(first, Decision("delivered"), now=due_at, disable_after=LEASE)
    second = await db.outbox.claim_due(due_at, limit=1, lease=LEASE)
    assert [d.alert_id for d in second] == [alert(key=f"d{n}").id for n in (4, 5)]
    assert {d.digest_bucket for d in first + second} == {first[0].digest_bucket}


async def test_rotated_secret_overlaps_for_24_hours(db: Db) -> None:
    """After rotation both secrets sign for 24 h, then only the new one."""
    created = await db.subscriptions.create(webhook(), secret="whsec_old", now=NOW)
    sub = await db.subscriptions.rotate_secret(created.subscription.id, "whsec_new", now=NOW)
    assert valid_secrets(sub, NOW) == ["whsec_new", "whsec_old"]
    assert valid_secrets(sub, NOW + dt.timedelta(hours=24, seconds=1)) == ["whsec_new"]


async def test_delete_forgets_deliveries(db: Db, alert: AlertFactory) -> None:
    """Deleting a subscription removes its deliveries too."""
    created = await db.subscriptions.create(webhook(), secret="whsec_a", now=NOW)
    await db.outbox.record(alert(), now=NOW)
    assert await db.subscriptions.delete(created.subscription.id)
    assert await db.outbox.history(created.subscription.id, limit=10) == []
    assert not await db.subscriptions.delete(created.subscription.id)


async def test_migrations_build_exactly_the_models(db: Db) -> None:
    """After `migrate`, alembic finds no difference between the database and models.py."""
    engine = db.subscriptions.sessions.kw["bind"]
    async with engine.connect() as conn:
        diff = await conn.run_sync(lambda c: compare_metadata(MigrationContext.configure(c), Base.metadata))
    assert diff == []


async def test_concurrent_changes_to_different_filters_both_stick(db: Db) -> None:
    """Two PATCHes at once, one naming countries and one tags, both land: the second never overwrites the first."""
    new = NewSubscription("webhook", "https://example.org/hook", Filters())
    sub_id = (await db.subscriptions.create(new, secret="whsec_" + "A" * 44, now=NOW)).subscription.id
    for round_ in range(5):
        country, tag = ("NGA", "privacy") if round_ % 2 else ("VNM", "surveillance")
        await asyncio.gather(
            db.subscriptions.change(sub_id, Changes(filters={"countries": frozenset({country})}), now=NOW),
            db.subscriptions.change(sub_id, Changes(filters={"tags": frozenset({tag})}), now=NOW),
        )
        sub = await db.subscriptions.get(sub_id)
        assert sub is not None
        filters = filters_of(sub)
        assert (filters.countries, filters.tags) == (frozenset({country}), frozenset({tag}))


async def test_an_email_subscription_left_unconfirmed_for_7_days_is_forgotten(db: Db) -> None:
    """A pending subscription stayed for ever (an address someone else typed in kept with it); its link never
    expired. After PENDING_TTL from its creation it is deleted, resent or changed meanwhile or not (its creator kept
    someone's address for ever by resending or changing it); confirmed ones stay."""
    old = await db.subscriptions.create(email(), secret=None, now=NOW - PENDING_TTL - dt.timedelta(hours=1))
    resent = await db.subscriptions.create(email(), secret=None, now=NOW - PENDING_TTL - dt.timedelta(hours=1))
    await db.subscriptions.resend_confirmation(resent.subscription.id, now=NOW - dt.timedelta(days=1))
    changed = await db.subscriptions.create(email(), secret=None, now=NOW - PENDING_TTL - dt.timedelta(hours=1))
    await db.subscriptions.change(changed.subscription.id, Changes(digest="daily"), now=NOW - dt.timedelta(days=1))
    confirmed = await db.subscriptions.create(email(), secret=None, now=NOW - dt.timedelta(days=30))
    assert confirmed.confirm_token is not None
    await db.subscriptions.confirm(confirmed.confirm_token, now=NOW - dt.timedelta(days=29))
    fresh = await db.subscriptions.create(email(), secret=None, now=NOW - dt.timedelta(days=6))
    assert await db.subscriptions.purge_unconfirmed(NOW) == 3
    for gone in (old, resent, changed):
        assert await db.subscriptions.get(gone.subscription.id) is None
    assert old.confirm_token is not None
    assert await db.subscriptions.by_confirm_token(old.confirm_token) is None  # its link is dead
    for kept in (confirmed, fresh):
        assert await db.subscriptions.get(kept.subscription.id) is not None


async def test_a_confirmation_link_ends_when_the_mail_says_not_at_the_next_purge(db: Db) -> None:
    """The mail says "works until <made + 7 days>"; the link confirmed after that until the hourly purge ran."""
    late = await db.subscriptions.create(email(), secret=None, now=NOW - PENDING_TTL - dt.timedelta(minutes=12))
    assert late.confirm_token is not None
    with pytest.raises(NotFoundError):
        await db.subscriptions.confirm(late.confirm_token, now=NOW)
    on_time = await db.subscriptions.create(email(), secret=None, now=NOW - PENDING_TTL + dt.timedelta(minutes=1))
    assert on_time.confirm_token is not None
    assert (await db.subscriptions.confirm(on_time.confirm_token, now=NOW)).status == "active"


async def test_settled_history_is_pruned_after_its_retention_and_open_deliveries_never(
    db: Db, alert: AlertFactory
) -> None:
    """Deliveries (each with a copy of its alert), their attempts, sent mail and unsubscribed subscriptions were kept
    for ever: about 6 kB a delivery (an operator's soak run: 16 MB in 45 minutes). Settled ones older than the
    retention go, with their attempts; open ones stay whatever their age."""
    sub = await db.subscriptions.create(webhook(), secret="whsec_a", now=NOW - dt.timedelta(days=200))
    for key in ("1", "2"):
        await db.outbox.record(alert(key=key, time=NOW - dt.timedelta(days=150)), now=NOW - dt.timedelta(days=150))
    old = await db.outbox.claim_due(NOW - dt.timedelta(days=150), limit=1, lease=LEASE)
    await db.outbox.settle(old, Decision("delivered"), now=NOW - dt.timedelta(days=150), disable_after=LEASE)
    await db.outbox.record(alert(key="3"), now=NOW)
    recent = await db.outbox.claim_due(NOW, limit=10, lease=LEASE)
    assert len(recent) == 1  # "2" is due too, but one send per subscription at a time
    await db.outbox.settle(recent, Decision("delivered"), now=NOW, disable_after=LEASE)
    assert await db.outbox.prune(NOW - dt.timedelta(days=100)) == 1
    async with db.subscriptions.sessions() as session:
        left = {(d.alert_id, d.status) for d in (await session.scalars(select(Delivery))).all()}
        attempts = (await session.scalar(text("SELECT count(*) FROM delivery_attempts"))) or 0
    assert len(left) == 2  # the recent one settled, and the 150-day-old one still open
    assert {status for _, status in left} == {"delivered", "pending"}
    assert attempts == 1  # the pruned delivery's attempt went with it
    assert (await db.subscriptions.purge_unsubscribed(NOW)) == 0
    token = await db.subscriptions.unsubscribe_token_for(sub.subscription.id)
    await db.subscriptions.unsubscribe(token, now=NOW - dt.timedelta(days=31))
    assert await db.subscriptions.purge_unsubscribed(NOW - dt.timedelta(days=30)) == 1
    assert await db.subscriptions.get(sub.subscription.id) is None
