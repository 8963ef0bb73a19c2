"""The `sotong` command: run, demo, doctor, purge, classify, eval, deadletters."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path

from bot import log_masking, logs
from bot.config import ConfigError, Settings, load_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sotong", description="소통 — a bot for city policy-discussion rooms")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot (polling or webhook, as configured)")
    run.add_argument("--config", required=True, type=Path, help="the TOML configuration file")
    run.add_argument("--log-level", default=None, help="DEBUG, INFO, WARNING or ERROR (default: [logging] level, INFO)")
    run.add_argument("--log-format", choices=logs.FORMATS, default=None, help="text or json lines (default: [logging] format, text)")
    demo = commands.add_parser("demo", help="the offline sandbox, the bot and the web page in one process")
    demo.add_argument("--port", type=int, default=8080, help="port of the sandbox web page (default 8080)")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument(
        "--db",
        type=Path,
        default=Path("sotong-demo.db"),
        help="SQLite file (default sotong-demo.db); the sandbox keeps its state next to it",
    )
    demo.add_argument("--log-level", default="WARNING")
    demo.add_argument("--log-format", choices=logs.FORMATS, default="text")
    doctor = commands.add_parser(
        "doctor", help="check the configuration, the token, the Bot API, the database and the bot's rights in every room"
    )
    doctor.add_argument("--config", required=True, type=Path, help="the TOML configuration file")
    purge = commands.add_parser("purge", help="clear closed complaints' texts and old moderation excerpts past [retention]")
    purge.add_argument("--config", required=True, type=Path, help="the TOML configuration file")
    purge.add_argument("--dry-run", action="store_true", help="only show what would go, per room and kind")
    commands.add_parser("classify", help="read JSON lines {\"text\": ...} on stdin, write one verdict per line")
    evaluate = commands.add_parser("eval", help="score the detectors on a labelled JSON-lines file")
    evaluate.add_argument("file", type=Path)
    evaluate.add_argument(
        "--split", choices=("all", "valid", "train"), default="all",
        help="score only one part of a file split by text hash (chatstyle.jsonl, training/room_patterns.jsonl)",
    )
    dead = commands.add_parser("deadletters", help="updates the bot could not handle: list, retry or drop them")
    actions = dead.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="id, update id, when, error and summary of each").add_argument(
        "--config", required=True, type=Path, help="the TOML configuration file")
    for action, what in (("retry", "put back in the inbox, to be handled again"), ("drop", "delete for good")):
        chosen = actions.add_parser(action, help=f"{what}: the dead letters named by id, or --all")
        chosen.add_argument("ids", nargs="*", type=int, metavar="ID")
        chosen.add_argument("--all", action="store_true", dest="every", help="every dead letter")
        chosen.add_argument("--config", required=True, type=Path, help="the TOML configuration file")
    args = parser.parse_args(argv)

    if args.command == "run":
        settings = _settings(args.config)
        if settings is None:
            return 2
        _configure_logging(args.log_level or settings.logging.level, args.log_format or settings.logging.format)
        log_masking.install(_secrets(settings))
        return asyncio.run(_run(settings))
    if args.command == "demo":
        _configure_logging(args.log_level, args.log_format)
        from bot.demo import run_demo

        return asyncio.run(run_demo(args.host, args.port, args.db))
    if args.command == "doctor":
        _configure_logging("ERROR")  # the checklist says it all; libraries' lines would interleave
        from bot.doctor import run_doctor

        return asyncio.run(run_doctor(args.config, sys.stdout))
    if args.command == "purge":
        settings = _settings(args.config)
        if settings is None:
            return 2
        _configure_logging("WARNING")
        log_masking.install(_secrets(settings))
        from bot.retention import run_cli as run_purge

        return asyncio.run(run_purge(settings, args.dry_run, sys.stdout))
    if args.command == "deadletters":
        if args.action != "list" and bool(args.ids) == bool(args.every):
            parser.error(f"deadletters {args.action}: name dead letters by id, or --all")
        _configure_logging("WARNING")
        settings = _settings(args.config)
        if settings is None:
            return 2
        log_masking.install(_secrets(settings))
        from bot.deadletters_cli import run as run_deadletters

        return asyncio.run(run_deadletters(settings, args.action, getattr(args, "ids", []), getattr(args, "every", False), sys.stdout))
    if args.command == "classify":
        from bot.detector_cli import classify_stream

        return classify_stream(sys.stdin, sys.stdout)
    if args.command == "eval":
        from bot.detector_cli import evaluate_file

        return evaluate_file(args.file, sys.stdout, split=args.split)
    return 2


def _configure_logging(level: str, fmt: str = "text") -> None:
    """Log lines to stderr (text or JSON, bot.logs), never with a token in them (bot.log_masking),
    PTB's and aiohttp's included."""
    logs.configure(level, fmt)


def _settings(path: Path) -> Settings | None:
    """The configuration, or None after printing each problem on a line of its own."""
    try:
        return load_settings(path)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"sotong: configuration error: {problem}", file=sys.stderr)
        return None


def _secrets(settings: Settings) -> list[str]:
    return [settings.telegram.token, settings.webhook.secret_token, settings.privacy.pseudonym_secret]


async def _run(settings: Settings) -> int:
    from bot.runtime import Runtime, StartCancelled

    runtime = Runtime(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        stop.set()
        runtime.interrupt()  # a start-up waiting for the Bot API gives up

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, on_signal)
    try:
        await runtime.start()
    except StartCancelled:
        logging.getLogger("sotong").info("stopped before start-up finished")
        await runtime.stop()
        return 0
    except Exception as exc:  # noqa: BLE001 - one clear line, not a traceback
        logging.getLogger("sotong").error("start-up failed: %s", exc)
        await runtime.stop()
        return 1
    await stop.wait()
    logging.getLogger("sotong").info("stopping: finishing updates in flight")
    await runtime.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
