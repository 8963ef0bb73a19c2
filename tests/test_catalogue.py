"""The text catalogue: one shape (key, Korean, English, parameters), and every text goes through it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.texts import COMMAND_NAMES
from moderation.catalogue import CATALOGUE, Catalogue, parameters, text
from moderation.intake.taxonomy import CATEGORIES
from moderation.lifecycle import Status
from moderation.rules import RuleId

ROOT = Path(__file__).resolve().parent.parent
HANGUL = re.compile("[\uac00-\ud7a3]")


def test_every_key_has_korean_and_english_with_the_same_parameters() -> None:
    assert len(CATALOGUE) > 200
    for key, entry in CATALOGUE.items():
        assert entry.key == key
        assert entry.ko.strip() and entry.en.strip(), key
        assert parameters(entry.ko) == parameters(entry.en), (key, parameters(entry.ko), parameters(entry.en))
        assert entry.parameters == parameters(entry.ko)


def test_a_table_missing_a_language_or_repeating_a_key_is_refused() -> None:
    with pytest.raises(KeyError):
        Catalogue({"only_korean": {"ko": "안녕"}})
    with pytest.raises(ValueError, match="twice"):
        Catalogue({"hello": {"ko": "안녕", "en": "Hello"}}, {"hello": {"ko": "안녕하세요", "en": "Hi"}})


def test_korean_first_english_on_request_particles_fitted() -> None:
    assert text("cb_filed", "ko", number=3) == "#3으로 접수했습니다."
    assert text("cb_filed", "ko", number=1) == "#1로 접수했습니다."
    assert text("cb_filed", "en", number=3) == "Filed as #3."
    assert text("cb_filed", "fr", number=3) == "#3으로 접수했습니다."  # anything but English reads Korean


def test_every_label_a_value_can_ask_for_exists() -> None:
    keys = {f"state_{s.value}" for s in Status} | {f"category_{c}" for c in CATEGORIES}
    keys |= {f"rule_name_{r.value}" for r in RuleId} | {f"rule_explanation_{r.value}" for r in RuleId}
    keys |= {f"command_{c}" for c in COMMAND_NAMES} | {f"weekday_{d}" for d in range(7)} | {f"month_{m}" for m in range(1, 13)}
    assert keys - set(CATALOGUE) == set()


def _python_files(*places: str) -> list[Path]:
    files: list[Path] = []
    for place in places:
        path = ROOT / place
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def test_every_literal_key_the_code_asks_for_exists() -> None:
    asked: set[tuple[str, str]] = set()
    for path in _python_files("bot", "moderation"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not any(isinstance(node, ast.ImportFrom) and node.module in ("bot.texts", "moderation.catalogue")
                   and any(alias.name == "text" for alias in node.names) for node in ast.walk(tree)):
            continue  # another `text` (a model's, a field's)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "text"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                asked.add((str(path.relative_to(ROOT)), node.args[0].value))
    assert len(asked) > 150
    assert {(where, key) for where, key in asked if key not in CATALOGUE} == set()


# Where residents' and moderators' words used to be written inline; they now come from the catalogue.
# Docstrings may quote Korean; string values may not.
SPEAKING_THROUGH_THE_CATALOGUE = (
    "bot/features", "bot/texts.py", "bot/rights.py", "bot/buttons.py", "bot/console/i18n.py", "bot/console/complaints.py",
    "bot/open311/params.py", "bot/open311/routes.py", "bot/open311/mapping.py", "bot/doctor.py",
    "moderation/board.py",
    "moderation/lifecycle.py", "moderation/pseudonym.py", "moderation/rules.py",
)


def test_no_korean_words_are_written_outside_the_catalogue() -> None:
    found = []
    for path in _python_files(*SPEAKING_THROUGH_THE_CATALOGUE):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
        }
        found += [
            f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and HANGUL.search(node.value)
            and id(node) not in docstrings
        ]
    assert found == []


def test_every_key_the_console_asks_for_exists() -> None:
    """The console's Python asks with translate("key"), its templates with t("key"): both read "web_" + key."""
    asked = set()
    for path in _python_files("bot/console"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                asked.add(node.args[0].value)
    for template in sorted((ROOT / "bot" / "console" / "templates").glob("*.html")):
        asked |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_]+)["']\s*[,)]""", template.read_text(encoding="utf-8")))
    assert len(asked) > 100
    assert {key for key in asked if f"web_{key}" not in CATALOGUE} == set()


def test_the_open311_notice_fits_its_particle_to_the_number() -> None:
    """It read "#3(으)로 접수되어" before its words joined the catalogue."""
    from types import SimpleNamespace

    from bot.open311.routes import Open311

    room = SimpleNamespace(title="과천 소통방", language="ko")
    assert Open311._notice(room, True, 3).startswith("과천 소통방에 #3으로 접수되어 ")  # type: ignore[arg-type]
    assert Open311._notice(room, False, 1) == "과천 소통방에 같은 내용이 #1로 이미 접수되어 있어 그 민원에 더했습니다."  # type: ignore[arg-type]
    english = SimpleNamespace(title="Gwacheon", language="en")
    assert Open311._notice(english, True, 3).startswith("Filed as #3 in Gwacheon; ")  # type: ignore[arg-type]
