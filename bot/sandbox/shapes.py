"""Render sandbox state as the JSON objects the Telegram Bot API returns."""

from __future__ import annotations

import re
from typing import Any

from .state import (
    ADMIN_RIGHTS,
    ALL_PERMISSIONS,
    BOT_ID,
    Chat,
    Member,
    Message,
    Topic,
    User,
    World,
)

# A command is "/" + up to 32 letters/digits/underscores, optionally "@botname",
# standing at the start of the text or after whitespace.
_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![^\s])")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str | None) -> list[dict[str, Any]]:
    """bot_command entities for every /command in a text (PTB's CommandHandler needs them)."""
    if not text or "/" not in text:
        return []
    out = []
    for m in _COMMAND.finditer(text):
        out.append({"type": "bot_command", "offset": utf16_len(text[: m.start()]),
                    "length": utf16_len(m.group(0))})
    return out


def user(u: User) -> dict[str, Any]:
    """A User object."""
    d: dict[str, Any] = {"id": u.id, "is_bot": u.is_bot, "first_name": u.first_name}
    if u.last_name:
        d["last_name"] = u.last_name
    if u.username:
        d["username"] = u.username
    if u.language_code and not u.is_bot:
        d["language_code"] = u.language_code
    return d


def me(u: User) -> dict[str, Any]:
    """The bot's own User object, as getMe returns it."""
    d = user(u)
    d.update(can_join_groups=True, can_read_all_group_messages=False,
             supports_inline_queries=False, can_connect_to_business=False,
             has_main_web_app=False)
    return d


def chat(c: Chat, world: World) -> dict[str, Any]:
    """A short Chat object, as embedded in messages."""
    d: dict[str, Any] = {"id": c.id, "type": c.type}
    if c.type == "private":
        u = world.users[c.id]
        d["first_name"] = u.first_name
        if u.last_name:
            d["last_name"] = u.last_name
        if u.username:
            d["username"] = u.username
    else:
        d["title"] = c.title
        if c.is_forum:
            d["is_forum"] = True
    return d


def chat_full(c: Chat, world: World) -> dict[str, Any]:
    """A ChatFullInfo object, as getChat returns it."""
    d = chat(c, world)
    # Required by the Bot API (and by PTB) since 2024/2025 even when meaningless here.
    d["accent_color_id"] = 0
    d["max_reaction_count"] = 11
    d["accepted_gift_types"] = {"unlimited_gifts": False, "limited_gifts": False,
                                "unique_gifts": False, "premium_subscription": False,
                                "gifts_from_channels": False}
    if c.type != "private":
        d["permissions"] = dict(c.permissions)
        d["has_visible_history"] = True
    live = [i for i in c.pinned if i in c.messages and not c.messages[i].deleted]
    if live:
        d["pinned_message"] = message(c.messages[live[-1]], c, world, with_reply=False)
    return d


def permissions(p: dict[str, bool]) -> dict[str, bool]:
    """A ChatPermissions object with every field present."""
    return {k: bool(p.get(k, False)) for k in ALL_PERMISSIONS}


def chat_member(m: Member, world: World) -> dict[str, Any]:
    """A ChatMember object of the right variant, with every field PTB requires."""
    u = user(world.users[m.user_id])
    if m.status == "creator":
        d = {"status": "creator", "user": u, "is_anonymous": False}
        if m.custom_title:
            d["custom_title"] = m.custom_title
        return d
    if m.status == "administrator":
        rights = m.rights or {}
        d = {"status": "administrator", "user": u,
             "can_be_edited": m.user_id != BOT_ID, "is_anonymous": False}
        d.update({r: bool(rights.get(r, False)) for r in ADMIN_RIGHTS})
        # Channel-only rights stay absent for groups, as in Telegram.
        if m.custom_title:
            d["custom_title"] = m.custom_title
        return d
    if m.status == "restricted":
        d = {"status": "restricted", "user": u, "is_member": m.is_member,
             "until_date": m.until_date}
        d.update(permissions(m.permissions or {}))
        return d
    if m.status == "kicked":
        return {"status": "kicked", "user": u, "until_date": m.until_date}
    if m.status == "left":
        return {"status": "left", "user": u}
    return {"status": "member", "user": u}


