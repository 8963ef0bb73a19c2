"""Complaint intake end to end: the real bot against the sandbox, residents posting and pressing buttons."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, select, update

import bot.features.intake as intake_feature
from bot.sandbox.client import SandboxControl
from moderation.intake import Intake, classify
from moderation.pseudonym import pseudonym
from moderation.redaction import redact
from storage import complaints
from storage.database import Database
from storage.models import Complaint, ComplaintEvent, ComplaintFollower, IntakeQuestion, ProcessedUpdate, utcnow
from tests.conftest import Room, bot_messages, eventually

STREETLIGHT = "과천역 3번출구 앞 가로등이 나갔어요. 밤에 너무 어두워요"
STREETLIGHT_AGAIN = "과천역 3번출구 가로등이 나갔네요 밤에 어두워요"
BENCH = "중앙공원 벤치가 부서졌어요 앉으면 위험해요"
CHATTER = "오늘 날씨 좋네요 ㅎㅎ"


async def replies_to(control: SandboxControl, chat_id: int, message_id: int) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if m.get("reply_to_message_id") == message_id]


async def said(control: SandboxControl, chat_id: int, fragment: str) -> list[dict]:
    return [m for m in await bot_messages(control, chat_id) if fragment in (m.get("text") or "")]


async def stored(runtime, **where) -> list[Complaint]:  # type: ignore[no-untyped-def]
    async with runtime.db.session() as session:
        query = select(Complaint).order_by(Complaint.id)
        for key, value in where.items():
            query = query.where(getattr(Complaint, key) == value)
        return list((await session.exec(query)).scalars())


def buttons_of(message: dict) -> list[dict]:
    return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def acknowledged(control: SandboxControl, room: Room, message_id: int) -> dict:
    [ack] = await eventually(lambda: replies_to(control, room.chat_id, message_id))
    return ack


async def test_a_complaint_is_filed_and_acknowledged(sotong, control: SandboxControl, room: Room) -> None:
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)
    ack = await acknowledged(control, room, posted["message_id"])
    assert ack["text"].startswith("✅ 민원 #1 접수했습니다.")
    assert "분류: 가로등" in ack["text"] and "장소: 과천역 3번출구" in ack["text"]
    assert "처리 상황" in ack["text"]  # what happens next
    [follow, withdraw] = buttons_of(ack)
    assert follow["text"] == "🔔 진행 상황 1:1로 받기" and withdraw["text"] == "🙅 민원 아님"
    [complaint] = await stored(sotong)
    assert follow["callback_data"] == f"c:follow:{complaint.id}" and withdraw["callback_data"] == f"c:withdraw:{complaint.id}"
    assert (complaint.number, complaint.kind, complaint.category, complaint.place) == (1, "complaint", "streetlight", "과천역 3번출구 앞")
    assert (complaint.status, complaint.message_id, complaint.source) == ("received", posted["message_id"], "room")
    assert complaint.reporter == pseudonym("test-secret", room.chat_id, room.resident)
    assert str(room.resident) not in complaint.reporter
    assert complaint.text == STREETLIGHT
    # the acknowledgement's id is remembered (to edit it later)
    await eventually(lambda: _ack_id_is(sotong, complaint.id, ack["message_id"]))


async def test_the_acknowledgement_shows_the_whole_place_named_at_the_end(sotong, control: SandboxControl, room: Room) -> None:
    # issue 12 item 6: the span that locates the problem, wherever it stands (the finder before: "갈현동")
    text = "재활용 수거가 3주째 안 돼서 스티로폼이 산더미예요 갈현동 제이드자이 분리수거장이요"
    posted = await control.post(room.chat_id, room.resident, text)
    ack = await acknowledged(control, room, posted["message_id"])
    assert ack["text"].startswith("✅ 민원 #1 접수했습니다.")
    assert "장소: 갈현동 제이드자이 분리수거장" in ack["text"]
    [complaint] = await stored(sotong)
    assert (complaint.category, complaint.place) == ("waste", "갈현동 제이드자이 분리수거장")


async def _ack_id_is(runtime, complaint_id: int, message_id: int) -> bool:  # type: ignore[no-untyped-def]
    async with runtime.db.session() as session:
        return (await complaints.get(session, complaint_id)).ack_message_id == message_id  # type: ignore[union-attr]


async def test_numbers_go_up_and_a_proposal_is_a_proposal(sotong, control: SandboxControl, room: Room) -> None:
    first = await control.post(room.chat_id, room.resident, STREETLIGHT)
    second = await control.post(room.chat_id, room.resident, "다자녀 기준을 2자녀로 낮춰 주세요")
    assert "#1" in (await acknowledged(control, room, first["message_id"]))["text"]
    ack = await acknowledged(control, room, second["message_id"])
    assert ack["text"].startswith("✅ 제안 #2 접수했습니다.")
    assert "장소: 확인 못 함" in ack["text"]


async def test_chatter_and_moderators_are_never_filed(sotong, control: SandboxControl, room: Room) -> None:
    chatter = await control.post(room.chat_id, room.resident, CHATTER)
    answer = await control.post(
        room.chat_id, room.moderator, "과천역 3번출구 가로등은 내일 오전에 교체합니다. 가로등이 나간 곳 알려 주세요"
    )
    # Updates of a chat are handled in order: once the later complaint is acknowledged, the earlier ones were handled.
    later = await control.post(room.chat_id, room.resident, STREETLIGHT)
    await acknowledged(control, room, later["message_id"])
    assert await replies_to(control, room.chat_id, chatter["message_id"]) == []
    assert await replies_to(control, room.chat_id, answer["message_id"]) == []
    assert [c.message_id for c in await stored(sotong)] == [later["message_id"]]


async def test_staff_are_never_filed_even_when_not_administrators(bot_factory, control: SandboxControl, room: Room) -> None:
    staff = await control.create_user(first_name="시청 직원")
    await control.join(room.chat_id, staff["id"], signals=())
    runtime = await bot_factory(staff={"user_ids": [staff["id"]]}).start()
    answer = await control.post(room.chat_id, staff["id"], STREETLIGHT)
    later = await control.post(room.chat_id, room.resident, BENCH)
    await acknowledged(control, room, later["message_id"])
    assert await replies_to(control, room.chat_id, answer["message_id"]) == []
    assert len(await stored(runtime)) == 1


def _unsure(text: str) -> Intake:
    """The detector, except that texts marked "애매" are a 0.6-sure road complaint."""
    if "애매" in text:
        return Intake("complaint", "road", "별양동", 0.6, redact(text))
    return classify(text)


def _sure_report_unsure_kind(text: str) -> Intake:
    """The detector, except that texts marked "단속" are surely a report, but complaint or proposal is a toss-up."""
    if "단속" in text:
        return Intake("complaint", "parking", "원문동", 0.52, redact(text), civic=0.99)
    return classify(text)


async def test_a_sure_report_is_filed_without_asking_even_when_its_kind_is_unsure(
    sotong, control: SandboxControl, room: Room, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(intake_feature, "classify", _sure_report_unsure_kind)
    posted = await control.post(room.chat_id, room.resident, "원문동 아파트 앞 불법주차 단속해 주세요")
    [ack] = await eventually(lambda: replies_to(control, room.chat_id, posted["message_id"]))
    assert "#1" in ack["text"] and "접수할까요" not in ack["text"]
    [complaint] = await stored(sotong)
    assert (complaint.category, complaint.place) == ("parking", "원문동")


async def test_an_uncertain_detection_asks_and_files_on_yes(sotong, control: SandboxControl, room: Room, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(intake_feature, "classify", _unsure)
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    posted = await control.post(room.chat_id, room.resident, "별양동 길이 좀 애매하게 울퉁불퉁한데 010-1234-5678")
    [question] = await eventually(lambda: replies_to(control, room.chat_id, posted["message_id"]))
    assert question["text"].startswith("🤔 민원으로 접수할까요?")
    assert "분류: 도로·보도" in question["text"] and "장소: 별양동" in question["text"]
    yes, no = buttons_of(question)
    assert yes["callback_data"].startswith("q:yes:") and no["callback_data"].startswith("q:no:")
    assert await stored(sotong) == []  # asked, not filed

    # only the author or a moderator may answer
    pressed = await control.press(room.chat_id, question["message_id"], neighbour["id"], yes["callback_data"])
    answer = await eventually(lambda: control.answer_of(pressed))
    assert "작성자나 관리자만" in answer["text"]
    assert await stored(sotong) == []

    pressed = await control.press(room.chat_id, question["message_id"], room.resident, yes["callback_data"])
    assert "#1" in (await eventually(lambda: control.answer_of(pressed)))["text"]
    # the question turns into the acknowledgement
    ack = await eventually(lambda: _text_of(control, room.chat_id, question["message_id"], "#1 접수"))
    assert [b["text"] for b in buttons_of(ack)] == ["🔔 진행 상황 1:1로 받기", "🙅 민원 아님"]
    [complaint] = await stored(sotong)
    assert (complaint.number, complaint.category, complaint.place, complaint.message_id) == (1, "road", "별양동", posted["message_id"])
    assert "010-1234-5678" not in complaint.text and "[전화번호]" in complaint.text
    assert complaint.reporter == pseudonym("test-secret", room.chat_id, room.resident)


async def _text_of(control: SandboxControl, chat_id: int, message_id: int, fragment: str) -> dict | None:
    for message in await control.messages(chat_id):
        if message["message_id"] == message_id and fragment in (message.get("text") or ""):
            return message
    return None


async def test_an_uncertain_detection_answered_no_files_nothing(sotong, control: SandboxControl, room: Room, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(intake_feature, "classify", _unsure)
    posted = await control.post(room.chat_id, room.resident, "애매한 이야기")
    [question] = await eventually(lambda: replies_to(control, room.chat_id, posted["message_id"]))
    _, no = buttons_of(question)
    pressed = await control.press(room.chat_id, question["message_id"], room.moderator, no["callback_data"])  # a moderator may answer
    assert "접수하지 않았습니다" in (await eventually(lambda: control.answer_of(pressed)))["text"]
    await eventually(lambda: _gone(control, room.chat_id, question["message_id"]))
    assert await stored(sotong) == []


async def test_an_unanswered_question_expires_quietly(bot_factory, control: SandboxControl, room: Room, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(intake_feature, "classify", _unsure)
    runtime = await bot_factory(intake={"question_ttl_seconds": 0.5}).start()
    posted = await control.post(room.chat_id, room.resident, "애매한 이야기")
    [question] = await eventually(lambda: replies_to(control, room.chat_id, posted["message_id"]))
    await eventually(lambda: _gone(control, room.chat_id, question["message_id"]))
    async with runtime.db.session() as session:
        [asked] = (await session.exec(select(IntakeQuestion))).scalars()
        assert asked.status == "expired"
    assert await stored(runtime) == []
    assert await replies_to(control, room.chat_id, posted["message_id"]) == []  # nothing said about it


async def test_a_question_that_expired_while_the_bot_was_down_is_removed_at_start(
    bot_factory, control: SandboxControl, room: Room, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(intake_feature, "classify", _unsure)
    bot = bot_factory()
    runtime = await bot.start()
    posted = await control.post(room.chat_id, room.resident, "애매한 이야기")
    [question] = await eventually(lambda: replies_to(control, room.chat_id, posted["message_id"]))
    await eventually(lambda: _question_sent(runtime))
    await bot.stop()
    db = Database(bot.db_url)  # the question runs out while no bot runs
    async with db.session() as session:
        await session.exec(update(IntakeQuestion).values(expires_at=utcnow() - timedelta(seconds=1)))
    await db.close()
    await bot.start()
    await eventually(lambda: _gone(control, room.chat_id, question["message_id"]))


async def _question_sent(runtime) -> bool:  # type: ignore[no-untyped-def]
    async with runtime.db.session() as session:
        return all(q.question_message_id for q in (await session.exec(select(IntakeQuestion))).scalars())


async def _gone(control: SandboxControl, chat_id: int, message_id: int) -> bool:
    return all(m["message_id"] != message_id for m in await control.messages(chat_id))


async def test_a_repeated_complaint_adds_a_supporter_instead_of_a_number(sotong, control: SandboxControl, room: Room) -> None:
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    first = await control.post(room.chat_id, room.resident, STREETLIGHT)
    await acknowledged(control, room, first["message_id"])
    again = await control.post(room.chat_id, neighbour["id"], STREETLIGHT_AGAIN)
    reply = await acknowledged(control, room, again["message_id"])
    assert "#1" in reply["text"] and "공감 +1" in reply["text"] and "공감 1" in reply["text"]
    assert buttons_of(reply) == []
    # the same neighbour again, and the reporter again: no more support
    twice = await control.post(room.chat_id, neighbour["id"], STREETLIGHT_AGAIN + "!")
    assert "이미 접수된" in (await acknowledged(control, room, twice["message_id"]))["text"]
    [complaint] = await stored(sotong)
    async with sotong.db.session() as session:
        assert await complaints.supporter_count(session, complaint.id) == 1  # type: ignore[arg-type]
    # a different problem still gets its own number
    other = await control.post(room.chat_id, neighbour["id"], BENCH)
    assert "#2 접수" in (await acknowledged(control, room, other["message_id"]))["text"]


async def test_a_redelivered_update_files_once(sotong, control: SandboxControl, room: Room) -> None:
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)
    await acknowledged(control, room, posted["message_id"])
    await control.redeliver(posted["update_id"])
    later = await control.post(room.chat_id, room.resident, BENCH)  # handled after the redelivery
    # the sandbox hands out the redelivery before the later update, and a chat's updates are handled in order
    await acknowledged(control, room, later["message_id"])
    assert len(await replies_to(control, room.chat_id, posted["message_id"])) == 1
    assert [c.number for c in await stored(sotong)] == [1, 2]


async def test_a_message_filed_before_is_not_filed_again_past_the_inbox(sotong, control: SandboxControl, room: Room) -> None:
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)
    await acknowledged(control, room, posted["message_id"])
    async with sotong.db.session() as session:  # the inbox forgot the update (its id pruned): only the record remembers
        await session.exec(delete(ProcessedUpdate).where(ProcessedUpdate.update_id == posted["update_id"]))
    await control.redeliver(posted["update_id"])
    later = await control.post(room.chat_id, room.resident, BENCH)
    await acknowledged(control, room, later["message_id"])
    assert len(await replies_to(control, room.chat_id, posted["message_id"])) == 1  # not even "already filed"
    assert [c.number for c in await stored(sotong)] == [1, 2]


async def test_an_edit_after_filing_updates_the_text_redacted(sotong, control: SandboxControl, room: Room) -> None:
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)
    await acknowledged(control, room, posted["message_id"])
    await control.edit(room.chat_id, posted["message_id"], room.resident, STREETLIGHT + " 연락처 010-9876-5432")
    await eventually(lambda: _complaint_text_has(sotong, "[전화번호]"))
    [complaint] = await stored(sotong)
    assert "010-9876-5432" not in complaint.text
    assert len(await replies_to(control, room.chat_id, posted["message_id"])) == 1  # an edit files nothing new


async def _complaint_text_has(runtime, fragment: str) -> bool:  # type: ignore[no-untyped-def]
    return any(fragment in c.text for c in await stored(runtime))


PII = {
    "phone": ("연락은 010-1234-5678 으로 주세요", "010-1234-5678", "[전화번호]"),
    "email": ("답변은 minsu.kim@example.com 으로 주세요", "minsu.kim@example.com", "[이메일]"),
    "rrn": ("제 주민번호 900101-1234567 확인하시고", "900101-1234567", "[주민번호]"),
    "card": ("카드 4111 1111 1111 1111 로 과태료 냈는데", "4111 1111 1111 1111", "[카드번호]"),
    "account": ("환불은 국민은행 계좌 123-456789-01-234 로", "123-456789-01-234", "[계좌번호]"),
}


@pytest.mark.parametrize("kind", sorted(PII))
async def test_personal_data_is_redacted_before_it_is_stored(sotong, control: SandboxControl, room: Room, kind: str) -> None:
    extra, raw, placeholder = PII[kind]
    posted = await control.post(room.chat_id, room.resident, f"{STREETLIGHT} {extra}")
    ack = await acknowledged(control, room, posted["message_id"])
    [complaint] = await stored(sotong)
    assert raw not in complaint.text and placeholder in complaint.text
    assert raw not in ack["text"]


async def test_a_photo_with_a_caption_is_filed_with_its_file_id(sotong, control: SandboxControl, room: Room) -> None:
    posted = await control.post(room.chat_id, room.resident, caption=BENCH, photo=True)
    ack = await acknowledged(control, room, posted["message_id"])
    assert "분류: 공원·녹지" in ack["text"]
    [complaint] = await stored(sotong)
    [photo] = complaints.photos_of(complaint)
    assert photo == posted["photo"]  # the sandbox's flat view shows the file_id


async def test_an_albums_other_photos_join_the_complaint_filed_from_its_caption(sotong, control: SandboxControl, room: Room) -> None:
    # A client sends an album of three photos as three messages; the caption rides on the first.
    first = await control.post(room.chat_id, room.resident, caption=BENCH, photo=True, media_group_id="album-1")
    await acknowledged(control, room, first["message_id"])
    rest = [await control.post(room.chat_id, room.resident, photo=True, media_group_id="album-1") for _ in range(2)]
    elsewhere = await control.post(room.chat_id, room.resident, photo=True, media_group_id="album-2")  # another album

    async def photos() -> list[str]:
        [complaint] = await stored(sotong)
        return complaints.photos_of(complaint)

    expected = [first["photo"], *(m["photo"] for m in rest)]
    await eventually(lambda: _equals(photos(), expected))
    assert elsewhere["photo"] not in await photos()
    for message in (*rest, elsewhere):  # the album's other photos get no reply of their own
        assert await replies_to(control, room.chat_id, message["message_id"]) == []


async def test_an_uncertain_albums_photos_wait_with_the_question_and_go_with_the_complaint(
    sotong, control: SandboxControl, room: Room, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(intake_feature, "classify", _unsure)
    first = await control.post(
        room.chat_id, room.resident, caption="별양동 길이 좀 애매하게 울퉁불퉁한데", photo=True, media_group_id="album-q"
    )
    [question] = await eventually(lambda: replies_to(control, room.chat_id, first["message_id"]))
    second = await control.post(room.chat_id, room.resident, photo=True, media_group_id="album-q")
    await eventually(lambda: _question_photos_are(sotong, [first["photo"], second["photo"]]))
    yes, _ = buttons_of(question)
    await control.press(room.chat_id, question["message_id"], room.resident, yes["callback_data"])
    await eventually(lambda: _text_of(control, room.chat_id, question["message_id"], "#1 접수"))
    [complaint] = await stored(sotong)
    assert complaints.photos_of(complaint) == [first["photo"], second["photo"]]
    third = await control.post(room.chat_id, room.resident, photo=True, media_group_id="album-q")  # late, but the same album

    async def photos() -> list[str]:
        [complaint] = await stored(sotong)
        return complaints.photos_of(complaint)

    await eventually(lambda: _equals(photos(), [first["photo"], second["photo"], third["photo"]]))


async def _question_photos_are(runtime, expected: list[str]) -> bool:  # type: ignore[no-untyped-def]
    async with runtime.db.session() as session:
        questions = list((await session.exec(select(IntakeQuestion))).scalars())
    return len(questions) == 1 and complaints.photos_of(questions[0]) == expected


async def _equals(value, expected) -> bool:  # type: ignore[no-untyped-def]
    return await value == expected


async def test_a_complaint_in_a_forum_topic_is_answered_in_that_topic(sotong, control: SandboxControl) -> None:
    moderator = await control.create_user(first_name="관리자")
    resident = await control.create_user(first_name="주민")
    chat = await control.create_chat(title="과천 포럼", is_forum=True, creator_user_id=moderator["id"])
    await control.join(chat["id"], resident["id"], signals=())
    await control.post(chat["id"], moderator["id"], "공지")  # (in the sandbox a first topic would get id 1, the General topic's)
    topic = await control.create_topic(chat["id"], "가로등", user_id=moderator["id"])
    posted = await control.post(chat["id"], resident["id"], STREETLIGHT, message_thread_id=topic["message_thread_id"])
    [ack] = await eventually(lambda: replies_to(control, chat["id"], posted["message_id"]))
    assert ack.get("message_thread_id") == topic["message_thread_id"]
    [complaint] = await stored(sotong)
    assert complaint.thread_id == topic["message_thread_id"] and complaint.reply_to_message_id is None


async def test_not_a_complaint_withdraws_for_the_author_only_and_is_logged(sotong, control: SandboxControl, room: Room) -> None:
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)
    ack = await acknowledged(control, room, posted["message_id"])
    withdraw = buttons_of(ack)[1]["callback_data"]
    pressed = await control.press(room.chat_id, ack["message_id"], neighbour["id"], withdraw)
    assert "작성자나 관리자만" in (await eventually(lambda: control.answer_of(pressed)))["text"]
    assert (await stored(sotong))[0].status == "received"
    pressed = await control.press(room.chat_id, ack["message_id"], room.resident, withdraw)
    assert "취소" in (await eventually(lambda: control.answer_of(pressed)))["text"]
    edited = await eventually(lambda: _text_of(control, room.chat_id, ack["message_id"], "#1 접수를 취소했습니다"))
    assert buttons_of(edited) == []
    [complaint] = await stored(sotong)
    assert complaint.status == "withdrawn"
    async with sotong.db.session() as session:
        events = list((await session.exec(select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint.id))).scalars())
    assert [(e.status, e.note) for e in events] == [("received", "room"), ("withdrawn", "not a complaint (author)")]
    # a withdrawn complaint is not a duplicate target: the same report is filed anew
    again = await control.post(room.chat_id, neighbour["id"], STREETLIGHT_AGAIN)
    assert "#2 접수" in (await acknowledged(control, room, again["message_id"]))["text"]


async def test_a_moderator_can_withdraw(sotong, control: SandboxControl, room: Room) -> None:
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)
    ack = await acknowledged(control, room, posted["message_id"])
    pressed = await control.press(room.chat_id, ack["message_id"], room.resident, buttons_of(ack)[0]["callback_data"])
    await eventually(lambda: control.answer_of(pressed))  # the resident follows it
    await control.press(room.chat_id, ack["message_id"], room.moderator, buttons_of(ack)[1]["callback_data"])
    await eventually(lambda: _status_is(sotong, "withdrawn"))
    async with sotong.db.session() as session:  # no progress will come: the raw id is dropped
        assert (await session.exec(select(ComplaintFollower))).scalars().all() == []


async def _status_is(runtime, status: str) -> bool:  # type: ignore[no-untyped-def]
    return [c.status for c in await stored(runtime)] == [status]


async def test_following_keeps_the_raw_id_and_confirms_privately(sotong, control: SandboxControl, room: Room) -> None:
    await control.private(room.resident, "/start")  # the resident has a private chat with the bot
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)
    ack = await acknowledged(control, room, posted["message_id"])
    pressed = await control.press(room.chat_id, ack["message_id"], room.resident, buttons_of(ack)[0]["callback_data"])
    assert "1:1" in (await eventually(lambda: control.answer_of(pressed)))["text"]
    await eventually(lambda: said(control, room.resident, "민원 #1 (가로등) 진행 상황을 이 대화로"))
    async with sotong.db.session() as session:
        [follower] = (await session.exec(select(ComplaintFollower))).scalars()
    assert follower.user_id == room.resident
    pressed = await control.press(room.chat_id, ack["message_id"], room.resident, buttons_of(ack)[0]["callback_data"])
    assert "이미" in (await eventually(lambda: control.answer_of(pressed)))["text"]


async def test_merge_by_a_moderator_and_its_refusals(sotong, control: SandboxControl, room: Room) -> None:
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    first = await control.post(room.chat_id, room.resident, STREETLIGHT)
    second = await control.post(room.chat_id, neighbour["id"], BENCH)
    await acknowledged(control, room, first["message_id"])
    await acknowledged(control, room, second["message_id"])

    async def command(user: int, body: str) -> str:
        asked = await control.post(room.chat_id, user, body)
        return (await acknowledged(control, room, asked["message_id"]))["text"]

    assert "관리자만" in await command(neighbour["id"], "/merge 2 1")
    for bad in ("/merge", "/merge 2", "/merge 2 2", "/merge a b", "/merge 1 2 3", "/merge -1 2"):
        assert (await command(room.moderator, bad)).startswith("사용법: /merge")
    assert "없는 번호" in await command(room.moderator, "/merge 2 9")
    assert [c.status for c in await stored(sotong)] == ["received", "received"]
    assert "#2를 #1의 중복으로" in await command(room.moderator, "/merge #2 1")
    one, two = await stored(sotong)
    assert (two.status, two.duplicate_of) == ("duplicate", one.id)
    async with sotong.db.session() as session:
        assert await complaints.supporter_count(session, one.id) == 1  # type: ignore[arg-type]  # #2's reporter
    assert "닫힌" in await command(room.moderator, "/merge 2 1")


async def test_bad_input_never_stops_the_room(sotong, control: SandboxControl, room: Room) -> None:
    # The odd inputs come from someone else: six messages in a second from one person is a flood.
    other = await control.create_user(first_name="다른주민")
    await control.join(room.chat_id, other["id"], signals=())
    quiet = [
        await control.post(room.chat_id, other["id"], "가" * 4096),
        await control.post(room.chat_id, other["id"], "\u200b\u200c\u200d"),
        await control.post(room.chat_id, other["id"], "😀🎉👍"),
        await control.post(room.chat_id, other["id"], photo=True),
        await control.post(room.chat_id, other["id"], "가로등 " * 600 + "과천역 가로등이 나갔어요"),
    ]
    usage = await control.post(room.chat_id, room.resident, "/merge")
    assert "관리자만" in (await acknowledged(control, room, usage["message_id"]))["text"]
    later = await control.post(room.chat_id, room.resident, BENCH)
    assert "접수" in (await acknowledged(control, room, later["message_id"]))["text"]
    for message in quiet[:4]:
        assert await replies_to(control, room.chat_id, message["message_id"]) == []
    assert all(len(c.text) <= 4096 for c in await stored(sotong))


# -- private intake ---------------------------------------------------------------------


async def _room_id(runtime, control: SandboxControl, room: Room) -> int:  # type: ignore[no-untyped-def]
    """The room's id in the bot's database (the room is recorded on first sight)."""
    asked = await control.post(room.chat_id, room.resident, "/rules")
    await acknowledged(control, room, asked["message_id"])
    from storage import rooms

    async with runtime.db.session() as session:
        return (await rooms.by_chat(session, room.chat_id)).id  # type: ignore[union-attr]


async def test_private_intake_from_the_greeting_link_posts_anonymously(sotong, control: SandboxControl, room: Room) -> None:
    room_id = await _room_id(sotong, control, room)
    await control.deeplink(room.resident, f"https://t.me/sotong_bot?start=report_{room_id}")
    await eventually(lambda: said(control, room.resident, "익명으로 올릴 민원이나 제안을"))
    await control.private(room.resident, f"{STREETLIGHT} 제 번호는 010-1234-5678")
    [post] = await eventually(lambda: said(control, room.chat_id, "익명 제보"))
    assert post["text"].startswith("🕶 익명 제보 — 민원 #1")
    assert "과천역 3번출구 앞 가로등이 나갔어요" in post["text"] and "[전화번호]" in post["text"]
    assert "010-1234-5678" not in post["text"]
    # no name (the resident is called "주민"), no pseudonym
    assert "주민" not in post["text"] and "Resident-" not in post["text"]
    assert post["from"]["is_bot"] and post.get("reply_to_message_id") is None
    [filed] = await eventually(lambda: said(control, room.resident, "#1로 접수했습니다"))
    assert [b["text"] for b in buttons_of(filed)] == ["🔔 진행 상황 1:1로 받기", "🙅 민원 아님"]
    [complaint] = await stored(sotong)
    assert (complaint.source, complaint.category) == ("private", "streetlight")
    assert complaint.reporter == pseudonym("test-secret", room.chat_id, room.resident)
    await eventually(lambda: _message_id_is(sotong, post["message_id"]))
    # the next private message is not a report any more
    await control.private(room.resident, "감사합니다")
    await eventually(lambda: said(control, room.resident, "/report 를 보내"))
    assert len(await said(control, room.chat_id, "익명 제보")) == 1


async def _message_id_is(runtime, message_id: int) -> bool:  # type: ignore[no-untyped-def]
    return [c.message_id for c in await stored(runtime)] == [message_id]


async def test_private_intake_with_report_lists_rooms_and_counts_duplicates(sotong, control: SandboxControl, room: Room) -> None:
    room_id = await _room_id(sotong, control, room)
    first = await control.post(room.chat_id, room.resident, STREETLIGHT)
    await acknowledged(control, room, first["message_id"])
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    outsider = await control.create_user(first_name="외부인")

    await control.private(outsider["id"], "/report")
    await eventually(lambda: said(control, outsider["id"], "제보할 수 있는 소통방이 없습니다"))
    await control.deeplink(outsider["id"], f"https://t.me/sotong_bot?start=report_{room_id}")
    await eventually(lambda: said(control, outsider["id"], "회원만 제보할 수 있습니다"))

    await control.private(neighbour["id"], "/report")
    [menu] = await eventually(lambda: said(control, neighbour["id"], "어느 소통방에"))
    [choice] = buttons_of(menu)
    assert choice == {"text": "과천시 소통방", "callback_data": f"p:room:{room_id}"}
    await control.press(neighbour["id"], menu["message_id"], neighbour["id"], choice["callback_data"])
    await eventually(lambda: said(control, neighbour["id"], "익명으로 올릴 민원이나 제안을"))
    await control.private(neighbour["id"], "😀😀")
    await eventually(lambda: said(control, neighbour["id"], "내용을 글로 적어 주세요"))
    await control.private(neighbour["id"], STREETLIGHT_AGAIN)
    await eventually(lambda: said(control, neighbour["id"], "공감 +1"))
    [complaint] = await stored(sotong)
    async with sotong.db.session() as session:
        assert await complaints.supporter_count(session, complaint.id) == 1  # type: ignore[arg-type]
    assert await said(control, room.chat_id, "익명 제보") == []


async def test_report_in_the_room_points_to_the_private_chat(sotong, control: SandboxControl, room: Room) -> None:
    asked = await control.post(room.chat_id, room.resident, "/report")
    answer = await acknowledged(control, room, asked["message_id"])
    [button] = buttons_of(answer)
    assert button["url"].startswith("https://t.me/sotong_bot?start=report_")


async def test_the_private_reporter_can_withdraw_without_being_named(sotong, control: SandboxControl, room: Room) -> None:
    room_id = await _room_id(sotong, control, room)
    await control.deeplink(room.resident, f"https://t.me/sotong_bot?start=report_{room_id}")
    await eventually(lambda: said(control, room.resident, "익명으로 올릴 민원이나 제안을"))
    await control.private(room.resident, BENCH)
    [post] = await eventually(lambda: said(control, room.chat_id, "익명 제보"))
    [filed] = await eventually(lambda: said(control, room.resident, "#1로 접수했습니다"))
    await eventually(lambda: _message_id_is(sotong, post["message_id"]))
    await control.press(room.resident, filed["message_id"], room.resident, buttons_of(filed)[1]["callback_data"])
    edited = await eventually(lambda: _text_of(control, room.chat_id, post["message_id"], "#1 접수를 취소했습니다"))
    assert "주민" not in edited["text"] and BENCH not in edited["text"]
    await eventually(lambda: _text_of(control, room.resident, filed["message_id"], "#1 접수를 취소했습니다"))
    assert [c.status for c in await stored(sotong)] == ["withdrawn"]


@pytest.mark.parametrize("payload", ["report_abc", "report_", "report_99999999999999999999", "report_4242"])
async def test_a_broken_report_link_gets_a_short_answer(sotong, control: SandboxControl, room: Room, payload: str) -> None:
    await control.deeplink(room.resident, f"https://t.me/sotong_bot?start={payload}")
    await eventually(lambda: said(control, room.resident, "/report 를 보내"))
    await control.private(room.resident, "/report")  # and the bot still serves this person
    await eventually(lambda: said(control, room.resident, "소통방"))


async def test_an_english_room_is_answered_in_english(sotong, control: SandboxControl, room: Room) -> None:
    switched = await control.post(room.chat_id, room.moderator, "/language en")
    await acknowledged(control, room, switched["message_id"])
    posted = await control.post(room.chat_id, room.resident, STREETLIGHT)
    ack = await acknowledged(control, room, posted["message_id"])
    assert ack["text"].startswith("✅ Complaint #1 filed.")
    assert "Category: streetlight · Place: 과천역 3번출구" in ack["text"]
    assert [b["text"] for b in buttons_of(ack)] == ["🔔 Follow privately", "🙅 Not a complaint"]


async def test_intake_runs_the_same_on_each_backend(bot_factory, db_url: str, control: SandboxControl, room: Room) -> None:
    runtime = await bot_factory(db_url=db_url).start()
    neighbour = await control.create_user(first_name="이웃")
    await control.join(room.chat_id, neighbour["id"], signals=())
    first = await control.post(room.chat_id, room.resident, STREETLIGHT)
    second = await control.post(room.chat_id, neighbour["id"], STREETLIGHT_AGAIN)
    third = await control.post(room.chat_id, neighbour["id"], BENCH)
    assert "#1 접수" in (await acknowledged(control, room, first["message_id"]))["text"]
    assert "공감 +1" in (await acknowledged(control, room, second["message_id"]))["text"]
    assert "#2 접수" in (await acknowledged(control, room, third["message_id"]))["text"]
    merge = await control.post(room.chat_id, room.moderator, "/merge 2 1")
    assert "중복으로" in (await acknowledged(control, room, merge["message_id"]))["text"]
    assert [(c.number, c.status) for c in await stored(runtime)] == [(1, "received"), (2, "duplicate")]
