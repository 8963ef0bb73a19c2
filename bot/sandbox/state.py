"""The sandbox's in-memory Telegram world: users, chats, members, messages, updates, logs."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, UTC
from typing import Any
from zoneinfo import ZoneInfo

BOT_ID = 1000
BOT_FIRST_NAME = "소통봇"
BOT_USERNAME = "sotong_bot"
# Telegram's stand-in sender for an administrator who posts anonymously, as the group itself.
ANONYMOUS_ADMIN_ID = 1087968824

# Telegram's defaults: getUpdates/setWebhook without allowed_updates deliver everything
# except these, which a bot must ask for explicitly.
OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

ALL_PERMISSIONS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_edit_tag",
    "can_react_to_messages",
)

# A new supergroup lets members send everything but not change info, pin or manage topics.
DEFAULT_CHAT_PERMISSIONS = {
    p: p not in ("can_change_info", "can_pin_messages", "can_manage_topics", "can_edit_tag")
    for p in ALL_PERMISSIONS
}

ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
    "can_manage_topics",
)

ADMIN_STATUSES = frozenset({"creator", "administrator"})
PRESENT_STATUSES = frozenset({"creator", "administrator", "member", "restricted"})


def readable(ts: int, zone: ZoneInfo) -> str:
    """A Unix time as a person reads it: "12월 12일 (금) 14:05 (2026-12-12 14:05 KST)"."""
    local = datetime.fromtimestamp(ts, UTC).astimezone(zone)
    weekday = "월화수목금토일"[local.weekday()]
    return f"{local.month}월 {local.day}일 ({weekday}) {local:%H:%M} ({local:%Y-%m-%d %H:%M} {local.tzname()})"


def now() -> int:
    """Unix time in whole seconds, as Telegram dates are."""
    return int(time.time())


@dataclass
class User:
    """A Telegram account: a resident or the bot itself."""

    id: int
    first_name: str
    username: str | None = None
    language_code: str | None = None
    last_name: str | None = None
    is_bot: bool = False
    started_bot: bool = False  # a private chat with the bot exists only after /start
    blocked_bot: bool = False


@dataclass
class Member:
    """One user's standing in one chat."""

    user_id: int
    status: str  # creator/administrator/member/restricted/left/kicked
    until_date: int = 0  # 0 = forever, as in the Bot API
    permissions: dict[str, bool] | None = None  # only for restricted members
    is_member: bool = True  # restricted members may be outside the chat
    custom_title: str | None = None
    rights: dict[str, bool] | None = None  # only for administrators


@dataclass
class Message:
    """A message as stored in a chat's history."""

    message_id: int
    chat_id: int
    from_id: int
    date: int
    text: str | None = None
    caption: str | None = None
    photo: str | None = None  # file_id
    media_group_id: str | None = None  # photos sent together as one album
    entities: list[dict[str, Any]] | None = None
    reply_to_message_id: int | None = None
    message_thread_id: int | None = None
    is_topic_message: bool = False
    reply_markup: dict[str, Any] | None = None
    sender_chat_id: int | None = None  # an anonymous administrator posting as the group
    edit_date: int | None = None
    deleted: bool = False
    pinned: bool = False
    # service fields merged into the Message JSON: new_chat_members, forum_topic_created...
    service: dict[str, Any] | None = None


@dataclass
class Topic:
    """A forum topic; its id is the id of the service message that created it."""

    message_thread_id: int
    name: str
    icon_color: int = 0x6FB9F0
    closed: bool = False


@dataclass
class Chat:
    """A group, supergroup or the private chat between one user and the bot."""

    id: int
    type: str  # group/supergroup/private
    title: str | None = None
    is_forum: bool = False
    permissions: dict[str, bool] = field(default_factory=lambda: dict(DEFAULT_CHAT_PERMISSIONS))
    members: dict[int, Member] = field(default_factory=dict)
    messages: dict[int, Message] = field(default_factory=dict)
    topics: dict[int, Topic] = field(default_factory=dict)
    pinned: list[int] = field(default_factory=list)  # oldest first; the last is "the" pinned one
    next_message_id: int = 1
    created: int = field(default_factory=now)


@dataclass
class QueuedUpdate:
    """An update waiting for the bot; its payload is rendered when the event happened."""

    update_id: int
    kind: str
    payload: Any
    redelivery: bool = False
    handed_out: bool = False
    verbatim: bool = False  # the payload is the whole update as given (adversarial tests)

    def body(self) -> Any:
        """The update as getUpdates and the webhook hand it out."""
        return self.payload if self.verbatim else {"update_id": self.update_id, **self.payload}


@dataclass
class CallbackRecord:
    """A pressed inline button and the bot's answer to it."""

    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    answered: bool = False
    answer: dict[str, Any] | None = None


