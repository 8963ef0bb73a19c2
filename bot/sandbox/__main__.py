"""Run the sandbox on its own: python -m bot.sandbox [--port 8090] [--token T] [--state FILE].

It prints the lines to paste into a bot's configuration. The default port stays
clear of the bot's own web server (8081) and of `sotong demo` (8080).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from pathlib import Path

from .ratelimit import RateLimits
from .server import start_sandbox


async def _serve(args: argparse.Namespace) -> None:
    """Serve until interrupted."""
    limits = RateLimits(args.per_second, args.per_group_per_minute)
    if args.telegram_limits:
        limits = RateLimits.telegram()
    sandbox = await start_sandbox(args.host, args.port, token=args.token, rate_limits=limits,
                                  state=args.state, timezone=args.timezone)
    token = args.token or "1000:sandbox-token"
    print(f"Sotong sandbox on {sandbox.url} (web chat: {sandbox.url}/)\n"
          f"Paste into the [telegram] section of your config.toml:\n"
          f'api_url = "{sandbox.config_api_url}"\n'
          f'token = "{token}"' + ("" if args.token else "   # any token works; start with --token to accept only one")
          + "\n(python-telegram-bot on its own: Bot(token, base_url=\"" + sandbox.api_url + "\"))", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await sandbox.close()


def main() -> None:
    """Parse arguments and serve."""
    parser = argparse.ArgumentParser(prog="python -m bot.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--token", default=None, help="accept only this bot token")
    parser.add_argument("--per-second", type=int, default=None)
    parser.add_argument("--per-group-per-minute", type=int, default=None)
    parser.add_argument("--telegram-limits", action="store_true",
                        help="30 messages/s overall, 20/min per group")
    parser.add_argument("--state", type=Path, default=None,
                        help="keep the world (users, rooms, messages, update ids) in this JSON file across restarts")
    parser.add_argument("--timezone", default="Asia/Seoul", help="the zone people of the sandbox read times in")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(parser.parse_args()))


if __name__ == "__main__":
    main()
