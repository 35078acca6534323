"""Contact addresses are confirmed before they receive anything.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("contact_confirmed_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("contact_token_hash", sa.String(64)))
        batch.create_unique_constraint("uq_subscriptions_contact_token_hash", ["contact_token_hash"])


def downgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_constraint("uq_subscriptions_contact_token_hash", type_="unique")
        batch.drop_column("contact_token_hash")
        batch.drop_column("contact_confirmed_at")
