"""progress: status events with from/source, a complaint's department and state time, the room's board

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaint_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("from_status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True))
        batch_op.add_column(sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False, server_default="room"))
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(sa.Column("department", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.add_column(sa.Column("status_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.add_column(sa.Column("board_message_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("board_due_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("board_drawn_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_rooms_board_due_at"), ["board_due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rooms_board_due_at"))
        batch_op.drop_column("board_drawn_at")
        batch_op.drop_column("board_due_at")
        batch_op.drop_column("board_message_id")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_column("status_at")
        batch_op.drop_column("department")
    with op.batch_alter_table("complaint_events", schema=None) as batch_op:
        batch_op.drop_column("source")
        batch_op.drop_column("from_status")
