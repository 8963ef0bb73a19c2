"""outbox purpose: the record an outgoing call belongs to, in a column of its own
(it was parsed back out of the call's buttons); calls waiting at the upgrade get theirs

Revision ID: 0015_outbox_purpose
Revises: 0015_hot_indexes
Create Date: 2026-12-06
"""

import json

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

revision = "0015_outbox_purpose"
down_revision = "0015_hot_indexes"
branch_labels = None
depends_on = None

# purpose -> the callback_data prefixes that carried the record id before this revision
_PREFIXES = {
    "complaint_ack": ("c:follow:",),
    "private_post": ("c:follow:",),
    "intake_question": ("q:yes:",),
    "desk_card": ("d:accept:", "d:progress:", "d:resolve:"),
}


def _record_in_buttons(payload: str, prefixes: tuple[str, ...]) -> int | None:
    try:
        markup = json.loads(payload).get("reply_markup") or {}
    except (ValueError, AttributeError):
        return None
    for row in markup.get("inline_keyboard", []) if isinstance(markup, dict) else []:
        for button in row:
            data = button.get("callback_data") or "" if isinstance(button, dict) else ""
            for prefix in prefixes:
                if data.startswith(prefix) and data[len(prefix) :].isdigit():
                    return int(data[len(prefix) :])
    return None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("record_id", sa.Integer(), nullable=True))
    outbox = sa.table(
        "outbox",
        sa.column("id", sa.Integer),
        sa.column("purpose", sa.String),
        sa.column("payload", sa.Text),
        sa.column("record_id", sa.Integer),
    )
    connection = op.get_bind()
    waiting = connection.execute(
        sa.select(outbox.c.id, outbox.c.purpose, outbox.c.payload).where(outbox.c.purpose.in_(list(_PREFIXES)))
    ).all()
    for row_id, purpose, payload in waiting:  # the outbox holds only calls not yet made: a few rows
        record = _record_in_buttons(payload, _PREFIXES[purpose])
        if record is not None:
            connection.execute(sa.update(outbox).where(outbox.c.id == row_id).values(record_id=record))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("record_id")
