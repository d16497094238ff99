"""suggestions: the earlier document a duplicate claim repeats

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-01 11:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.add_column(sa.Column("duplicate_of", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.drop_column("duplicate_of")