@dataclass
class Webhook:
    """The bot's webhook settings, as set by setWebhook."""

    url: str = ""
    secret_token: str | None = None
    allowed_updates: list[str] | None = None
    max_connections: int = 40
    last_error_date: int | None = None
    last_error_message: str | None = None


class World:
    """Everything the sandbox knows; single-threaded, owned by one event loop."""

    def __init__(self, zone: str = "Asia/Seoul") -> None:
        self.zone = ZoneInfo(zone)  # where the people of this world read their clocks
        self.users: dict[int, User] = {}
        self.chats: dict[int, Chat] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.webhook = Webhook()
        self.allowed_updates: list[str] | None = None  # getUpdates' sticky setting
        self.pending: deque[QueuedUpdate] = deque()
        self.history: dict[int, QueuedUpdate] = {}  # for /control/redeliver
        self.calls: deque[dict[str, Any]] = deque(maxlen=500_000)
        self.deliveries: deque[dict[str, Any]] = deque(maxlen=200_000)
        self.poll_generation = 0  # a newer getUpdates terminates an older waiting one
        self._update_ids = itertools.count(1)
        self._user_ids = itertools.count(100_001)
        self._supergroup_ids = itertools.count(1_000_000_001)
        self._group_ids = itertools.count(400_000_001)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self.files: set[str] = set()  # file ids given out (getFile knows only these)
        self._new_update = asyncio.Event()
        self.users[BOT_ID] = User(BOT_ID, BOT_FIRST_NAME, BOT_USERNAME, is_bot=True)
        self.users[ANONYMOUS_ADMIN_ID] = User(ANONYMOUS_ADMIN_ID, "Group", "GroupAnonymousBot", is_bot=True)

    # --- users and chats -------------------------------------------------

    def add_user(self, first_name: str, username: str | None = None,
                 language_code: str | None = "ko", last_name: str | None = None) -> User:
        """Register a resident account."""
        user = User(next(self._user_ids), first_name, username, language_code, last_name)
        self.users[user.id] = user
        return user

    def add_chat(self, title: str, type_: str = "supergroup", is_forum: bool = False,
                 bot_is_admin: bool = True) -> Chat:
        """Create a group or supergroup with the bot in it."""
        # Telegram's id ranges: supergroups are -100xxxxxxxxxx, basic groups plain negative.
        chat_id = -(1_000_000_000_000 + next(self._supergroup_ids)) if type_ == "supergroup" else -next(self._group_ids)
        chat = Chat(chat_id, type_, title, is_forum=is_forum and type_ == "supergroup")
        # Message 1 of a Telegram group is its "group created" service message, so no
        # later message (nor a forum topic, whose id is its creation message's) is 1,
        # the id clients use for the General topic.
        chat.next_message_id = 2
        if bot_is_admin:
            chat.members[BOT_ID] = Member(BOT_ID, "administrator", rights=_all_rights())
        else:
            chat.members[BOT_ID] = Member(BOT_ID, "member")
        self.chats[chat_id] = chat
        return chat

    def private_chat(self, user: User) -> Chat:
        """The private chat between a user and the bot (chat id == user id)."""
        chat = self.chats.get(user.id)
        if chat is None:
            chat = Chat(user.id, "private")
            chat.members[user.id] = Member(user.id, "member")
            chat.members[BOT_ID] = Member(BOT_ID, "member")
            self.chats[user.id] = chat
        return chat

    def member(self, chat: Chat, user_id: int) -> Member:
        """A user's membership, expiring timed restrictions and bans lazily."""
        m = chat.members.get(user_id)
        if m is None:
            return Member(user_id, "left")
        if m.until_date and m.until_date <= now() and m.status in ("restricted", "kicked"):
            # Restrictions and bans end by themselves at until_date.
            if m.status == "restricted":
                m.status = "member" if m.is_member else "left"
            else:
                m.status = "left"
            m.permissions = None
            m.until_date = 0
        return m

    def set_member(self, chat: Chat, member: Member) -> None:
        """Store a membership."""
        chat.members[member.user_id] = member

    def is_admin(self, chat: Chat, user_id: int) -> bool:
        """Whether the user is the creator or an administrator of the chat."""
        if chat.type == "private":
            return user_id == BOT_ID
        return self.member(chat, user_id).status in ADMIN_STATUSES

    def effective_permissions(self, chat: Chat, user_id: int) -> dict[str, bool]:
        """What a member may do: admins everything, restricted members the stricter of both."""
        m = self.member(chat, user_id)
        if chat.type == "private" or m.status in ADMIN_STATUSES:
            return {p: True for p in ALL_PERMISSIONS}
        if m.status not in PRESENT_STATUSES:
            return {p: False for p in ALL_PERMISSIONS}
        perms = dict(chat.permissions)
        if m.status == "restricted" and m.permissions is not None:
            for p in ALL_PERMISSIONS:
                perms[p] = bool(perms.get(p)) and bool(m.permissions.get(p))
        return perms

    def add_message(self, chat: Chat, from_id: int, **fields: Any) -> Message:
        """Append a message to a chat's history with the next message id."""
        msg = Message(chat.next_message_id, chat.id, from_id, now(), **fields)
        chat.next_message_id += 1
        chat.messages[msg.message_id] = msg
        return msg

    def new_file_id(self, kind: str = "photo") -> str:
        """A fresh, Telegram-looking file id."""
        file_id = f"AgAC{kind}{next(self._file_ids):08d}sandbox"
        self.files.update((file_id, file_id + "_s"))  # the original and its thumbnail (shapes.photo_sizes)
        return file_id

    def new_callback_id(self) -> str:
        """A fresh callback query id."""
        return str(4_000_000_000_000 + next(self._callback_ids))

    # --- updates -----------------------------------------------------------

    def emit(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update (payload already rendered) and wake pollers and the webhook."""
        update = QueuedUpdate(next(self._update_ids), kind, payload)
        self.pending.append(update)
        self.history[update.update_id] = update
        self.wake()
        return update.update_id

    def emit_raw(self, body: Any, add_update_id: bool = True) -> int:
        """Queue `body` as an update exactly as given, even if no Telegram server would send it.

        A JSON object gets an update_id unless it brings its own (junk ids included) or
        `add_update_id` is false; anything else (a list, a string) is handed out verbatim.
        Its kind, for allowed_updates, is its first key naming an update kind, else "message".
        """
        update_id = next(self._update_ids)
        kind = next((key for key in body if key in UPDATE_KINDS), "message") if isinstance(body, dict) else "message"
        if isinstance(body, dict) and add_update_id:
            body = {"update_id": update_id, **body}
        update = QueuedUpdate(update_id, kind, body, verbatim=True)
        self.pending.append(update)
        self.history[update_id] = update
        self.wake()
        return update_id

    def redeliver(self, update_id: int) -> bool:
        """Queue an old update again with the same update_id."""
        old = self.history.get(update_id)
        if old is None:
            return False
        self.pending.append(QueuedUpdate(old.update_id, old.kind, old.payload, redelivery=True, verbatim=old.verbatim))
        self.wake()
        return True

    def wake(self) -> None:
        """Release everyone waiting for a new update."""
        self._new_update.set()
        self._new_update = asyncio.Event()

    def update_waiter(self) -> asyncio.Event:
        """An event set when the next update arrives."""
        return self._new_update

    def confirm(self, offset: int) -> None:
        """Drop updates the bot confirmed with getUpdates(offset)."""
        # A redelivered update has an old id, so it only counts as confirmed once it was
        # handed out again; otherwise an offset would swallow it before the bot saw it.
        pending = self.pending
        while pending:
            head = pending[0]
            if head.update_id < offset and (head.handed_out or not head.redelivery):
                pending.popleft()
            else:
                break

    def take(self, limit: int, allowed: set[str]) -> list[QueuedUpdate]:
        """Up to limit pending updates, dropping those of types the bot did not ask for."""
        out: list[QueuedUpdate] = []
        pending = self.pending
        i = 0
        while i < len(pending) and len(out) < limit:
            u = pending[i]
            if u.kind not in allowed:
                del pending[i]  # Telegram never delivers types the bot did not subscribe to
                continue
            if u.redelivery:
                # Hand a redelivery out alone and only from the head, so that the offset the
                # client derives from it (its update_id + 1) can't confirm newer updates.
                if i == 0 and not out:
                    u.handed_out = True
                    out.append(u)
                break
            u.handed_out = True
            out.append(u)
            i += 1
        return out

    # --- logs --------------------------------------------------------------

    def log_call(self, method: str, params: dict[str, Any], status: int,
                 description: str | None = None) -> None:
        """Record one Bot API call the bot made."""
        self.calls.append({"method": method, "params": params, "status": status,
                           "description": description, "time": time.time()})


def allowed_set(allowed: list[str] | None) -> set[str]:
    """The update types delivered for an allowed_updates setting ([] or None = defaults)."""
    if not allowed:
        return set(UPDATE_KINDS) - OPT_IN_UPDATES
    return set(allowed)


UPDATE_KINDS = (
    "message", "edited_message", "channel_post", "edited_channel_post", "callback_query",
    "my_chat_member", "chat_member", "chat_join_request", "message_reaction",
    "message_reaction_count", "inline_query", "chosen_inline_result", "poll", "poll_answer",
    "shipping_query", "pre_checkout_query",
)


def _all_rights() -> dict[str, bool]:
    """Full administrator rights."""
    return {r: True for r in ADMIN_RIGHTS}
