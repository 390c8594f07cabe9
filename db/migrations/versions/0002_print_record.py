"""print record: one row per printed form, to count reprints

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=2), nullable=False),
        sa.Column("dossier_code", sa.String(length=60), nullable=True),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("officer", sa.String(length=100), nullable=False),
        sa.Column("copy_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_record")),
        sa.UniqueConstraint(
            "form", "dossier_code", "copy_number", name=op.f("uq_print_record_form")
        ),
    )


def downgrade() -> None:
    op.drop_table("print_record")
