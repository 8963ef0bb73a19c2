"""Is a body an update the bot can handle? Decided before anything is stored.

python-telegram-bot checks presence, not types: `"text": 12` parses and breaks a
handler later, `"chat": "x"` or a missing `date` raise inside `Update.de_json`. So the
parts the handlers read are checked for type here (a small schema of Telegram's
objects), every value for what the database can hold, and the stripped update must
then parse.
"""

from __future__ import annotations

import math
from typing import Any

from telegram import Bot, Update
from telegram.constants import UpdateType

from bot.inbound.strip import strip

# Telegram's ids have at most 52 significant bits ("a 64-bit integer or double-precision
# float type are safe for storing"); update ids count up from a positive number. Below
# 2^53 an id is exact in every JSON reader and fits the BIGINT column with room for
# the offset (id + 1) polling sends back.
MAX_UPDATE_ID = 2**53 - 1
_INT64 = 2**63
# Telegram nests a reply in a message, a quoted origin in the reply... a dozen levels at
# most; far deeper is an attack on the parser's recursion.
MAX_DEPTH = 32

_KINDS = frozenset(kind.value for kind in UpdateType)


class NotAnUpdate(ValueError):
    """Not an update the bot can handle; the reason is short and holds no data from the body."""


def usable_update_id(value: object) -> bool:
    """A positive integer (not a boolean, not a float) in Telegram's range."""
    return type(value) is int and 1 <= value <= MAX_UPDATE_ID


def parse_update(raw: object, bot: Bot | None = None) -> tuple[dict[str, Any], Update]:
    """The stripped update (what is stored) and its parsed form; raises NotAnUpdate."""
    if not isinstance(raw, dict):
        raise NotAnUpdate("not a JSON object")
    if not usable_update_id(raw.get("update_id")):
        raise NotAnUpdate(f"update_id is not an integer from 1 to {MAX_UPDATE_ID}")
    _check_values(raw, 0)
    kinds = [key for key in raw if key in _KINDS]
    if len(kinds) > 1:
        raise NotAnUpdate("more than one kind of update")
    for kind in kinds:
        _conform(raw[kind], _SCHEMAS.get(kind, {}), kind, 0)
    stripped = strip(raw)
    try:
        update = Update.de_json(stripped, bot)
    except Exception as exc:  # noqa: BLE001 - whatever it raises, it cannot read this
        raise NotAnUpdate(f"python-telegram-bot cannot read it ({type(exc).__name__})") from None
    return stripped, update


def _check_values(value: Any, depth: int) -> None:
    """What any store can hold: bounded depth, 64-bit integers, finite numbers, clean text."""
    if depth > MAX_DEPTH:
        raise NotAnUpdate(f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            _check_values(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_values(item, depth + 1)
    elif isinstance(value, str):
        _check_text(value)
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, int):
        if not -_INT64 <= value < _INT64:
            raise NotAnUpdate("a number beyond 64 bits")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise NotAnUpdate("a number that is not finite")
    else:  # pragma: no cover - JSON has no other types
        raise NotAnUpdate("a value JSON does not have")


def _check_text(text: str) -> None:
    if "\x00" in text:
        raise NotAnUpdate("text with a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise NotAnUpdate("text that is not valid Unicode (a lone surrogate)") from None


# -- the parts of Telegram's objects the handlers read -------------------------------------
# A schema maps a field to (type or nested schema or [item schema], required).

Schema = dict[str, tuple[Any, bool]]

USER: Schema = {"id": (int, True), "is_bot": (bool, True), "first_name": (str, True), "language_code": (str, False)}
CHAT: Schema = {"id": (int, True), "type": (str, True), "title": (str, False), "is_forum": (bool, False)}
ENTITY: Schema = {"type": (str, True), "offset": (int, True), "length": (int, True)}
PHOTO: Schema = {"file_id": (str, True), "file_unique_id": (str, True), "width": (int, True), "height": (int, True)}
MESSAGE: Schema = {
    "message_id": (int, True),
    "date": (int, True),
    "chat": (CHAT, True),
    "from": (USER, False),
    "sender_chat": (CHAT, False),
    "text": (str, False),
    "caption": (str, False),
    "entities": ([ENTITY], False),
    "caption_entities": ([ENTITY], False),
    "photo": ([PHOTO], False),
    "media_group_id": (str, False),
    "message_thread_id": (int, False),
    "is_topic_message": (bool, False),
    "new_chat_members": ([USER], False),
    "left_chat_member": (USER, False),
    "edit_date": (int, False),
}
MESSAGE["reply_to_message"] = (MESSAGE, False)
CALLBACK: Schema = {
    "id": (str, True),
    "from": (USER, True),
    "chat_instance": (str, True),
    "data": (str, False),
    "message": (MESSAGE, False),
}
MEMBER: Schema = {"status": (str, True), "user": (USER, True), "until_date": (int, False)}
MEMBER_UPDATED: Schema = {
    "chat": (CHAT, True),
    "from": (USER, True),
    "date": (int, True),
    "old_chat_member": (MEMBER, True),
    "new_chat_member": (MEMBER, True),
}
_SCHEMAS: dict[str, Schema] = {
    "message": MESSAGE,
    "edited_message": MESSAGE,
    "channel_post": MESSAGE,
    "edited_channel_post": MESSAGE,
    "callback_query": CALLBACK,
    "chat_member": MEMBER_UPDATED,
    "my_chat_member": MEMBER_UPDATED,
}


def _conform(value: Any, schema: Schema, path: str, depth: int) -> None:
    if not isinstance(value, dict):
        raise NotAnUpdate(f"{path} is not an object")
    for field, (expected, required) in schema.items():
        if field not in value:
            if required:
                raise NotAnUpdate(f"{path}.{field} is missing")
            continue
        _conform_field(value[field], expected, f"{path}.{field}", depth + 1)


def _conform_field(value: Any, expected: Any, path: str, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise NotAnUpdate(f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(expected, dict):
        _conform(value, expected, path, depth)
    elif isinstance(expected, list):
        if not isinstance(value, list):
            raise NotAnUpdate(f"{path} is not a list")
        for item in value:
            _conform_field(item, expected[0], path + "[]", depth + 1)
    elif expected is int:
        if type(value) is not int:
            raise NotAnUpdate(f"{path} is not an integer")
    elif not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
        raise NotAnUpdate(f"{path} is not {expected.__name__}")
