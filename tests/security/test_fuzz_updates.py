"""Property-based: whatever arrives as an update, the bot stays up and keeps serving its room.

Hypothesis makes the updates: well-formed ones bent out of shape (a field dropped, a
value of the wrong type, a huge number, odd Unicode, nested junk), and JSON that is no
update at all. They go to a real `sotong run` process over HTTP, by its webhook (as
anyone who knows the URL and the secret) and by getUpdates from the sandbox (as a Bot
API server could send them). After each one, properties:

- the process is still running (and its webhook answers /healthz);
- the webhook answered 200 or 400, never 500;
- the inbox holds only updates the bot can parse;
- a valid update sent after the junk, in the same room, is still handled: the junk
  blocked nothing.

The number of examples is bounded (profile "ci", about 20 s for the module); set
SOTONG_HYPOTHESIS_PROFILE=thorough to explore for longer.
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
import signal
import sqlite3
import threading
import urllib.error
import urllib.request
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.inbound import MAX_UPDATE_ID, parse_update, usable_update_id
from bot.sandbox.client import SandboxControl
from bot.sandbox.server import RunningSandbox, start_sandbox
from tests.conftest import TOKEN, bot_messages, bot_process
from tests.security.conftest import SECRET, free_port

settings.register_profile(
    "ci", max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.register_profile("thorough", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PROFILE = os.environ.get("SOTONG_HYPOTHESIS_PROFILE", "ci")


class BotWorld:
    """The sandbox (in an event loop of its own thread) and the bot (its own process)."""

    def __init__(self, mode: str, tmp: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="sandbox", daemon=True)
        self.thread.start()
        self.sandbox: RunningSandbox = self.run(start_sandbox(token=TOKEN))
        self.control = SandboxControl(self.sandbox.url)
        self.run(self._arrange())
        self.db_path = tmp / f"{mode}.db"
        self.port = free_port()
        config = tmp / f"{mode}.toml"
        webhook = (
            f'[webhook]\nlisten = "127.0.0.1"\nport = {self.port}\npath = "/tg"\n'
            f'public_url = "http://127.0.0.1:{self.port}"\nsecret_token = "{SECRET}"\n'
        )
        config.write_text(
            f'[telegram]\ntoken = "{TOKEN}"\napi_url = "{self.sandbox.url}"\nmode = "{mode}"\npoll_timeout = 1\n'
            "[telegram.rate_limit]\ngroup_per_minute = 100000\n"
            f'[storage]\nurl = "sqlite+aiosqlite:///{self.db_path}"\n[web]\nport = 0\n[privacy]\npseudonym_secret = "fuzz-secret"\n'
            "[rules.flood]\nenabled = false\n[scheduler]\nsweep_seconds = 0.5\n" + (webhook if mode == "webhook" else ""),
            encoding="utf-8",
        )
        self.process = bot_process(config)
        self.served = 0
        # Start-up (a Python process importing the models) is slow on a loaded machine; wait for it to
        # reach the Bot API before holding the bot to the 20 s answer below.
        self.run(self.control.wait_for(lambda: self._started(mode), timeout=90), timeout=100)
        self.assert_serves()

    async def _started(self, mode: str) -> bool:
        """The process published its commands and is receiving (polling, or its webhook is set)."""
        receiving = "getUpdates" if mode == "polling" else "setWebhook"
        return (await self.control.calls("setMyCommands"))["count"] >= 2 and (await self.control.calls(receiving))["count"] >= 1

    def run(self, coroutine: Coroutine[Any, Any, Any], timeout: float = 30) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    async def _arrange(self) -> None:
        self.moderator = (await self.control.create_user(first_name="시청 소통담당"))["id"]
        self.resident = (await self.control.create_user(first_name="주민", username="jumin"))["id"]
        self.chat_id = (await self.control.create_chat(title="과천시 소통방", creator_user_id=self.moderator))["id"]
        await self.control.join(self.chat_id, self.resident, signals=())
        self.bot_message = await self.control.post(self.chat_id, self.moderator, "공지")

    def assert_serves(self) -> None:
        """A resident asks for the rules in the room; the bot answers (within 20 s)."""
        assert self.process.poll() is None, "the bot process is down"
        self.run(self._serves(), timeout=40)
        self.served += 1

    async def _serves(self) -> None:
        asked = await self.control.post(self.chat_id, self.resident, "/rules")

        async def answered() -> bool:
            return any(m.get("reply_to_message_id") == asked["message_id"] for m in await bot_messages(self.control, self.chat_id))

        try:
            await self.control.wait_for(answered, timeout=20)
        except TimeoutError:
            raise AssertionError(f"no answer to /rules (update {asked['update_id']}) within 20 s: something blocked it") from None

    def post_webhook(self, body: bytes) -> int:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/tg", data=body, method="POST",
            headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def healthy(self) -> bool:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=10) as response:
            return response.status == 200

    def inbox(self) -> list[str]:
        with sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True) as connection:
            return [row[0] for row in connection.execute("SELECT payload FROM inbox_updates")]

    def close(self) -> None:
        try:
            self.process.send_signal(signal.SIGTERM)
            assert self.process.wait(timeout=30) == 0  # still able to stop gracefully
        finally:
            self.run(self.control.close())
            self.run(self.sandbox.close())
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def webhook_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotWorld]:
    world = BotWorld("webhook", tmp_path_factory.mktemp("fuzz-webhook"))
    yield world
    world.close()


@pytest.fixture(scope="module")
def polling_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotWorld]:
    world = BotWorld("polling", tmp_path_factory.mktemp("fuzz-polling"))
    yield world
    world.close()


# -- strategies ------------------------------------------------------------------------

def json_values(odd: bool) -> st.SearchStrategy[Any]:
    """Any JSON; `odd` adds what only a forger sends: lone surrogates, NaN and infinities."""
    characters = st.characters(codec=None if odd else "utf-8")
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.integers(min_value=-(2**80), max_value=2**80),
        st.floats(allow_nan=odd, allow_infinity=odd),
        st.text(characters, max_size=20),
        st.sampled_from(["", "/rules", "/resolve 1", "\x00", "가" * 300, "\u202e\u200b", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"]),
    )
    return st.recursive(
        scalars,
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(characters, max_size=10), children, max_size=4),
        max_leaves=12,
    )


def templates(world: BotWorld) -> list[dict]:
    """Well-formed updates of every kind the bot handles, in the world's room."""
    chat = {"id": world.chat_id, "type": "supergroup", "title": "과천시 소통방"}
    resident = {"id": world.resident, "is_bot": False, "first_name": "주민", "language_code": "ko"}
    message = {"message_id": 10**6, "date": 1_767_225_600, "chat": chat, "from": resident, "text": "/rules",
               "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}
    return [
        {"message": message},
        {"message": {**message, "text": "OO사거리 가로등이 나갔어요 010-1234-5678", "entities": []}},
        {"edited_message": {**message, "edit_date": 1_767_225_700}},
        {"callback_query": {"id": "4000000000000001", "from": resident, "chat_instance": "7",
                            "message": {**message, "message_id": world.bot_message["message_id"]}, "data": "pg:1:2"}},
        {"chat_member": {"chat": chat, "from": resident, "date": 1_767_225_600,
                         "old_chat_member": {"status": "left", "user": resident},
                         "new_chat_member": {"status": "member", "user": resident}}},
    ]


ASSIGNED = object()  # no update_id of our own: the sandbox numbers it, as a Bot API server does


def update_ids(odd: bool, by_server: bool) -> st.SearchStrategy[Any]:
    """Usable ids and junk. By the webhook, anyone picks the id (far from the sandbox's own);
    by getUpdates, a usable id is the server's, in its sequence (an id out of sequence would
    make the offset confirm updates never seen, whatever a client did), so only junk is ours."""
    junk = json_values(odd).filter(lambda value: not usable_update_id(value))
    usable = st.just(ASSIGNED) if by_server else st.integers(min_value=10**12, max_value=MAX_UPDATE_ID)
    return st.one_of(usable, usable, junk)


def _paths(value: Any, path: tuple = ()) -> Iterator[tuple]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


@st.composite
def bent_updates(draw: st.DrawFn, world: BotWorld, odd: bool, by_server: bool) -> Any:
    """A well-formed update with one to three things bent: dropped, replaced, added to."""
    update = copy.deepcopy(draw(st.sampled_from(templates(world))))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = [p for p in _paths(update) if p]
        if not paths:  # everything dropped already
            break
        path = draw(st.sampled_from(paths))
        parent = update
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["drop", "replace", "add"]))
        if action == "drop" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "add" and isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(st.text(max_size=12))] = draw(json_values(odd))
        else:
            parent[path[-1]] = draw(json_values(odd))
    update_id = draw(update_ids(odd, by_server))
    return update if update_id is ASSIGNED else {"update_id": update_id, **update}


