"""operations: the rights the bot told moderators it lacks (once per loss), and durable
periodic jobs (the retention purge) with their next due time

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("rights_notices",
    sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column("right", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("noticed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint("chat_id", "right")
    )
    op.create_table("scheduled_jobs",
    sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column("due_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("last_run_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint("name")
    )


def downgrade() -> None:
    op.drop_table("scheduled_jobs")
    op.drop_table("rights_notices")
