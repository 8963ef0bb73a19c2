"""/console in a private chat: a one-time login link to the staff console, for those with a role.

Whoever moderates a room, is in a department's staff group, or is configured
staff gets a link that works once within `[console] login_minutes`; anyone
else a polite refusal. The link is sent without a preview, so Telegram's
preview fetcher cannot spend it.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.features.access import language_of, runtime_of
from bot.replies import reply_to
from bot.texts import text
from bot.work import current_work


def register(application: Application) -> None:
    application.add_handler(CommandHandler("console", on_console))


async def on_console(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    runtime = runtime_of(context)
    work = current_work()
    language = language_of(update)
    if message.chat.type != "private":
        await reply_to(work, message, text("console_private_only", language))
        return
    console = runtime.console
    if not console.available:
        await reply_to(work, message, text("console_unavailable", language))
        return
    console.roles.forget(user.id)  # asked afresh: a link goes only to someone with a role now
    staffer = await console.roles.of(user.id)  # Telegram before the unit's transaction (bot.work)
    if not staffer.has_role:
        await reply_to(work, message, text("console_no_role", language))
        return
    link = await console.issue_login(await work.session(), user.id)
    minutes = f"{console.settings.login_minutes:g}"
    await reply_to(work, message, text("console_link", language, link=link, minutes=minutes), link_preview_options={"is_disabled": True})
