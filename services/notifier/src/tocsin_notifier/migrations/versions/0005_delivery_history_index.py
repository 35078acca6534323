"""The delivery history is read newest first and paged by (created_at, id): an index in that order.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_deliveries_history", "deliveries", ["subscription_id", "created_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_deliveries_history", table_name="deliveries")
