"""The /bot{token}/{method} routes: the Bot API as the bot sees it, with Telegram's rules."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.web_request import FileField

from . import events, files, shapes
from .formatting import EntityParseError, apply_parse_mode
from .ratelimit import FloodControl
from .state import (
    ADMIN_RIGHTS,
    ALL_PERMISSIONS,
    BOT_ID,
    PRESENT_STATUSES,
    Chat,
    Member,
    Message,
    Topic,
    World,
    allowed_set,
    now,
)
from .webhook import WebhookDelivery


class ApiError(Exception):
    """A Bot API error response: HTTP status, description and optional parameters."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def bad(description: str) -> ApiError:
    """A 400 Bad Request."""
    return ApiError(400, f"Bad Request: {description}")


def forbidden(description: str) -> ApiError:
    """A 403 Forbidden."""
    return ApiError(403, f"Forbidden: {description}")


class Params:
    """Method parameters from a query string, form or JSON body, read with Telegram's types."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def has(self, name: str) -> bool:
        """Whether the parameter was sent."""
        return self.raw.get(name) not in (None, "")

    def str(self, name: str) -> str | None:
        """A string parameter, taken verbatim (PTB does not JSON-encode strings)."""
        v = self.raw.get(name)
        if v is None or isinstance(v, FileField):
            return None
        return v if isinstance(v, str) else json.dumps(v)

    def int(self, name: str, default: int | None = None) -> int | None:
        """An integer parameter."""
        v = self.raw.get(name)
        if v in (None, ""):
            return default
        try:
            return int(float(v)) if isinstance(v, str) else int(v)
        except (TypeError, ValueError):
            raise bad(f"invalid {name} specified") from None

    def float(self, name: str, default: float = 0.0) -> float:
        """A number parameter."""
        v = self.raw.get(name)
        if v in (None, ""):
            return default
        try:
            return float(v)
        except (TypeError, ValueError):
            raise bad(f"invalid {name} specified") from None

    def bool(self, name: str, default: bool = False) -> bool:
        """A boolean parameter ("true"/"false" in forms)."""
        v = self.raw.get(name)
        if v in (None, ""):
            return default
        if isinstance(v, str):
            return v.strip().lower() in ("true", "1", "yes")
        return bool(v)

    def json(self, name: str) -> Any:
        """A JSON-serialized object or array parameter."""
        v = self.raw.get(name)
        if v in (None, "") or isinstance(v, FileField):
            return None
        if isinstance(v, str):
            try:
                return json.loads(v)
            except ValueError:
                raise bad(f"can't parse {name} JSON object") from None
        return v


async def read_params(request: web.Request) -> dict[str, Any]:
    """Merge query string and body (JSON, urlencoded or multipart) into one dict."""
    params: dict[str, Any] = dict(request.query)
    if request.can_read_body:
        ctype = request.content_type
        if ctype == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad("can't parse JSON body") from None
            if isinstance(body, dict):
                params.update(body)
        else:
            form = await request.post()
            params.update(form)
    return params


Handler = Callable[["BotApi", Params], Awaitable[Any]]
METHODS: dict[str, tuple[str, Handler]] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    """Register a Bot API method (Telegram matches names case-insensitively)."""
    def wrap(fn: Handler) -> Handler:
        METHODS[name.lower()] = (name, fn)
        return fn
    return wrap


class BotApi:
    """The Bot API endpoint for one sandbox world."""

    def __init__(self, world: World, token: str | None, flood: FloodControl,
                 webhook: WebhookDelivery) -> None:
        self.world = world
        self.token = token
        self.flood = flood
        self.webhook = webhook
        self.closing = False

    async def download(self, request: web.Request) -> web.Response:
        """GET /file/bot{token}/{path}: the bytes of a file getFile pointed to."""
        if self.token is not None and request.match_info["token"] != self.token:
            return web.Response(status=401, text="Unauthorized")
        path = request.match_info["path"]
        file_id = path.removeprefix("photos/").removesuffix(".png")
        if path != files.file_path(file_id) or file_id not in self.world.files:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=files.picture(file_id), content_type="image/png")

    async def handle(self, request: web.Request) -> web.Response:
        """Dispatch /bot{token}/{method}, answering in Telegram's envelope."""
        token = request.match_info["token"]
        name = request.match_info["method"]
        if self.token is not None and token != self.token:
            return _error(ApiError(401, "Unauthorized"))
        entry = METHODS.get(name.lower())
        if entry is None:
            return _error(ApiError(404, "Not Found"))
        canonical, fn = entry
        raw: dict[str, Any] = {}
        try:
            raw = await read_params(request)
            result = await fn(self, Params(raw))
        except ApiError as exc:
            self.world.log_call(canonical, _loggable(raw), exc.code, exc.description)
            return _error(exc)
        self.world.log_call(canonical, _loggable(raw), 200)
        return _json({"ok": True, "result": result})

    # --- lookups and checks shared by methods ------------------------------------

    def chat(self, p: Params, name: str = "chat_id") -> Chat:
        """The chat a method targets, failing the way Telegram does."""
        raw = p.raw.get(name)
        if raw in (None, ""):
            raise bad(f"{name} is empty")
        try:
            chat_id = int(raw)
        except (TypeError, ValueError):
            raise bad("chat not found") from None
        chat = self.world.chats.get(chat_id)
        if chat is None:
            user = self.world.users.get(chat_id)
            if user is not None and chat_id > 0 and not user.is_bot:
                raise forbidden("bot can't initiate conversation with a user")
            raise bad("chat not found")
        return chat

    def require_presence(self, chat: Chat) -> None:
        """The bot must be in a chat to act in it."""
        if chat.type == "private":
            user = self.world.users[chat.id]
            if user.blocked_bot:
                raise forbidden("bot was blocked by the user")
            if not user.started_bot:
                raise forbidden("bot can't initiate conversation with a user")
            return
        status = self.world.member(chat, BOT_ID).status
        if status == "kicked":
            raise forbidden(f"bot was kicked from the {chat.type} chat")
        if status == "left":
            raise forbidden(f"bot is not a member of the {chat.type} chat")

    def require_right(self, chat: Chat, right: str, description: str) -> None:
        """The bot must be an administrator holding a right (always fine in private chats)."""
        if chat.type == "private":
            return
        m = self.world.member(chat, BOT_ID)
        if m.status == "creator":
            return
        if m.status != "administrator" or not (m.rights or {}).get(right):
            raise bad(description)

    def user_id(self, p: Params) -> int:
        """The user_id parameter of a known user."""
        uid = p.int("user_id")
        if uid is None:
            raise bad("user_id is empty")
        if uid not in self.world.users:
            raise bad("user not found")
        return uid

    def markup(self, p: Params) -> dict[str, Any] | None:
        """reply_markup, checked like Telegram checks inline keyboards."""
        m = p.json("reply_markup")
        if m is None:
            return None
        if not isinstance(m, dict):
            raise bad("can't parse reply keyboard markup JSON object")
        rows = m.get("inline_keyboard")
        if rows is None:
            return m
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad("can't parse inline keyboard markup JSON object")
        for row in rows:
            for b in row:
                if not isinstance(b, dict) or not b.get("text"):
                    raise bad("can't parse inline keyboard button: Text must be non-empty")
                if "callback_data" in b:
                    size = len(str(b["callback_data"]).encode())
                    if not 1 <= size <= 64:
                        raise bad("BUTTON_DATA_INVALID")
                elif "url" in b:
                    if not str(b["url"]).startswith(("http://", "https://", "tg://")):
                        raise bad("BUTTON_URL_INVALID")
                elif not any(k in b for k in ("switch_inline_query", "web_app", "login_url",
                                              "switch_inline_query_current_chat", "pay",
                                              "copy_text", "callback_game",
                                              "switch_inline_query_chosen_chat")):
                    raise bad("can't parse inline keyboard button: "
                              "Text buttons are unallowed in the inline keyboard")
        return m

    def placement(self, chat: Chat, p: Params) -> tuple[int | None, int | None, bool]:
        """(thread, reply_to_message_id, is_topic_message) for a new bot message."""
        reply_to: int | None = None
        allow_without = p.bool("allow_sending_without_reply")
        rp = p.json("reply_parameters")
        if isinstance(rp, dict):
            reply_to = rp.get("message_id")
            allow_without = bool(rp.get("allow_sending_without_reply", allow_without))
            other = rp.get("chat_id")
            if other not in (None, chat.id, str(chat.id)):
                reply_to = None  # cross-chat quotes are not simulated
        else:
            reply_to = p.int("reply_to_message_id")
        reply_to = int(reply_to) if reply_to is not None else None
        thread = p.int("message_thread_id")
        if reply_to is not None:
            target = chat.messages.get(int(reply_to))
            if target is None or target.deleted:
                if not allow_without:
                    raise bad("message to be replied not found")
                reply_to = None
            elif thread is None and chat.is_forum:
                thread = target.message_thread_id  # replies land in the replied topic
        if not chat.is_forum:
            return None, reply_to, False
        if thread in (None, 1):  # 1 is the General topic: plain messages
            return None, reply_to, False
        if thread not in chat.topics:
            raise bad("message thread not found")
        return thread, reply_to, True

    def can_send(self, chat: Chat, thread: int | None, right: str, what: str) -> None:
        """A bot that is not an administrator obeys chat permissions and closed topics."""
        if chat.type == "private" or self.world.is_admin(chat, BOT_ID):
            return
        if not self.world.effective_permissions(chat, BOT_ID).get(right):
            raise bad(f"not enough rights to send {what} to the chat")
        if thread is not None and chat.topics[thread].closed:
            raise bad("TOPIC_CLOSED")

    def check_flood(self, chat: Chat) -> None:
        """429 when the simulated flood limits are exceeded."""
        wait = self.flood.check(chat.id, chat.type != "private")
        if wait:
            raise ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})

    def text_and_entities(self, p: Params, field: str, limit: int,
                          too_long: str) -> tuple[str | None, list[dict[str, Any]] | None]:
        """Text or caption after parse_mode, with explicit or detected entities."""
        source = p.str(field)
        if source is None:
            return None, None
        try:
            text, entities = apply_parse_mode(source, p.str("parse_mode"))
        except EntityParseError as exc:
            raise bad(f"can't parse entities: {exc}") from None
        explicit = p.json("entities" if field == "text" else "caption_entities")
        if isinstance(explicit, list):
            entities = explicit
        entities = sorted(entities + shapes.command_entities(text), key=lambda e: e["offset"])
        if shapes.utf16_len(text) > limit:
            raise bad(too_long)
        return text, entities or None

    def own_message(self, chat: Chat, p: Params, missing: str) -> Message:
        """A message of this chat that the bot may edit."""
        if p.has("inline_message_id"):
            raise bad("inline messages are not simulated")
        self.require_presence(chat)
        mid = p.int("message_id")
        if mid is None:
            raise bad("message identifier is not specified")
        msg = chat.messages.get(mid)
        if msg is None or msg.deleted:
            raise bad(missing)
        if msg.from_id != BOT_ID or msg.service:
            raise bad("message can't be edited")
        return msg

    def change_member(self, chat: Chat, old: Member, new: Member) -> None:
        """Store a new membership and tell the bot, as Telegram does for its own actions."""
        self.world.set_member(chat, new)
        events.member_change(self.world, chat, BOT_ID, old, new)

    def target_member(self, chat: Chat, uid: int) -> Member:
        """A member the bot acts on: never the owner, another admin, or itself."""
        if uid == BOT_ID:
            raise bad("can't restrict self")
        m = self.world.member(chat, uid)
        if m.status == "creator":
            raise bad("can't remove chat owner")
        if m.status == "administrator":
            raise bad("user is an administrator of the chat")
        return m


