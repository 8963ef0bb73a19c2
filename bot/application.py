"""The python-telegram-bot Application, built in one place."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from telegram.warnings import PTBUserWarning
from telegram.ext import Application, ApplicationBuilder

from bot import buttons, rights
from bot.features import (
    console_login,
    cooldown,
    departments,
    greeting,
    guide,
    house_rules,
    intake,
    moderation_commands,
    private_report,
    progress,
    stats,
)
from bot.processor import PerChatProcessor
from bot.ratelimit import SendRateLimiter
from bot.request import AiohttpRequest

if TYPE_CHECKING:
    from bot.runtime import Runtime

# We call do_api_request on purpose: raw JSON for the inbox, stored calls from the outbox.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.", category=PTBUserWarning)


def build_application(runtime: Runtime) -> Application:
    telegram = runtime.settings.telegram
    limits = telegram.rate_limit
    # Kept on the runtime so a start-up that failed before PTB took them over still closes their sessions.
    runtime.requests = (
        AiohttpRequest(metrics=runtime.metrics),
        AiohttpRequest(connection_limit=2, read_timeout=telegram.poll_timeout + 15, metrics=runtime.metrics),
    )
    application = (
        ApplicationBuilder()
        .token(telegram.token)
        .base_url(f"{telegram.api_url}/bot")
        .base_file_url(f"{telegram.api_url}/file/bot")
        .request(runtime.requests[0])
        .get_updates_request(runtime.requests[1])
        .rate_limiter(
            SendRateLimiter(
                overall_max_rate=limits.overall_per_second,
                overall_time_period=1,
                group_max_rate=limits.group_per_minute,
                group_time_period=60,
                max_retries=limits.max_retries,
            )
        )
        .concurrent_updates(PerChatProcessor(runtime.handle))
        .updater(None)  # receiving is ours: durable, see bot/receiving.py
        .job_queue(None)  # deadlines live in the database; see bot/scheduler.py
        .build()
    )
    application.bot_data["runtime"] = runtime
    departments.register(application)  # first: staff groups are not rooms
    greeting.register(application)
    guide.register(application)
    house_rules.register(application)  # group -2: before every other message handler
    cooldown.register(application)  # group -1
    moderation_commands.register(application)
    intake.register(application)
    progress.register(application)  # /assign /progress /resolve /reject /reopen /merge /status /complaints
    private_report.register(application)
    stats.register(application)  # /stats
    console_login.register(application)  # /console: a login link to the staff console
    rights.register(application)  # the bot's own rights changed: look again
    buttons.register(application)  # last: its gate runs first (its own group), its fallback answers any other press
    application.add_error_handler(runtime.on_error)
    return application
