"""Replying in the same place a resident wrote: same chat, same forum topic, threaded."""

from __future__ import annotations

import re
from typing import Any

from telegram import Message

from bot.work import Work

_COMMAND_ARGUMENT = re.compile(r"^/\S+\s+(.*)$", re.DOTALL)


async def reply_to(work: Work, message: Message, body: str, **extra: Any) -> None:  # more sendMessage parameters
    thread = message.message_thread_id if message.is_topic_message else None
    await work.send(
        message.chat_id,
        "sendMessage",
        text=body,
        message_thread_id=thread,
        reply_parameters={"message_id": message.message_id, "allow_sending_without_reply": True},
        **extra,
    )


def command_argument(message: Message) -> str:
    """Everything after the command word, line breaks kept ("" when there is nothing)."""
    match = _COMMAND_ARGUMENT.match(message.text or "")
    return match.group(1).strip() if match else ""
