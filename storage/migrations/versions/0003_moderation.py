"""moderation: moderation log, strikes, cool-downs

Revision ID: 0003
Revises: 0002 (re-pointed to 0002 when merged after the complaints migration)
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - autogenerate renders sqlmodel types


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('moderation_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('excerpt', sa.Text(), nullable=True),
    sa.Column('pseudonym', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('moderation_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_moderation_log_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_moderation_log_created_at'), ['created_at'], unique=False)

    op.create_table('strikes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('pseudonym', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('given_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('strikes', schema=None) as batch_op:
        batch_op.create_index('ix_strikes_room_pseudonym', ['room_id', 'pseudonym'], unique=False)
        batch_op.create_index(batch_op.f('ix_strikes_given_at'), ['given_at'], unique=False)

    op.create_table('cooldowns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('message_thread_id', sa.BigInteger(), nullable=True),
    sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('saved_permissions', sa.Text(), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('lifted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('cooldowns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cooldowns_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cooldowns_until'), ['until'], unique=False)
        batch_op.create_index(batch_op.f('ix_cooldowns_lifted_at'), ['lifted_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cooldowns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cooldowns_lifted_at'))
        batch_op.drop_index(batch_op.f('ix_cooldowns_until'))
        batch_op.drop_index(batch_op.f('ix_cooldowns_room_id'))
    op.drop_table('cooldowns')
    with op.batch_alter_table('strikes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_strikes_given_at'))
        batch_op.drop_index('ix_strikes_room_pseudonym')
    op.drop_table('strikes')
    with op.batch_alter_table('moderation_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_moderation_log_created_at'))
        batch_op.drop_index(batch_op.f('ix_moderation_log_room_id'))
    op.drop_table('moderation_log')
