"""The sandbox's world kept in a JSON file, so a restarted sandbox is the same Telegram.

Telegram remembers its chats, messages and update ids while a bot restarts; a
sandbox that forgot them would hand out update ids and message ids the bot's
database has already seen (`sotong demo` restarted in the same folder would
skip every new update as a redelivery). `start_sandbox(state=PATH)` loads the
world from PATH if it exists and writes it back shortly after each change and
when it closes. Call logs and webhook deliveries are not kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import os
from dataclasses import asdict, fields
from pathlib import Path

from .state import CallbackRecord, Chat, Member, Message, QueuedUpdate, Topic, User, Webhook, World

log = logging.getLogger(__name__)

VERSION = 1
_COUNTERS = ("_update_ids", "_user_ids", "_supergroup_ids", "_group_ids", "_callback_ids", "_file_ids")


def _peek(world: World, name: str) -> int:
    """The next value of one of the world's id counters, without using it up."""
    value = next(getattr(world, name))
    setattr(world, name, itertools.count(value))
    return value


def dump(world: World) -> str:
    chats = []
    for chat in world.chats.values():
        item = {f.name: getattr(chat, f.name) for f in fields(Chat) if f.name not in ("members", "messages", "topics")}
        item["members"] = [asdict(m) for m in chat.members.values()]
        item["messages"] = [asdict(m) for m in chat.messages.values()]
        item["topics"] = [asdict(t) for t in chat.topics.values()]
        chats.append(item)
    state = {
        "version": VERSION,
        "counters": {name: _peek(world, name) for name in _COUNTERS},
        "users": [asdict(u) for u in world.users.values()],
        "chats": chats,
        "callbacks": [asdict(c) for c in world.callbacks.values()],
        "commands": world.commands,
        "webhook": asdict(world.webhook),
        "allowed_updates": world.allowed_updates,
        "pending": [asdict(u) for u in world.pending],
    }
    return json.dumps(state, ensure_ascii=False, sort_keys=True)


def load(text: str) -> World:
    state = json.loads(text)
    if state.get("version") != VERSION:
        raise ValueError(f"unknown sandbox state version {state.get('version')!r}")
    world = World()
    for name, value in state["counters"].items():
        if name in _COUNTERS:
            setattr(world, name, itertools.count(int(value)))
    world.users = {u["id"]: User(**u) for u in state["users"]}
    world.chats = {}
    for item in state["chats"]:
        members = {m["user_id"]: Member(**m) for m in item.pop("members")}
        messages = {m["message_id"]: Message(**m) for m in item.pop("messages")}
        topics = {t["message_thread_id"]: Topic(**t) for t in item.pop("topics")}
        world.chats[item["id"]] = Chat(**item, members=members, messages=messages, topics=topics)
    world.callbacks = {c["id"]: CallbackRecord(**c) for c in state["callbacks"]}
    world.commands = state["commands"]
    world.webhook = Webhook(**state["webhook"])
    world.allowed_updates = state["allowed_updates"]
    for raw in state["pending"]:
        update = QueuedUpdate(**raw)
        world.pending.append(update)
        world.history[update.update_id] = update
    return world


def read(path: Path) -> World | None:
    """The world kept in `path`, or None if there is none yet."""
    if not path.exists():
        return None
    return load(path.read_text(encoding="utf-8"))


def write(world: World, path: Path, text: str | None = None) -> None:
    """Replace `path` at once (a crash leaves the old file or the new one, never half of one)."""
    text = text if text is not None else dump(world)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


class Keeper:
    """Writes the world to its file shortly after it changes, and once more when stopped."""

    def __init__(self, world: World, path: Path, every: float = 0.5) -> None:
        self.world = world
        self.path = path
        self.every = every
        self._written = path.read_text(encoding="utf-8") if path.exists() else ""
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._keep(), name="sandbox-state")

    def save(self) -> None:
        text = dump(self.world)
        if text != self._written:
            write(self.world, self.path, text)
            self._written = text

    async def _keep(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            try:
                self.save()
            except OSError as exc:  # a full disk must not stop the sandbox
                log.warning("sandbox state not saved: %s", exc)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.save()


def skip_update_ids(world: World, first: int) -> None:
    """Hand out update ids from `first` on (past what a bot's database has seen)."""
    if _peek(world, "_update_ids") < first:
        world._update_ids = itertools.count(first)
