"""hot indexes: a room's recent and open complaints found without reading its history, and running
tallies of its complaints by status, category and department for /stats, /complaints and the console

Revision ID: 0015_hot_indexes
Revises: 0014
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0015_hot_indexes"
down_revision = "0014"
branch_labels = None
depends_on = None

# (name, columns) on complaints; storage/models.py says which query each serves.
INDEXES = (
    ("ix_complaints_candidates", ["room_id", "category", "status", "created_at"]),
    ("ix_complaints_by_status", ["room_id", "status", "number"]),
    ("ix_complaints_filed", ["room_id", "created_at"]),
    ("ix_complaints_ack", ["room_id", "ack_message_id"]),
    ("ix_complaints_card", ["desk_chat_id", "desk_message_id"]),
)
EVENT_INDEXES = (
    ("ix_complaint_events_timeline", ["complaint_id", "status", "from_status", "created_at"]),
    ("ix_complaint_events_status", ["status", "created_at"]),
)


def upgrade() -> None:
    # Plain CREATE INDEX (no batch: SQLite adds and drops indexes in place, without copying the table).
    for name, columns in INDEXES:
        op.create_index(name, "complaints", columns, unique=False)
    # Every index above leads with room_id: the index on room_id alone only costs writes now.
    op.drop_index("ix_complaints_room_id", table_name="complaints")
    for name, columns in EVENT_INDEXES:
        op.create_index(name, "complaint_events", columns, unique=False)
    op.drop_index("ix_complaint_events_complaint_id", table_name="complaint_events")  # the timeline index leads with it
    op.create_table(
        "complaint_tallies",
        sa.Column("room_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("department", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("complaints", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"]),
        sa.PrimaryKeyConstraint("room_id", "status", "category", "department"),
    )
    # The tallies start from what is there; from here on storage.tallies keeps them.
    op.execute(
        "INSERT INTO complaint_tallies (room_id, status, category, department, complaints) "
        "SELECT room_id, status, category, COALESCE(department, ''), COUNT(*) FROM complaints "
        "GROUP BY room_id, status, category, COALESCE(department, '')"
    )


def downgrade() -> None:
    op.drop_table("complaint_tallies")
    op.create_index("ix_complaint_events_complaint_id", "complaint_events", ["complaint_id"], unique=False)
    for name, _columns in reversed(EVENT_INDEXES):
        op.drop_index(name, table_name="complaint_events")
    op.create_index("ix_complaints_room_id", "complaints", ["room_id"], unique=False)
    for name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name="complaints")
