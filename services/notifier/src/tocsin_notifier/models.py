"""The notifier's tables (SQLAlchemy 2): subscriptions, their match keys, the delivery outbox and its history,
the outgoing mail about subscriptions, the reports (outcomes, dead letters) waiting to be published, and the
API's rate-limit windows.

Schema changes go through a new migration in migrations/versions; these classes describe the head revision.
"""

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ANY = "*"


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime, dict[str, Any]: JSON}


class Subscription(Base):
    """Who wants which alerts, where, and how often. Tokens are stored as SHA-256 hashes only."""

    __tablename__ = "subscriptions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(2048))
    status: Mapped[str] = mapped_column(String(16), index=True)  # pending|active|disabled|unsubscribed
    filters: Mapped[dict[str, Any]] = mapped_column(JSON)  # countries, event_types, tags
    min_severity: Mapped[str] = mapped_column(String(16))
    digest: Mapped[str] = mapped_column(String(16))  # immediate|hourly|daily
    # email: the alert mails' subjects name no country, severity or headline ("Tocsin: 2 new alerts")
    discreet: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # email: the language of Tocsin's words in its mails and pages (en, es, fr, vi)
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    contact_email: Mapped[str | None] = mapped_column(String(320))
    # A contact address receives nothing until its owner confirms it (the link in the contact confirmation).
    contact_confirmed_at: Mapped[dt.datetime | None]
    contact_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    manage_token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    unsubscribe_token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    confirm_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    secrets: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # [{secret, valid_until}] for webhooks
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    confirmed_at: Mapped[dt.datetime | None]
    first_failure_at: Mapped[dt.datetime | None]
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    # The Idempotency-Key the creating request carried (hashed) and that request's body (hashed): a retry within
    # store.IDEMPOTENCY_WINDOW finds this subscription instead of creating another.
    idempotency_key_hash: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    request_hash: Mapped[str | None] = mapped_column(String(64))


class MatchKey(Base):
    """One (country, tag, type) combination an active subscription accepts; '*' means any.

    The primary key doubles as the lookup index, so matching one alert reads only matching rows.
    """

    __tablename__ = "match_keys"

    country: Mapped[str] = mapped_column(String(3), primary_key=True)
    tag: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_type: Mapped[str] = mapped_column(String(64), primary_key=True)
    min_rank: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    subscription_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("subscriptions.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Delivery(Base):
    """The outbox: one row per alert x subscription, from first record to final outcome."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("alert_id", "subscription_id", name="uq_deliveries_alert_subscription"),
        Index("ix_deliveries_due", "status", "next_attempt_at"),
        # a subscription's history, newest first, paged by (created_at, id): GET /v1/deliveries
        Index("ix_deliveries_history", "subscription_id", "created_at", "id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # also the webhook-id
    alert_id: Mapped[str] = mapped_column(String(255))
    subscription_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)  # the classified CloudEvent, structured
    status: Mapped[str] = mapped_column(String(16))  # pending|delivered|retrying|failed|disabled
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None]
    lease_until: Mapped[dt.datetime | None]
    digest_bucket: Mapped[str | None] = mapped_column(String(40))
    last_http_status: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    delivered_at: Mapped[dt.datetime | None]


class DeliveryAttempt(Base):
    """The history of every attempt, kept for GET /v1/deliveries."""

    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    delivery_id: Mapped[str] = mapped_column(String(36), ForeignKey("deliveries.id", ondelete="CASCADE"), index=True)
    attempt: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime]
    outcome: Mapped[str] = mapped_column(String(16))
    http_status: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(Text)


class OutgoingMail(Base):
    """An email about a subscription (confirmation, disabled notice) waiting to be sent, or its final state.

    Only the intent is stored: the message, with its tokens, is composed when it is sent.
    """

    __tablename__ = "outgoing_mail"
    __table_args__ = (Index("ix_outgoing_mail_due", "status", "next_attempt_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    subscription_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))  # confirmation|contact_confirmation|disabled_notice|settings_notice
    status: Mapped[str] = mapped_column(String(16))  # pending|sent|failed|cancelled
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None]
    lease_until: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class PendingReport(Base):
    """A delivery outcome or dead letter recorded with the attempt, deleted once published to Kafka."""

    __tablename__ = "pending_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # outcome|dead_letter
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]


class InstanceKey(Base):
    """Random keys generated once per database (the unsubscribe-token HMAC key)."""

    __tablename__ = "instance_keys"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class RateLimitHits(Base):
    """The recent admitted hits of one rate limit x subject, shared by every API replica (see rate_limits.py).

    `key` is the limit's name and a SHA-256 of the subject (client network, subscription, address): no address
    is stored in clear. `expires_at` is when the newest hit leaves its window; later the row can be deleted.
    """

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(96), primary_key=True)
    hits: Mapped[list[float]] = mapped_column(JSON)  # epoch seconds, oldest first, at most `limit` of them
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)


class RefusedAddress(Base):
    """An address whose owner refused a confirmation request they had not made (they unsubscribed a subscription
    still pending): no confirmation mail goes to it again until `until`, whoever asks.

    `key` is an HMAC-SHA256 of the address under the instance's key (the address is not stored in clear).
    """

    __tablename__ = "refused_addresses"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    until: Mapped[dt.datetime] = mapped_column(index=True)
