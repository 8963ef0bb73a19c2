"""`sotong deadletters list|retry|drop`: what an operator does with updates the bot set aside.

A running bot picks a retried update up at its next sweep (any worker), a stopped one at
its next start. Dead letters expire by themselves after [deadletters] keep_days.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from bot.clock import local_time, set_default, zone_label
from bot.config import Settings
from storage import deadletters
from storage.database import Database


async def run(settings: Settings, action: str, ids: Sequence[int], every: bool, out: TextIO) -> int:
    """Carry out one action; the exit status (1: something named could not be done)."""
    db = Database(settings.storage.url)
    set_default(settings.bot.zone)
    try:
        await db.migrate()  # a bot that never ran has no table yet; the same schema it would make
        if action == "list":
            return await _list(db, out)
        chosen = None if every else list(ids)
        if chosen is not None:
            known = {letter.id for letter in await deadletters.listing(db, limit=1_000_000)}
            missing = [i for i in chosen if i not in known]
            if missing:
                print(f"no dead letter {', '.join(f'#{i}' for i in missing)}; nothing changed", file=out)
                return 1
        if action == "retry":
            retried, without_id = await deadletters.retry(db, chosen)
            for letter_id in retried:
                print(
                    f"#{letter_id} is back in the inbox: a running bot handles it at its next sweep, a stopped one when it starts", file=out
                )
            for letter_id in without_id:
                print(f"#{letter_id} has no update id and cannot be retried (drop it)", file=out)
            if not retried and not without_id:
                print("no dead letters", file=out)
            return 1 if without_id and chosen is not None else 0
        dropped = await deadletters.drop(db, chosen)
        print(f"dropped {dropped} dead letter{'s' if dropped != 1 else ''}", file=out)
        return 0
    finally:
        await db.close()


async def _list(db: Database, out: TextIO) -> int:
    letters = await deadletters.listing(db, limit=1_000_000)
    if not letters:
        print("no dead letters", file=out)
        return 0
    for letter in letters:
        update = letter.update_id if letter.update_id is not None else "-"
        when = f"{letter.failed_at.astimezone(local_time()):%Y-%m-%d %H:%M:%S} {zone_label(letter.failed_at)}"
        print(f"#{letter.id}  update {update}  {when}  {letter.error}  |  {letter.summary}", file=out)
    print(f"{len(letters)} dead letter{'s' if len(letters) != 1 else ''}; sotong deadletters retry ID|--all, drop ID|--all", file=out)
    return 0
