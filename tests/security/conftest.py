"""Shared set-up of the adversarial suite: a bot in webhook mode, and what the store holds."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import pytest

from bot.sandbox.client import SandboxControl
from storage import updates
from storage.database import Database
from tests.conftest import BotUnderTest, Room, bot_messages, free_port

SECRET = "right-secret"




def room_message(room: Room, text: str = "/rules", message_id: int = 1) -> dict:
    """A well-formed group message from the room's resident, as Telegram renders one."""
    return {
        "message_id": message_id,
        "date": 1_767_225_600,
        "chat": {"id": room.chat_id, "type": "supergroup", "title": "과천시 소통방"},
        "from": {"id": room.resident, "is_bot": False, "first_name": "주민", "language_code": "ko"},
        "text": text,
    }


@dataclass
class Webhook:
    """The bot's webhook as anyone who knows its URL (and maybe its secret) sees it."""

    url: str
    http: aiohttp.ClientSession

    async def post(self, body: object, secret: str | None = SECRET, raw: bytes | None = None) -> int:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        data = raw if raw is not None else json.dumps(body).encode()
        async with self.http.post(self.url, data=data, headers=headers) as response:
            await response.read()
            return response.status


@pytest.fixture
async def webhook_bot(bot_factory) -> AsyncIterator[tuple[BotUnderTest, Webhook]]:  # type: ignore[no-untyped-def]
    """A running bot in webhook mode (Telegram, the sandbox, delivers to it) and its webhook."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    bot = bot_factory(
        telegram={"mode": "webhook"},
        webhook={"listen": "127.0.0.1", "port": port, "path": "/tg", "public_url": base, "secret_token": SECRET},
    )
    await bot.start()
    async with aiohttp.ClientSession() as http:
        yield bot, Webhook(f"{base}/tg", http)


async def inbox(db_url: str) -> list[tuple[int, str]]:
    db = Database(db_url)
    try:
        return await updates.pending(db)
    finally:
        await db.close()


async def dead_letters(db_url: str) -> list:  # type: ignore[type-arg]
    from storage import deadletters  # imported here: the failing-first runs had no such module

    db = Database(db_url)
    try:
        return await deadletters.listing(db)
    finally:
        await db.close()


async def replies_to(control: SandboxControl, chat_id: int, message_id: int) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if m.get("reply_to_message_id") == message_id]


async def said(control: SandboxControl, chat_id: int, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if fragment in (m.get("text") or "")]
