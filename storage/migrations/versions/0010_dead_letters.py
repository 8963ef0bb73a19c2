"""dead letters: an update that cannot be handled is set aside, not retried forever nor lost;
the inbox counts an update's transient failures and says when it is tried next

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("dead_letters",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("update_id", sa.BigInteger(), nullable=True),
    sa.Column("error", sa.Text(), nullable=False),
    sa.Column("summary", sa.Text(), nullable=False),
    sa.Column("payload", sa.Text(), nullable=False),
    sa.Column("attempts", sa.Integer(), nullable=False),
    sa.Column("failed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint("id")
    )
    with op.batch_alter_table("dead_letters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dead_letters_update_id"), ["update_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dead_letters_failed_at"), ["failed_at"], unique=False)

    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        # Rows already waiting have failed no time and are due at once, as before this revision.
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("next_attempt_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("attempts")
    with op.batch_alter_table("dead_letters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dead_letters_failed_at"))
        batch_op.drop_index(batch_op.f("ix_dead_letters_update_id"))
    op.drop_table("dead_letters")
