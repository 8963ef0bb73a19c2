"""What arrives from Telegram, before it is stored: checked, stripped, summarised.

Nothing is trusted for its shape: a webhook body or a getUpdates item is an update
only if it passes `check.parse_update`, and only its stripped form is stored.
"""

from bot.inbound.check import MAX_UPDATE_ID, NotAnUpdate, parse_update, usable_update_id
from bot.inbound.strip import HANDLED_KINDS, strip
from bot.inbound.summary import summarise

__all__ = ["HANDLED_KINDS", "MAX_UPDATE_ID", "NotAnUpdate", "parse_update", "strip", "summarise", "usable_update_id"]
