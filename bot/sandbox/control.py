"""The /control/ API: act as residents and moderators, and read the room as people see it."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs, urlparse

from aiohttp import web

from . import events, shapes
from .botapi import add_topic
from .ratelimit import FloodControl, RateLimits
from .state import (
    ADMIN_RIGHTS,
    ANONYMOUS_ADMIN_ID,
    BOT_ID,
    BOT_USERNAME,
    CallbackRecord,
    PRESENT_STATUSES,
    Chat,
    Member,
    Message,
    User,
    World,
    now,
    readable,
)


class ControlError(Exception):
    """A refused control request: HTTP status and a message for {"error": ...}."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


Route = Callable[[web.Request], Awaitable[Any]]


def _json(body: Any, status: int = 200) -> web.Response:
    """A JSON response."""
    return web.Response(text=json.dumps(body, ensure_ascii=False), status=status,
                        content_type="application/json")


class Control:
    """Handlers of the control API for one world."""

    def __init__(self, world: World, flood: FloodControl) -> None:
        self.world = world
        self.flood = flood

    def routes(self) -> list[web.RouteDef]:
        """The route table."""
        w = self._wrap
        return [
            web.post("/control/users", w(self.create_user)),
            web.get("/control/users", w(self.list_users)),
            web.post("/control/users/{user_id}/block", w(self.block)),
            web.post("/control/chats", w(self.create_chat)),
            web.get("/control/chats", w(self.list_chats)),
            web.get("/control/chats/{chat_id}", w(self.chat_state)),
            web.post("/control/chats/{chat_id}/admins", w(self.add_admin)),
            web.post("/control/chats/{chat_id}/bot", w(self.set_bot)),
            web.post("/control/chats/{chat_id}/join", w(self.join)),
            web.post("/control/chats/{chat_id}/leave", w(self.leave)),
            web.post("/control/chats/{chat_id}/topics", w(self.create_topic)),
            web.get("/control/chats/{chat_id}/messages", w(self.list_messages)),
            web.post("/control/chats/{chat_id}/messages", w(self.post)),
            web.post("/control/chats/{chat_id}/messages/bulk", w(self.bulk_post)),
            web.post("/control/chats/{chat_id}/messages/{message_id}/edit", w(self.edit)),
            web.post("/control/callback", w(self.press)),
            web.get("/control/callback/{callback_id}", w(self.answer_of)),
            web.post("/control/private", w(self.private)),
            web.post("/control/deeplink", w(self.deeplink)),
            web.post("/control/redeliver", w(self.redeliver)),
            web.post("/control/updates/raw", w(self.raw_update)),
            web.get("/control/calls", w(self.calls)),
            web.get("/control/webhook", w(self.webhook)),
            web.get("/control/ratelimits", w(self.get_rate_limits)),
            web.post("/control/ratelimits", w(self.set_rate_limits)),
        ]

    @staticmethod
    def _wrap(fn: Route) -> Callable[[web.Request], Awaitable[web.Response]]:
        """Turn a handler's return value or ControlError into a JSON response."""
        async def handler(request: web.Request) -> web.Response:
            try:
                return _json(await fn(request))
            except ControlError as exc:
                return _json({"error": exc.message}, exc.status)
            except (ValueError, TypeError, KeyError) as exc:
                # Malformed ids or bodies are the caller's mistake, not a server crash.
                return _json({"error": f"invalid request: {exc}"}, 400)
        return handler

    # --- helpers ---------------------------------------------------------------------

    @staticmethod
    async def _body(request: web.Request) -> dict[str, Any]:
        """The JSON object body (empty when none)."""
        if not request.can_read_body:
            return {}
        try:
            body = await request.json()
        except ValueError:
            raise ControlError(400, "body must be JSON") from None
        if not isinstance(body, dict):
            raise ControlError(400, "body must be a JSON object")
        return body

    def _chat(self, request: web.Request) -> Chat:
        """The chat in the URL."""
        try:
            chat_id = int(request.match_info["chat_id"])
        except ValueError:
            raise ControlError(400, "chat_id must be an integer") from None
        chat = self.world.chats.get(chat_id)
        if chat is None:
            raise ControlError(404, f"chat {chat_id} not found")
        return chat

    def _user(self, user_id: Any) -> User:
        """A known resident."""
        try:
            user = self.world.users.get(int(user_id))
        except (TypeError, ValueError):
            raise ControlError(400, "user_id must be an integer") from None
        if user is None or user.is_bot:
            raise ControlError(404, f"user {user_id} not found")
        return user

    def _chat_summary(self, chat: Chat) -> dict[str, Any]:
        """One line of the chat list."""
        title = chat.title
        if chat.type == "private":
            title = self.world.users[chat.id].first_name
        return {"id": chat.id, "type": chat.type, "title": title, "is_forum": chat.is_forum,
                "member_count": sum(1 for uid in list(chat.members)
                               if self.world.member(chat, uid).status in PRESENT_STATUSES),
                "messages": chat.next_message_id - 1}

    def _member_view(self, chat: Chat, uid: int) -> dict[str, Any]:
        """A membership as the control API shows it."""
        m = self.world.member(chat, uid)
        u = self.world.users[uid]
        return {"user": shapes.user(u), "status": m.status, "until_date": m.until_date or None,
                "is_member": m.status in PRESENT_STATUSES and (
                    m.status != "restricted" or m.is_member),
                "permissions": m.permissions}

    # --- users and chats ---------------------------------------------------------------

    async def create_user(self, request: web.Request) -> Any:
        """POST /control/users {first_name, username?, language_code?}."""
        body = await self._body(request)
        name = body.get("first_name")
        if not isinstance(name, str) or not name.strip():
            raise ControlError(400, "first_name is required")
        u = self.world.add_user(name, body.get("username"), body.get("language_code", "ko"),
                                body.get("last_name"))
        return shapes.user(u)

    async def list_users(self, request: web.Request) -> Any:
        """GET /control/users."""
        return [shapes.user(u) | {"started_bot": u.started_bot}
                for u in self.world.users.values() if not u.is_bot]

    async def block(self, request: web.Request) -> Any:
        """POST /control/users/{user_id}/block {blocked: bool}: the user blocks the bot."""
        user = self._user(request.match_info["user_id"])
        body = await self._body(request)
        user.blocked_bot = bool(body.get("blocked", True))
        return {"ok": True, "blocked": user.blocked_bot}

    async def create_chat(self, request: web.Request) -> Any:
        """POST /control/chats {title, type, is_forum?, bot_is_admin?, creator_user_id?,
        announce_bot?}: announce_bot emits the my_chat_member "bot was added" update."""
        body = await self._body(request)
        title = body.get("title")
        type_ = body.get("type", "supergroup")
        if not isinstance(title, str) or not title.strip():
            raise ControlError(400, "title is required")
        if type_ not in ("supergroup", "group"):
            raise ControlError(400, 'type must be "supergroup" or "group"')
        if body.get("is_forum") and type_ != "supergroup":
            raise ControlError(400, "only supergroups can be forums")
        creator = self._user(body["creator_user_id"]) if body.get("creator_user_id") else None
        chat = self.world.add_chat(title, type_, bool(body.get("is_forum")),
                                   bool(body.get("bot_is_admin", True)))
        if creator is not None:
            chat.members[creator.id] = Member(creator.id, "creator")
        bot_member = chat.members[BOT_ID]
        if body.get("announce_bot"):
            # As when someone adds the bot to a group in Telegram; off by default because a
            # scripted room usually stands for one the bot was already in.
            events.member_change(self.world, chat, creator.id if creator else BOT_ID,
                                 Member(BOT_ID, "left"), bot_member)
        return self._chat_summary(chat) | {"bot_is_admin": bot_member.status == "administrator"}

    async def list_chats(self, request: web.Request) -> Any:
        """GET /control/chats."""
        return [self._chat_summary(c) for c in self.world.chats.values()]

    async def chat_state(self, request: web.Request) -> Any:
        """GET /control/chats/{chat_id}: permissions, members, admins, topics, pins."""
        chat = self._chat(request)
        members = [self._member_view(chat, uid) for uid in list(chat.members)]
        return self._chat_summary(chat) | {
            "permissions": dict(chat.permissions),
            "members": members,
            "admins": [m["user"]["id"] for m in members
                       if m["status"] in ("creator", "administrator")],
            "topics": [{"message_thread_id": t.message_thread_id, "name": t.name,
                        "closed": t.closed} for t in chat.topics.values()],
            "pinned": list(chat.pinned),
            "pinned_message_id": chat.pinned[-1] if chat.pinned else None,
        }

    async def add_admin(self, request: web.Request) -> Any:
        """POST /control/chats/{chat_id}/admins {user_id}: make a resident a moderator."""
        chat = self._chat(request)
        body = await self._body(request)
        user = self._user(body.get("user_id"))
        old = events.snapshot(self.world.member(chat, user.id))
        if old.status == "creator":
            raise ControlError(409, "the owner is already an administrator")
        rights = {r: r != "can_promote_members" for r in ADMIN_RIGHTS}
        new = Member(user.id, "administrator", rights=rights,
                     custom_title=body.get("custom_title"))
        self.world.set_member(chat, new)
        actor = next((uid for uid, m in chat.members.items() if m.status == "creator"), user.id)
        events.member_change(self.world, chat, actor, old, new)
        return self._member_view(chat, user.id)

    async def set_bot(self, request: web.Request) -> Any:
        """POST /control/chats/{chat_id}/bot {status?: "administrator"|"member", rights?: {right: bool}}:
        what the owner made of the bot (an administrator with these rights, or a plain member);
        emits the my_chat_member update Telegram sends when it changes."""
        chat = self._chat(request)
        if chat.type == "private":
            raise ControlError(400, "the bot's standing is fixed in a private chat")
        body = await self._body(request)
        rights = body.get("rights") or {}
        if not isinstance(rights, dict) or not set(rights) <= set(ADMIN_RIGHTS):
            raise ControlError(400, f"rights must be an object of {', '.join(ADMIN_RIGHTS)}")
        status = body.get("status", "administrator" if rights else "member")
        if status not in ("administrator", "member"):
            raise ControlError(400, 'status must be "administrator" or "member"')
        old = events.snapshot(self.world.member(chat, BOT_ID))
        if status == "administrator":
            granted = {r: bool(rights.get(r, r == "can_manage_chat")) for r in ADMIN_RIGHTS}
            new = Member(BOT_ID, "administrator", rights=granted)
        else:
            new = Member(BOT_ID, "member")
        self.world.set_member(chat, new)
        actor = next((uid for uid, m in chat.members.items() if m.status == "creator"), BOT_ID)
        events.member_change(self.world, chat, actor, old, new)
        return {"status": new.status, "rights": new.rights}

    async def join(self, request: web.Request) -> Any:
        """POST /control/chats/{chat_id}/join {user_id, signals?}: a resident joins."""
        chat = self._chat(request)
        body = await self._body(request)
        user = self._user(body.get("user_id"))
        signals = body.get("signals", ["chat_member", "message"])
        if not isinstance(signals, list) or not set(signals) <= {"chat_member", "message"}:
            raise ControlError(400, 'signals must be a list of "chat_member" and "message"')
        old = events.snapshot(self.world.member(chat, user.id))
        if old.status == "kicked":
            raise ControlError(403, "the user is banned from this chat")
        if old.status in PRESENT_STATUSES and (old.status != "restricted" or old.is_member):
            raise ControlError(409, "the user is already a member")
        if old.status == "restricted":
            new = events.snapshot(old)
            new.is_member = True
        else:
            new = Member(user.id, "member")
        self.world.set_member(chat, new)
        out: dict[str, Any] = {"member": self._member_view(chat, user.id)}
        # One join, two signals: bots watch either; a real client sends both.
        if "chat_member" in signals:
            out["chat_member_update_id"] = events.member_change(self.world, chat, user.id,
                                                                old, new)
        if "message" in signals:
            msg = self.world.add_message(
                chat, user.id, service={"new_chat_members": [shapes.user(user)]})
            out["message_update_id"] = events.message(self.world, chat, msg)
            out["message"] = shapes.shown(msg, self.world)
        return out

    async def leave(self, request: web.Request) -> Any:
        """POST /control/chats/{chat_id}/leave {user_id, signals?}: a resident leaves."""
        chat = self._chat(request)
        body = await self._body(request)
        user = self._user(body.get("user_id"))
        signals = body.get("signals", ["chat_member", "message"])
        old = events.snapshot(self.world.member(chat, user.id))
        if old.status not in PRESENT_STATUSES:
            raise ControlError(409, "the user is not a member")
        if old.status == "restricted":
            new = events.snapshot(old)
            new.is_member = False
        else:
            new = Member(user.id, "left")
        self.world.set_member(chat, new)
        out: dict[str, Any] = {"member": self._member_view(chat, user.id)}
        if "chat_member" in signals:
            out["chat_member_update_id"] = events.member_change(self.world, chat, user.id,
                                                                old, new)
        if "message" in signals:
            msg = self.world.add_message(
                chat, user.id, service={"left_chat_member": shapes.user(user)})
            out["message_update_id"] = events.message(self.world, chat, msg)
        return out

    async def create_topic(self, request: web.Request) -> Any:
        """POST /control/chats/{chat_id}/topics {name, user_id?}: a new forum topic."""
        chat = self._chat(request)
        body = await self._body(request)
        if not chat.is_forum:
            raise ControlError(400, "the chat is not a forum")
        name = body.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 128:
            raise ControlError(400, "name must be 1-128 characters")
        actor = self._user(body["user_id"]).id if body.get("user_id") else BOT_ID
        if actor != BOT_ID and not self.world.is_admin(chat, actor) and not \
                self.world.effective_permissions(chat, actor).get("can_manage_topics"):
            raise ControlError(403, "the user may not create topics")
        topic = add_topic(self.world, chat, actor, name)
        if actor != BOT_ID:
            events.message(self.world, chat, chat.messages[topic.message_thread_id])
        return {"message_thread_id": topic.message_thread_id, "name": topic.name,
                "closed": topic.closed}

    # --- messages --------------------------------------------------------------------------

    def _post(self, chat: Chat, body: dict[str, Any]) -> tuple[Message, int]:
        """Post as a resident, refused the way a Telegram client would refuse."""
        user = self._user(body.get("user_id"))
        text = body.get("text")
        caption = body.get("caption")
        photo = bool(body.get("photo"))
        if text is not None and not isinstance(text, str) or \
                caption is not None and not isinstance(caption, str):
            raise ControlError(400, "text and caption must be strings")
        if photo and text is not None:
            raise ControlError(400, "a photo carries a caption, not a text")
        album = body.get("media_group_id")
        if album is not None and not (photo and isinstance(album, str) and album):
            raise ControlError(400, "media_group_id belongs to a photo and is a non-empty string")
        if not photo and not (text and text.strip()):
            raise ControlError(400, "text is required")
        if text is not None and shapes.utf16_len(text) > 4096:
            raise ControlError(400, "text is longer than 4096 characters")
        m = self.world.member(chat, user.id)
        if chat.type != "private":
            if m.status not in PRESENT_STATUSES or (m.status == "restricted" and not m.is_member):
                raise ControlError(403, "the user is not a member of the chat")
            perms = self.world.effective_permissions(chat, user.id)
            need = "can_send_photos" if photo else "can_send_messages"
            if not perms.get(need):
                if m.status == "restricted" and not (m.permissions or {}).get(need):
                    until = f"{readable(m.until_date, self.world.zone)}까지 " if m.until_date else ""
                    raise ControlError(403, f"글쓰기가 제한되어 있습니다: {until}글을 올릴 수 없습니다 (restricted: {need} is off)")
                raise ControlError(403, f"지금은 이 방에 글을 올릴 수 없습니다 (chat permissions deny members: {need} is off)")
        elif chat.id != user.id:
            raise ControlError(403, "that is another user's private chat")
        as_chat = bool(body.get("as_chat"))
        if as_chat and (chat.type == "private" or not self.world.is_admin(chat, user.id)):
            raise ControlError(403, "only an administrator of a group can post as the group")
        reply_to = body.get("reply_to_message_id")
        thread = body.get("message_thread_id")
        if reply_to is not None:
            target = chat.messages.get(int(reply_to))
            if target is None or target.deleted:
                raise ControlError(400, "message to be replied not found")
            if thread is None and chat.is_forum:
                thread = target.message_thread_id
        is_topic = False
        if thread is not None and chat.is_forum and int(thread) != 1:
            topic = chat.topics.get(int(thread))
            if topic is None:
                raise ControlError(400, "message thread not found")
            if topic.closed and not self.world.is_admin(chat, user.id):
                raise ControlError(403, "the topic is closed")
            thread, is_topic = topic.message_thread_id, True
        else:
            thread = None
        content = caption if photo else text
        msg = self.world.add_message(
            chat, ANONYMOUS_ADMIN_ID if as_chat else user.id, sender_chat_id=chat.id if as_chat else None,
            text=None if photo else text, caption=caption if photo else None,
            photo=self.world.new_file_id() if photo else None, media_group_id=album,
            entities=shapes.command_entities(content) or None,
            reply_to_message_id=int(reply_to) if reply_to is not None else None,
            message_thread_id=thread, is_topic_message=is_topic)
        return msg, events.message(self.world, chat, msg)

    async def post(self, request: web.Request) -> Any:
        """POST /control/chats/{chat_id}/messages: a resident posts; emits a message update."""
        chat = self._chat(request)
        msg, update_id = self._post(chat, await self._body(request))
        return shapes.shown(msg, self.world) | {"update_id": update_id}

    async def bulk_post(self, request: web.Request) -> Any:
        """POST /control/chats/{chat_id}/messages/bulk {messages: [...]}: many posts at once."""
        chat = self._chat(request)
        body = await self._body(request)
        items = body.get("messages")
        if not isinstance(items, list):
            raise ControlError(400, "messages must be a list")
        ids: list[int] = []
        refused: list[dict[str, Any]] = []
        for i, item in enumerate(items):
            try:
                msg, _ = self._post(chat, item if isinstance(item, dict) else {})
                ids.append(msg.message_id)
            except ControlError as exc:
                refused.append({"index": i, "error": exc.message})
        return {"count": len(ids), "message_ids": ids, "refused": refused}

    async def edit(self, request: web.Request) -> Any:
        """POST /control/chats/{chat_id}/messages/{message_id}/edit {user_id, text}."""
        chat = self._chat(request)
        body = await self._body(request)
        user = self._user(body.get("user_id"))
        msg = chat.messages.get(int(request.match_info["message_id"]))
        if msg is None or msg.deleted:
            raise ControlError(404, "message not found")
        if msg.from_id != user.id:
            raise ControlError(403, "only the author can edit a message")
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ControlError(400, "text is required")
        if msg.photo is not None:
            msg.caption = text
        else:
            msg.text = text
        msg.entities = shapes.command_entities(text) or None
        msg.edit_date = now()
        update_id = events.message(self.world, chat, msg, edited=True)
        return shapes.shown(msg, self.world) | {"update_id": update_id}

    async def list_messages(self, request: web.Request) -> Any:
        """GET /control/chats/{chat_id}/messages?include_deleted=0&after=0&limit=."""
        chat = self._chat(request)
        q = request.query
        include_deleted = q.get("include_deleted", "0") not in ("0", "false", "")
        after = int(q.get("after", 0))
        limit = int(q.get("limit", 0)) or None
        # Message ids are dense per chat: walk the id range instead of scanning history.
        start = max(after + 1, 1)
        if limit and not after:
            start = max(1, chat.next_message_id - limit * 2)
        out = []
        for mid in range(start, chat.next_message_id):
            msg = chat.messages.get(mid)
            if msg is None or (msg.deleted and not include_deleted):
                continue
            out.append(shapes.shown(msg, self.world))
        if limit:
            out = out[:limit] if after else out[-limit:]
        return out

    async def press(self, request: web.Request) -> Any:
        """POST /control/callback {user_id, chat_id, message_id, data, forged}: press an inline button.

        forged: a modified client, which Telegram does not stop: any data (up to 64 bytes), on any
        message of the chat, deleted or not, by a user who need not be a member (a public group).
        """
        body = await self._body(request)
        user = self._user(body.get("user_id"))
        chat = self.world.chats.get(int(body.get("chat_id", 0)))
        if chat is None:
            raise ControlError(404, "chat not found")
        forged = bool(body.get("forged"))
        msg = chat.messages.get(int(body.get("message_id", 0)))
        if msg is None or (msg.deleted and not forged):
            raise ControlError(404, "message not found")
        data = body.get("data")
        if forged:
            if not isinstance(data, str) or not 1 <= len(data.encode()) <= 64:
                raise ControlError(400, "callback data is 1-64 bytes")
        else:
            buttons = [b for row in (msg.reply_markup or {}).get("inline_keyboard", []) for b in row]
            if not any(b.get("callback_data") == data for b in buttons):
                raise ControlError(400, "the message has no callback button with that data")
            if chat.type != "private" and self.world.member(chat, user.id).status \
                    not in PRESENT_STATUSES:
                raise ControlError(403, "the user is not a member of the chat")
        rec = CallbackRecord(self.world.new_callback_id(), user.id, chat.id, msg.message_id,
                             data)
        self.world.callbacks[rec.id] = rec
        update_id = self.world.emit("callback_query", {"callback_query": shapes.callback_query(
            rec.id, user, msg, chat, self.world, data)})
        return {"callback_query_id": rec.id, "update_id": update_id}

    async def answer_of(self, request: web.Request) -> Any:
        """GET /control/callback/{id}: the bot's answer, or null before it answers."""
        rec = self.world.callbacks.get(request.match_info["callback_id"])
        if rec is None:
            raise ControlError(404, "callback query not found")
        return rec.answer

    async def private(self, request: web.Request) -> Any:
        """POST /control/private {user_id, text}: a resident writes to the bot privately."""
        body = await self._body(request)
        return self._private(self._user(body.get("user_id")), body.get("text"))

    def _private(self, user: User, text: Any) -> dict[str, Any]:
        """Post in the user's private chat with the bot (this starts the bot for them)."""
        user.started_bot = True
        user.blocked_bot = False
        chat = self.world.private_chat(user)
        msg, update_id = self._post(chat, {"user_id": user.id, "text": text})
        return shapes.shown(msg, self.world) | {"update_id": update_id, "chat_id": chat.id}

    async def deeplink(self, request: web.Request) -> Any:
        """POST /control/deeplink {user_id, url}: open t.me/sotong_bot?start=X, i.e. /start X."""
        body = await self._body(request)
        user = self._user(body.get("user_id"))
        url = str(body.get("url", ""))
        parsed = urlparse(url)
        query = parse_qs(parsed.query)
        if parsed.scheme == "tg":
            bot = (query.get("domain") or [""])[0]
        else:
            bot = parsed.path.strip("/")
            if parsed.netloc not in ("t.me", "telegram.me"):
                raise ControlError(400, "not a t.me link")
        if bot.lower() != BOT_USERNAME:
            raise ControlError(400, f"the link does not point at @{BOT_USERNAME}")
        payload = (query.get("start") or [""])[0]
        if len(payload) > 64 or not all(c.isascii() and (c.isalnum() or c in "_-")
                                        for c in payload):
            raise ControlError(400, "start payload must be up to 64 of A-Z a-z 0-9 _ -")
        return self._private(user, f"/start {payload}" if payload else "/start")

    async def redeliver(self, request: web.Request) -> Any:
        """POST /control/redeliver {update_id}: queue the same update again."""
        body = await self._body(request)
        if not self.world.redeliver(int(body.get("update_id", 0))):
            raise ControlError(404, "update not found")
        return {"ok": True}

    async def raw_update(self, request: web.Request) -> Any:
        """POST /control/updates/raw {"update": any JSON, "add_update_id"?: true}: queue it as given.

        For adversarial tests: an update no Telegram server would send (a message without a
        date, a string, a junk update_id) reaches the bot by getUpdates or the webhook.
        """
        body = await self._body(request)
        if "update" not in body:
            raise ControlError(400, "update is required")
        return {"update_id": self.world.emit_raw(body["update"], bool(body.get("add_update_id", True)))}

    # --- logs ------------------------------------------------------------------------------

    async def calls(self, request: web.Request) -> Any:
        """GET /control/calls?method=X&status=N&after=I: the bot's Bot API calls."""
        method = request.query.get("method")
        status = request.query.get("status")
        calls = list(self.world.calls)
        if method:
            calls = [c for c in calls if c["method"].lower() == method.lower()]
        if status:
            calls = [c for c in calls if c["status"] == int(status)]
        return {"calls": calls, "count": len(calls),
                "by_status": dict(Counter(str(c["status"]) for c in calls))}

    async def webhook(self, request: web.Request) -> Any:
        """GET /control/webhook: settings, pending count, every delivery attempt's status."""
        wh = self.world.webhook
        deliveries = list(self.world.deliveries)
        return {"url": wh.url, "has_secret_token": bool(wh.secret_token),
                "allowed_updates": wh.allowed_updates, "pending": len(self.world.pending),
                "deliveries": deliveries,
                "statuses": dict(Counter(str(d["status"]) for d in deliveries))}

    async def get_rate_limits(self, request: web.Request) -> Any:
        """GET /control/ratelimits."""
        lim = self.flood.limits
        return {"per_second": lim.per_second, "per_group_per_minute": lim.per_group_per_minute}

    async def set_rate_limits(self, request: web.Request) -> Any:
        """POST /control/ratelimits {per_second?, per_group_per_minute?}: null = off."""
        body = await self._body(request)
        self.flood.reset(RateLimits(body.get("per_second"), body.get("per_group_per_minute")))
        return await self.get_rate_limits(request)
