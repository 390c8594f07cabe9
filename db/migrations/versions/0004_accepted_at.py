"""accepted_at: when a dossier was taken in for processing (the monthly report's "received")

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("accepted_at", sa.DateTime(), nullable=True))
    # From the history: the first step into "accepted" (2) or "in progress" (4).
    op.execute(
        "UPDATE dossier SET accepted_at = (SELECT min(sc.at) FROM status_change sc "
        "WHERE sc.dossier_id = dossier.id AND sc.to_status IN (2, 4))"
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index(
            "ix_dossier_accepted_report",
            ["accepted_at", "procedure_version_id", "channel"],
            unique=False,
        )
        batch_op.create_index(
            "ix_dossier_ended_report",
            ["ended_at", "procedure_version_id", "accepted_at", "appointment"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_ended_report")
        batch_op.drop_index("ix_dossier_accepted_report")
        batch_op.drop_column("accepted_at")
