"""Typed effects: each Bot API call the bot makes is a small frozen dataclass, stored as before."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.effects import (CloseForumTopic, DeleteMessage, EditMessageText, PinChatMessage, ReopenForumTopic, ReplyTo,
                         RestrictChatMember, SendMessage, SendPhoto, SetChatPermissions)
from bot.work import Work
from storage import outbox
from storage.database import Database

ROOT = Path(__file__).resolve().parent.parent


def test_an_effect_is_its_method_and_the_parameters_it_sets() -> None:
    reply = SendMessage(-100, "안녕하세요", message_thread_id=7, reply_parameters=ReplyTo(42))
    assert reply.method == "sendMessage"
    assert reply.params() == {
        "chat_id": -100, "text": "안녕하세요", "message_thread_id": 7,
        "reply_parameters": {"message_id": 42, "allow_sending_without_reply": True},
    }
    # Unset parameters are not sent: Telegram's defaults apply. An empty keyboard is sent: it removes buttons.
    assert EditMessageText(-100, 5, "x", reply_markup={"inline_keyboard": []}).params() == {
        "chat_id": -100, "message_id": 5, "text": "x", "reply_markup": {"inline_keyboard": []}}
    assert EditMessageText(-100, 5, "x").params() == {"chat_id": -100, "message_id": 5, "text": "x"}
    assert DeleteMessage(-100, 5).method == "deleteMessage"
    with pytest.raises(AttributeError):
        reply.text = "changed"  # type: ignore[misc]


# The parameters each call site passed to Work.send before it took a typed effect.
SAME_CALLS = [
    (SendMessage(-100, "본문", reply_markup={"inline_keyboard": [[{"text": "a", "callback_data": "c:1"}]]}),
     ("sendMessage", {"text": "본문", "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "c:1"}]]}})),
    (SendMessage(-100, "답", message_thread_id=None, reply_parameters=ReplyTo(3)),
     ("sendMessage", {"text": "답", "message_thread_id": None,
                      "reply_parameters": {"message_id": 3, "allow_sending_without_reply": True}})),
    (SendPhoto(-100, "file-1", reply_parameters=ReplyTo(9)),
     ("sendPhoto", {"photo": "file-1", "reply_parameters": {"message_id": 9, "allow_sending_without_reply": True}})),
    (EditMessageText(-100, 11, "새 본문"), ("editMessageText", {"message_id": 11, "text": "새 본문"})),
    (DeleteMessage(-100, 12), ("deleteMessage", {"message_id": 12})),
    (PinChatMessage(-100, 13, disable_notification=True), ("pinChatMessage", {"message_id": 13, "disable_notification": True})),
    (RestrictChatMember(-100, 77, {"can_send_messages": False}, use_independent_chat_permissions=True, until_date=1700000000),
     ("restrictChatMember", {"user_id": 77, "permissions": {"can_send_messages": False},
                             "use_independent_chat_permissions": True, "until_date": 1700000000})),
    (SetChatPermissions(-100, {"can_send_messages": True}, use_independent_chat_permissions=True),
     ("setChatPermissions", {"permissions": {"can_send_messages": True}, "use_independent_chat_permissions": True})),
    (CloseForumTopic(-100, 4), ("closeForumTopic", {"message_thread_id": 4})),
    (ReopenForumTopic(-100, 4), ("reopenForumTopic", {"message_thread_id": 4})),
]


async def test_a_typed_effect_is_stored_as_the_call_by_name_was(database: Database) -> None:
    typed, named = Work(database, None, "w"), Work(database, None, "w")
    for effect, (method, params) in SAME_CALLS:
        await typed.do(effect, purpose="board")
        await named.send(-100, method, purpose="board", **params)
    stored_typed, stored_named = await typed.commit(), await named.commit()
    assert len(stored_typed) == len(SAME_CALLS)
    for a, b in zip(stored_typed, stored_named, strict=True):
        assert (a.chat_id, a.method, a.purpose, outbox.params_of(a)) == (b.chat_id, b.method, b.purpose, outbox.params_of(b))


def test_the_bot_makes_its_calls_through_typed_effects() -> None:
    """No call site names a Bot API method in a string: `work.send(chat, "sendMessage", ...)`
    and `outbox.add(...)` are left to bot/work.py, which stores the effects."""
    found = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        if path == ROOT / "bot" / "work.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            by_name = node.func.attr == "send" and any(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value[:1].islower() for arg in node.args[1:2])
            stored = node.func.attr == "add" and isinstance(node.func.value, ast.Name) and node.func.value.id == "outbox"
            if by_name or stored:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
