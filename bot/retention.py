"""Retention (PIPA) in the running bot and on the command line (`sotong purge`).

The purge is a durable daily job: its next due time is a row (storage.jobs), so a
restart neither skips nor repeats it and of several workers one runs it. The
sweep asks whether it is due. `sotong purge --dry-run` shows what would go now,
per room and kind; without `--dry-run` it clears it at once.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TextIO

from bot.clock import local_time, set_default
from bot.config import RetentionSettings, Settings
from storage import jobs, retention
from storage.database import Database
from storage.models import utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

JOB = "retention"
EVERY = timedelta(days=1)
RETRY = timedelta(hours=1)  # a run that failed (or whose worker died) is tried again this much later


def cutoffs(settings: RetentionSettings, now: datetime) -> retention.Cutoffs:
    def before(days: float) -> datetime | None:
        return now - timedelta(days=days) if days > 0 else None

    return retention.Cutoffs(before(settings.complaint_text_days), before(settings.moderation_excerpt_days))


class Retention:
    """The daily purge of the running bot."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.settings = runtime.settings.retention

    async def sweep(self) -> None:
        await self.run_if_due()

    async def run_if_due(self) -> list[retention.Count] | None:
        """Purge if the job is due and this worker claims it (the sweep calls this); None if not."""
        if not self.settings.complaint_text_days and not self.settings.moderation_excerpt_days:
            return None
        db, now = self.runtime.db, utcnow()
        if not await jobs.claim(db, JOB, now, now + RETRY):
            return None
        counts = await retention.purge(db, cutoffs(self.settings, now))
        await jobs.finish(db, JOB, now + EVERY)
        if counts:
            log.info("retention: cleared %s", ", ".join(f"{c.rows} {c.kind} in room {c.chat_id}" for c in counts))
        return counts


async def run_cli(settings: Settings, dry_run: bool, out: TextIO) -> int:
    """`sotong purge [--dry-run]`: a table of what goes (or went), per room and kind."""
    set_default(settings.bot.zone)
    db = Database(settings.storage.url)
    try:
        await db.migrate()  # the same schema the bot would make
        now = utcnow()
        limits = cutoffs(settings.retention, now)
        _describe(limits, settings.retention, out)
        counts = await (retention.survey(db, limits) if dry_run else retention.purge(db, limits))
    finally:
        await db.close()
    if not counts:
        print("nothing to purge" if dry_run else "nothing was purged", file=out)
        return 0
    rooms: dict[int, tuple[str, dict[str, int]]] = {}
    for count in counts:
        rooms.setdefault(count.chat_id, (count.title, {}))[1][count.kind] = count.rows
    kinds = ("complaint", "proposal", retention.QUESTION, retention.MODERATION)
    # the room last: a Korean title is wider than its length on a terminal
    print("".join(f"{kind:>12}" for kind in kinds) + "  room", file=out)
    for chat_id, (title, by_kind) in rooms.items():
        print("".join(f"{by_kind.get(kind, 0):>12}" for kind in kinds) + f"  {title} ({chat_id})", file=out)
    total = sum(count.rows for count in counts)
    if dry_run:
        print(f"would purge {total} row{'s' if total != 1 else ''} (dry run: nothing changed; run without --dry-run to purge)", file=out)
    else:
        print(f"purged {total} row{'s' if total != 1 else ''}", file=out)
    return 0


def _describe(limits: retention.Cutoffs, settings: RetentionSettings, out: TextIO) -> None:
    def when(moment: datetime | None, days: float) -> str:
        if moment is None:
            return "kept for good (0 days)"
        return f"older than {days:g} days (before {moment.astimezone(local_time()):%Y-%m-%d %H:%M})"

    print(
        f"closed complaints' and questions' texts, places and photos: {when(limits.complaint_texts, settings.complaint_text_days)}",
        file=out,
    )
    print(f"moderation-log excerpts: {when(limits.moderation_excerpts, settings.moderation_excerpt_days)}", file=out)
