"""Log lines: text for people, or JSON lines for a log collector, with what was being done.

Each line carries the unit of work it was logged in: the update's id, the chat (a
group's id; a private chat is a person, so it reads "private") and the worker
(`[scheduler] worker_id`). The bot sets them around each update and each timed job
(bot.runtime); lines logged elsewhere carry the worker only. JSON lines have the
fields `time`, `level`, `logger`, `message`, `update_id`, `chat`, `worker` and, for
a failure, `exc_info`. bot.log_masking's filter sits on every handler either way.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from pythonjsonlogger.json import JsonFormatter

from bot import log_masking

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
FORMATS = ("text", "json")


@dataclass(frozen=True)
class Unit:
    update_id: int | None = None
    chat: int | str | None = None
    worker: str | None = None


_unit: ContextVar[Unit | None] = ContextVar("sotong_log_unit", default=None)
_worker: list[str | None] = [None]  # the process's worker id, for lines outside a unit


def chat_label(chat_id: int | None) -> int | str | None:
    """A group's id as it is; a private chat's id is a person's, so never that."""
    if chat_id is None:
        return None
    return chat_id if chat_id < 0 else "private"


def enter(update_id: int | None, chat_id: int | None, worker: str) -> object:
    """Lines logged in this context name this unit of work; a token for `leave`."""
    return _unit.set(Unit(update_id, chat_label(chat_id), worker))


def leave(token: object) -> None:
    _unit.reset(token)  # type: ignore[arg-type]


def set_worker(worker: str) -> None:
    _worker[0] = worker


class ContextFilter(logging.Filter):
    """Puts the unit of work on each record (update_id, chat, worker)."""

    def filter(self, record: logging.LogRecord) -> bool:
        unit = _unit.get()
        record.update_id = unit.update_id if unit else None
        record.chat = unit.chat if unit else None
        record.worker = (unit.worker if unit else None) or _worker[0]
        return True


class SotongJsonFormatter(JsonFormatter):
    """python-json-logger's formatter, with the traceback the masking filter cleaned.

    It would format `exc_info` afresh, from the exception itself, and put back what
    bot.log_masking took out (a token in a failed request's URL); the filter leaves the
    masked text in `exc_text`, so that is what goes out.
    """

    def format(self, record: logging.LogRecord) -> str:
        exc_info = record.exc_info
        if exc_info and record.exc_text:
            record.exc_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info = exc_info


def json_formatter() -> logging.Formatter:
    return SotongJsonFormatter(
        "%(levelname)s %(name)s %(message)s %(update_id)s %(chat)s %(worker)s",
        rename_fields={"levelname": "level", "name": "logger"},
        timestamp="time",
        json_ensure_ascii=False,
    )


def configure(level: str = "INFO", fmt: str = "text") -> None:
    """One handler on stderr, in `fmt` ("text" or "json"), unit of work and masking on it."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(json_formatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    handler.addFilter(ContextFilter())
    root.addHandler(handler)
    root.setLevel(level.upper())
    # Alembic says at INFO what every start does (registering its plugins on import, each
    # migration step); the bot reports one line instead (bot.runtime). DEBUG shows it all.
    logging.getLogger("alembic").setLevel(logging.DEBUG if root.level <= logging.DEBUG else logging.WARNING)
    log_masking.install()


@contextmanager
def quiet(*names: str, level: int = logging.WARNING) -> Iterator[None]:
    """Raise these loggers to `level` for a while (Alembic's ~18 INFO lines at every start)."""
    loggers = [logging.getLogger(name) for name in names]
    before = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(level, logger.getEffectiveLevel()))
    try:
        yield
    finally:
        for logger, old in zip(loggers, before, strict=True):
            logger.setLevel(old)
