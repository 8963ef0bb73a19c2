"""Levels that /metrics reads at scrape time: queues and open complaints, in one short transaction.

Each is a count over a table that stays small (the inbox, the outbox and the dead
letters are working storage) or the running tallies (complaints by status, storage/tallies.py). On
PostgreSQL the transaction carries a statement timeout, so a scrape never holds the
database longer than that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from storage.database import Database
from storage.models import OPEN_STATUSES, ComplaintTally, DeadLetter, InboxUpdate, OutboxMessage


@dataclass(frozen=True)
class Levels:
    inbox: int
    outbox: int
    dead_letters: int
    open_complaints: dict[str, int] = field(default_factory=dict)  # status -> count, every open status present


async def read(db: Database, timeout_ms: int = 2000) -> Levels:
    async with db.session() as session:
        if db.dialect == "postgresql":
            await session.exec(text(f"SET LOCAL statement_timeout = {int(timeout_ms)}"))  # type: ignore[call-overload]
        inbox = (await session.exec(select(func.count()).select_from(InboxUpdate))).scalar_one()  # type: ignore[call-overload]
        outbox = (await session.exec(select(func.count()).select_from(OutboxMessage))).scalar_one()  # type: ignore[call-overload]
        dead = (await session.exec(select(func.count()).select_from(DeadLetter))).scalar_one()  # type: ignore[call-overload]
        tally = ComplaintTally
        query = select(tally.status, func.sum(tally.complaints)).where(tally.status.in_(OPEN_STATUSES)).group_by(tally.status)
        by_status = {status: 0 for status in OPEN_STATUSES}
        by_status.update({status: int(count) for status, count in await session.exec(query)})
    return Levels(int(inbox), int(outbox), int(dead), by_status)
