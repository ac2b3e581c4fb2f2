"""Spreadsheets written the way a clerk writes them, made by the tests themselves."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from stationdesk.domain import idnumbers

GRID = "姚电社区第一网格"
OTHER_GRID = "姚电社区第二网格"
HEADINGS = [
    "户主姓名",
    "与户主关系",
    "姓名",
    "性别",
    "身份证号码",
    "联系电话",
    "住址",
    "所属网格",
    "登记日期",
]
DISPUTE_HEADINGS = [
    "受理日期",
    "纠纷类别",
    "所属网格",
    "简要情况",
    "风险等级",
    "责任民警",
    "申请人",
    "申请人身份证号",
    "被申请人",
]


def person_id(sequence: int, sex: str = "male", born: date = date(1980, 5, 17)) -> str:
    """A valid ID number."""
    return idnumbers.make("410403", born, sequence, sex)


def id_ending_in_x() -> str:
    """A valid ID number whose check character is X."""
    for sequence in range(500):
        number = person_id(sequence)
        if number.endswith("X"):
            return number
    raise AssertionError("no number ends in X")


def household_rows() -> list[list[Any]]:
    """Three households in the usual register layout, with the usual mess."""
    x_number = id_ending_in_x()
    return [
        [
            "张建国",
            "户主",
            "张建国",
            "男",
            person_id(1),
            "13812345678",
            "建设路12号3栋2单元501室",
            GRID,
            "2026/11/3",
        ],
        [
            "张建国",
            "妻子",
            "李秀英",
            "女",
            person_id(2, "female"),
            "１３９１２３４５６７８",
            "建设路12号3栋2单元501室",
            GRID,
            "2026年11月3日",
        ],
        [],
        [
            "张建国",
            "子",
            "张伟 ",
            "男",
            person_id(3, born=date(2010, 1, 2)),
            "",
            " 建设路12号3栋2单元501室",
            GRID,
            "2026.11.03",
        ],
        ["王芳", "户主", "王芳", "女", person_id(4, "female"), "", "建设路14号", OTHER_GRID, 46000],
        [
            "王芳",
            "女儿",
            "刘欣",
            "女",
            person_id(5, "female", date(2015, 3, 4)),
            "",
            "建设路14号",
            OTHER_GRID,
            46000,
        ],
        ["赵强", "户主", "赵强", "男", x_number[:17], "", "人民路8号", GRID, "2026-10-01"],
        ["钱多", "户主", "钱多", "男", 4.10403198005171e17, "", "人民路9号", GRID, "2026-10-01"],
        [
            "孙丽",
            "户主",
            "孙丽",
            "女",
            person_id(6, "female")[:17] + "0",
            "",
            "人民路10号",
            GRID,
            "2027-01-01",
        ],
    ]


def write_xlsx(
    path: Path, headings: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str = ""
) -> Path:
    """An .xlsx with an optional merged title row above the headings."""
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("户籍登记")
    top = 0
    if title:
        sheet.merge_range(0, 0, 0, len(headings) - 1, title)
        top = 1
    sheet.write_row(top, 0, headings)
    for offset, row in enumerate(rows, start=top + 1):
        for column, value in enumerate(row):
            if isinstance(value, int | float):
                sheet.write_number(offset, column, value)
            elif value:
                sheet.write_string(offset, column, value)
    workbook.close()
    return path


def write_csv(
    path: Path, headings: Sequence[str], rows: Sequence[Sequence[Any]], encoding: str
) -> Path:
    """A CSV in `encoding` (utf-8, utf-8-sig or gb18030), numbers written as Excel shows them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headings)
    for row in rows:
        writer.writerow([f"{v:.5E}" if isinstance(v, float) else v for v in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
