"""Screenshots of the staff console in headless Chromium, offline: `python docs/console_screenshots.py [OUT_DIR]`.

Builds a small city in the sandbox (two rooms, three departments, a dozen
complaints at every stage, one with a photo), starts the bot, and looks at each
console page as a visitor without a session, as a resident with no role, as a
department's staffer, and as staff, on a desktop and a phone screen. The README's
pictures (docs/console-*.png) come from here.
"""

from __future__ import annotations

import asyncio
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.runtime import Runtime  # noqa: E402
from bot.sandbox.client import SandboxControl  # noqa: E402
from bot.sandbox.server import start_sandbox  # noqa: E402
from tests.browser import Browser, missing  # noqa: E402
from tests.conftest import TOKEN, bot_messages, bot_settings, eventually  # noqa: E402

REPORTS = [
    ("a", "과천역 3번 출구 앞 가로등이 나갔어요 ㅠㅠ 밤에 너무 어두워요", False),
    ("a", "별양동 사거리 도로에 포트홀이 생겼어요 차가 덜컹거려서 위험해요", True),
    ("a", "중앙공원 놀이터 그네가 부서졌어요 고쳐 주세요 아이들이 위험해요", False),
    ("a", "문원동 주택가 골목에 쓰레기 무단투기가 계속돼요 냄새가 심해요", False),
    ("a", "부림동 학교 앞 횡단보도 신호등이 고장났어요 아이들 등굣길이 위험해요", False),
    ("a", "과천시청 앞 인도 보도블럭이 깨져서 걸려 넘어질 뻔했어요", False),
    ("b", "갈현동 주차장 입구에 불법주차 차량 때문에 차가 못 나가요", False),
    ("b", "관문체육공원 산책로 가로등 두 개가 깜빡거려요", False),
    ("b", "관문체육공원에 반려견 놀이터를 만들어 주면 좋겠습니다. 제안합니다", False),
]


async def main(out: Path) -> None:
    reason = missing()
    if reason:
        raise SystemExit(f"cannot take screenshots: {reason}")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sotong-shots-"))
    sandbox = await start_sandbox(token=TOKEN)
    control = SandboxControl(sandbox.url)
    moderator = await control.create_user(first_name="시청 소통담당", username="city_staff")
    other_moderator = await control.create_user(first_name="별양동 방장")
    residents = [await control.create_user(first_name=f"주민{i}") for i in range(4)]
    room_a = await control.create_chat(title="과천시 소통방", type="supergroup", creator_user_id=moderator["id"])
    room_b = await control.create_chat(title="별양동 주민방", type="supergroup", creator_user_id=other_moderator["id"])
    for chat in (room_a, room_b):
        for person in residents:
            await control.join(chat["id"], person["id"], signals=())
    roads_staffer = await control.create_user(first_name="도로과 주무관")
    desks = {}
    for name, categories in (
        ("도로과", ["road", "streetlight", "traffic", "parking"]),
        ("공원녹지과", ["parks"]),
        ("청소행정과", ["waste", "environment"]),
    ):
        desk = await control.create_chat(
            title=f"{name} 업무방", type="supergroup", creator_user_id=roads_staffer["id"] if name == "도로과" else moderator["id"]
        )
        desks[name] = {"chat_id": desk["id"], "categories": categories}
    settings = bot_settings(
        sandbox.url,
        f"sqlite+aiosqlite:///{work / 'shots.db'}",
        staff={"user_ids": [moderator["id"]]},
        departments=desks,
        deadlines={"first_response_minutes": 0.05},
        console={"public_page": True},
        progress={"board_delay_seconds": 0.2},
    )
    runtime = Runtime(settings)
    await runtime.start()
    chats = {"a": room_a, "b": room_b}
    for i, (where, body, photo) in enumerate(REPORTS):
        author = residents[i % len(residents)]["id"]
        if photo:
            await control.post(chats[where]["id"], author, caption=body, photo=True)
        else:
            await control.post(chats[where]["id"], author, body)
    await control.post(room_a["id"], residents[3]["id"], "과천역 3번 출구 가로등 아직도 꺼져 있어요")  # a supporter of #1

    async def filed() -> bool:
        return len([m for m in await bot_messages(control, room_a["id"]) if "접수했습니다" in (m.get("text") or "")]) >= 6

    await eventually(filed, timeout=30)
    for command in (
        "/assign 1 도로과",
        "/progress 1 내일 오전 교체 예정입니다",
        "/assign 3 공원녹지과",
        "/resolve 6 보도블럭을 교체했습니다",
        "/reject 4 사유지라 시에서 처리할 수 없습니다",
    ):
        await control.post(room_a["id"], moderator["id"], command)
    await asyncio.sleep(4)  # deadlines of the rest pass (first response within 3 s here)

    async def session_for(user_id: int, width: int = 1280, height: int = 900) -> Browser:
        browser = await Browser.start(work / f"profile-{user_id}-{width}", width, height)
        await browser.get(await runtime.console.login_link(user_id))
        return browser

    visitor = await Browser.start(work / "profile-visitor")
    await visitor.get(f"{runtime.web.url}/console/complaints")
    await visitor.screenshot(out / "visitor-login.png")
    await visitor.quit()

    resident = await session_for(residents[0]["id"])
    await resident.screenshot(out / "resident-no-role.png")
    await resident.quit()

    staffer = await session_for(roads_staffer["id"])
    await staffer.get(f"{runtime.web.url}/console/complaints")
    await staffer.screenshot(out / "department-list.png", full_page=True)
    await staffer.get(f"{runtime.web.url}/console/complaints/3")
    await staffer.screenshot(out / "department-other-department.png")
    await staffer.quit()

    # The staff member logs in through the link the bot sends in the private chat.
    await control.private(moderator["id"], "/console")
    [answer] = await eventually(lambda: bot_messages(control, moderator["id"]))
    link = re.search(r"https?://\S+", answer["text"]).group(0)  # type: ignore[union-attr]
    staff = await Browser.start(work / "profile-staff")
    await staff.get(link)
    base = runtime.web.url
    for name, path in (
        ("dashboard", "/console/"),
        ("list", "/console/complaints"),
        ("detail", "/console/complaints/2"),
        ("detail-progress", "/console/complaints/1"),
        ("overdue", "/console/overdue"),
        ("stats", "/console/stats"),
        ("rooms", "/console/rooms"),
        ("room", "/console/rooms/1"),
        ("dashboard-en", "/console/language/en?next=/console/"),
    ):
        await staff.get(base + path)
        await staff.screenshot(out / f"staff-{name}.png", full_page=True)
    await staff.get(base + "/console/language/ko?next=/console/")
    await staff.quit()

    phone = await session_for(moderator["id"], 390, 844)
    await phone.get(f"{base}/console/complaints?state=open")
    await phone.screenshot(out / "phone-list.png", full_page=True)
    await phone.get(f"{base}/console/complaints/1")
    await phone.screenshot(out / "phone-detail.png", full_page=True)
    await phone.quit()

    async with runtime.db.session() as session:
        from storage import console as store

        await store.set_public_board(session, 1, True, "docs")
    board = await Browser.start(work / "profile-board")
    await board.get(f"{base}/board/1")
    await board.screenshot(out / "public-board.png", full_page=True)
    await board.quit()

    await runtime.stop()
    await control.close()
    await sandbox.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/shots")))
