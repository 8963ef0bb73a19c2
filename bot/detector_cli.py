"""`sotong classify` and `sotong eval`: the detectors on the command line."""

from __future__ import annotations

import json
from dataclasses import replace
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from moderation import rules_evaluation
from moderation.decision import decide
from moderation.hostility import evaluation as hostility_evaluation
from moderation.intake import Intake
from moderation.intake import evaluation as intake_evaluation

_TOXIC_LABELS = {"toxic", "clean", "borderline"}


def verdict(text: str, reply_to_report: bool = False) -> dict:
    """The one decision about a text (moderation.decision), as `sotong classify` prints it.

    A message the house rules keep out comes out as kind "other" with its `rules`;
    `outcome` is what the bot does (rule / file / ask / support_or_note / ignore) and
    `applied` the rule it applies with its action. `hostility` is the judged score.
    `reply_to_report`: the message is a reply under an open filed report (the bot knows it
    from the reply structure), so a short detail or "저도요" is support or a note, not a report.
    """
    decision = decide(text, reply_to_open_report=reply_to_report)
    intake = decision.intake
    civic = decision.kind != "other"
    applied = decision.applied
    return {
        "kind": decision.kind,
        "category": intake.category,
        "place": intake.place if civic else None,
        "confidence": round(intake.confidence, 4),
        "redacted": intake.redacted,
        "hostility": round(decision.hostility, 4),
        "rules": decision.rules,
        "outcome": decision.outcome.value,
        "applied": None if applied is None else {"rule": applied.rule.value, "action": applied.action.value},
    }


def classify_stream(lines: Iterable[str], out: TextIO) -> int:
    """One output line per input line, in order; a bad line gets an `error` line, not a crash."""
    for line in lines:
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            item = None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            result: dict = {"error": 'expected a JSON object with a "text" string'}
        else:
            result = verdict(item["text"], reply_to_report=item.get("reply_to_report") is True)
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 0


def evaluate_file(path: Path, out: TextIO, split: str = "all") -> int:
    """Score the matching detector on a labelled file in the format of shared/data.

    `split` keeps only the "valid" or "train" part of a file divided by text hash,
    the same division the intake model was trained with (chatstyle.jsonl).
    """
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except FileNotFoundError:
        out.write(f"sotong eval: {path}: file not found\n")
        return 2
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        out.write(f"sotong eval: {path}: not JSON lines ({exc})\n")
        return 2
    if not rows or not all(isinstance(r, dict) and isinstance(r.get("text"), str) and "label" in r for r in rows):
        out.write(f'sotong eval: {path}: every line needs "text" and "label"\n')
        return 2
    if split != "all":
        rows = [r for r in rows if intake_evaluation.chatstyle_split(r["text"]) == split]
        out.write(f"{split} split: {len(rows)} rows\n")
    labels = {r["label"] for r in rows}
    if intake_evaluation.is_room_style(rows):
        _room_intake_block(rows, out)
        # -- house rules and hostility on a room-style file (moderation.rules_evaluation) --
        if rules_evaluation.is_room_file(rows):
            out.write(rules_evaluation.format_report(rules_evaluation.evaluate(rows)) + "\n")
        # -- end of the house-rules block --
        return 0
    if labels <= _TOXIC_LABELS:
        out.write("hostility (borderline left out)\n")
        out.write(hostility_evaluation.format_report(hostility_evaluation.evaluate(rows)) + "\n")
    else:
        out.write("intake: detection (complaint, proposal, petition = civic) and categories\n")
        out.write(intake_evaluation.format_report(intake_evaluation.evaluate(rows)) + "\n")
    return 0


# --- room-style files: the intake's block (detection, filing, reliability, categories, places) ----
# (other detectors' figures on the same file go in blocks of their own)


def _as_decided(text: str, reply_to_report: bool = False) -> Intake:
    """The intake's reading with the kind the bot acts on: "other" when the house rules keep the
    message out (an ad is not a report the bot files, however it reads), or when it is support or a
    note under an open report, as `sotong classify` prints."""
    decision = decide(text, reply_to_open_report=reply_to_report)
    return decision.intake if decision.kind == decision.intake.kind else replace(decision.intake, kind=decision.kind)


def _room_intake_block(rows: list[dict], out: TextIO) -> None:
    """Intake figures on a room-style file (schema: training/README.md), at the default thresholds."""
    from bot.config import IntakeSettings

    settings = IntakeSettings()
    report = intake_evaluation.evaluate_room(
        rows, classifier=_as_decided, file_threshold=settings.file_threshold, ask_threshold=settings.ask_threshold,
        sure_threshold=settings.sure_threshold, reply_classifier=lambda text: _as_decided(text, reply_to_report=True),
    )
    out.write(
        "intake on a room-style file, after the house rules (as `sotong classify` decides): "
        "reports (complaint, proposal) vs everything else; rows marked reply_to_report are read as replies under an "
        "open report, as the bot reads them from the reply structure\n"
    )
    out.write(intake_evaluation.format_room_report(report) + "\n")