def _json(body: dict[str, Any], status: int = 200) -> web.Response:
    """A JSON response."""
    return web.Response(text=json.dumps(body, ensure_ascii=False), status=status,
                        content_type="application/json")


def _error(exc: ApiError) -> web.Response:
    """Telegram's error envelope with the same HTTP status (PTB maps errors from it)."""
    body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
    if exc.parameters:
        body["parameters"] = exc.parameters
    return _json(body, exc.code)


def _loggable(raw: dict[str, Any]) -> dict[str, Any]:
    """Call parameters fit for the log (uploads reduced to their names)."""
    return {k: (f"<file {v.filename}>" if isinstance(v, FileField) else v)
            for k, v in raw.items()}


def _permissions(value: Any) -> dict[str, bool]:
    """A ChatPermissions parameter; fields left out count as denied, as in Telegram."""
    if not isinstance(value, dict):
        raise bad("can't parse chat permissions JSON object")
    return {k: bool(value.get(k, False)) for k in ALL_PERMISSIONS}


# --- bot and updates ---------------------------------------------------------------


@method("getMe")
async def get_me(api: BotApi, p: Params) -> Any:
    """The bot's own account."""
    return shapes.me(api.world.users[BOT_ID])


@method("logOut")
async def log_out(api: BotApi, p: Params) -> Any:
    """Accepted and ignored."""
    return True


