"""inbox lease: an unfinished update is taken over only after its claim ran out

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        # Rows already waiting are claimable at once (epoch), as before this revision.
        batch_op.add_column(sa.Column("claimed_until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False,
                                      server_default=sa.text("'1970-01-01 00:00:00+00:00'")))
        batch_op.create_index(batch_op.f("ix_inbox_updates_claimed_until"), ["claimed_until"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbox_updates_claimed_until"))
        batch_op.drop_column("claimed_until")
