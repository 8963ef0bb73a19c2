"""Exports of the filtered list: CSV in UTF-8 with a BOM and XLSX, Korean column names, the reader's scope,
and text that a spreadsheet would run as a formula kept as text."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from storage import complaints, rooms
from tests.console_helpers import BENCH, POTHOLE, STREETLIGHT, City, build_city

HEADERS = ["번호", "방", "종류", "분류", "장소", "상태", "담당 부서", "내용", "공감 수", "접수 시각", "상태 변경 시각", "기한 초과"]


@pytest.fixture
async def city(control, bot_factory, desks) -> City:  # type: ignore[no-untyped-def]
    made = await build_city(control, bot_factory, desks)
    await made.file("light", made.room_a, STREETLIGHT)
    await made.file("bench", made.room_a, BENCH)
    await made.file("pothole", made.room_b, POTHOLE)
    async with made.runtime.db.session() as session:  # a text a spreadsheet would run: filed as it could arrive
        room = await rooms.by_chat(session, made.room_a)
        await complaints.file(session, room_id=room.id, kind="proposal", category="welfare", place=None,  # type: ignore[union-attr,arg-type]
                              text='=HYPERLINK("http://evil.example","보기") 다자녀 기준을 낮춰 주세요', reporter="r", message_id=None)
    return made


async def _download(city: City, user_id: int, path: str):  # type: ignore[no-untyped-def]
    visitor = await city.signed_in(user_id)
    response = await visitor.open(city.url + path)
    body = await response.read()
    await visitor.close()
    return response, body


async def test_the_csv_opens_in_excel_with_korean_headers_and_the_filtered_rows(city: City) -> None:
    response, body = await _download(city, city.staff, "/console/complaints.csv?sort=number&order=asc")
    assert response.status == 200 and response.content_type == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"] and ".csv" in response.headers["Content-Disposition"]
    assert body.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == HEADERS
    by_text = {row[7]: row for row in rows[1:]}
    assert set(by_text) >= {STREETLIGHT, BENCH, POTHOLE}
    light = by_text[STREETLIGHT]
    assert (light[0], light[1], light[2], light[3], light[4], light[5]) == (
        "1",
        "과천시 소통방",
        "민원",
        "가로등",
        "과천역 3번 출구 앞",
        "접수",
    )
    formula = next(row for row in rows[1:] if "HYPERLINK" in row[7])
    assert formula[7].startswith("'=") and formula[2] == "제안"  # kept as text, not run
    response, body = await _download(city, city.staff, "/console/complaints.csv?category=parks")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert [row[7] for row in rows[1:]] == [BENCH]


async def test_the_xlsx_has_korean_headers_and_the_readers_rows_only(city: City) -> None:
    response, body = await _download(city, city.moderator_b, "/console/complaints.xlsx")
    assert response.status == 200 and response.content_type.endswith("spreadsheetml.sheet")
    sheet = load_workbook(io.BytesIO(body)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == HEADERS
    assert [row[7] for row in rows[1:]] == [POTHOLE]  # room B's moderator: room B only
    assert (rows[1][0], rows[1][1], rows[1][3], rows[1][5]) == (1, "별양동 주민방", "도로·보도", "접수")
    response, body = await _download(city, city.staff, "/console/complaints.xlsx?sort=number&order=asc")
    sheet = load_workbook(io.BytesIO(body)).active
    formula = next(row for row in sheet.iter_rows(min_row=2) if "HYPERLINK" in str(row[7].value))
    assert formula[7].data_type == "s" and formula[7].value.startswith("=HYPERLINK")  # a string cell, never a formula


async def test_an_export_in_english_has_english_headers(city: City) -> None:
    visitor = await city.signed_in(city.staff)
    await visitor.open(f"{city.url}/console/language/en?next=/console/")
    response = await visitor.open(f"{city.url}/console/complaints.csv")
    rows = list(csv.reader(io.StringIO((await response.read()).decode("utf-8-sig"))))
    assert rows[0][:3] == ["No.", "Room", "Kind"]
    await visitor.close()
