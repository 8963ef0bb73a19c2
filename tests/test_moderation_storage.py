"""Moderation storage on SQLite and PostgreSQL: the log, strikes, cool-downs and their lift."""

from __future__ import annotations

from datetime import timedelta

from storage import cooldowns, moderation_log, rooms, strikes
from storage.database import Database
from storage.models import utcnow


async def _room(database: Database) -> int:
    async with database.session() as session:
        return (await rooms.ensure(session, -100777, "과천")).id  # type: ignore[return-value]


async def test_the_log_reads_newest_first_and_pages_back(database: Database) -> None:
    room_id = await _room(database)
    now = utcnow()
    async with database.session() as session:
        for i in range(5):
            await moderation_log.record(
                session, room_id, "delete", rule="commercial", excerpt=f"광고 {i}", pseudonym="p", now=now + timedelta(seconds=i)
            )
        await moderation_log.record(session, room_id, "warn", excerpt="x" * 500, actor="mod:abc", now=now + timedelta(seconds=9))
    async with database.session() as session:
        first = await moderation_log.recent(session, room_id, limit=3)
        second = await moderation_log.recent(session, room_id, limit=3, offset=3)
    assert [e.action for e in first] == ["warn", "delete", "delete"]
    assert len(first[0].excerpt) == moderation_log.EXCERPT_LIMIT and first[0].actor == "mod:abc"
    assert [e.excerpt for e in first[1:]] == ["광고 4", "광고 3"]
    assert [e.excerpt for e in second] == ["광고 2", "광고 1", "광고 0"]


async def test_strikes_are_counted_per_pseudonym_and_pruned(database: Database) -> None:
    room_id = await _room(database)
    now = utcnow()
    async with database.session() as session:
        await strikes.add(session, room_id, "alice", "abuse", now - timedelta(days=40))
        await strikes.add(session, room_id, "alice", "commercial", now - timedelta(days=1))
        await strikes.add(session, room_id, "alice", "abuse", now)
        await strikes.add(session, room_id, "bob", "abuse", now)
    async with database.session() as session:
        assert len(await strikes.times(session, room_id, "alice", now - timedelta(days=30))) == 2
        assert len(await strikes.times(session, room_id, "bob", now - timedelta(days=30))) == 1
        assert await strikes.prune(session, now - timedelta(days=30)) == 1
    async with database.session() as session:
        assert len(await strikes.times(session, room_id, "alice", now - timedelta(days=365))) == 2


async def test_a_cooldown_keeps_its_permissions_and_is_lifted_exactly_once(database: Database) -> None:
    room_id = await _room(database)
    now = utcnow()
    saved = {"can_send_messages": True, "can_send_photos": False}
    async with database.session() as session:
        made = await cooldowns.start(session, room_id, cooldowns.ROOM, now, now + timedelta(seconds=60), saved_permissions=saved)
        topic = await cooldowns.start(session, room_id, cooldowns.TOPIC, now, now + timedelta(seconds=5), message_thread_id=42)
    async with database.session() as session:
        assert (await cooldowns.active(session, room_id, cooldowns.ROOM)).id == made.id
        assert (await cooldowns.active(session, room_id, cooldowns.TOPIC, 42)).id == topic.id
        assert await cooldowns.active(session, room_id, cooldowns.TOPIC, 43) is None
        assert sorted(await cooldowns.pending(session)) == sorted([(made.id, made.until), (topic.id, topic.until)])
        assert await cooldowns.claim_lift(session, made.id, now) is None  # not due yet
    async with database.session() as session:
        lifted = await cooldowns.claim_lift(session, made.id, now + timedelta(seconds=61))
        assert lifted is not None and cooldowns.permissions_of(lifted) == saved
    async with database.session() as session:
        assert await cooldowns.claim_lift(session, made.id, now + timedelta(seconds=62)) is None  # taken already
        assert await cooldowns.claim_lift(session, topic.id, now, early=True) is not None  # /lift before the end
        assert await cooldowns.pending(session) == []
        starts = await cooldowns.starts_since(session, room_id, cooldowns.ROOM, None, now - timedelta(days=1))
    assert len(starts) == 1
