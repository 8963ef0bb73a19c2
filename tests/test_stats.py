"""/stats: a room's complaints by state and category, and each department's median first-response
and resolution times over 7 and 30 days; the queries on both backends, the command through the sandbox."""

from __future__ import annotations

from datetime import datetime, timedelta, UTC

from sqlalchemy import select, update

from bot.features.stats import duration, stats_text
from bot.sandbox.client import SandboxControl
from bot.texts import category_label
from storage import complaints, rooms, stats
from storage.database import Database
from storage.models import Complaint, ComplaintEvent, Room as RoomRow, utcnow
from tests.conftest import Room, bot_messages, eventually

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
STREETLIGHT = "과천역 3번 출구 앞 가로등이 나갔어요"
BENCH = "중앙공원 벤치가 부서졌어요 앉으면 위험해요"
POTHOLE = "별양동 사거리 도로에 포트홀이 생겼어요 위험해요"


# -- arranging a room's history at controlled times ---------------------------------------


async def _room(database: Database, chat_id: int = -1001, title: str = "과천시 소통방") -> int:
    async with database.session() as session:
        return (await rooms.ensure(session, chat_id, title)).id  # type: ignore[return-value]


async def _filed(database: Database, room_id: int, category: str, at: datetime) -> int:
    async with database.session() as session:
        complaint = await complaints.file(
            session, room_id=room_id, kind="complaint", category=category, place=None, text="…", reporter="p1", message_id=None, now=at
        )
        return complaint.id  # type: ignore[return-value]


async def _moved(database: Database, complaint_id: int, status: str, at: datetime, **department: str | None) -> None:
    """A status change, as if it had been made at `at`."""
    async with database.session() as session:
        complaint = await complaints.get(session, complaint_id)
        event = await complaints.set_status(session, complaint, status, "mod", **department)  # type: ignore[arg-type]
        await session.exec(update(ComplaintEvent).where(ComplaintEvent.id == event.id).values(created_at=at))


async def _gwacheon_month(database: Database) -> int:
    """Seven complaints filed 3, 20 and 40 days before NOW, and one in another room."""
    room_id = await _room(database)
    days_3, days_20, days_40 = NOW - timedelta(days=3), NOW - timedelta(days=20), NOW - timedelta(days=40)

    first = await _filed(database, room_id, "road", days_3)  # answered in 20 min, fixed in 4 h, reopened, fixed again
    await _moved(database, first, "assigned", days_3 + timedelta(minutes=20), department="도로과")
    await _moved(database, first, "in_progress", days_3 + timedelta(hours=1))
    await _moved(database, first, "resolved", days_3 + timedelta(hours=4))
    await _moved(database, first, "received", days_3 + timedelta(days=1), department=None)
    await _moved(database, first, "assigned", days_3 + timedelta(days=1, minutes=5), department="도로과")
    await _moved(database, first, "resolved", days_3 + timedelta(days=2))

    second = await _filed(database, room_id, "streetlight", days_3)  # answered in 40 min, still open
    await _moved(database, second, "assigned", days_3 + timedelta(minutes=40), department="도로과")

    withdrawn = await _filed(database, room_id, "waste", days_3)  # "not a complaint" after a minute
    await _moved(database, withdrawn, "withdrawn", days_3 + timedelta(minutes=1))

    back = await _filed(database, room_id, "other", days_3)  # withdrawn, reopened, then answered after 90 min
    await _moved(database, back, "withdrawn", days_3 + timedelta(minutes=1))
    await _moved(database, back, "received", days_3 + timedelta(minutes=2))
    await _moved(database, back, "assigned", days_3 + timedelta(minutes=90), department="민원과")

    lamp = await _filed(database, room_id, "streetlight", days_20)  # answered in 2 h, fixed in 26 h
    await _moved(database, lamp, "assigned", days_20 + timedelta(hours=2), department="에너지과")
    await _moved(database, lamp, "resolved", days_20 + timedelta(hours=26))

    parking = await _filed(database, room_id, "parking", days_20)  # rejected in 10 min: an answer, not a fix
    await _moved(database, parking, "rejected", days_20 + timedelta(minutes=10))

    old = await _filed(database, room_id, "road", days_40)  # outside both windows, still counted
    await _moved(database, old, "resolved", days_40 + timedelta(hours=1), department="도로과")

    elsewhere = await _filed(database, await _room(database, -1002, "안양시 소통방"), "road", days_3)
    await _moved(database, elsewhere, "resolved", days_3 + timedelta(minutes=1), department="도로과")
    return room_id