@method("close")
async def close(api: BotApi, p: Params) -> Any:
    """Accepted and ignored."""
    return True


@method("getUpdates")
async def get_updates(api: BotApi, p: Params) -> Any:
    """Long polling: confirm by offset, deliver up to limit, wait up to timeout seconds."""
    world = api.world
    if world.webhook.url:
        raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                            "use deleteWebhook to delete the webhook first")
    if p.has("allowed_updates"):
        world.allowed_updates = p.json("allowed_updates")
    offset = p.int("offset", 0) or 0
    if offset < 0:
        while len(world.pending) > -offset:
            world.pending.popleft()
    elif offset:
        world.confirm(offset)
    limit = max(1, min(100, p.int("limit", 100) or 100))
    timeout = max(0.0, p.float("timeout", 0.0))
    allowed = allowed_set(world.allowed_updates)
    world.poll_generation += 1
    generation = world.poll_generation
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    taken = world.take(limit, allowed)
    while not taken and not api.closing:
        remaining = deadline - loop.time()
        if remaining <= 0:
            break
        try:
            await asyncio.wait_for(world.update_waiter().wait(), remaining)
        except TimeoutError:
            break
        if world.poll_generation != generation:
            raise ApiError(409, "Conflict: terminated by other getUpdates request; "
                                "make sure that only one bot instance is running")
        if world.webhook.url:
            break
        taken = world.take(limit, allowed)
    return [u.body() for u in taken]


