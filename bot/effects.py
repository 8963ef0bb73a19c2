"""The Bot API calls the bot makes, typed: what a handler decides, instead of a method name and kwargs.

A handler builds an effect and gives it to its unit of work (`work.do(SendMessage(chat, body))`);
the outbox stores it as before, method plus JSON parameters, and the courier makes the call once
the unit commits (bot/work.py, storage/outbox.py). A parameter left at None is not sent, so
Telegram applies its own default.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import Any, ClassVar

# Telegram objects passed through as JSON: reply markups (inline keyboards), permissions,
# link preview options. Their shapes are Telegram's; the bot builds them as dicts.
Json = dict[str, Any]


@dataclass(frozen=True)
class ReplyTo:
    """reply_parameters: answer `message_id`, and still send if that message is gone."""

    message_id: int
    allow_sending_without_reply: bool = True


@dataclass(frozen=True)
class Effect:
    """One Bot API call in `chat_id`; `method` names it."""

    method: ClassVar[str]
    chat_id: int

    def params(self) -> dict[str, object]:
        """The call's parameters as the outbox stores them (None ones left out)."""
        params: dict[str, object] = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if value is not None:
                params[field.name] = asdict(value) if is_dataclass(value) else value  # type: ignore[arg-type]
        return params


@dataclass(frozen=True)
class SendMessage(Effect):
    method: ClassVar[str] = "sendMessage"
    text: str
    message_thread_id: int | None = None
    reply_parameters: ReplyTo | None = None
    reply_markup: Json | None = None
    link_preview_options: Json | None = None


@dataclass(frozen=True)
class SendPhoto(Effect):
    method: ClassVar[str] = "sendPhoto"
    photo: str  # a file_id Telegram already has
    caption: str | None = None
    message_thread_id: int | None = None
    reply_parameters: ReplyTo | None = None


@dataclass(frozen=True)
class EditMessageText(Effect):
    method: ClassVar[str] = "editMessageText"
    message_id: int
    text: str
    reply_markup: Json | None = None  # {"inline_keyboard": []} removes the buttons; None keeps them
    entities: list[Json] | None = None  # links in the text (bot/features/combined_acks.py)


@dataclass(frozen=True)
class DeleteMessage(Effect):
    method: ClassVar[str] = "deleteMessage"
    message_id: int


@dataclass(frozen=True)
class PinChatMessage(Effect):
    method: ClassVar[str] = "pinChatMessage"
    message_id: int
    disable_notification: bool | None = None


@dataclass(frozen=True)
class RestrictChatMember(Effect):
    method: ClassVar[str] = "restrictChatMember"
    user_id: int
    permissions: Json
    use_independent_chat_permissions: bool | None = None
    until_date: int | None = None  # Unix time at which Telegram lifts it by itself


@dataclass(frozen=True)
class SetChatPermissions(Effect):
    method: ClassVar[str] = "setChatPermissions"
    permissions: Json
    use_independent_chat_permissions: bool | None = None


@dataclass(frozen=True)
class CloseForumTopic(Effect):
    method: ClassVar[str] = "closeForumTopic"
    message_thread_id: int


@dataclass(frozen=True)
class ReopenForumTopic(Effect):
    method: ClassVar[str] = "reopenForumTopic"
    message_thread_id: int
