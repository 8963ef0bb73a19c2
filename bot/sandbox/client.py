"""SandboxControl: a small async client for the sandbox's control API."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import aiohttp


class ControlAPIError(Exception):
    """The control API refused a request (its {"error": ...} and HTTP status)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class SandboxControl:
    """Act as residents and moderators, and read rooms, over the control API."""

    def __init__(self, url: str, session: aiohttp.ClientSession | None = None) -> None:
        self.url = url.rstrip("/")
        self._session = session
        self._own_session = session is None

    async def __aenter__(self) -> SandboxControl:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the HTTP session if this client opened it."""
        if self._session is not None and self._own_session:
            await self._session.close()
            self._session = None

    async def _request(self, method: str, path: str, body: dict[str, Any] | None = None,
                       params: dict[str, Any] | None = None) -> Any:
        """One control call; raises ControlAPIError on 4xx/5xx."""
        if self._session is None:
            self._session = aiohttp.ClientSession()
        async with self._session.request(method, self.url + path, json=body,
                                         params=params) as resp:
            data = await resp.json(content_type=None)
            if resp.status >= 400:
                message = data.get("error") if isinstance(data, dict) else str(data)
                raise ControlAPIError(resp.status, str(message))
            return data

    # --- people and rooms -------------------------------------------------------------

    async def create_user(self, first_name: str, username: str | None = None,
                          language_code: str | None = "ko") -> dict[str, Any]:
        """A new resident account (a Telegram User dict)."""
        body: dict[str, Any] = {"first_name": first_name, "language_code": language_code}
        if username:
            body["username"] = username
        return await self._request("POST", "/control/users", body)

    async def create_chat(self, title: str, type: str = "supergroup", is_forum: bool = False,
                          bot_is_admin: bool = True,
                          creator_user_id: int | None = None,
                          announce_bot: bool = False) -> dict[str, Any]:
        """A new group with the bot in it (as admin by default).

        announce_bot also emits the my_chat_member update Telegram sends when the bot is added.
        """
        body: dict[str, Any] = {"title": title, "type": type, "is_forum": is_forum,
                                "bot_is_admin": bot_is_admin, "announce_bot": announce_bot}
        if creator_user_id is not None:
            body["creator_user_id"] = creator_user_id
        return await self._request("POST", "/control/chats", body)

    async def add_admin(self, chat_id: int, user_id: int) -> dict[str, Any]:
        """Make a resident an administrator (a moderator) of a chat."""
        return await self._request("POST", f"/control/chats/{chat_id}/admins",
                                   {"user_id": user_id})

    async def set_bot_rights(self, chat_id: int, rights: dict[str, bool] | None) -> dict[str, Any]:
        """Make the bot an administrator with exactly these rights (can_manage_chat unless
        said otherwise), or with None a plain member; as a group's owner does in Telegram."""
        body: dict[str, Any] = {"status": "member"} if rights is None else {"status": "administrator", "rights": rights}
        return await self._request("POST", f"/control/chats/{chat_id}/bot", body)

    async def join(self, chat_id: int, user_id: int,
                   signals: tuple[str, ...] = ("chat_member", "message")) -> dict[str, Any]:
        """A resident joins a chat."""
        return await self._request("POST", f"/control/chats/{chat_id}/join",
                                   {"user_id": user_id, "signals": list(signals)})

    async def leave(self, chat_id: int, user_id: int) -> dict[str, Any]:
        """A resident leaves a chat."""
        return await self._request("POST", f"/control/chats/{chat_id}/leave",
                                   {"user_id": user_id})

    async def create_topic(self, chat_id: int, name: str,
                           user_id: int | None = None) -> dict[str, Any]:
        """A new forum topic ({message_thread_id, name, closed})."""
        body: dict[str, Any] = {"name": name}
        if user_id is not None:
            body["user_id"] = user_id
        return await self._request("POST", f"/control/chats/{chat_id}/topics", body)

    async def block(self, user_id: int, blocked: bool = True) -> dict[str, Any]:
        """The user blocks (or unblocks) the bot."""
        return await self._request("POST", f"/control/users/{user_id}/block",
                                   {"blocked": blocked})

    # --- messages ---------------------------------------------------------------------------

    async def post(self, chat_id: int, user_id: int, text: str | None = None, *,
                   caption: str | None = None, photo: bool = False,
                   reply_to_message_id: int | None = None,
                   message_thread_id: int | None = None,
                   as_chat: bool = False, media_group_id: str | None = None) -> dict[str, Any]:
        """A resident posts; returns the message as shown, plus its update_id.

        as_chat: an administrator posts anonymously, as the group (Telegram's GroupAnonymousBot).
        media_group_id: photos posted with the same id form one album, as a client sends them.
        """
        body: dict[str, Any] = {"user_id": user_id}
        if as_chat:
            body["as_chat"] = True
        for key, value in (("text", text), ("caption", caption),
                           ("reply_to_message_id", reply_to_message_id),
                           ("message_thread_id", message_thread_id),
                           ("media_group_id", media_group_id)):
            if value is not None:
                body[key] = value
        if photo:
            body["photo"] = True
        return await self._request("POST", f"/control/chats/{chat_id}/messages", body)

    async def bulk_post(self, chat_id: int, messages: list[dict[str, Any]]) -> dict[str, Any]:
        """Many posts in one request ({count, message_ids, refused})."""
        return await self._request("POST", f"/control/chats/{chat_id}/messages/bulk",
                                   {"messages": messages})

    async def edit(self, chat_id: int, message_id: int, user_id: int,
                   text: str) -> dict[str, Any]:
        """A resident edits their message (emits edited_message)."""
        return await self._request(
            "POST", f"/control/chats/{chat_id}/messages/{message_id}/edit",
            {"user_id": user_id, "text": text})

    async def press(self, chat_id: int, message_id: int, user_id: int, data: str,
                    forged: bool = False) -> str:
        """Press a callback button; returns the callback_query_id.

        forged: as a modified client can, send any data on any message of the chat, member or not.
        """
        out = await self._request("POST", "/control/callback",
                                  {"user_id": user_id, "chat_id": chat_id,
                                   "message_id": message_id, "data": data, "forged": forged})
        return out["callback_query_id"]

    async def answer_of(self, callback_id: str) -> dict[str, Any] | None:
        """The bot's answer to a pressed button ({text, show_alert, url}) or None."""
        return await self._request("GET", f"/control/callback/{callback_id}")

    async def private(self, user_id: int, text: str) -> dict[str, Any]:
        """A resident writes to the bot privately (chat id == user id)."""
        return await self._request("POST", "/control/private",
                                   {"user_id": user_id, "text": text})

    async def deeplink(self, user_id: int, url: str) -> dict[str, Any]:
        """Open https://t.me/sotong_bot?start=PAYLOAD: sends "/start PAYLOAD" privately."""
        return await self._request("POST", "/control/deeplink", {"user_id": user_id, "url": url})

    async def redeliver(self, update_id: int) -> None:
        """Queue an already delivered update again, with the same update_id."""
        await self._request("POST", "/control/redeliver", {"update_id": update_id})

    async def raw_update(self, update: Any, add_update_id: bool = True) -> int:
        """Queue any JSON as an update, exactly as given (adversarial tests); its queue id.

        An object gets that id as its update_id unless it has one or `add_update_id` is false.
        """
        body = {"update": update, "add_update_id": add_update_id}
        return (await self._request("POST", "/control/updates/raw", body))["update_id"]

    # --- reading ---------------------------------------------------------------------------

    async def users(self) -> list[dict[str, Any]]:
        """All residents (Telegram User dicts, with started_bot)."""
        return await self._request("GET", "/control/users")

    async def chats(self) -> list[dict[str, Any]]:
        """All chats."""
        return await self._request("GET", "/control/chats")

    async def chat(self, chat_id: int) -> dict[str, Any]:
        """A chat's state: permissions, members, admins, topics, pinned."""
        return await self._request("GET", f"/control/chats/{chat_id}")

    async def member(self, chat_id: int, user_id: int) -> dict[str, Any] | None:
        """One member's view ({status, until_date, permissions, ...}) from chat()."""
        state = await self.chat(chat_id)
        return next((m for m in state["members"] if m["user"]["id"] == user_id), None)

    async def messages(self, chat_id: int, include_deleted: bool = False, after: int = 0,
                       limit: int | None = None) -> list[dict[str, Any]]:
        """Messages as people see them, oldest first."""
        params: dict[str, Any] = {"include_deleted": int(include_deleted), "after": after}
        if limit:
            params["limit"] = limit
        return await self._request("GET", f"/control/chats/{chat_id}/messages", params=params)

    async def calls(self, method: str | None = None,
                    status: int | None = None) -> dict[str, Any]:
        """The bot's Bot API calls: {calls: [{method, params, status, ...}], count, by_status}."""
        params: dict[str, Any] = {}
        if method:
            params["method"] = method
        if status is not None:
            params["status"] = status
        return await self._request("GET", "/control/calls", params=params)

    async def webhook_deliveries(self) -> dict[str, Any]:
        """Webhook settings and every delivery attempt ({deliveries, statuses, pending})."""
        return await self._request("GET", "/control/webhook")

    async def set_rate_limits(self, per_second: int | None = None,
                              per_group_per_minute: int | None = None) -> dict[str, Any]:
        """Switch the simulated flood limits (None = off)."""
        return await self._request("POST", "/control/ratelimits",
                                   {"per_second": per_second,
                                    "per_group_per_minute": per_group_per_minute})

    async def wait_for(self, predicate: Callable[..., Any], timeout: float = 5.0, *,
                       chat_id: int | None = None, interval: float = 0.05,
                       include_deleted: bool = False) -> Any:
        """Poll until predicate is truthy and return its value; raise TimeoutError otherwise.

        With chat_id, predicate gets that chat's messages (list of dicts); without, it is
        called with no arguments and may be async.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        last: Any = None
        while True:
            if chat_id is not None:
                last = await self.messages(chat_id, include_deleted=include_deleted)
                value = predicate(last)
            else:
                value = predicate()
            if inspect.isawaitable(value):
                value = await value
            if value:
                return value
            if loop.time() >= deadline:
                tail = last[-5:] if isinstance(last, list) else last
                raise TimeoutError(f"condition not met within {timeout}s; last seen: {tail!r}")
            await asyncio.sleep(interval)