async def _room_row(database: Database, room_id: int) -> RoomRow:
    async with database.session() as session:
        return await rooms.get(session, room_id)  # type: ignore[return-value]


# -- storage, on SQLite and PostgreSQL ---------------------------------------------------


async def test_counts_are_by_state_and_category_all_time_and_per_room(database: Database) -> None:
    room_id = await _gwacheon_month(database)
    async with database.session() as session:
        assert await stats.count_by_status(session, room_id) == {"resolved": 3, "assigned": 2, "rejected": 1, "withdrawn": 1}
        assert await stats.count_by_category(session, room_id) == [
            ("road", 2),
            ("streetlight", 2),
            ("other", 1),
            ("parking", 1),
            ("waste", 1),
        ]
        assert await stats.count_by_status(session, 999) == {}


async def test_timelines_take_the_first_answer_and_the_first_fix(database: Database) -> None:
    room_id = await _gwacheon_month(database)
    days_3, days_20 = NOW - timedelta(days=3), NOW - timedelta(days=20)
    async with database.session() as session:
        found = await stats.timelines(session, room_id, NOW - timedelta(days=30))
    assert [(t.department, t.filed_at, t.first_response_at, t.resolved_at) for t in found] == [
        ("도로과", days_3, days_3 + timedelta(minutes=20), days_3 + timedelta(hours=4)),  # the first fix, not the one after the reopen
        ("도로과", days_3, days_3 + timedelta(minutes=40), None),
        ("민원과", days_3, days_3 + timedelta(minutes=90), None),  # the withdrawal was no answer; the withdrawn one is left out
        ("에너지과", days_20, days_20 + timedelta(hours=2), days_20 + timedelta(hours=26)),
        (None, days_20, days_20 + timedelta(minutes=10), None),  # a rejection answers but does not fix
    ]


async def test_the_reply_reads_counts_and_medians_for_7_and_30_days(database: Database) -> None:
    room_id = await _gwacheon_month(database)
    async with database.session() as session:
        reply = await stats_text(session, await _room_row(database, room_id), NOW)
    assert reply == "\n".join([
        f"📊 과천시 소통방 민원 통계 · @{room_id}",
        "전체 기간 7건",
        "열림 2건: 배정 2",
        "닫힘 5건: 완료 3 · 반려 1 · 취소 1",
        "분류: 도로·보도 2 · 가로등 2 · 기타 1 · 주정차 1 · 쓰레기·청소 1",
        "",
        "⏱ 최근 7일 접수분, 부서별 중앙값",
        "• 도로과 2건: 첫 응답 30분 · 완료 4시간 (1건 완료)",
        "• 민원과 1건: 첫 응답 1시간 30분 · 완료 —",
        "",
        "⏱ 최근 30일 접수분, 부서별 중앙값",
        "• 도로과 2건: 첫 응답 30분 · 완료 4시간 (1건 완료)",
        "• 미배정 1건: 첫 응답 10분 · 완료 —",
        "• 민원과 1건: 첫 응답 1시간 30분 · 완료 —",
        "• 에너지과 1건: 첫 응답 2시간 · 완료 26시간 (1건 완료)",
        "",
        "첫 응답: 접수 후 처음 상태가 바뀌기까지 · 완료: 처리 완료까지 (반려·중복·취소는 넣지 않음)",
    ])