@method("setWebhook")
async def set_webhook(api: BotApi, p: Params) -> Any:
    """Set (or with an empty url remove) the webhook; http is allowed for local bots."""
    world = api.world
    url = p.str("url") or ""
    if url and not url.startswith(("http://", "https://")):
        raise bad("bad webhook: An HTTPS URL must be provided for webhook")
    secret = p.str("secret_token")
    if secret is not None and (not 1 <= len(secret) <= 256 or not all(
            c.isascii() and (c.isalnum() or c in "_-") for c in secret)):
        raise bad("secret token contains unallowed characters")
    if p.bool("drop_pending_updates"):
        world.pending.clear()
    world.webhook.url = url
    world.webhook.secret_token = secret
    if p.has("allowed_updates"):
        world.webhook.allowed_updates = p.json("allowed_updates")
    world.webhook.max_connections = p.int("max_connections", 40) or 40
    api.webhook.kick()
    return True


@method("deleteWebhook")
async def delete_webhook(api: BotApi, p: Params) -> Any:
    """Remove the webhook, optionally dropping pending updates."""
    world = api.world
    if p.bool("drop_pending_updates"):
        world.pending.clear()
    world.webhook.url = ""
    world.webhook.secret_token = None
    world.wake()
    return True


@method("getWebhookInfo")
async def get_webhook_info(api: BotApi, p: Params) -> Any:
    """The webhook settings and the number of undelivered updates."""
    wh = api.world.webhook
    info: dict[str, Any] = {"url": wh.url, "has_custom_certificate": False,
                            "pending_update_count": len(api.world.pending)}
    if wh.url:
        info["max_connections"] = wh.max_connections
        if wh.allowed_updates:
            info["allowed_updates"] = wh.allowed_updates
    if wh.last_error_date:
        info["last_error_date"] = wh.last_error_date
        info["last_error_message"] = wh.last_error_message
    return info


# --- sending and editing ---------------------------------------------------------


@method("sendMessage")
async def send_message(api: BotApi, p: Params) -> Any:
    """Send a text message."""
    chat = api.chat(p)
    api.require_presence(chat)
    text, entities = api.text_and_entities(p, "text", 4096, "message is too long")
    if text is None or not text.strip():
        raise bad("message text is empty")
    thread, reply_to, is_topic = api.placement(chat, p)
    markup = api.markup(p)
    api.can_send(chat, thread, "can_send_messages", "text messages")
    api.check_flood(chat)
    msg = api.world.add_message(chat, BOT_ID, text=text, entities=entities,
                                reply_to_message_id=reply_to, message_thread_id=thread,
                                is_topic_message=is_topic, reply_markup=markup)
    return shapes.message(msg, chat, api.world)


