"""A complaint as GeoReport v2's service request, and the discovery document.

service_request_id is the complaint's number in its room ("12" for 민원 #12):
the number residents and staff already use (/status 12), never reused nor
renumbered (a counter row per room), and independent of the configured slug.
The spec scopes ids by jurisdiction_id, and a jurisdiction is one room here,
so the pair (jurisdiction_id, number) names one complaint for good.

Nothing about the reporter is ever written: no pseudonym, no Telegram id, no
message link, no supporters or followers; lat/long are not kept at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.clock import local_time
from bot.features.progress import _shown_note
from bot.open311.formats import CONTENT_TYPES
from bot.open311.params import MAX_DESCRIPTION, both
from bot.open311.services import service_name
from moderation.lifecycle import OPEN, SETTLED, Status, label, values
from storage.models import Complaint, ComplaintEvent, Room

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
# When the services (the category taxonomy) or this API last changed: clients refresh cached lists after it.
CHANGESET = "2026-12-05T00:00:00Z"
CLOSED_STATUSES = values(SETTLED)  # withdrawn ("not a complaint") is neither: never shown
OPEN_STATUSES = values(OPEN)


def database_statuses(wanted: list[str]) -> list[str]:
    """The stored statuses behind the spec's open/closed (empty: all)."""
    found: list[str] = []
    if "open" in wanted:
        found += OPEN_STATUSES
    if "closed" in wanted:
        found += CLOSED_STATUSES
    return found


def w3c(moment: datetime | None) -> str | None:
    """A W3C date-time with the offset, in the city's time (e.g. 2026-12-05T09:30:00+09:00)."""
    return moment.astimezone(local_time()).isoformat(timespec="seconds") if moment is not None else None


def status_notes(complaint: Complaint, event: ComplaintEvent | None, language: str) -> str:
    """The current state as residents read it, with the latest event's note when residents may read it."""
    state = label(Status(complaint.status), language)
    note = _shown_note(event, language, {}) if event is not None else ""
    return f"{state} — {note}" if note else state


def service_request(
    complaint: Complaint,
    room: Room,
    event: ComplaintEvent | None,
    expected: datetime | None,
    agency: Callable[[Complaint], str | None],
) -> dict:
    """The spec's fields, in its order; what the complaint cannot say is null."""
    closed = complaint.status not in OPEN_STATUSES
    description = complaint.text if len(complaint.text) <= MAX_DESCRIPTION else complaint.text[: MAX_DESCRIPTION - 1] + "…"
    updated = (complaint.status_at or complaint.updated_at) if closed else complaint.updated_at
    return {
        "service_request_id": str(complaint.number),
        "status": "closed" if closed else "open",
        "status_notes": status_notes(complaint, event, room.language),
        "service_name": service_name(complaint.category),
        "service_code": complaint.category,
        "description": description,
        "agency_responsible": agency(complaint),
        "requested_datetime": w3c(complaint.created_at),
        "updated_datetime": w3c(updated),
        "expected_datetime": w3c(expected),
        "address": complaint.place,
    }


def discovery(base_url: str, contact: str, key_service: str, endpoint_type: str) -> dict:
    return {
        "changeset": CHANGESET,
        "contact": contact or both("api_contact"),
        "key_service": key_service or both("api_key_service"),
        "endpoints": [
            {
                "specification": SPECIFICATION,
                "url": base_url,
                "changeset": CHANGESET,
                "type": endpoint_type,
                "formats": [CONTENT_TYPES["xml"], CONTENT_TYPES["json"]],
            }
        ],
    }
