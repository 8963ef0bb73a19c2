"""What moderation does to people and rooms, shared by the automatic rules and the commands.

Every change goes through the unit of work's outbox; every action is logged
with a redacted excerpt and pseudonyms only.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from telegram import Message

from bot.clock import local_time, zone_label
from bot.effects import DeleteMessage, RestrictChatMember
from bot.texts import text
from bot.work import Work
from moderation.pseudonym import display_name
from moderation.redaction import redact
from storage import moderation_log
from storage.models import Room, utcnow

# What a muted member or a resting room may not do: every kind of posting.
SENDING = (
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
)
# Telegram: granting every permission lifts a member's restriction.
EVERYTHING = {
    name: True
    for name in (
        *SENDING,
        "can_change_info",
        "can_invite_users",
        "can_pin_messages",
        "can_manage_topics",
        "can_edit_tag",
        "can_react_to_messages",
    )
}


def silenced(permissions: dict | None = None) -> dict:
    """`permissions` (or none) with every kind of posting switched off."""
    result = dict(permissions or {})
    result.update({name: False for name in SENDING})
    return result


def clock(when: datetime, language: str, now: datetime | None = None) -> str:
    """"14:05" in the bot's time zone ("14:05 KST" in English), with the date when it is not
    today there: "12월 12일 (금) 14:05", "Fri 12 Dec 14:05 KST" (a week-long mute ends on a day)."""
    zone = local_time()
    local, today = when.astimezone(zone), (now or utcnow()).astimezone(zone)
    shown = f"{local:%H:%M}"
    if local.date() != today.date():
        weekday, month = text(f"weekday_{local.weekday()}", language), text(f"month_{local.month}", language)
        shown = text("clock_other_day", language, weekday=weekday, day=local.day, month=month, time=shown)
    # English readers may be elsewhere: name the zone ("14:05 KST"); Korean readers are at home.
    return f"{shown} {zone_label(when)}" if language == "en" else shown


def duration(seconds: float, language: str) -> str:
    seconds = max(1, round(seconds))
    if seconds < 60:
        return text("duration_seconds", language, seconds=seconds)
    minutes, rest = divmod(seconds, 60)
    if minutes < 60 or minutes % 60:
        if rest:
            return text("duration_minutes_seconds", language, minutes=minutes, seconds=rest)
        return text("duration_minutes", language, minutes=minutes)
    hours = minutes // 60
    if hours < 48 or hours % 24:
        return text("duration_hours", language, hours=hours)
    return text("duration_days", language, days=hours // 24)


def actor_of(key: str | None) -> str:
    """How an actor is stored in the log: "bot", or "mod:" and the moderator's pseudonym."""
    return "bot" if key is None else f"mod:{key}"


def shown_actor(actor: str, language: str) -> str:
    if actor == "bot":
        return text("actor_bot", language)
    return display_name(actor.removeprefix("mod:"), language)


def excerpt_of(message: Message | None) -> str | None:
    if message is None:
        return None
    content = message.text or message.caption
    return redact(" ".join(content.split())) if content else None


async def log(work: Work, room: Room, action: str, **fields: object) -> None:
    await moderation_log.record(await work.session(), room.id, action, **fields)  # type: ignore[arg-type]


async def mute(work: Work, room: Room, user_id: int, seconds: float, now: datetime) -> datetime:
    """Restrict one member until now + seconds; Telegram's until_date lifts it by itself."""
    until = now + timedelta(seconds=seconds)
    restrict = RestrictChatMember(
        room.chat_id, user_id, silenced(), use_independent_chat_permissions=True, until_date=int(until.timestamp()) + 1
    )
    await work.do(restrict, purpose="mute", room_id=room.id)
    return until


async def unmute(work: Work, room: Room, user_id: int) -> None:
    await work.do(RestrictChatMember(room.chat_id, user_id, EVERYTHING), purpose="unmute", room_id=room.id)


async def delete(work: Work, message: Message) -> None:
    await work.do(DeleteMessage(message.chat_id, message.message_id))
