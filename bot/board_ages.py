"""The pinned board shows each open complaint's age ("12분", "3시간"): redraw it when one changes.

Without this the ages froze between changes: a board drawn at a filing read "방금"
(just now) until the hourly refresh. After each redraw the next one is due when the
first age on it reads differently (moderation.board.next_change), but not sooner
than a minute later, so a busy board is edited at most once a minute for its ages
(Telegram allows a group about 20 messages a minute), and not later than
`[progress] board_refresh_minutes`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.work import Work
from moderation.board import next_change
from storage import complaints, rooms
from storage.models import Room

if TYPE_CHECKING:
    from bot.features.progress import Progress

MIN_GAP = timedelta(minutes=1)


async def schedule_next(progress: Progress, work: Work, session: AsyncSession, room: Room, now: datetime, limit: int) -> datetime | None:
    """Make the room's board due again when its first age changes; returns when (None: no ages)."""
    since = [c.status_at or c.created_at for c in await complaints.open_in_room(session, room.id, limit=limit)]  # type: ignore[arg-type]
    moment = next_change(since, now)
    if moment is None:
        return None
    refresh = now + timedelta(minutes=progress.settings.board_refresh_minutes)
    due = await rooms.mark_board(session, room, min(max(moment, now + MIN_GAP), refresh), 0)
    progress.timer.arm_after_commit(work, room.id, due)  # type: ignore[arg-type]
    return due
