"""Initial schema: subscriptions, match keys, deliveries (outbox), delivery attempts, instance keys.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("target", sa.String(2048), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("filters", sa.JSON, nullable=False),
        sa.Column("min_severity", sa.String(16), nullable=False),
        sa.Column("digest", sa.String(16), nullable=False),
        sa.Column("contact_email", sa.String(320)),
        sa.Column("manage_token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("unsubscribe_token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("confirm_token_hash", sa.String(64), unique=True),
        sa.Column("secrets", sa.JSON, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.Column("confirmed_at", _TS),
        sa.Column("first_failure_at", _TS),
        sa.Column("disabled_reason", sa.Text),
    )
    op.create_table(
        "match_keys",
        sa.Column("country", sa.String(3), primary_key=True),
        sa.Column("tag", sa.String(40), primary_key=True),
        sa.Column("event_type", sa.String(64), primary_key=True),
        sa.Column("min_rank", sa.SmallInteger, primary_key=True),
        sa.Column(
            "subscription_id",
            sa.String(36),
            sa.ForeignKey("subscriptions.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("alert_id", sa.String(255), nullable=False),
        sa.Column(
            "subscription_id",
            sa.String(36),
            sa.ForeignKey("subscriptions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", _TS),
        sa.Column("lease_until", _TS),
        sa.Column("digest_bucket", sa.String(40)),
        sa.Column("last_http_status", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.Column("delivered_at", _TS),
        sa.UniqueConstraint("alert_id", "subscription_id", name="uq_deliveries_alert_subscription"),
    )
    op.create_index("ix_deliveries_due", "deliveries", ["status", "next_attempt_at"])
    op.create_table(
        "delivery_attempts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "delivery_id",
            sa.String(36),
            sa.ForeignKey("deliveries.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("attempt", sa.Integer, nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("http_status", sa.Integer),
        sa.Column("error", sa.Text),
    )
    keys = op.create_table(
        "instance_keys",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )
    op.bulk_insert(keys, [{"name": "unsubscribe", "value": secrets.token_urlsafe(32)}])


def downgrade() -> None:
    for table in ("instance_keys", "delivery_attempts", "deliveries", "match_keys", "subscriptions"):
        op.drop_table(table)