def anything(world: BotWorld, odd: bool, by_server: bool = False) -> st.SearchStrategy[Any]:
    bent = bent_updates(world, odd, by_server)
    return st.one_of(bent, bent, json_values(odd))


# -- properties ------------------------------------------------------------------------


def _storable(payload: str) -> bool:
    try:
        parse_update(json.loads(payload))
        return True
    except Exception:  # noqa: BLE001
        return False


def test_junk_posted_to_the_webhook_never_takes_the_bot_down(webhook_world: BotWorld) -> None:
    world = webhook_world

    @settings(settings.get_profile(PROFILE))
    @given(body=st.data())
    def property(body: st.DataObject) -> None:
        update = body.draw(anything(world, odd=True))
        status = world.post_webhook(json.dumps(update).encode())
        assert status in (200, 400)
        assert world.healthy()
        assert all(_storable(payload) for payload in world.inbox())
        world.assert_serves()

    property()
    assert world.served > 10


def test_junk_from_the_bot_api_never_stops_polling(polling_world: BotWorld) -> None:
    world = polling_world

    @settings(settings.get_profile(PROFILE))
    @given(body=st.data())
    def property(body: st.DataObject) -> None:
        update = body.draw(anything(world, odd=False, by_server=True))  # a Bot API server sends valid JSON, at least
        numbered = isinstance(update, dict) and "update_id" not in update
        world.run(world.control.raw_update(update, add_update_id=numbered))
        world.assert_serves()
        assert all(_storable(payload) for payload in world.inbox())

    property()
    assert world.served > 10
