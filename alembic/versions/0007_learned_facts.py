"""learned facts: what reviewers' corrections taught the deployment

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learned_facts",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("label", sa.String(length=255), nullable=False),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("confirmed_by", sa.String(length=64), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.String(length=64), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learned_facts")),
        sa.UniqueConstraint("kind", "key", "value", name="uq_learned_facts_kind_key_value"),
    )
    op.create_index("ix_learned_facts_state", "learned_facts", ["revoked_at", "kind"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_learned_facts_state", table_name="learned_facts")
    op.drop_table("learned_facts")
