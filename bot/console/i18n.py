"""The console's words, Korean first, English on request; and how it shows times."""

from __future__ import annotations

from datetime import datetime

from bot.clock import local_time
from moderation.catalogue import CATALOGUE, text

LANGUAGES = ("ko", "en")

# The console's words live in the catalogue (moderation/texts/console.py) under "web_" + key.
UI: dict[str, tuple[str, str]] = {
    key.removeprefix("web_"): (entry.ko, entry.en) for key, entry in CATALOGUE.items() if key.startswith("web_")
}


def translate(key: str, language: str = "ko", **values: object) -> str:
    return text(f"web_{key}", language, **values)


def local(when: datetime | None, seconds: bool = False) -> str:
    """"2026-11-23 14:05" in Korean time; "" for none."""
    if when is None:
        return ""
    return when.astimezone(local_time()).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def span(seconds: float, language: str) -> str:
    """A duration as people say it: "25분", "3시간 10분", "2일 4시간" (or English)."""
    minutes = int(abs(seconds) // 60)
    if minutes < 1:
        return translate("span_under_minute", language)
    if minutes < 60:
        return translate("span_minutes", language, minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        if rest:
            return translate("span_hours_minutes", language, hours=hours, minutes=rest)
        return translate("span_hours", language, hours=hours)
    days, hours = divmod(hours, 24)
    if hours:
        return translate("span_days_hours", language, days=days, hours=hours)
    return translate("span_days", language, days=days)
