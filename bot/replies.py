"""Replying in the same place a resident wrote: same chat, same forum topic, threaded."""

from __future__ import annotations

import re

from telegram import Message

from bot.effects import Json, ReplyTo, SendMessage
from bot.work import Work

_COMMAND_ARGUMENT = re.compile(r"^/\S+\s+(.*)$", re.DOTALL)


async def reply_to(
    work: Work, message: Message, body: str, reply_markup: Json | None = None, link_preview_options: Json | None = None
) -> None:
    thread = message.message_thread_id if message.is_topic_message else None
    reply = ReplyTo(message.message_id)
    await work.do(
        SendMessage(
            message.chat_id, body, message_thread_id=thread, reply_parameters=reply, reply_markup=reply_markup,
            link_preview_options=link_preview_options,
        )
    )


def command_argument(message: Message) -> str:
    """Everything after the command word, line breaks kept ("" when there is nothing)."""
    match = _COMMAND_ARGUMENT.match(message.text or "")
    return match.group(1).strip() if match else ""
