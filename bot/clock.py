"""The time zone people read times in: `[bot] timezone` (Asia/Seoul by default).

Every time shown to residents, staff or operators goes through `local_time()`.
The running bot sets its zone for each unit of work (bot.runtime), so two bots in
one process (tests) keep theirs; outside a unit, the zone of the last bot started.
"""

from __future__ import annotations

from contextvars import ContextVar
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

DEFAULT_ZONE = ZoneInfo("Asia/Seoul")

_default: list[tzinfo] = [DEFAULT_ZONE]
_current: ContextVar[tzinfo | None] = ContextVar("sotong_zone", default=None)


def local_time() -> tzinfo:
    """The zone to show times in."""
    return _current.get() or _default[0]


def set_default(zone: tzinfo) -> None:
    """The zone outside any unit of work (set by a bot as it starts, and by the CLI)."""
    _default[0] = zone


def use(zone: tzinfo) -> object:
    """Show times in `zone` in this context (a unit of work); returns a token for `restore`."""
    return _current.set(zone)


def restore(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]


def zone_label(when: datetime) -> str:
    """The zone's abbreviation at `when` ("KST"), or its UTC offset when it has none."""
    local = when.astimezone(local_time())
    name = local.tzname() or ""
    return name if name and name[0] not in "+-" else local.strftime("UTC%z")
