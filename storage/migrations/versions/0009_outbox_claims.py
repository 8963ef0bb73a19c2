"""outbox claims: a committed call is made by one worker, even when several sweep the outbox;
and outbox ids are never reused (SQLite AUTOINCREMENT), so a new call never takes a settled one's id

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On SQLite the table is rebuilt (AUTOINCREMENT is a table option); PostgreSQL sequences never reuse ids.
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("outbox", schema=None, recreate=recreate, table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        # Calls already waiting are anyone's at once (epoch), as before this revision.
        batch_op.add_column(sa.Column("claimed_until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False,
                                      server_default=sa.text("'1970-01-01 00:00:00+00:00'")))
        batch_op.add_column(sa.Column("claimed_by", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_outbox_claimed_until"), ["claimed_until"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_claimed_until"))
        batch_op.drop_column("claimed_by")
        batch_op.drop_column("claimed_until")
