"""`sotong doctor`: a checklist of what is in place, with the fix for each problem; and the running
bot tells a room's moderators, once, which right it lacks."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from bot.sandbox.client import SandboxControl
from storage import rooms
from storage.database import Database, alembic_config
from tests.conftest import REPO, TOKEN, Room, bot_messages, eventually

AD = "재택 부업 고수익 보장! 하루 30분 투자로 월 300만 원 가능, 문의 주세요"


async def doctor(config: Path) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "doctor", "--config", str(config), cwd=REPO,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode or 0, output.decode()


def config_file(
    tmp_path: Path, api_url: str, extra: str = "", token: str = TOKEN, secret: str = "a-long-test-secret-of-pseudonyms"
) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[telegram]\ntoken = "{token}"\napi_url = "{api_url}"\n'
        f'[storage]\nurl = "sqlite+aiosqlite:///{tmp_path / "bot.db"}"\n[privacy]\npseudonym_secret = "{secret}"\n{extra}',
        encoding="utf-8",
    )
    return path


async def known_rooms(tmp_path: Path, *chats: dict) -> None:
    """The rooms the bot has served (as its database remembers them)."""
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    await db.migrate()
    async with db.session() as session:
        for chat in chats:
            await rooms.ensure(session, chat["id"], chat["title"], chat["is_forum"])
    await db.close()


async def test_doctor_passes_a_room_where_the_bot_has_every_right(sandbox, control: SandboxControl, tmp_path: Path) -> None:
    owner = await control.create_user(first_name="방장")
    good = await control.create_chat(title="좋은 방", creator_user_id=owner["id"])  # the bot: administrator, every right
    desk = await control.create_chat(title="도로과 업무방", creator_user_id=owner["id"], bot_is_admin=False)
    await known_rooms(tmp_path, good)
    config = config_file(tmp_path, sandbox.url, f'[departments."도로과"]\nchat_id = {desk["id"]}\ncategories = ["road"]\n')
    code, output = await doctor(config)
    assert code == 0, output
    assert "✖" not in output
    assert "✔ token: 1000:*** (bot id 1000)" in output and "test-token" not in output
    assert f"✔ Bot API at {sandbox.url} answers: @sotong_bot" in output
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert f"revision {head}, the newest" in output
    assert f"✔ room 좋은 방 ({good['id']}): the bot is an administrator with every right the enabled features need" in output
    assert f"✔ staff group 도로과 ({desk['id']}): the bot is a member" in output
    assert output.rstrip().endswith("checks passed")


async def test_doctor_names_each_missing_right_with_its_fix_and_fails_on_a_blind_bot(
    sandbox, control: SandboxControl, tmp_path: Path
) -> None:
    owner = await control.create_user(first_name="방장")
    plain = await control.create_chat(title="봇이 일반 회원인 방", creator_user_id=owner["id"], bot_is_admin=False)
    forum = await control.create_chat(title="주제형 방", is_forum=True, creator_user_id=owner["id"])
    await control.set_bot_rights(forum["id"], {"can_delete_messages": True, "can_restrict_members": True})  # no pin, no topics
    await known_rooms(tmp_path, plain, forum)
    config = config_file(tmp_path, sandbox.url, '[departments."도로과"]\nchat_id = -1009999999999\ncategories = ["road"]\n')
    code, output = await doctor(config)
    assert code == 1, output
    lines = output.splitlines()
    blind = (
        f"✖ room 봇이 일반 회원인 방 ({plain['id']}): "
        "the bot is not an administrator and privacy mode is on, so it only sees commands  [blocking]"
    )
    assert blind in lines
    assert any(line.startswith(f"✖ room 봇이 일반 회원인 방 ({plain['id']}): the bot lacks 'Delete messages'") for line in lines)
    pin = f"✖ room 주제형 방 ({forum['id']}): the bot lacks 'Pin messages' (pinning the open-complaints board)"
    topics = f"✖ room 주제형 방 ({forum['id']}): the bot lacks 'Manage topics' (closing an overheated topic for a while)"
    assert pin in lines and topics in lines
    assert (
        lines[lines.index(pin) + 1]
        == "    해결: 방 설정 → 관리자 → 소통봇에서 '메시지 고정' 권한을 켜 주세요 (봇이 관리자가 아니면 먼저 관리자로 지정)"
    )
    assert lines[lines.index(pin) + 2].startswith("    fix: in the group's settings → Administrators → the bot, turn on 'Pin messages'")
    assert not any("주제형 방" in line and "Delete messages" in line for line in lines)  # that one it has
    assert any(
        line.startswith("✖ staff group 도로과 (-1009999999999): the bot is not in it") and line.endswith("[blocking]") for line in lines
    )
    assert "blocking)" in lines[-1]


async def test_doctor_on_a_fresh_copy_of_the_example_and_an_api_that_does_not_answer(tmp_path: Path) -> None:
    example = (REPO / "config.example.toml").read_text(encoding="utf-8")
    fresh = tmp_path / "copied.toml"
    fresh.write_text(example, encoding="utf-8")
    code, output = await doctor(fresh)
    assert code == 1
    problems = [line for line in output.splitlines() if line.startswith("✖")]
    assert len(problems) == 2  # one clear line each
    assert "telegram.token: still the example's placeholder" in problems[0]
    assert "privacy.pseudonym_secret: still the example's placeholder" in problems[1]

    code, output = await doctor(config_file(tmp_path, "http://127.0.0.1:9"))  # nothing listens there
    assert code == 1
    assert "✖ Bot API at http://127.0.0.1:9 does not answer" in output and "[blocking]" in output
    assert "Unclosed" not in output and "Traceback" not in output


async def test_the_bot_tells_a_rooms_moderators_once_which_right_it_lacks(bot_factory, control: SandboxControl, room: Room) -> None:  # type: ignore[no-untyped-def]
    await control.set_bot_rights(room.chat_id, None)  # a plain member: it cannot delete
    bot = bot_factory()
    await bot.start()

    async def notices() -> list[dict]:
        return [m for m in await bot_messages(control, room.chat_id) if m["text"].startswith("⚠️ 관리자님께")]

    await control.post(room.chat_id, room.resident, AD)  # breaks the rules: deleteMessage is refused
    [notice] = await eventually(notices)
    assert "'메시지 삭제'" in notice["text"] and "규칙을 어긴 글 삭제" in notice["text"]
    assert "'사용자 차단'" in notice["text"] and "'메시지 고정'" in notice["text"]
    assert "한 번만" in notice["text"]

    await control.post(room.chat_id, room.resident, AD + " 진짜로요")  # refused again
    await bot.restart()  # and the start-up check looks at the room again
    await control.post(room.chat_id, room.resident, "/rules")
    await eventually(lambda: _answered_rules(control, room))
    assert len(await notices()) == 1  # told once, remembered across the restart

    # Made an administrator, then the pin right taken away: that loss is told, on its own.
    await control.set_bot_rights(room.chat_id, {"can_delete_messages": True, "can_restrict_members": True, "can_pin_messages": True})
    await eventually(lambda: _noticed(bot, room, set()))
    await control.set_bot_rights(room.chat_id, {"can_delete_messages": True, "can_restrict_members": True})
    later = (await eventually(lambda: _at_least(notices, 2)))[-1]
    assert "'메시지 고정'" in later["text"] and "'메시지 삭제'" not in later["text"]


async def _answered_rules(control: SandboxControl, room: Room) -> bool:
    return any("소통방 규칙" in m["text"] for m in await bot_messages(control, room.chat_id))


async def _noticed(bot, room: Room, expected: set[str]) -> bool:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from storage.models import RightsNotice

    async with bot.runtime.db.session() as session:
        rows = (await session.exec(select(RightsNotice.right).where(RightsNotice.chat_id == room.chat_id))).scalars()
        return set(rows) == expected


async def _at_least(probe, count: int) -> list | None:  # type: ignore[no-untyped-def]
    found = await probe()
    return found if len(found) >= count else None
