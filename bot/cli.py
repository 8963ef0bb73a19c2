"""The `sotong` command: run, demo, classify, eval."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sotong", description="소통 — a bot for city policy-discussion rooms")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot (polling or webhook, as configured)")
    run.add_argument("--config", required=True, type=Path, help="the TOML configuration file")
    run.add_argument("--log-level", default="INFO")
    demo = commands.add_parser("demo", help="the offline sandbox, the bot and the web page in one process")
    demo.add_argument("--port", type=int, default=8080, help="port of the sandbox web page (default 8080)")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--db", type=Path, default=Path("sotong-demo.db"), help="SQLite file (default sotong-demo.db)")
    demo.add_argument("--log-level", default="WARNING")
    commands.add_parser("classify", help="read JSON lines {\"text\": ...} on stdin, write one verdict per line")
    evaluate = commands.add_parser("eval", help="score the detectors on a labelled JSON-lines file")
    evaluate.add_argument("file", type=Path)
    evaluate.add_argument(
        "--split", choices=("all", "valid", "train"), default="all",
        help="score only one part of a file split by text hash (chatstyle.jsonl, training/room_patterns.jsonl)",
    )
    args = parser.parse_args(argv)

    if args.command == "run":
        logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        try:
            settings = load_settings(args.config)
        except ConfigError as exc:
            print(f"sotong: configuration error: {exc}", file=sys.stderr)
            return 2
        return asyncio.run(_run(settings))
    if args.command == "demo":
        logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        from bot.demo import run_demo

        return asyncio.run(run_demo(args.host, args.port, args.db))
    if args.command == "classify":
        from bot.detector_cli import classify_stream

        return classify_stream(sys.stdin, sys.stdout)
    if args.command == "eval":
        from bot.detector_cli import evaluate_file

        return evaluate_file(args.file, sys.stdout, split=args.split)
    return 2


async def _run(settings: Settings) -> int:
    from bot.runtime import Runtime

    runtime = Runtime(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await runtime.start()
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
