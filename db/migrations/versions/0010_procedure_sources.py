"""procedure_version: legal source, end of validity, note, confirmed; time limit may be unknown

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("procedure_version") as batch:
        batch.alter_column(
            "time_limit", existing_type=sa.Numeric(precision=8, scale=2), nullable=True
        )
        batch.add_column(
            sa.Column("confirmed", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(sa.Column("legal_source", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("effective_to", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("procedure_version") as batch:
        batch.drop_column("effective_to")
        batch.drop_column("note")
        batch.drop_column("legal_source")
        batch.drop_column("confirmed")
        batch.alter_column(
            "time_limit", existing_type=sa.Numeric(precision=8, scale=2), nullable=False
        )
