"""The Bot API sandbox, driven by the real python-telegram-bot client over HTTP."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from telegram import (
    Bot,
    BotCommand,
    ChatMemberAdministrator,
    ChatMemberBanned,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberOwner,
    ChatMemberRestricted,
    ChatPermissions,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyParameters,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    RetryAfter,
)
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.sandbox import RateLimits, RunningSandbox, start_sandbox
from bot.sandbox.client import ControlAPIError, SandboxControl

TOKEN = "123456:sandbox-test-token"


@pytest.fixture
async def sandbox() -> AsyncIterator[RunningSandbox]:
    sb = await start_sandbox(token=TOKEN)
    yield sb
    await sb.close()


@pytest.fixture
async def ctl(sandbox: RunningSandbox) -> AsyncIterator[SandboxControl]:
    async with SandboxControl(sandbox.url) as client:
        yield client


@pytest.fixture
async def bot(sandbox: RunningSandbox) -> AsyncIterator[Bot]:
    b = Bot(TOKEN, base_url=sandbox.api_url)
    async with b:
        yield b


async def room(ctl: SandboxControl, **kw: Any) -> tuple[int, int]:
    """A supergroup with one joined resident: (chat_id, user_id)."""
    chat = await ctl.create_chat("과천 소통방", **kw)
    user = await ctl.create_user("민수", "minsu")
    await ctl.join(chat["id"], user["id"])
    return chat["id"], user["id"]


async def drain(bot: Bot, **kw: Any) -> list[Update]:
    """Everything pending, confirmed so the next call starts fresh."""
    updates = list(await bot.get_updates(timeout=0, **kw))
    if updates:
        await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0, **kw)
    return updates


async def test_get_me_token_and_unknown_method(sandbox: RunningSandbox, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.first_name, me.is_bot) == (1000, "sotong_bot", "소통봇", True)
    assert me.can_join_groups is True
    with pytest.raises(InvalidToken):
        await Bot("999:wrong", base_url=sandbox.api_url).get_me()
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")


async def test_resident_post_reaches_bot_with_command_entity(ctl: SandboxControl,
                                                             bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    await drain(bot)
    await ctl.post(chat_id, user_id, "/report 가로등이 나갔어요")
    await ctl.post(chat_id, user_id, "/help@sotong_bot")
    await ctl.post(chat_id, user_id, "그냥 글이에요 /not_a_command_at_start")
    updates = await bot.get_updates(timeout=1)
    texts = [u.message.text for u in updates]
    assert texts == ["/report 가로등이 나갔어요", "/help@sotong_bot",
                     "그냥 글이에요 /not_a_command_at_start"]
    first, second, third = (u.message for u in updates)
    assert first.entities[0].type == "bot_command"
    assert (first.entities[0].offset, first.entities[0].length) == (0, len("/report"))
    assert (second.entities[0].offset, second.entities[0].length) == (0, len("/help@sotong_bot"))
    assert third.entities[0].offset == len("그냥 글이에요 ")
    assert first.chat.id == chat_id and first.from_user.id == user_id

    async def noop(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None: ...

    # PTB's own CommandHandler must accept them (it checks the entity and the @botname).
    assert CommandHandler("report", noop).check_update(updates[0])
    assert CommandHandler("help", noop).check_update(updates[1])
    assert not CommandHandler("not_a_command_at_start", noop).check_update(updates[2])

    # offset confirms: nothing is delivered twice
    again = await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    assert again == ()


async def test_long_poll_wakes_on_new_update(sandbox: RunningSandbox, ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    await drain(bot)
    polls = sandbox.state.poll_generation
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await ctl.wait_for(lambda: sandbox.state.poll_generation > polls)  # the poll waits at the server now
    await ctl.post(chat_id, user_id, "기다리던 글")
    updates = await asyncio.wait_for(poll, 8)
    assert [u.message.text for u in updates] == ["기다리던 글"]


async def test_send_reply_markup_edit_delete_pin(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    posted = await ctl.post(chat_id, user_id, "OO사거리 가로등이 나갔어요")
    markup = InlineKeyboardMarkup([[
        InlineKeyboardButton("접수 확인", callback_data="ack:1"),
        InlineKeyboardButton("안내", url="https://t.me/sotong_bot?start=g")]])
    sent = await bot.send_message(chat_id, "민원 <b>#1</b> 접수", parse_mode="HTML",
                                  reply_markup=markup,
                                  reply_parameters=ReplyParameters(posted["message_id"]))
    assert sent.text == "민원 #1 접수"
    assert sent.entities[0].type == "bold"
    assert sent.reply_to_message.message_id == posted["message_id"]
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "ack:1"

    shown = (await ctl.messages(chat_id))[-1]
    assert shown["reply_to_message_id"] == posted["message_id"]
    assert shown["reply_markup"]["inline_keyboard"][0][0]["text"] == "접수 확인"
    assert shown["from"]["is_bot"] is True

    edited = await bot.edit_message_text("민원 #1 배정", chat_id, sent.message_id,
                                         reply_markup=markup)
    assert edited.edit_date is not None
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text("민원 #1 배정", chat_id, sent.message_id,
                                    reply_markup=markup)
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id, 9999)
    with pytest.raises(BadRequest, match="(?i)message can't be edited"):
        await bot.edit_message_text("x", chat_id, posted["message_id"])
    await bot.edit_message_reply_markup(chat_id, sent.message_id, reply_markup=None)
    shown = {m["message_id"]: m for m in await ctl.messages(chat_id)}
    assert shown[sent.message_id]["edited"] and shown[sent.message_id]["reply_markup"] is None

    assert await bot.pin_chat_message(chat_id, sent.message_id)
    state = await ctl.chat(chat_id)
    assert state["pinned_message_id"] == sent.message_id
    assert (await bot.get_chat(chat_id)).pinned_message.message_id == sent.message_id

    assert await bot.delete_message(chat_id, posted["message_id"])
    visible = [m["message_id"] for m in await ctl.messages(chat_id)]
    assert posted["message_id"] not in visible
    everything = await ctl.messages(chat_id, include_deleted=True)
    assert any(m["message_id"] == posted["message_id"] and m["deleted"] for m in everything)
    with pytest.raises(BadRequest, match="(?i)message to delete not found"):
        await bot.delete_message(chat_id, posted["message_id"])
    extra = await bot.send_message(chat_id, "지울 글")
    assert await bot.delete_messages(chat_id, [extra.message_id, 12345])
    assert await bot.unpin_all_chat_messages(chat_id)
    assert (await ctl.chat(chat_id))["pinned"] == []


async def test_non_admin_bot_cannot_moderate(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl, bot_is_admin=False)
    posted = await ctl.post(chat_id, user_id, "글")
    with pytest.raises(BadRequest, match="(?i)message can't be deleted"):
        await bot.delete_message(chat_id, posted["message_id"])
    with pytest.raises(BadRequest, match="(?i)not enough rights"):
        await bot.restrict_chat_member(chat_id, user_id, ChatPermissions(can_send_messages=False))
    with pytest.raises(BadRequest, match="(?i)not enough rights"):
        await bot.pin_chat_message(chat_id, posted["message_id"])
    with pytest.raises(BadRequest, match="(?i)not enough rights"):
        await bot.set_chat_permissions(chat_id, ChatPermissions(can_send_messages=False))


async def test_callback_press_and_answer(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    sent = await bot.send_message(chat_id, "확인해 주세요", reply_markup=InlineKeyboardMarkup(
        [[InlineKeyboardButton("확인", callback_data="ok:7")]]))
    await drain(bot)
    with pytest.raises(ControlAPIError) as err:
        await ctl.press(chat_id, sent.message_id, user_id, "no-such-button")
    assert err.value.status == 400
    cq_id = await ctl.press(chat_id, sent.message_id, user_id, "ok:7")
    assert await ctl.answer_of(cq_id) is None
    (update,) = await bot.get_updates(timeout=1)
    cq = update.callback_query
    assert (cq.id, cq.data, cq.from_user.id) == (cq_id, "ok:7", user_id)
    assert cq.message.message_id == sent.message_id
    assert await cq.answer("접수되었습니다", show_alert=True)
    assert await ctl.answer_of(cq_id) == {"text": "접수되었습니다", "show_alert": True,
                                          "url": None, "cache_time": 0}
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await cq.answer("again")


async def test_restriction_refuses_posts_until_it_ends(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    until = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
    assert await bot.restrict_chat_member(chat_id, user_id,
                                          ChatPermissions(can_send_messages=False),
                                          until_date=until)
    member = await bot.get_chat_member(chat_id, user_id)
    assert isinstance(member, ChatMemberRestricted)
    assert member.can_send_messages is False and member.is_member is True
    assert int(member.until_date.timestamp()) == int(until.timestamp())
    with pytest.raises(ControlAPIError) as err:
        await ctl.post(chat_id, user_id, "왜 안 되죠")
    assert err.value.status == 403 and "restricted" in err.value.message
    view = await ctl.member(chat_id, user_id)
    assert view["status"] == "restricted" and view["until_date"] == int(until.timestamp())

    async def can_post() -> bool:
        try:
            await ctl.post(chat_id, user_id, "이제 됩니다")
        except ControlAPIError:
            return False
        return True

    assert await ctl.wait_for(can_post, timeout=6, interval=0.2)
    assert isinstance(await bot.get_chat_member(chat_id, user_id), ChatMemberMember)

    # granting every permission lifts a restriction at once
    await bot.restrict_chat_member(chat_id, user_id, ChatPermissions(can_send_messages=False))
    await bot.restrict_chat_member(chat_id, user_id, ChatPermissions.all_permissions())
    assert (await ctl.member(chat_id, user_id))["status"] == "member"


async def test_restrict_admin_refused(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    await ctl.add_admin(chat_id, user_id)
    with pytest.raises(BadRequest, match="(?i)administrator"):
        await bot.restrict_chat_member(chat_id, user_id, ChatPermissions(can_send_messages=False))


async def test_set_chat_permissions_silences_members_not_admins(ctl: SandboxControl,
                                                               bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    moderator = await ctl.create_user("담당자")
    await ctl.join(chat_id, moderator["id"])
    await ctl.add_admin(chat_id, moderator["id"])
    assert await bot.set_chat_permissions(chat_id, ChatPermissions(can_send_messages=False))
    assert (await bot.get_chat(chat_id)).permissions.can_send_messages is False
    assert (await ctl.chat(chat_id))["permissions"]["can_send_messages"] is False
    with pytest.raises(ControlAPIError) as err:
        await ctl.post(chat_id, user_id, "쉬는 시간에도")
    assert err.value.status == 403
    await ctl.post(chat_id, moderator["id"], "잠시 쉬어 갑니다")
    await bot.set_chat_permissions(chat_id, ChatPermissions.all_permissions())
    await ctl.post(chat_id, user_id, "다시 열렸네요")


async def test_closed_forum_topic_refuses_posts(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl, is_forum=True)
    moderator = await ctl.create_user("담당자")
    await ctl.add_admin(chat_id, moderator["id"])
    topic = await bot.create_forum_topic(chat_id, "교통")
    thread = topic.message_thread_id
    await drain(bot)
    await ctl.post(chat_id, user_id, "신호등이 고장났어요", message_thread_id=thread)
    (update,) = await bot.get_updates(timeout=1)
    assert update.message.message_thread_id == thread and update.message.is_topic_message

    assert await bot.close_forum_topic(chat_id, thread)
    state = await ctl.chat(chat_id)
    assert state["topics"] == [{"message_thread_id": thread, "name": "교통", "closed": True}]
    with pytest.raises(ControlAPIError) as err:
        await ctl.post(chat_id, user_id, "닫혀도 쓸래요", message_thread_id=thread)
    assert err.value.status == 403 and "closed" in err.value.message
    await ctl.post(chat_id, user_id, "일반 주제에는 쓸 수 있어요")
    await ctl.post(chat_id, moderator["id"], "잠시 닫습니다", message_thread_id=thread)
    with pytest.raises(BadRequest, match="(?i)TOPIC_NOT_MODIFIED"):
        await bot.close_forum_topic(chat_id, thread)
    assert await bot.reopen_forum_topic(chat_id, thread)
    await ctl.post(chat_id, user_id, "다시 열렸다", message_thread_id=thread)

    plain_id, _ = await room(ctl)
    with pytest.raises(BadRequest, match="(?i)not a forum"):
        await bot.close_forum_topic(plain_id, thread)


async def test_join_emits_chat_member_only_when_asked(ctl: SandboxControl, bot: Bot) -> None:
    chat = await ctl.create_chat("입장 테스트")
    first = await ctl.create_user("첫째")
    await drain(bot)  # default allowed_updates: chat_member is opt-in
    await ctl.join(chat["id"], first["id"])
    updates = await drain(bot)
    assert [u.message.new_chat_members[0].id for u in updates] == [first["id"]]
    assert all(u.chat_member is None for u in updates)

    second = await ctl.create_user("둘째")
    await ctl.join(chat["id"], second["id"])
    updates = await drain(bot, allowed_updates=["message", "chat_member"])
    kinds = [("chat_member" if u.chat_member else "message") for u in updates]
    assert kinds == ["chat_member", "message"]
    cmu = updates[0].chat_member
    assert cmu.new_chat_member.user.id == second["id"]
    assert isinstance(cmu.old_chat_member, ChatMemberLeft)
    assert isinstance(cmu.new_chat_member, ChatMemberMember)

    third = await ctl.create_user("셋째")
    await ctl.join(chat["id"], third["id"], signals=("chat_member",))
    updates = await drain(bot, allowed_updates=["message", "chat_member"])
    assert [u.chat_member.new_chat_member.user.id for u in updates] == [third["id"]]


# PTB itself warns about RetryAfter.retry_after's future type when it builds the error.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_rate_limits_answer_429(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, _ = await room(ctl)
    for _ in range(5):  # off by default
        await bot.send_message(chat_id, "공지")
    await ctl.set_rate_limits(per_group_per_minute=3)
    for i in range(3):
        await bot.send_message(chat_id, f"공지 {i}")
    with pytest.raises(RetryAfter) as err:
        await bot.send_message(chat_id, "넘침")
    assert "Retry in" in str(err.value)
    (limited,) = (await ctl.calls("sendMessage", status=429))["calls"]
    retry_after = int(limited["description"].rsplit(" ", 1)[1])
    assert 1 <= retry_after <= 60
    other, _ = await room(ctl)
    await bot.send_message(other, "다른 방은 괜찮아")
    await ctl.set_rate_limits(per_second=2)
    await bot.send_message(other, "1")
    await bot.send_message(other, "2")
    with pytest.raises(RetryAfter):
        await bot.send_message(other, "3")
    limited = await ctl.calls("sendMessage", status=429)
    assert limited["count"] == 2 and limited["by_status"] == {"429": 2}
    assert (await ctl.calls("sendMessage"))["by_status"] == {"200": 5 + 3 + 1 + 2, "429": 2}


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_rate_limits_from_start_sandbox() -> None:
    sb = await start_sandbox(rate_limits=RateLimits(per_second=1))
    try:
        async with SandboxControl(sb.url) as ctl, Bot("1:any", base_url=sb.api_url) as bot:
            chat_id, _ = await room(ctl)
            await bot.send_message(chat_id, "하나")
            with pytest.raises(RetryAfter):
                await bot.send_message(chat_id, "둘")
    finally:
        await sb.close()


async def test_webhook_delivery_with_secret_and_retry(ctl: SandboxControl, bot: Bot) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []
    failures = {"left": 1}

    async def hook(request: web.Request) -> web.Response:
        if failures["left"]:
            failures["left"] -= 1
            return web.Response(status=500)
        received.append((request.headers.get("X-Telegram-Bot-Api-Secret-Token"),
                         await request.json()))
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        chat_id, user_id = await room(ctl)
        assert await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret_tok",
                                     drop_pending_updates=True)
        with pytest.raises(Conflict):
            await bot.get_updates(timeout=0)
        first = await ctl.post(chat_id, user_id, "웹훅 1")
        second = await ctl.post(chat_id, user_id, "웹훅 2")
        await ctl.wait_for(lambda: len(received) >= 2, timeout=5)
        assert [secret for secret, _ in received] == ["s3cret_tok", "s3cret_tok"]
        assert [body["update_id"] for _, body in received] == [first["update_id"],
                                                                second["update_id"]]
        assert Update.de_json(received[0][1], bot).message.text == "웹훅 1"
        await ctl.redeliver(first["update_id"])
        await ctl.wait_for(lambda: len(received) >= 3, timeout=5)
        assert received[2][1] == received[0][1]  # same update, same update_id
        info = await ctl.webhook_deliveries()
        assert info["statuses"] == {"500": 1, "200": 3}
        assert (await bot.get_webhook_info()).url.endswith("/hook")
        assert await bot.delete_webhook()
        await ctl.post(chat_id, user_id, "폴링으로")
        assert [u.message.text for u in await bot.get_updates(timeout=1)] == ["폴링으로"]
    finally:
        await runner.cleanup()


async def test_chat_member_shapes_for_every_status(ctl: SandboxControl, bot: Bot) -> None:
    owner = await ctl.create_user("시장")
    chat = await ctl.create_chat("모든 상태", creator_user_id=owner["id"])
    chat_id = chat["id"]
    admin, member, restricted, banned, stranger = [
        (await ctl.create_user(n))["id"] for n in ("관리자", "회원", "제한", "차단", "손님")]
    for uid in (admin, member, restricted, banned):
        await ctl.join(chat_id, uid)
    await ctl.add_admin(chat_id, admin)
    await bot.restrict_chat_member(chat_id, restricted, ChatPermissions(can_send_messages=False),
                                   until_date=int(time.time()) + 3600)
    await bot.ban_chat_member(chat_id, banned)
    expected = {owner["id"]: ChatMemberOwner, admin: ChatMemberAdministrator,
                member: ChatMemberMember, restricted: ChatMemberRestricted,
                banned: ChatMemberBanned, stranger: ChatMemberLeft, 1000: ChatMemberAdministrator}
    for uid, cls in expected.items():
        got = await bot.get_chat_member(chat_id, uid)
        assert type(got) is cls, (uid, got)
        assert got.user.id == uid
    admins = await bot.get_chat_administrators(chat_id)
    assert {a.user.id for a in admins} == {owner["id"], admin, 1000}
    assert await bot.get_chat_member_count(chat_id) == 5  # owner, bot, admin, member, restricted
    with pytest.raises(ControlAPIError) as err:
        await ctl.join(chat_id, banned)
    assert err.value.status == 403
    assert await bot.unban_chat_member(chat_id, banned, only_if_banned=True)
    await ctl.join(chat_id, banned)
    with pytest.raises(BadRequest, match="(?i)user not found"):
        await bot.get_chat_member(chat_id, 424242)


async def test_private_chat_and_deeplink(ctl: SandboxControl, bot: Bot) -> None:
    user = await ctl.create_user("영희")
    with pytest.raises(Forbidden, match="(?i)can't initiate conversation"):
        await bot.send_message(user["id"], "안녕하세요")
    await drain(bot)
    await ctl.deeplink(user["id"], "https://t.me/sotong_bot?start=complaint_42")
    (update,) = await bot.get_updates(timeout=1)
    assert update.message.text == "/start complaint_42"
    assert update.message.chat.id == user["id"] and update.message.chat.type == "private"
    assert update.message.entities[0].type == "bot_command"
    await bot.send_message(user["id"], "민원 42번 진행 상황입니다")
    private = await bot.get_chat(user["id"])
    assert (private.type, private.first_name) == ("private", "영희")
    texts = [m["text"] for m in await ctl.messages(user["id"])]
    assert texts == ["/start complaint_42", "민원 42번 진행 상황입니다"]
    await ctl.block(user["id"])
    with pytest.raises(Forbidden, match="(?i)blocked"):
        await bot.send_message(user["id"], "차단됨")

    chat_id, _ = await room(ctl)
    assert await bot.leave_chat(chat_id)
    with pytest.raises(Forbidden, match="(?i)not a member"):
        await bot.send_message(chat_id, "나갔는데")
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(-100555, "없는 방")


async def test_redeliver_same_update_id(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    await drain(bot)
    await ctl.post(chat_id, user_id, "한 번만 처리")
    (original,) = await drain(bot)
    await ctl.redeliver(original.update_id)
    await ctl.post(chat_id, user_id, "그다음 글")
    seen: list[Update] = []
    offset = None
    for _ in range(5):
        batch = await bot.get_updates(offset=offset, timeout=0)
        if not batch:
            break
        seen.extend(batch)
        offset = batch[-1].update_id + 1  # exactly what PTB's Updater does
    assert [(u.update_id, u.message.text) for u in seen] == [
        (original.update_id, "한 번만 처리"), (original.update_id + 1, "그다음 글")]


async def test_bad_html_and_empty_text(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, _ = await room(ctl)
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_message(chat_id, "<b>열림만", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)Unsupported start tag"):
        await bot.send_message(chat_id, "<script>x</script>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(chat_id, "x", reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("x", callback_data="가" * 30)]]))
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(chat_id, "가" * 4097)


async def test_bulk_post_batches_of_100_in_order(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    await drain(bot)
    out = await ctl.bulk_post(chat_id, [{"user_id": user_id, "text": f"글 {i}"}
                                        for i in range(250)])
    assert out["count"] == 250 and out["refused"] == []
    seen: list[str] = []
    offset = None
    sizes = []
    while True:
        batch = await bot.get_updates(offset=offset, timeout=0)
        if not batch:
            break
        sizes.append(len(batch))
        seen.extend(u.message.text for u in batch)
        offset = batch[-1].update_id + 1
    assert sizes == [100, 100, 50]
    assert seen == [f"글 {i}" for i in range(250)]


async def test_unmodified_ptb_application_polls_and_replies(sandbox: RunningSandbox,
                                                           ctl: SandboxControl) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(f"환영합니다 ({' '.join(context.args)})")

    app = Application.builder().token(TOKEN).base_url(sandbox.api_url).build()
    app.add_handler(CommandHandler("start", start))
    chat_id, user_id = await room(ctl)
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            await ctl.post(chat_id, user_id, "/start@sotong_bot 안내")
            reply = await ctl.wait_for(
                lambda ms: next((m for m in ms if m["from"]["is_bot"]), None),
                chat_id=chat_id, timeout=5)
            assert reply["text"] == "환영합니다 (안내)"
            assert reply["reply_to_message_id"] is not None
        finally:
            await app.updater.stop()
            await app.stop()


async def test_photos_edits_commands_and_json_bodies(sandbox: RunningSandbox, ctl: SandboxControl,
                                                     bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    await drain(bot)
    photo = await ctl.post(chat_id, user_id, caption="파손된 보도블록", photo=True)
    await ctl.edit(chat_id, photo["message_id"], user_id, "파손된 보도블록 (OO동)")
    first, second = await drain(bot)
    assert first.message.photo[-1].file_id == photo["photo"]
    assert first.message.caption == "파손된 보도블록"
    assert second.edited_message.caption == "파손된 보도블록 (OO동)"
    other = await ctl.create_user("남")
    with pytest.raises(ControlAPIError):
        await ctl.edit(chat_id, photo["message_id"], other["id"], "남의 글")

    by_id = await bot.send_photo(chat_id, first.message.photo[-1].file_id, caption="확인")
    assert by_id.photo[-1].file_id == photo["photo"]
    uploaded = await bot.send_photo(chat_id, b"\x89PNG fake bytes", caption="<i>현장</i>",
                                    parse_mode="HTML")
    assert uploaded.caption == "현장" and uploaded.photo[-1].file_id != photo["photo"]
    assert uploaded.caption_entities[0].type == "italic"

    assert await bot.set_my_commands([BotCommand("report", "민원 접수"),
                                      BotCommand("status", "진행 상황")])
    assert [c.command for c in await bot.get_my_commands()] == ["report", "status"]
    assert await bot.get_my_commands(language_code="en") == ()
    with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Report", "대문자")])

    # JSON bodies and query strings work too, as with Telegram's server
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{sandbox.api_url}{TOKEN}/sendMessage",
                             json={"chat_id": chat_id, "text": "json 본문"}) as resp:
            body = await resp.json()
            assert resp.status == 200 and body["result"]["text"] == "json 본문"
        async with http.get(f"{sandbox.api_url}{TOKEN}/editMessageText",
                            params={"chat_id": str(chat_id), "message_id": "9999",
                                    "text": "x"}) as resp:
            body = await resp.json()
            assert resp.status == 400 and body == {
                "ok": False, "error_code": 400,
                "description": "Bad Request: message to edit not found"}


async def test_web_page_is_served_without_external_assets(sandbox: RunningSandbox) -> None:
    async with aiohttp.ClientSession() as http, http.get(sandbox.url + "/") as resp:
        assert resp.status == 200 and resp.content_type == "text/html"
        html = await resp.text()
    assert "/control/callback" in html and "/control/deeplink" in html
    assert "대화방" in html
    # offline: no scripts, styles or fonts from elsewhere
    assert "src=\"http" not in html and "href=\"http" not in html and "@import" not in html


async def test_webhook_gives_up_after_bounded_retries(ctl: SandboxControl, bot: Bot) -> None:
    calls: list[int] = []

    async def hook(request: web.Request) -> web.Response:
        update = await request.json()
        calls.append(update["update_id"])
        # the bot is broken for the first update only
        return web.Response(status=502 if len(set(calls)) == 1 else 200)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        chat_id, user_id = await room(ctl)
        await bot.set_webhook(f"http://127.0.0.1:{runner.addresses[0][1]}/hook",
                              drop_pending_updates=True)
        doomed = await ctl.post(chat_id, user_id, "실패할 글")
        fine = await ctl.post(chat_id, user_id, "성공할 글")
        await ctl.wait_for(lambda: fine["update_id"] in calls, timeout=8)
        assert calls.count(doomed["update_id"]) > 1  # retried
        info = await ctl.webhook_deliveries()
        gave_up = [d for d in info["deliveries"] if d["error"] == "gave up"]
        assert [d["update_id"] for d in gave_up] == [doomed["update_id"]]
        assert info["statuses"]["502"] == calls.count(doomed["update_id"])
        webhook_info = await bot.get_webhook_info()
        assert webhook_info.last_error_message
    finally:
        await bot.delete_webhook()
        await runner.cleanup()


async def test_announced_chat_tells_the_bot_it_was_added(ctl: SandboxControl, bot: Bot) -> None:
    owner = await ctl.create_user("방장")
    await drain(bot)
    quiet = await ctl.create_chat("조용한 방")
    assert await drain(bot) == []
    chat = await ctl.create_chat("알리는 방", creator_user_id=owner["id"], announce_bot=True)
    (update,) = await drain(bot)
    change = update.my_chat_member
    assert change.chat.id == chat["id"] != quiet["id"]
    assert change.from_user.id == owner["id"]
    assert isinstance(change.old_chat_member, ChatMemberLeft)
    assert isinstance(change.new_chat_member, ChatMemberAdministrator)


async def test_an_album_arrives_as_photos_sharing_a_media_group_id(ctl: SandboxControl, bot: Bot) -> None:
    chat_id, user_id = await room(ctl)
    await drain(bot)
    await ctl.post(chat_id, user_id, caption="보도블럭 사진 두 장", photo=True, media_group_id="g1")
    await ctl.post(chat_id, user_id, photo=True, media_group_id="g1")
    first, second = [u.message for u in await bot.get_updates(timeout=1)]
    assert first.media_group_id == second.media_group_id == "g1"
    assert first.caption == "보도블럭 사진 두 장" and second.caption is None and second.photo
    with pytest.raises(ControlAPIError) as err:
        await ctl.post(chat_id, user_id, "글", media_group_id="g2")  # only photos come in albums
    assert err.value.status == 400


async def test_get_file_serves_posted_photos_and_nothing_else(sandbox: RunningSandbox, ctl: SandboxControl) -> None:
    from bot.sandbox.files import picture

    bot = Bot(TOKEN, base_url=sandbox.api_url, base_file_url=f"{sandbox.url}/file/bot")
    await bot.initialize()
    try:
        user = await ctl.create_user("주민")
        chat = await ctl.create_chat("과천", creator_user_id=user["id"])
        posted = await ctl.post(chat["id"], user["id"], caption="사진", photo=True)
        file_id = posted["photo"] if isinstance(posted["photo"], str) else posted["photo"][-1]["file_id"]
        found = await bot.get_file(file_id)
        assert found.file_path is not None and found.file_path.endswith(".png")
        assert bytes(await found.download_as_bytearray()) == picture(file_id)
        with pytest.raises(BadRequest, match="(?i)invalid file_id"):
            await bot.get_file("AgACphoto99999999sandbox")
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{sandbox.url}/file/botwrong-token/photos/{file_id}.png") as response:
                assert response.status == 401
            async with http.get(f"{sandbox.url}/file/bot{TOKEN}/photos/nothing.png") as response:
                assert response.status == 404
    finally:
        await bot.shutdown()
