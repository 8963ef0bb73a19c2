"""Secrets never reach a log line: a filter on the log handlers masks them.

A rejected token is quoted by python-telegram-bot's InvalidToken ("The token `…` was
rejected"), its debug lines print the Bot API URL, and a failed request's exception
text may carry that URL too ({api_url}/bot<token>/<method>). The filter rewrites each
record's message, exception text and stack before any handler formats it: the
configured secrets, and anything shaped like a Telegram bot token, become
`<bot id>:***`, so `bot123:ABC…` reads `bot123:***`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

# Telegram's tokens: the bot's numeric id, a colon, then 35 characters of A-Z a-z 0-9 _ -.
_TOKEN_SHAPE = re.compile(r"(?<![A-Za-z0-9_-])(\d{1,20}):[A-Za-z0-9_-]{30,}")
_TRACEBACKS = logging.Formatter()
# Shorter "secrets" (a placeholder in a test file) are not worth masking and would garble every line.
MIN_SECRET = 8


def mask_secret(secret: str) -> str:
    """A token keeps its bot id (which bot, not its key); any other secret is gone whole."""
    bot_id, colon, _key = secret.partition(":")
    return f"{bot_id}:***" if colon and bot_id.isdigit() else "***"


class SecretsFilter(logging.Filter):
    """Masks `secrets`, and every token-shaped string, in what a handler is given."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets: tuple[str, ...] = ()
        self.add(secrets)

    def add(self, secrets: Iterable[str]) -> None:
        # longest first, so a secret containing another is masked whole
        self.secrets = tuple(sorted({*self.secrets, *(s for s in secrets if len(s) >= MIN_SECRET)}, key=len, reverse=True))

    def mask(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, mask_secret(secret))
        return _TOKEN_SHAPE.sub(r"\1:***", text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string is logging's to report
            return True
        masked = self.mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = _TRACEBACKS.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        return True


def install(secrets: Iterable[str] = ()) -> SecretsFilter:
    """Put the filter on every handler configured now (root's and any logger's own); call
    after logging.basicConfig, and again with the secrets once the configuration is read."""
    handlers = list(logging.getLogger().handlers)
    for logger in logging.Logger.manager.loggerDict.values():
        if isinstance(logger, logging.Logger):
            handlers.extend(logger.handlers)
    mask = next((f for h in handlers for f in h.filters if isinstance(f, SecretsFilter)), None) or SecretsFilter()
    mask.add(secrets)
    for handler in handlers:
        if mask not in handler.filters:
            handler.addFilter(mask)
    return mask