def chat_member_updated(c: Chat, world: World, actor_id: int, old: Member, new: Member,
                        date: int) -> dict[str, Any]:
    """A ChatMemberUpdated object (chat_member / my_chat_member updates)."""
    return {"chat": chat(c, world), "from": user(world.users[actor_id]), "date": date,
            "old_chat_member": chat_member(old, world),
            "new_chat_member": chat_member(new, world)}


def topic(t: Topic) -> dict[str, Any]:
    """A ForumTopic object."""
    return {"message_thread_id": t.message_thread_id, "name": t.name,
            "icon_color": t.icon_color}


def inline_markup(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """Only inline keyboards travel with a message; reply keyboards live in the client."""
    if markup and "inline_keyboard" in markup:
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None


def photo_sizes(file_id: str) -> list[dict[str, Any]]:
    """The PhotoSize list Telegram sends for one photo (a thumbnail and the original)."""
    uid = file_id[-16:]
    return [
        {"file_id": file_id + "_s", "file_unique_id": uid + "s", "width": 90, "height": 68,
         "file_size": 1200},
        {"file_id": file_id, "file_unique_id": uid, "width": 1280, "height": 960,
         "file_size": 98_000},
    ]


def message(m: Message, c: Chat, world: World, with_reply: bool = True) -> dict[str, Any]:
    """A Message object, including a one-level reply_to_message like Telegram."""
    d: dict[str, Any] = {"message_id": m.message_id, "from": user(world.users[m.from_id]),
                         "date": m.date, "chat": chat(c, world)}
    if m.sender_chat_id == c.id:
        d["sender_chat"] = chat(c, world)
    if m.message_thread_id is not None:
        d["message_thread_id"] = m.message_thread_id
        if m.is_topic_message:
            d["is_topic_message"] = True
    if m.text is not None:
        d["text"] = m.text
        if m.entities:
            d["entities"] = m.entities
    if m.photo is not None:
        d["photo"] = photo_sizes(m.photo)
    if m.media_group_id is not None:
        d["media_group_id"] = m.media_group_id
    if m.caption is not None:
        d["caption"] = m.caption
        if m.entities:
            d["caption_entities"] = m.entities
    if m.edit_date is not None:
        d["edit_date"] = m.edit_date
    markup = inline_markup(m.reply_markup)
    if markup:
        d["reply_markup"] = markup
    if m.service:
        d.update(m.service)
    if with_reply:
        # Telegram marks messages in a forum topic as replies to the topic's creation
        # message when they reply to nothing else.
        target = m.reply_to_message_id
        if target is None and m.is_topic_message:
            target = m.message_thread_id
        replied = c.messages.get(target) if target is not None else None
        if replied is not None and not replied.deleted:
            d["reply_to_message"] = message(replied, c, world, with_reply=False)
    return d


def callback_query(cq_id: str, from_user: User, m: Message, c: Chat, world: World,
                   data: str) -> dict[str, Any]:
    """A CallbackQuery object; a deleted message becomes an InaccessibleMessage."""
    if m.deleted:
        msg: dict[str, Any] = {"chat": chat(c, world), "message_id": m.message_id, "date": 0}
    else:
        msg = message(m, c, world)
    return {"id": cq_id, "from": user(from_user), "message": msg,
            "chat_instance": str(abs(c.id) * 7919 % 10**18), "data": data}


def shown(m: Message, world: World) -> dict[str, Any]:
    """A message as a person sees it in the room (the control API's flat view)."""
    u = world.users[m.from_id]
    d: dict[str, Any] = {
        "message_id": m.message_id,
        "from": {"id": u.id, "first_name": u.first_name, "username": u.username,
                 "is_bot": u.is_bot},
        "date": m.date, "text": m.text, "caption": m.caption, "photo": m.photo,
        "entities": m.entities,
        "reply_to_message_id": m.reply_to_message_id,
        "message_thread_id": m.message_thread_id,
        "reply_markup": m.reply_markup, "pinned": m.pinned, "as_chat": m.sender_chat_id is not None,
        "edited": m.edit_date is not None, "edit_date": m.edit_date,
        "deleted": m.deleted,
    }
    if m.service:
        d["service"] = m.service
    return d
