"""Run the sandbox on its own: python -m bot.sandbox [--port 8081] [--token T]."""

from __future__ import annotations

import argparse
import asyncio

from .ratelimit import RateLimits
from .server import start_sandbox


async def _serve(args: argparse.Namespace) -> None:
    """Serve until interrupted."""
    limits = RateLimits(args.per_second, args.per_group_per_minute)
    if args.telegram_limits:
        limits = RateLimits.telegram()
    sandbox = await start_sandbox(args.host, args.port, token=args.token, rate_limits=limits)
    print(f"Sotong sandbox on {sandbox.url}  (web chat: {sandbox.url}/, "
          f"bot base_url: {sandbox.api_url})", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await sandbox.close()


def main() -> None:
    """Parse arguments and serve."""
    parser = argparse.ArgumentParser(prog="python -m bot.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=None, help="accept only this bot token")
    parser.add_argument("--per-second", type=int, default=None)
    parser.add_argument("--per-group-per-minute", type=int, default=None)
    parser.add_argument("--telegram-limits", action="store_true",
                        help="30 messages/s overall, 20/min per group")
    try:
        asyncio.run(_serve(parser.parse_args()))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
