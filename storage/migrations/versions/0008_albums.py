"""albums: the media group a complaint's or a question's photos came in, so the album's other photos join it

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table, index in (("complaints", "ix_complaints_album"), ("intake_questions", "ix_intake_questions_album")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("media_group_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
            batch_op.create_index(index, ["room_id", "media_group_id"], unique=False)


def downgrade() -> None:
    for table, index in (("complaints", "ix_complaints_album"), ("intake_questions", "ix_intake_questions_album")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)
            batch_op.drop_column("media_group_id")
