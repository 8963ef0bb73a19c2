"""The filtered list as a file: CSV (UTF-8 with a BOM, so Excel reads Korean) and XLSX, with Korean column names.

The same filters and the same authority as the list page. A cell that a
spreadsheet would take for a formula (=, +, -, @) is written as text.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from urllib.parse import quote

from aiohttp import web
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from bot.clock import local_time
from bot.console.filters import parse
from bot.console.i18n import local, translate
from bot.console.render import language_of, runtime_of, staffer_of
from bot.texts import category_label, kind_label
from moderation.lifecycle import Status, label
from storage import console as store
from storage.models import utcnow

COLUMNS = ("number", "room", "kind", "category", "place", "state", "department", "text", "supporters", "filed", "state_since",
           "overdue")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


async def _rows(request: web.Request) -> tuple[list[list[object]], str]:
    runtime = runtime_of(request)
    staffer = staffer_of(request)
    language = language_of(request)
    filters, _page, _bad = parse(request.query)
    async with runtime.db.session() as session:
        listed = await store.search(session, staffer.scope, filters, utcnow(), limit=runtime.settings.console.export_limit)
    yes, no = translate("yes", language), ""
    rows: list[list[object]] = [[translate(f"column_{column}", language) for column in COLUMNS]]
    for item in listed:
        c = item.complaint
        rows.append([
            c.number,
            item.room_title,
            kind_label(c.kind, language),
            category_label(c.category, language),
            c.place or "",
            label(Status(c.status), language),
            c.department or "",
            c.text,
            item.supporters,
            local(c.created_at),
            local(c.status_at or c.created_at),
            yes if item.overdue else no,
        ])
    return rows, language


def _filename(extension: str) -> str:
    stamp = datetime.now(local_time()).strftime("%Y%m%d-%H%M")
    name = f"민원-{stamp}.{extension}"
    return f"attachment; filename=\"sotong-complaints-{stamp}.{extension}\"; filename*=UTF-8''{quote(name)}"


def _as_text(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


async def csv_export(request: web.Request) -> web.Response:
    rows, _language = await _rows(request)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_as_text(value) for value in row])
    body = "\ufeff" + buffer.getvalue()
    return web.Response(
        body=body.encode("utf-8"), content_type="text/csv", charset="utf-8", headers={"Content-Disposition": _filename("csv")}
    )


async def xlsx_export(request: web.Request) -> web.Response:
    rows, language = await _rows(request)
    book = Workbook()
    sheet = book.active
    sheet.title = translate("complaints_title", language)
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row, start=1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = sheet.cell(row=r, column=col, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJKL", (8, 18, 8, 14, 22, 10, 14, 60, 8, 17, 17, 8), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return web.Response(
        body=buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": _filename("xlsx")},
    )
