"""The board's ages ("방금", "12분", "3시간") stay right: it is redrawn when one of them changes."""

from __future__ import annotations

from datetime import datetime, timedelta, UTC

from bot.sandbox.client import SandboxControl
from moderation.board import next_change
from storage import complaints, rooms
from storage.models import Complaint, utcnow
from tests.conftest import Room, eventually
from tests.test_progress_flow import board

async def board_showing(control: SandboxControl, room: Room, fragment: str) -> dict:
    return await eventually(lambda: board(control, room, fragment))


STREETLIGHT = "과천역 3번 출구 앞 가로등이 나갔어요 ㅠㅠ 밤에 너무 어두워요"
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def test_the_next_change_is_the_first_age_to_read_differently() -> None:
    assert next_change([], NOW) is None
    assert next_change([NOW - timedelta(seconds=20)], NOW) == NOW + timedelta(seconds=40)  # 방금 -> 1분
    assert next_change([NOW - timedelta(minutes=12, seconds=30)], NOW) == NOW + timedelta(seconds=30)  # 12분 -> 13분
    assert next_change([NOW - timedelta(hours=3, minutes=10)], NOW) == NOW + timedelta(minutes=50)  # 3시간 -> 4시간
    assert next_change([NOW - timedelta(days=3, hours=1)], NOW) == NOW + timedelta(hours=23)  # 3일 -> 4일
    assert next_change([NOW - timedelta(hours=3), NOW - timedelta(minutes=59, seconds=50)], NOW) == NOW + timedelta(seconds=10)


async def test_a_board_nobody_changes_is_redrawn_when_an_age_on_it_changes(bot_factory, control: SandboxControl, room: Room) -> None:  # type: ignore[no-untyped-def]
    runtime = await bot_factory(progress={"board_delay_seconds": 0.2}).start()
    await control.post(room.chat_id, room.resident, STREETLIGHT)
    await board_showing(control, room, "— 방금")
    async with runtime.db.session() as session:
        known = await rooms.by_chat(session, room.chat_id)
        [complaint] = await complaints.open_in_room(session, known.id)  # type: ignore[union-attr]
        due = known.board_due_at  # type: ignore[union-attr]
    # due again when "방금" becomes "1분", not after board_refresh_minutes (an hour)
    assert due is not None
    assert complaint.created_at + timedelta(seconds=59) <= due <= complaint.created_at + timedelta(seconds=62)

    # Ten minutes later (the complaint dated back), the redraw due then shows "10분" and asks for the next one.
    async with runtime.db.session() as session:
        stored = await session.get(Complaint, complaint.id)
        stored.created_at = stored.updated_at = utcnow() - timedelta(minutes=10, seconds=5)  # type: ignore[union-attr]
        known = await rooms.by_chat(session, room.chat_id)
        known.board_due_at = utcnow()  # type: ignore[union-attr]
    await runtime.progress.fire(known.id)  # type: ignore[union-attr]  # what the armed timer does when it is due
    await board_showing(control, room, "— 10분")
    async with runtime.db.session() as session:
        due = (await rooms.by_chat(session, room.chat_id)).board_due_at  # type: ignore[union-attr]
    assert due is not None and timedelta(seconds=50) <= due - utcnow() <= timedelta(seconds=61)
