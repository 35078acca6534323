"""A subscription remembers the Idempotency-Key (hashed) and the request it was created by, so a retried POST
finds it instead of creating a second one.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("subscriptions", sa.Column("idempotency_key_hash", sa.String(64), nullable=True))
    op.add_column("subscriptions", sa.Column("request_hash", sa.String(64), nullable=True))
    op.create_index("ix_subscriptions_idempotency_key_hash", "subscriptions", ["idempotency_key_hash"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_subscriptions_idempotency_key_hash", table_name="subscriptions")
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("request_hash")
        batch.drop_column("idempotency_key_hash")
