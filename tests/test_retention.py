"""Retention (PIPA): closed complaints' texts and old moderation excerpts go; the figures stay."""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from storage import complaints, jobs, moderation_log, retention, rooms, stats
from storage.database import Database
from storage.models import Complaint, ComplaintEvent, IntakeQuestion, ModerationRecord, ScheduledJob, utcnow
from tests.conftest import REPO, TOKEN

DAY = timedelta(days=1)


async def arrange(db: Database) -> dict[str, int]:
    """Two rooms: complaints closed long ago and lately, open ones, questions, moderation records."""
    now, long_ago = utcnow(), utcnow() - 400 * DAY
    ids: dict[str, int] = {}
    async with db.session() as session:
        room = await rooms.ensure(session, -1001, "과천시 소통방")
        other = await rooms.ensure(session, -1002, "별양동 방")

        async def filed(name: str, room_id: int, kind: str, when, status: str | None = None, closed_at=None) -> Complaint:
            complaint = await complaints.file(
                session, room_id=room_id, kind=kind, category="streetlight", place="과천역 3번 출구",
                text=f"{name}: 가로등이 나갔어요 010-1234-5678", reporter="p" * 32, message_id=len(ids) + 10,
                photo_file_ids=["photo-1"], media_group_id="album-1", now=when,
            )
            if status is not None:
                await complaints.set_status(session, complaint, status, "staff", note="내일 교체합니다")
                complaint.status_at = complaint.updated_at = closed_at
                for event in (await session.exec(select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint.id))).scalars():
                    event.created_at = closed_at
            ids[name] = complaint.id  # type: ignore[assignment]
            return complaint

        await filed("old_resolved", room.id, "complaint", long_ago, "resolved", long_ago + DAY)
        await filed("old_rejected_proposal", room.id, "proposal", long_ago, "rejected", long_ago + DAY)
        await filed("old_withdrawn_elsewhere", other.id, "complaint", long_ago, "withdrawn", long_ago + DAY)
        await filed("recently_resolved", room.id, "complaint", long_ago, "resolved", now - 10 * DAY)
        await filed("old_but_open", room.id, "complaint", long_ago)
        for name, status, when in (("answered", "yes", long_ago), ("still_open", "open", long_ago), ("answered_lately", "no", now)):
            question = IntakeQuestion(room_id=room.id, message_id=len(ids) + 100, author="a" * 32, kind="complaint", category="road",
                                      text=f"{name} 보도블록", photo_file_ids='["p"]', status=status, created_at=when)
            session.add(question)
            await session.flush()
            ids[name] = question.id  # type: ignore[assignment]
        for name, when in (("old_entry", now - 100 * DAY), ("new_entry", now - DAY)):
            entry = await moderation_log.record(
                session, room.id, "delete", rule="commercial", excerpt=f"{name} 부업 문의", pseudonym="x" * 32, now=when
            )
            ids[name] = entry.id  # type: ignore[assignment]
        ids["room"], ids["other"] = room.id, other.id  # type: ignore[assignment]
    return ids


def cutoffs(complaint_days: float = 365, excerpt_days: float = 90) -> retention.Cutoffs:
    now = utcnow()
    return retention.Cutoffs(now - complaint_days * DAY, now - excerpt_days * DAY)


