"""A small city for the console's scenarios, and a person visiting the console over HTTP."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import aiohttp

from bot.runtime import Runtime
from bot.sandbox.client import SandboxControl
from tests.conftest import Desk, bot_messages, eventually, routed

STREETLIGHT = "과천역 3번 출구 앞 가로등이 나갔어요"  # -> 도로과
BENCH = "중앙공원 벤치가 부서졌어요 앉으면 위험해요"  # -> 공원녹지과
POTHOLE = "별양동 사거리 도로에 포트홀이 생겼어요 위험해요"  # room B -> 도로과
SIX = (  # six reports of six categories: none a duplicate of another
    "과천역 3번 출구 앞 가로등이 나갔어요 밤에 너무 어두워요",
    "별양동 사거리 도로에 포트홀이 생겼어요 차가 덜컹거려서 위험해요",
    "중앙공원 놀이터 그네가 부서졌어요 고쳐 주세요 아이들이 위험해요",
    "문원동 주택가 골목에 쓰레기 무단투기가 계속돼요 냄새가 심해요",
    "부림동 학교 앞 횡단보도 신호등이 고장났어요 아이들 등굣길이 위험해요",
    "갈현동 주차장 입구에 불법주차 차량 때문에 차가 못 나가요",
)
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class City:
    """Room A (its moderator), room B (another moderator), two department groups, a staff member, a resident."""

    runtime: Runtime
    control: SandboxControl
    room_a: int
    room_b: int
    moderator_a: int
    moderator_b: int
    resident: int
    staff: int
    desks: dict[str, Desk]
    posted: dict[str, dict] = field(default_factory=dict)  # the residents' messages by name
    ids: dict[str, int] = field(default_factory=dict)  # complaint ids by name

    @property
    def url(self) -> str:
        assert self.runtime.web.url is not None
        return self.runtime.web.url

    async def file(self, name: str, chat_id: int, body: str | None = None, photo: bool = False, caption: str | None = None) -> int:
        """A resident reports; returns the stored complaint's id once acknowledged."""
        posted = await self.control.post(chat_id, self.resident, body, photo=photo, caption=caption)

        async def acknowledged() -> list[dict]:
            return [m for m in await bot_messages(self.control, chat_id)
                    if m.get("reply_to_message_id") == posted["message_id"] and "접수했습니다" in (m.get("text") or "")]

        await eventually(acknowledged)
        from storage import complaints, rooms

        async with self.runtime.db.session() as session:
            room = await rooms.by_chat(session, chat_id)
            complaint = await complaints.by_message(session, room.id, posted["message_id"])  # type: ignore[union-attr]
        assert complaint is not None
        self.posted[name], self.ids[name] = posted, complaint.id  # type: ignore[assignment]
        return complaint.id  # type: ignore[return-value]

    async def room_id(self, chat_id: int) -> int:
        from storage import rooms

        async with self.runtime.db.session() as session:
            return (await rooms.by_chat(session, chat_id)).id  # type: ignore[union-attr]

    async def complaint(self, name: str):  # type: ignore[no-untyped-def]
        from storage import complaints

        async with self.runtime.db.session() as session:
            return await complaints.get(session, self.ids[name])

    def visitor(self) -> Visitor:
        return Visitor(self.url)

    async def signed_in(self, user_id: int) -> Visitor:
        """Someone with a session, logged in through a fresh one-time link."""
        visitor = Visitor(self.url)
        response = await visitor.open(await self.runtime.console.login_link(user_id))
        assert [r.status for r in response.history] == [303], response.status  # logged in (the page may still refuse a role)
        return visitor


async def build_city(
    control: SandboxControl, bot_factory, desks: dict[str, Desk], room_title: str = "과천시 소통방", **sections: dict
) -> City:  # type: ignore[no-untyped-def]
    moderator_a = await control.create_user(first_name="과천 방장", username="mod_a")
    moderator_b = await control.create_user(first_name="별양동 방장", username="mod_b")
    resident = await control.create_user(first_name="주민")
    staff = await control.create_user(first_name="시청 총괄")
    room_a = await control.create_chat(title=room_title, type="supergroup", creator_user_id=moderator_a["id"])
    room_b = await control.create_chat(title="별양동 주민방", type="supergroup", creator_user_id=moderator_b["id"])
    for chat in (room_a, room_b):
        await control.join(chat["id"], resident["id"], signals=())
    settings = routed(desks)
    settings["staff"] = {"user_ids": [staff["id"]]}
    settings["progress"] = {"board_delay_seconds": 0.1}
    for name, values in sections.items():
        settings.setdefault(name, {}).update(values)
    runtime = await bot_factory(**settings).start()
    return City(runtime, control, room_a["id"], room_b["id"], moderator_a["id"], moderator_b["id"], resident["id"], staff["id"], desks)


class Visitor:
    """A browser without a browser: keeps cookies (also for 127.0.0.1) and reads the CSRF token off pages."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.csrf = ""

    async def open(self, url: str, **options: object) -> aiohttp.ClientResponse:
        response = await self.http.get(url, **options)  # type: ignore[arg-type]
        await response.read()
        self._remember(response)
        return response

    async def get(self, path: str, **options: object) -> tuple[int, str]:
        response = await self.open(self.base + path, **options)
        body = await response.read()
        return response.status, body.decode("utf-8", "replace")

    async def post(self, path: str, data: dict, csrf: bool = True) -> tuple[int, str]:
        form = dict(data)
        if csrf and "csrf" not in form:
            form["csrf"] = self.csrf
        response = await self.http.post(self.base + path, data=form)
        body = (await response.read()).decode("utf-8", "replace")
        self._remember(response)
        return response.status, body

    def _remember(self, response: aiohttp.ClientResponse) -> None:
        if response.content_type == "text/html" and response._body:  # type: ignore[attr-defined]
            found = _CSRF.search(response._body.decode("utf-8", "replace"))  # type: ignore[attr-defined]
            if found:
                self.csrf = found.group(1)

    def cookie(self) -> str | None:
        for morsel in self.http.cookie_jar:
            if morsel.key == "sotong_console":
                return morsel.value
        return None

    async def close(self) -> None:
        await self.http.close()