@method("sendPhoto")
async def send_photo(api: BotApi, p: Params) -> Any:
    """Send a photo given as a file_id, a URL or an upload."""
    chat = api.chat(p)
    api.require_presence(chat)
    raw = p.raw.get("photo")
    if raw in (None, ""):
        raise bad("there is no photo in the request")
    file_id = api.world.new_file_id() if isinstance(raw, FileField) or str(raw).startswith(
        ("http://", "https://")) else str(raw)
    caption, entities = api.text_and_entities(p, "caption", 1024, "message caption is too long")
    thread, reply_to, is_topic = api.placement(chat, p)
    markup = api.markup(p)
    api.can_send(chat, thread, "can_send_photos", "photos")
    api.check_flood(chat)
    msg = api.world.add_message(chat, BOT_ID, photo=file_id, caption=caption or None,
                                entities=entities, reply_to_message_id=reply_to,
                                message_thread_id=thread, is_topic_message=is_topic,
                                reply_markup=markup)
    return shapes.message(msg, chat, api.world)


@method("sendChatAction")
async def send_chat_action(api: BotApi, p: Params) -> Any:
    """Typing indicators: checked for presence, otherwise ignored."""
    api.require_presence(api.chat(p))
    return True


_NOT_MODIFIED = ("message is not modified: specified new message content and reply markup "
                 "are exactly the same as a current content and reply markup of the message")


@method("editMessageText")
async def edit_message_text(api: BotApi, p: Params) -> Any:
    """Edit the text of one of the bot's messages (no reply_markup removes the keyboard)."""
    chat = api.chat(p)
    msg = api.own_message(chat, p, "message to edit not found")
    if msg.text is None:
        raise bad("there is no text in the message to edit")
    text, entities = api.text_and_entities(p, "text", 4096, "message is too long")
    if text is None or not text.strip():
        raise bad("message text is empty")
    markup = api.markup(p)
    if text == msg.text and entities == msg.entities and markup == msg.reply_markup:
        raise bad(_NOT_MODIFIED)
    msg.text, msg.entities, msg.reply_markup, msg.edit_date = text, entities, markup, now()
    return shapes.message(msg, chat, api.world)


@method("editMessageCaption")
async def edit_message_caption(api: BotApi, p: Params) -> Any:
    """Edit the caption of one of the bot's media messages."""
    chat = api.chat(p)
    msg = api.own_message(chat, p, "message to edit not found")
    if msg.photo is None:
        raise bad("there is no caption in the message to edit")
    caption, entities = api.text_and_entities(p, "caption", 1024, "message caption is too long")
    markup = api.markup(p)
    if caption == msg.caption and entities == msg.entities and markup == msg.reply_markup:
        raise bad(_NOT_MODIFIED)
    msg.caption, msg.entities, msg.reply_markup, msg.edit_date = (caption, entities, markup,
                                                                  now())
    return shapes.message(msg, chat, api.world)


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(api: BotApi, p: Params) -> Any:
    """Replace or remove the inline keyboard of one of the bot's messages."""
    chat = api.chat(p)
    msg = api.own_message(chat, p, "message to edit not found")
    markup = api.markup(p)
    if markup == msg.reply_markup:
        raise bad(_NOT_MODIFIED)
    msg.reply_markup, msg.edit_date = markup, now()
    return shapes.message(msg, chat, api.world)


def _can_delete(api: BotApi, chat: Chat, msg: Message) -> bool:
    """The bot deletes its own messages, anything in private chats, others' as an admin."""
    if chat.type == "private" or msg.from_id == BOT_ID:
        return True
    m = api.world.member(chat, BOT_ID)
    return m.status == "creator" or (m.status == "administrator"
                                     and bool((m.rights or {}).get("can_delete_messages")))


def _delete(chat: Chat, msg: Message) -> None:
    """Mark a message deleted (kept for the control API's include_deleted view)."""
    msg.deleted = True
    if msg.pinned:
        msg.pinned = False
        chat.pinned = [i for i in chat.pinned if i != msg.message_id]


@method("deleteMessage")
async def delete_message(api: BotApi, p: Params) -> Any:
    """Delete one message."""
    chat = api.chat(p)
    api.require_presence(chat)
    mid = p.int("message_id")
    if mid is None:
        raise bad("message identifier is not specified")
    msg = chat.messages.get(mid)
    if msg is None or msg.deleted:
        raise bad("message to delete not found")
    if not _can_delete(api, chat, msg):
        raise bad("message can't be deleted")
    _delete(chat, msg)
    return True


