"""retention: months a procedure's personal data is kept after processing ended

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_months", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_column("retention_months")
