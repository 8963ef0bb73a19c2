"""The benchmarks under bench/ are not run by the suite (no timings in tests), but what they import from
the project must exist: a rename in bot/, moderation/ or storage/ must not silently break a bench."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
PROJECT = ("bot", "moderation", "storage")


def _project_imports(path: Path) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in PROJECT:
            found += [(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names if alias.name.split(".")[0] in PROJECT]
    return found


@pytest.mark.parametrize("bench", sorted(BENCH.glob("*.py")), ids=lambda p: p.name)
def test_what_a_bench_imports_from_the_project_exists(bench: Path) -> None:
    for module, name in _project_imports(bench):
        imported = importlib.import_module(module)
        if name is not None and not hasattr(imported, name):
            importlib.import_module(f"{module}.{name}")  # a submodule, or ImportError names what is gone
