"""How a room's texts are chosen: the room's own, else the configured, else the built-in."""

from __future__ import annotations

from bot.config import GreetingSettings
from bot.texts import default_rules, text
from bot.texts import how_to_report as how_to_report
from storage.models import Room


def rules_of(room: Room, settings: GreetingSettings) -> str:
    language = room.language
    own = room.rules_en if language == "en" else room.rules_ko
    configured = settings.rules_en if language == "en" else settings.rules_ko
    return own or configured or default_rules(language)


def greeting_body_of(room: Room, settings: GreetingSettings) -> str:
    language = room.language
    own = room.greeting_en if language == "en" else room.greeting_ko
    configured = settings.greeting_en if language == "en" else settings.greeting_ko
    return own or configured or text("greeting_body", language)


def deep_link(bot_username: str, action: str, room: Room) -> str:
    """A t.me link that opens the private chat with `/start action_room`."""
    return f"https://t.me/{bot_username}?start={action}_{room.id}"
