"""Every text residents and staff read, in one shape: a key, the Korean, the English, the parameters.

Korean first: any language but English reads Korean. A particle written with both its
forms right after a placeholder ("#{number}은(는)", "{department}(으)로") becomes the one
that fits the value ("#1은", "도로과로"): see moderation.particles. The entries live by
topic in moderation/texts/; pure, so moderation/ and bot/ both speak through it.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property

from moderation.particles import fill
from moderation.texts import complaints, console, moderating, open311, operations, room, staff

LANGUAGES = ("ko", "en")


def parameters(template: str) -> frozenset[str]:
    """The names of the {placeholders} in `template`."""
    return frozenset(field for _, field, _, _ in string.Formatter().parse(template) if field)


@dataclass(frozen=True)
class Text:
    """One entry: what `key` says in Korean and in English, with the same parameters."""

    key: str
    ko: str
    en: str

    @cached_property
    def parameters(self) -> frozenset[str]:
        return parameters(self.ko)

    def template(self, language: str = "ko") -> str:
        return self.en if language == "en" else self.ko

    def render(self, language: str = "ko", **values: object) -> str:
        """The text in `language`, `values` filled in and the particles after them fitted."""
        template = self.template(language)
        return fill(template, **values) if values else template


class Catalogue(Mapping[str, Text]):
    """Texts by key, gathered from topic tables of {key: {"ko": ..., "en": ...}}."""

    def __init__(self, *tables: Mapping[str, Mapping[str, str]]) -> None:
        self._texts: dict[str, Text] = {}
        for table in tables:
            for key, variants in table.items():
                if key in self._texts:
                    raise ValueError(f"text {key!r} is defined twice")
                # A missing language is a KeyError at import: every key has both.
                self._texts[key] = Text(key, variants["ko"], variants["en"])

    def __getitem__(self, key: str) -> Text:
        return self._texts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


CATALOGUE = Catalogue(room.TEXTS, complaints.TEXTS, moderating.TEXTS, staff.TEXTS, console.TEXTS, open311.TEXTS,
                      operations.TEXTS)


def text(key: str, language: str = "ko", **values: object) -> str:
    """The text `key` in `language` (Korean unless English), with `values` filled in."""
    return CATALOGUE[key].render(language, **values)


def label(prefix: str, name: str, language: str = "ko") -> str:
    """The label `prefix`_`name` (a category, a rule, a state ...), or `name` itself when it has none."""
    entry = CATALOGUE.get(f"{prefix}_{name}")
    return name if entry is None else entry.render(language)