async def test_purge_clears_old_texts_and_keeps_the_figures(database: Database) -> None:
    ids = await arrange(database)
    async with database.session() as session:
        figures_before = (await stats.count_by_status(session, ids["room"]), await stats.count_by_category(session, ids["room"]))

    planned = await retention.survey(database, cutoffs())
    assert [(c.chat_id, c.kind, c.rows) for c in planned] == [
        (-1001, "complaint", 1), (-1001, "proposal", 1), (-1001, "question", 1), (-1001, "moderation", 1), (-1002, "complaint", 1),
    ]
    assert [c.title for c in planned][:1] == ["과천시 소통방"]
    async with database.session() as session:  # a survey changes nothing
        assert (await session.get(Complaint, ids["old_resolved"])).text.startswith("old_resolved")  # type: ignore[union-attr]

    purged = await retention.purge(database, cutoffs(), batch=1)  # batches of one: the loop carries on
    assert purged == planned
    async with database.session() as session:
        for name in ("old_resolved", "old_rejected_proposal", "old_withdrawn_elsewhere"):
            gone = await session.get(Complaint, ids[name])
            assert (gone.text, gone.place, gone.photo_file_ids, gone.media_group_id) == ("", None, "[]", None)  # type: ignore[union-attr]
            assert (gone.category, gone.status_at is not None, gone.created_at is not None) == ("streetlight", True, True)  # type: ignore[union-attr]
            notes = (await session.exec(select(ComplaintEvent.note).where(ComplaintEvent.complaint_id == ids[name]))).scalars()
            assert set(notes) == {""}
        for name in ("recently_resolved", "old_but_open"):
            kept = await session.get(Complaint, ids[name])
            assert kept.text.startswith(name) and kept.place == "과천역 3번 출구" and kept.photo_file_ids == '["photo-1"]'  # type: ignore[union-attr]
        assert (await session.get(IntakeQuestion, ids["answered"])).text == ""  # type: ignore[union-attr]
        assert (await session.get(IntakeQuestion, ids["still_open"])).text.startswith("still_open")  # type: ignore[union-attr]
        assert (await session.get(IntakeQuestion, ids["answered_lately"])).text.startswith("answered_lately")  # type: ignore[union-attr]
        old, new = await session.get(ModerationRecord, ids["old_entry"]), await session.get(ModerationRecord, ids["new_entry"])
        assert old.excerpt is None and (old.rule, old.action) == ("commercial", "delete")  # type: ignore[union-attr]
        assert new.excerpt == "new_entry 부업 문의"  # type: ignore[union-attr]
        figures_after = (await stats.count_by_status(session, ids["room"]), await stats.count_by_category(session, ids["room"]))
    assert figures_after == figures_before
    assert await retention.survey(database, cutoffs()) == []  # nothing is counted twice


async def test_zero_days_keeps_everything(database: Database) -> None:
    await arrange(database)
    assert await retention.purge(database, retention.Cutoffs(None, None)) == []


async def test_the_daily_job_is_claimed_once_and_its_due_time_is_durable(database: Database) -> None:
    now = utcnow()
    assert await jobs.claim(database, "retention", now, now + timedelta(hours=1))
    assert not await jobs.claim(database, "retention", now, now + timedelta(hours=1))  # another worker, the same run
    await jobs.finish(database, "retention", now + DAY)
    assert not await jobs.claim(database, "retention", now + timedelta(hours=23), now + DAY)
    assert await jobs.claim(database, "retention", now + DAY, now + DAY + timedelta(hours=1))


async def test_a_running_bot_purges_at_start_and_not_again_after_a_restart(bot_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    db = Database(url)
    await db.migrate()
    ids = await arrange(db)
    await db.close()
    bot = bot_factory(url)
    runtime = await bot.start()  # the first sweep runs the due job
    async with runtime.db.session() as session:
        assert (await session.get(Complaint, ids["old_resolved"])).text == ""  # type: ignore[union-attr]
        job = await session.get(ScheduledJob, "retention")
        assert job is not None and job.due_at > utcnow() + timedelta(hours=23)
        due = job.due_at
    runtime = await bot.restart()
    async with runtime.db.session() as session:
        assert (await session.get(ScheduledJob, "retention")).due_at == due  # type: ignore[union-attr]


async def purge_cli(config: Path, *flags: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "purge", *flags, "--config", str(config), cwd=REPO,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode or 0, output.decode()


async def test_sotong_purge_dry_run_shows_per_room_and_kind_then_purges(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    db = Database(url)
    await db.migrate()
    ids = await arrange(db)
    await db.close()
    config = tmp_path / "config.toml"
    config.write_text(
        f'[telegram]\ntoken = "{TOKEN}"\n[storage]\nurl = "{url}"\n[privacy]\npseudonym_secret = "test-secret"\n', encoding="utf-8"
    )

    code, output = await purge_cli(config, "--dry-run")
    assert code == 0, output
    lines = output.splitlines()
    assert any(line.startswith("closed complaints' and questions' texts, places and photos: older than 365 days") for line in lines)
    header = next(line for line in lines if line.endswith("  room"))
    assert header.split() == ["complaint", "proposal", "question", "moderation", "room"]
    assert any(line.endswith("  과천시 소통방 (-1001)") and line.split()[:4] == ["1", "1", "1", "1"] for line in lines)
    assert any(line.endswith("  별양동 방 (-1002)") and line.split()[:4] == ["1", "0", "0", "0"] for line in lines)
    assert lines[-1].startswith("would purge 5 rows (dry run: nothing changed")
    db = Database(url)
    async with db.session() as session:
        assert (await session.get(Complaint, ids["old_resolved"])).text != ""  # type: ignore[union-attr]
    await db.close()

    code, output = await purge_cli(config)
    assert code == 0 and output.splitlines()[-1] == "purged 5 rows"
    code, output = await purge_cli(config, "--dry-run")
    assert output.splitlines()[-1] == "nothing to purge"
