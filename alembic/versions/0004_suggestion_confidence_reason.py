"""suggestions: the field that set the confidence, and why

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 11:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.add_column(sa.Column("confidence_field", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("confidence_reason", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.drop_column("confidence_reason")
        batch.drop_column("confidence_field")
