"""greeting count: how many people the room's newest greeting welcomes, so later joiners of a burst
are counted into it by an edit instead of waiting for a combined greeting

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        # 0 for every room: a greeting pending at the upgrade goes out as a new one, as before.
        batch_op.add_column(sa.Column("greeting_count", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.drop_column("greeting_count")