async def test_an_english_room_reads_them_in_english(database: Database) -> None:
    room_id = await _gwacheon_month(database)
    room = await _room_row(database, room_id)
    room.language = "en"
    async with database.session() as session:
        reply = await stats_text(session, room, NOW)
    assert reply.startswith(f"📊 과천시 소통방: complaint statistics · @{room_id}\nAll time: 7\nOpen 2: assigned 2\n")
    assert "Categories: road & sidewalk 2 · streetlight 2" in reply
    assert "• 도로과, 2: first response 30 min · resolved 4 h (1 resolved)" in reply
    assert "• unassigned, 1: first response 10 min · resolved —" in reply


async def test_a_quiet_week_and_an_empty_room_say_so(database: Database) -> None:
    empty = await _room(database, -1003, "빈 방")
    async with database.session() as session:
        assert await stats_text(session, await _room_row(database, empty), NOW) == f"📊 빈 방: 아직 접수된 민원이 없습니다. · @{empty}"
    room_id = await _room(database)
    await _filed(database, room_id, "road", NOW - timedelta(days=20))
    async with database.session() as session:
        reply = await stats_text(session, await _room_row(database, room_id), NOW)
    assert "열림 1건: 접수 1\n닫힘 0건\n" in reply
    assert "⏱ 최근 7일 접수분, 부서별 중앙값\n• 이 기간에 접수된 민원이 없습니다.\n" in reply
    assert "• 미배정 1건: 첫 응답 — · 완료 —" in reply  # 30 days: filed, nobody has answered


async def test_many_departments_are_cut_to_fit_one_message(database: Database) -> None:
    room_id = await _room(database)
    for n in range(25):
        filed_at = NOW - timedelta(days=1, minutes=n)
        complaint = await _filed(database, room_id, "road", filed_at)
        await _moved(database, complaint, "assigned", filed_at + timedelta(minutes=5), department=f"{n:02d}" + "과" * 62)  # 64 characters
    async with database.session() as session:
        reply = await stats_text(session, await _room_row(database, room_id), NOW)
    assert len(reply) <= 4096
    assert reply.count("… 외 15개") == 2  # once per window
    assert reply.count("• 09과") == 2 and "• 10과" not in reply


def test_durations_read_naturally() -> None:
    assert [duration(m, "ko") for m in (None, 0.4, 1, 59.9, 60, 125, 47 * 60 + 59, 48 * 60, 3 * 1440 + 4 * 60 + 30)] == [
        "—", "1분 미만", "1분", "59분", "1시간", "2시간 5분", "47시간 59분", "2일", "3일 4시간",
    ]
    assert duration(125, "en") == "2 h 5 min"


# -- end to end, through the sandbox ------------------------------------------------------


async def replies_to(control: SandboxControl, chat_id: int, message_id: int) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if m.get("reply_to_message_id") == message_id]


async def said(control: SandboxControl, chat_id: int, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if fragment in (m.get("text") or "")]


async def command(control: SandboxControl, room: Room, user: int, body: str) -> str:
    """Post a command in the room and return the bot's reply to it."""
    asked = await control.post(room.chat_id, user, body)
    [answer] = await eventually(lambda: replies_to(control, room.chat_id, asked["message_id"]))
    return answer["text"]


async def file(control: SandboxControl, room: Room, body: str) -> dict:
    posted = await control.post(room.chat_id, room.resident, body)
    await eventually(lambda: said(control, room.chat_id, "접수했습니다"))
    await eventually(lambda: replies_to(control, room.chat_id, posted["message_id"]))
    return posted


