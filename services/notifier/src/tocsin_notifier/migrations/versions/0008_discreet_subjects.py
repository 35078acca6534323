"""Discreet subjects: an email subscription whose alert mails say only "Tocsin: N new alerts" in their subject.

And what older releases stored that no longer should be: Idempotency-Keys hashed with the client's address in plain
SHA-256 (now an HMAC; a key matters 24 h, so they are dropped), and contact addresses on email subscriptions (no
longer accepted; they were never mailed).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("discreet", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE subscriptions SET idempotency_key_hash = NULL, request_hash = NULL")
    op.execute("UPDATE subscriptions SET contact_email = NULL, contact_confirmed_at = NULL WHERE channel = 'email'")


def downgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("discreet")
