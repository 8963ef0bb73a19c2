"""private report attempts: the hourly limit on anonymous reports counts them per resident (pseudonym), durably

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "private_report_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("private_report_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_private_report_attempts_person"), ["person"], unique=False)
        batch_op.create_index(batch_op.f("ix_private_report_attempts_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("private_report_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_private_report_attempts_at"))
        batch_op.drop_index(batch_op.f("ix_private_report_attempts_person"))
    op.drop_table("private_report_attempts")
