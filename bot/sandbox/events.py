"""Turn world changes into queued Telegram updates, rendered at the moment they happen."""

from __future__ import annotations

import copy

from . import shapes
from .state import BOT_ID, Chat, Member, Message, World, now


def message(world: World, chat: Chat, msg: Message, edited: bool = False) -> int:
    """Queue a message or edited_message update; returns its update_id."""
    kind = "edited_message" if edited else "message"
    return world.emit(kind, {kind: shapes.message(msg, chat, world)})


def member_change(world: World, chat: Chat, actor_id: int, old: Member, new: Member) -> int:
    """Queue chat_member (or my_chat_member when the bot itself changed) for a status change."""
    kind = "my_chat_member" if new.user_id == BOT_ID else "chat_member"
    payload = shapes.chat_member_updated(chat, world, actor_id, old, new, now())
    return world.emit(kind, {kind: payload})


def snapshot(member: Member) -> Member:
    """A copy of a membership to compare against after a change."""
    return copy.deepcopy(member)