async def _pushed_back(runtime, number: int, hours: float, changes: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    """As if #number had been filed `hours` ago and each change made `changes[status]` minutes after."""
    filed_at = utcnow() - timedelta(hours=hours)
    async with runtime.db.session() as session:
        complaint = (await session.exec(select(Complaint).where(Complaint.number == number))).scalars().one()
        await session.exec(update(Complaint).where(Complaint.id == complaint.id).values(created_at=filed_at))
        await session.exec(
            update(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == complaint.id, ComplaintEvent.from_status.is_(None))
            .values(created_at=filed_at)
        )
        for status, minutes in changes.items():
            query = update(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint.id, ComplaintEvent.status == status)
            await session.exec(query.values(created_at=filed_at + timedelta(minutes=minutes)))


async def test_a_moderator_reads_the_rooms_counts_and_the_departments_medians(bot_factory, control: SandboxControl, room: Room) -> None:
    staff = await control.create_user(first_name="김주무관")
    runtime = await bot_factory(staff={"user_ids": [staff["id"]]}).start()
    for body in (STREETLIGHT, BENCH, POTHOLE):
        await file(control, room, body)
    await control.post(room.chat_id, room.moderator, "/assign 1 도로과")
    await eventually(lambda: said(control, room.chat_id, "민원 #1 — 배정"))
    await control.post(room.chat_id, room.moderator, "/resolve 1 가로등을 교체했습니다")
    await eventually(lambda: said(control, room.chat_id, "민원 #1 — 완료"))
    await control.post(room.chat_id, room.moderator, "/reject 3 도로공사 구간이라 시공사에 전달했습니다")
    await eventually(lambda: said(control, room.chat_id, "민원 #3 — 반려"))
    # The commands came seconds apart; spread them over hours, as a real week would.
    await _pushed_back(runtime, 1, hours=3, changes={"assigned": 25, "resolved": 130})
    await _pushed_back(runtime, 3, hours=3, changes={"rejected": 10})
    async with runtime.db.session() as session:
        room_id = (await rooms.by_chat(session, room.chat_id)).id  # type: ignore[union-attr]
        categories = [c.category for c in (await session.exec(select(Complaint).order_by(Complaint.number))).scalars()]
    assert categories[0] == "streetlight" and categories[2] == "road"  # #2's is the detector's call

    reply = await command(control, room, room.moderator, "/stats")
    lines = reply.split("\n")
    assert lines[:4] == [f"📊 과천시 소통방 민원 통계 · @{room_id}", "전체 기간 3건", "열림 1건: 접수 1", "닫힘 2건: 완료 1 · 반려 1"]
    assert lines[4] == "분류: " + " · ".join(f"{category_label(c)} 1" for c in sorted(categories))  # ties: by category id
    for days in (7, 30):
        window = lines.index(f"⏱ 최근 {days}일 접수분, 부서별 중앙값")
        assert lines[window + 1 : window + 3] == [
            "• 미배정 2건: 첫 응답 10분 · 완료 —",  # #2 still waits; #3 was rejected after 10 minutes
            "• 도로과 1건: 첫 응답 25분 · 완료 2시간 10분 (1건 완료)",
        ]
    assert "관리자만" not in reply

    assert await command(control, room, room.moderator, "/stats 30일") == reply  # a stray word changes nothing
    await control.private(staff["id"], "/stats")  # staff, privately: the one room they can moderate
    [private] = await eventually(lambda: said(control, staff["id"], "민원 통계"))
    assert private["text"] == reply
    await control.private(staff["id"], f"/stats @{room_id}")  # or naming it
    _, named = await eventually(lambda: _at_least(control, staff["id"], "민원 통계", 2))
    assert named["text"] == reply


async def _at_least(control: SandboxControl, chat_id: int, fragment: str, count: int) -> list[dict]:
    found = await said(control, chat_id, fragment)
    return found if len(found) >= count else []


async def test_residents_are_refused_in_the_room_and_privately(sotong, control: SandboxControl, room: Room) -> None:
    await file(control, room, STREETLIGHT)
    assert await command(control, room, room.resident, "/stats") == "죄송합니다. 이 명령은 관리자만 사용할 수 있습니다."
    await control.private(room.resident, "/stats")
    [refusal] = await eventually(lambda: said(control, room.resident, "관리자만"))
    assert "통계" not in refusal["text"]
    assert await said(control, room.chat_id, "민원 통계") == []


async def test_a_room_with_no_complaints_says_so_in_its_language(sotong, control: SandboxControl, room: Room) -> None:
    reply = await command(control, room, room.moderator, "/stats")
    assert reply.startswith("📊 과천시 소통방: 아직 접수된 민원이 없습니다.")
    await command(control, room, room.moderator, "/language en")
    assert (await command(control, room, room.moderator, "/stats")).startswith("📊 과천시 소통방: no complaints yet.")
