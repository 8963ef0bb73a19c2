"""What a request may say, checked before anything is looked up: nothing is trusted for its shape.

Every refusal is an ApiError with the spec's HTTP status (400 for a request
that cannot be fulfilled as asked) and a description in Korean, then English.
Per the spec, an optional argument sent empty counts as not sent.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, UTC
from urllib.parse import parse_qsl

from bot.open311.formats import ApiError
from bot.open311.services import is_service
from bot.texts import text

WINDOW = timedelta(days=90)  # the spec's default span, and the longest a query may span
LIMIT = 1000  # the spec's default number of requests returned

MAX_BODY = 64 * 1024  # a 4,000-character Korean description percent-encoded is about 36 KB
MAX_FIELDS = 100
MAX_DESCRIPTION = 4000  # the spec's limit
MAX_ADDRESS = 200  # the place column
MAX_MEDIA_URL = 2048
MAX_IDS = LIMIT
MAX_TOKEN = 256  # api_key, jurisdiction_id, service_code and other short values

FORM = "application/x-www-form-urlencoded"

# W3C date-time with a time zone, which the spec requires ("Z" or "+09:00").
_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))", re.ASCII
)
_ID = re.compile(r"[1-9][0-9]{0,8}", re.ASCII)  # a room's complaint number (the INTEGER column)
_DEGREES = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{1,15})?", re.ASCII)  # float() alone takes "1_0", "inf", "١٢"


def both(key: str, **values: object) -> str:
    """An answer of the API: the catalogue's text `key` in Korean, then in English."""
    return f"{text(key, 'ko', **values)} / {text(key, 'en', **values)}"


def refuse(status: int, key: str, **values: object) -> ApiError:
    return ApiError(status, both(key, **values))


def present(value: str | None) -> str | None:
    """An optional argument: empty is the same as absent."""
    return value if value else None


def parse_datetime(name: str, value: str) -> datetime:
    """A W3C date-time such as 2010-01-01T00:00:00Z; a time zone is required."""
    match = _DATETIME.fullmatch(value) if len(value) <= 64 else None
    if match is None:
        hinted = " " in value  # a "+" left unencoded in a URL arrives as a space
        hint = {language: text("api_date_plus_hint", language) if hinted else "" for language in ("ko", "en")}
        raise ApiError(400, f"{text('api_date_format', 'ko', name=name, hint=hint['ko'])} / "
                            f"{text('api_date_format', 'en', name=name, hint=hint['en'])}")
    year, month, day, hour, minute, second, fraction, zulu, sign, tz_hours, tz_minutes = match.groups()
    try:
        zone = UTC
        if not zulu:
            offset = timedelta(hours=int(tz_hours), minutes=int(tz_minutes))
            zone = timezone(-offset if sign == "-" else offset)
        micro = int((fraction or "0").ljust(6, "0")[:6])
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tzinfo=zone)
    except ValueError:  # month 13, hour 25, an offset of a day or more ...
        raise refuse(400, "api_date_missing", name=name, value=value[:40]) from None


def window(start: datetime | None, end: datetime | None, now: datetime) -> tuple[datetime, datetime]:
    """The span searched: the last 90 days by default, and never more than 90 days."""
    if start is None and end is None:
        return now - WINDOW, now
    if start is None:
        assert end is not None
        return end - WINDOW, end
    if end is None:
        return start, start + WINDOW
    if end < start:
        raise refuse(400, "api_window_reversed")
    if end - start > WINDOW:
        raise refuse(400, "api_window_too_long")
    return start, end


def _items(values: Iterable[str], name: str, most: int) -> list[str]:
    """A comma-delimited argument that may also be declared several times."""
    items = [item.strip() for value in values for item in value.split(",") if item.strip()]
    if len(items) > most:
        raise refuse(400, "api_too_many_items", name=name, most=most)
    return items


def request_numbers(values: Iterable[str]) -> list[int]:
    """service_request_id: numbers such as 12,15."""
    items = _items(values, "service_request_id", MAX_IDS)
    bad = next((item for item in items if not _ID.fullmatch(item)), None)
    if bad is not None:
        raise refuse(400, "api_request_ids", bad=bad[:20])
    return [int(item) for item in items]


def request_number(value: str) -> int | None:
    """The id in requests/{id}: None when it cannot name a request."""
    return int(value) if _ID.fullmatch(value) else None


def service_codes(values: Iterable[str]) -> list[str]:
    """service_code as a filter: known codes only."""
    codes = _items(values, "service_code", 64)
    unknown = next((code for code in codes if not is_service(code)), None)
    if unknown is not None:
        raise refuse(400, "api_unknown_service_listed", unknown=unknown[:32])
    return codes


def statuses(values: Iterable[str]) -> list[str]:
    """status: open, closed or both."""
    items = _items(values, "status", 4)
    bad = next((item for item in items if item not in ("open", "closed")), None)
    if bad is not None:
        raise refuse(400, "api_status_values", bad=bad[:20])
    return items


# -- POST -------------------------------------------------------------------------------


def form(content_type: str, body: bytes) -> dict[str, str]:
    """An application/x-www-form-urlencoded body, UTF-8; a field sent twice is refused."""
    if content_type.split(";")[0].strip().lower() != FORM:
        raise refuse(400, "api_body_form", form=FORM)
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
    except UnicodeDecodeError:
        raise refuse(400, "api_body_utf8") from None
    except ValueError:  # more fields than max_num_fields
        raise refuse(400, "api_too_many_fields", most=MAX_FIELDS) from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        if name in fields and not name.startswith("attribute["):
            raise refuse(400, "api_sent_twice", name=name[:40])
        fields[name] = value
    return fields


def text_field(fields: dict[str, str], name: str, most: int) -> str | None:
    """An optional text argument, at most `most` characters, stripped; None when empty."""
    value = present(fields.get(name))
    if value is None:
        return None
    if len(value) > most:
        raise refuse(400, "api_too_long", name=name, most=most)
    return value.strip() or None


@dataclass(frozen=True)
class Location:
    address: str | None
    lat: float | None
    long: float | None


def _coordinate(fields: dict[str, str], name: str, limit: float) -> float | None:
    raw = text_field(fields, name, 32)
    if raw is None:
        return None
    value = float(raw) if _DEGREES.fullmatch(raw) else math.nan
    if not math.isfinite(value) or abs(value) > limit:
        raise refuse(400, "api_coordinate", name=name, limit=f"{limit:g}")
    return value


def location(fields: dict[str, str]) -> Location:
    """The spec's location parameter: address_string, or lat & long (both); address_id is not known here."""
    address = text_field(fields, "address_string", MAX_ADDRESS)
    lat, long = _coordinate(fields, "lat", 90), _coordinate(fields, "long", 180)
    if (lat is None) != (long is None):
        raise refuse(400, "api_lat_long_together")
    if address is None and lat is None:
        if present(fields.get("address_id")):
            raise refuse(400, "api_address_id")
        raise refuse(400, "api_location_needed")
    return Location(address, lat, long)
