"""One line about an update for an operator: never a person's id or name.

It says what kind of update it was, in which group (a group's id is not personal
data; a private chat is only called private), and which command, button or text:
a command by its name, anything else as a short excerpt after redaction
(moderation.redaction: phone and resident registration numbers, e-mail, cards).
"""

from __future__ import annotations

import re
from typing import Any

from moderation.redaction import redact

EXCERPT = 40
_COMMAND = re.compile(r"/([A-Za-z0-9_]{1,32})(?:@\w+)?(?=\s|$)")
_GROUP_TYPES = ("group", "supergroup", "channel")


def summarise(raw: object) -> str:
    """E.g. `message in chat -1001234567890: /resolve` or `callback_query in a private chat: "pg:3:2"`."""
    if not isinstance(raw, dict):
        return f"not an update ({type(raw).__name__})"
    kind = next((key for key in raw if key != "update_id"), None)
    if kind is None:
        return "an update with no content"
    body = raw[kind]
    if not isinstance(body, dict):
        return _clean(kind)
    message = body.get("message") if kind == "callback_query" else body
    chat = (message if isinstance(message, dict) else {}).get("chat") if kind == "callback_query" else body.get("chat")
    parts = [_clean(kind) + _where(chat)]
    if kind == "callback_query":
        data = body.get("data")
        if isinstance(data, str):
            parts.append(f"button {_excerpt(data)}")
    else:
        text = body.get("text") if isinstance(body.get("text"), str) else body.get("caption")
        if isinstance(text, str):
            command = _COMMAND.match(text)
            parts.append(f"/{command.group(1)}" if command else _excerpt(text))
    return ": ".join(parts)


def _where(chat: Any) -> str:
    if not isinstance(chat, dict):
        return ""
    if chat.get("type") in _GROUP_TYPES and type(chat.get("id")) is int:
        return f" in chat {chat['id']}"
    if chat.get("type") == "private":
        return " in a private chat"
    return ""


def _excerpt(text: str) -> str:
    redacted = redact(text)
    short = redacted[:EXCERPT] + ("…" if len(redacted) > EXCERPT else "")
    return '"' + _clean(short) + '"'


def _clean(text: str) -> str:
    """Printable on one line, whatever arrived."""
    return "".join(c if c.isprintable() else " " for c in text.encode("utf-8", "replace").decode("utf-8"))[:80]