@method("deleteMessages")
async def delete_messages(api: BotApi, p: Params) -> Any:
    """Delete up to 100 messages; missing ones are skipped, as in Telegram."""
    chat = api.chat(p)
    api.require_presence(chat)
    ids = p.json("message_ids")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise bad("message_ids must be a list of 1-100 message identifiers")
    found = [chat.messages[i] for i in map(int, ids)
             if i in chat.messages and not chat.messages[i].deleted]
    if not all(_can_delete(api, chat, m) for m in found):
        raise bad("message can't be deleted")
    for m in found:
        _delete(chat, m)
    return True


@method("pinChatMessage")
async def pin_chat_message(api: BotApi, p: Params) -> Any:
    """Pin a message (the newest pin is the chat's pinned message)."""
    chat = api.chat(p)
    api.require_presence(chat)
    api.require_right(chat, "can_pin_messages",
                      "not enough rights to manage pinned messages in the chat")
    mid = p.int("message_id")
    msg = chat.messages.get(mid) if mid is not None else None
    if msg is None or msg.deleted:
        raise bad("message to pin not found")
    msg.pinned = True
    chat.pinned = [i for i in chat.pinned if i != mid] + [mid]
    return True


@method("unpinChatMessage")
async def unpin_chat_message(api: BotApi, p: Params) -> Any:
    """Unpin one message, by default the newest pinned one."""
    chat = api.chat(p)
    api.require_right(chat, "can_pin_messages",
                      "not enough rights to manage pinned messages in the chat")
    mid = p.int("message_id")
    if mid is None:
        if not chat.pinned:
            return True
        mid = chat.pinned[-1]
    if mid not in chat.pinned:
        raise bad("message to unpin not found")
    chat.pinned.remove(mid)
    chat.messages[mid].pinned = False
    return True


@method("unpinAllChatMessages")
async def unpin_all_chat_messages(api: BotApi, p: Params) -> Any:
    """Unpin everything."""
    chat = api.chat(p)
    api.require_right(chat, "can_pin_messages",
                      "not enough rights to manage pinned messages in the chat")
    for mid in chat.pinned:
        chat.messages[mid].pinned = False
    chat.pinned = []
    return True


@method("answerCallbackQuery")
async def answer_callback_query(api: BotApi, p: Params) -> Any:
    """Store the bot's answer against the pressed button; each query is answered once."""
    rec = api.world.callbacks.get(p.str("callback_query_id") or "")
    if rec is None or rec.answered:
        raise bad("query is too old and response timeout expired or query ID is invalid")
    text = p.str("text")
    if text is not None and len(text) > 200:
        raise bad("MESSAGE_TOO_LONG")
    rec.answered = True
    rec.answer = {"text": text, "show_alert": p.bool("show_alert"), "url": p.str("url"),
                  "cache_time": p.int("cache_time", 0)}
    return True


# --- members and permissions ---------------------------------------------------------


@method("setChatPermissions")
async def set_chat_permissions(api: BotApi, p: Params) -> Any:
    """Set what ordinary members may do (the room-wide cool-down)."""
    chat = api.chat(p)
    if chat.type == "private":
        raise bad("method is available only for groups and supergroups")
    api.require_right(chat, "can_restrict_members",
                      "not enough rights to change chat permissions")
    new = _permissions(p.json("permissions"))
    if new == chat.permissions:
        raise bad("CHAT_NOT_MODIFIED")
    chat.permissions = new
    return True


@method("restrictChatMember")
async def restrict_chat_member(api: BotApi, p: Params) -> Any:
    """Restrict one member, until until_date (unix time; 0 = forever)."""
    chat = api.chat(p)
    if chat.type != "supergroup":
        raise bad("method is available only for supergroups")
    api.require_right(chat, "can_restrict_members",
                      "not enough rights to restrict/unrestrict chat member")
    uid = api.user_id(p)
    old = events.snapshot(api.target_member(chat, uid))
    perms = _permissions(p.json("permissions"))
    until = p.int("until_date", 0) or 0
    present = old.status in PRESENT_STATUSES
    if all(perms.values()):
        # Granting everything lifts the restriction.
        new = Member(uid, "member" if present or old.status == "restricted" and old.is_member
                     else "left")
    else:
        new = Member(uid, "restricted", until_date=until, permissions=perms,
                     is_member=present or old.status == "restricted" and old.is_member)
    api.change_member(chat, old, new)
    return True


