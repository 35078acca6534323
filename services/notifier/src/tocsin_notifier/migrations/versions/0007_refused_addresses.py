"""Addresses whose owners refused a confirmation request they had not made: no further requests for 30 days.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "refused_addresses",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_refused_addresses_until", "refused_addresses", ["until"])


def downgrade() -> None:
    op.drop_index("ix_refused_addresses_until", table_name="refused_addresses")
    op.drop_table("refused_addresses")
