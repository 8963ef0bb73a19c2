"""Data minimisation: what of an update is stored in the inbox.

The handlers read, of a person, only the id (pseudonyms, restrictions), `is_bot` and
`language_code` (the language of an answer); of a chat its id, type, title and
`is_forum`; of a message its ids, date, text or caption with their entities (commands),
photos, album, topic, reply, sender chat, joins and leaves; of a button its data and
message; of a membership change the two members' status. Names, usernames, phone
numbers (contacts), places (locations, venues), signatures and update kinds the bot
does not subscribe to are dropped before anything is written. python-telegram-bot
requires a person's `first_name`: it is kept, empty.
"""

from __future__ import annotations

from typing import Any

# The update kinds the bot asks Telegram for (bot.receiving), and so the only ones it keeps.
# chat_member is not delivered unless asked for, and the greeting needs it.
HANDLED_KINDS = ("message", "edited_message", "callback_query", "chat_member", "my_chat_member")

_CHAT_TYPES = frozenset({"private", "group", "supergroup", "channel"})
_USER_KEPT = ("id", "is_bot", "language_code")
_CHAT_KEPT = ("id", "type", "title", "is_forum")
# Personal data no handler reads, wherever it appears.
_DROPPED = frozenset({
    "contact", "location", "venue", "forward_sender_name", "sender_user_name", "author_signature",
    "users_shared", "chat_shared", "phone_number", "vcard", "first_name", "last_name", "username",
    "bio", "email", "shipping_address", "order_info", "passport_data", "proximity_alert_triggered",
    "is_premium", "added_to_attachment_menu", "birthdate", "personal_chat", "emoji_status_custom_emoji_id",
})


def strip(raw: dict[str, Any]) -> dict[str, Any]:
    """A copy of the update with only what handling needs."""
    kept = {key: value for key, value in raw.items() if key == "update_id" or key in HANDLED_KINDS}
    return _strip(kept)


def _strip(value: Any) -> Any:
    if isinstance(value, list):
        return [_strip(item) for item in value]
    if not isinstance(value, dict):
        return value
    if "id" in value and "is_bot" in value:  # a User: only Users have is_bot
        user = {key: value[key] for key in _USER_KEPT if key in value}
        user["first_name"] = ""
        return user
    if "id" in value and value.get("type") in _CHAT_TYPES:  # a Chat
        keep = ("id", "type") if value["type"] == "private" else _CHAT_KEPT
        return {key: value[key] for key in keep if key in value}
    return {key: _strip(item) for key, item in value.items() if key not in _DROPPED}