@method("banChatMember")
async def ban_chat_member(api: BotApi, p: Params) -> Any:
    """Ban a member (until until_date), optionally deleting their messages."""
    chat = api.chat(p)
    if chat.type == "private":
        raise bad("method is available for supergroup and channel chats only")
    api.require_right(chat, "can_restrict_members", "not enough rights to restrict/unrestrict "
                                                    "chat member")
    uid = api.user_id(p)
    old = events.snapshot(api.target_member(chat, uid))
    if p.bool("revoke_messages") or chat.type == "group":
        for msg in chat.messages.values():
            if msg.from_id == uid and not msg.deleted:
                _delete(chat, msg)
    api.change_member(chat, old, Member(uid, "kicked", until_date=p.int("until_date", 0) or 0))
    return True


@method("unbanChatMember")
async def unban_chat_member(api: BotApi, p: Params) -> Any:
    """Unban; without only_if_banned a present member is removed too, as documented."""
    chat = api.chat(p)
    api.require_right(chat, "can_restrict_members", "not enough rights to restrict/unrestrict "
                                                    "chat member")
    uid = api.user_id(p)
    old = events.snapshot(api.target_member(chat, uid))
    if old.status == "kicked" or (not p.bool("only_if_banned")
                                  and old.status in ("member", "restricted")):
        api.change_member(chat, old, Member(uid, "left"))
    return True


@method("promoteChatMember")
async def promote_chat_member(api: BotApi, p: Params) -> Any:
    """Make a member an administrator with the given rights (none = demote)."""
    chat = api.chat(p)
    api.require_right(chat, "can_promote_members", "not enough rights")
    uid = api.user_id(p)
    if uid == BOT_ID:
        raise bad("can't promote self")
    old = events.snapshot(api.world.member(chat, uid))
    if old.status == "creator":
        raise bad("can't remove chat owner")
    if old.status not in PRESENT_STATUSES:
        raise bad("USER_NOT_PARTICIPANT")
    rights = {r: p.bool(r) for r in ADMIN_RIGHTS}
    new = (Member(uid, "administrator", rights=rights) if any(rights.values())
           else Member(uid, "member"))
    api.change_member(chat, old, new)
    return True


@method("getChat")
async def get_chat(api: BotApi, p: Params) -> Any:
    """ChatFullInfo."""
    return shapes.chat_full(api.chat(p), api.world)


@method("getChatMember")
async def get_chat_member(api: BotApi, p: Params) -> Any:
    """One user's membership (left for users who were never in the chat)."""
    chat = api.chat(p)
    uid = api.user_id(p)
    return shapes.chat_member(api.world.member(chat, uid), api.world)


@method("getChatAdministrators")
async def get_chat_administrators(api: BotApi, p: Params) -> Any:
    """The owner and administrators, bots included."""
    chat = api.chat(p)
    if chat.type == "private":
        raise bad("there are no administrators in the private chat")
    return [shapes.chat_member(m, api.world) for m in chat.members.values()
            if m.status in ("creator", "administrator")]


@method("getChatMemberCount")
async def get_chat_member_count(api: BotApi, p: Params) -> Any:
    """How many users are in the chat."""
    chat = api.chat(p)
    return sum(1 for uid in list(chat.members)
               if (m := api.world.member(chat, uid)).status in PRESENT_STATUSES
               and (m.status != "restricted" or m.is_member))


@method("leaveChat")
async def leave_chat(api: BotApi, p: Params) -> Any:
    """The bot leaves a group."""
    chat = api.chat(p)
    if chat.type == "private":
        raise bad("chat member status can't be changed in private chats")
    api.require_presence(chat)
    old = events.snapshot(api.world.member(chat, BOT_ID))
    api.change_member(chat, old, Member(BOT_ID, "left"))
    return True


# --- forum topics -----------------------------------------------------------------------


def _topic(api: BotApi, chat: Chat, p: Params) -> Topic:
    """The forum topic named by message_thread_id."""
    if not chat.is_forum:
        raise bad("the chat is not a forum")
    thread = p.int("message_thread_id")
    topic = chat.topics.get(thread) if thread is not None else None
    if topic is None:
        raise bad("TOPIC_ID_INVALID")
    return topic


