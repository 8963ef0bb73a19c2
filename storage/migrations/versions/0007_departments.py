"""departments and deadlines: a complaint's card in its department's group, and its response deadlines

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(sa.Column("desk_chat_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("desk_message_id", sa.BigInteger(), nullable=True))
    op.create_table(
        "complaint_deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("deadline_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("due_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("reminded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("escalated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("met_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("complaint_id", "stage"),
    )
    with op.batch_alter_table("complaint_deadlines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_deadlines_complaint_id"), ["complaint_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_deadlines_due_at"), ["due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("complaint_deadlines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_deadlines_due_at"))
        batch_op.drop_index(batch_op.f("ix_complaint_deadlines_complaint_id"))
    op.drop_table("complaint_deadlines")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_column("desk_message_id")
        batch_op.drop_column("desk_chat_id")
