"""intake: proofs split out of a multi-proof file; the earlier document a duplicate claim repeats

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
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("parent_id", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("page_first", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("page_last", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("grouping", sa.JSON(), nullable=True))
        batch.create_foreign_key(
            "fk_documents_parent_id_documents", "documents", ["parent_id"], ["id"], ondelete="CASCADE"
        )
        batch.create_index("ix_documents_parent_id", ["parent_id"])
    with op.batch_alter_table("suggestions") as batch:
        batch.add_column(sa.Column("duplicate_of", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.drop_column("duplicate_of")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_parent_id")
        batch.drop_constraint("fk_documents_parent_id_documents", type_="foreignkey")
        for column in ("grouping", "page_last", "page_first", "parent_id"):
            batch.drop_column(column)