@method("createForumTopic")
async def create_forum_topic(api: BotApi, p: Params) -> Any:
    """Create a topic; its id is the id of its creation service message."""
    chat = api.chat(p)
    if not chat.is_forum:
        raise bad("the chat is not a forum")
    api.require_right(chat, "can_manage_topics", "not enough rights to create a topic")
    name = p.str("name") or ""
    if not 1 <= len(name) <= 128:
        raise bad("TOPIC_TITLE_EMPTY" if not name else "TOPIC_TITLE_TOO_LONG")
    color = p.int("icon_color", 0x6FB9F0) or 0x6FB9F0
    topic = add_topic(api.world, chat, BOT_ID, name, color)
    return shapes.topic(topic)


def add_topic(world: World, chat: Chat, actor_id: int, name: str, color: int = 0x6FB9F0) -> Topic:
    """Create a forum topic and its service message."""
    msg = world.add_message(chat, actor_id,
                            service={"forum_topic_created": {"name": name, "icon_color": color}})
    msg.message_thread_id = msg.message_id
    msg.is_topic_message = True
    topic = Topic(msg.message_id, name, color)
    chat.topics[topic.message_thread_id] = topic
    return topic


async def _set_topic_closed(api: BotApi, p: Params, closed: bool) -> Any:
    """Close or reopen a topic (admins only), leaving a service message in it."""
    chat = api.chat(p)
    topic = _topic(api, chat, p)
    api.require_right(chat, "can_manage_topics", "CHAT_ADMIN_REQUIRED")
    if topic.closed == closed:
        raise bad("TOPIC_NOT_MODIFIED")
    topic.closed = closed
    key = "forum_topic_closed" if closed else "forum_topic_reopened"
    api.world.add_message(chat, BOT_ID, message_thread_id=topic.message_thread_id,
                          is_topic_message=True, service={key: {}})
    return True


@method("closeForumTopic")
async def close_forum_topic(api: BotApi, p: Params) -> Any:
    """Close a topic: only admins can post in it."""
    return await _set_topic_closed(api, p, True)


@method("reopenForumTopic")
async def reopen_forum_topic(api: BotApi, p: Params) -> Any:
    """Reopen a closed topic."""
    return await _set_topic_closed(api, p, False)


# --- commands --------------------------------------------------------------------------------


def _commands_key(p: Params) -> str:
    """Commands are stored per scope and language, as in Telegram."""
    scope = p.json("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True) + "|" + (p.str("language_code") or "")


@method("setMyCommands")
async def set_my_commands(api: BotApi, p: Params) -> Any:
    """Store the command list for a scope and language."""
    cmds = p.json("commands")
    if not isinstance(cmds, list) or len(cmds) > 100:
        raise bad("can't parse commands JSON object")
    for c in cmds:
        name = str(c.get("command", "")) if isinstance(c, dict) else ""
        if not (1 <= len(name) <= 32 and all(ch.islower() or ch.isdigit() or ch == "_"
                                              for ch in name) and name.isascii()):
            raise bad("BOT_COMMAND_INVALID")
        if not 1 <= len(str(c.get("description", ""))) <= 256:
            raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
    api.world.commands[_commands_key(p)] = [
        {"command": c["command"], "description": c["description"]} for c in cmds]
    return True


@method("getFile")
async def get_file(api: BotApi, p: Params) -> Any:
    """A file's path for downloading from /file/bot<token>/<path> (photos only in the sandbox)."""
    file_id = p.str("file_id")
    if not file_id or file_id not in api.world.files:
        raise bad("invalid file_id")
    return {"file_id": file_id, "file_unique_id": file_id[-16:], "file_size": len(files.picture(file_id)),
            "file_path": files.file_path(file_id)}


@method("getMyCommands")
async def get_my_commands(api: BotApi, p: Params) -> Any:
    """The command list for a scope and language."""
    return api.world.commands.get(_commands_key(p), [])


@method("deleteMyCommands")
async def delete_my_commands(api: BotApi, p: Params) -> Any:
    """Forget the command list for a scope and language."""
    api.world.commands.pop(_commands_key(p), None)
    return True


for _name in ("setMyDescription", "setMyShortDescription", "setMyName", "setChatMenuButton",
              "setMyDefaultAdministratorRights"):
    async def _accept(api: BotApi, p: Params) -> Any:
        """Profile settings the sandbox accepts without modelling."""
        return True
    method(_name)(_accept)
