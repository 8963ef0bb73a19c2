"""Telegram's parse_mode handling: HTML to plain text plus entities, with Telegram's errors."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from .shapes import utf16_len

_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "code": "code", "pre": "pre", "a": "text_link", "tg-spoiler": "spoiler",
    "blockquote": "blockquote", "span": "spoiler", "tg-emoji": "custom_emoji",
}


class EntityParseError(ValueError):
    """The text is not valid for its parse_mode (Telegram: "can't parse entities")."""


class _Parser(HTMLParser):
    """Collects plain text and entities, refusing what Telegram refuses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.units = 0  # UTF-16 length of the text so far
        self.stack: list[tuple[str, int, dict[str, Any]]] = []
        self.entities: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TAGS:
            raise EntityParseError(f'Unsupported start tag "{tag}"')
        extra: dict[str, Any] = {}
        a = dict(attrs)
        if tag == "a":
            if not a.get("href"):
                raise EntityParseError('Can\'t find "href" attribute of the "a" tag')
            extra["url"] = a["href"]
        if tag == "span" and a.get("class") != "tg-spoiler":
            raise EntityParseError('Tag "span" must have class "tg-spoiler"')
        self.stack.append((tag, self.units, extra))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            raise EntityParseError(f'Unmatched end tag "{tag}"')
        _, start, extra = self.stack.pop()
        if self.units > start:
            ent = {"type": _TAGS[tag], "offset": start, "length": self.units - start}
            ent.update(extra)
            self.entities.append(ent)

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        self.units += utf16_len(data)


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities for an HTML-formatted message."""
    p = _Parser()
    p.feed(source)
    p.close()
    if p.stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{p.stack[-1][0]}"')
    p.entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(p.text), p.entities


def apply_parse_mode(text: str, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """Text and entities as Telegram stores them for the given parse_mode."""
    if parse_mode and parse_mode.lower() == "html":
        return parse_html(text)
    # Markdown flavours are stored verbatim: the sandbox does not re-implement them.
    return text, []
