"""The weekly roster sheet, read back from the PDF the way a station chief would read it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdfcheck import font_program, missing_glyphs, page_fonts, text_of
from pypdf import PdfReader
from reportlab.lib.rl_accel import fp_str

from stationdesk import paths
from stationdesk.domain.roster import RosterService
from stationdesk.domain.weeks import IsoWeek
from stationdesk.reports.roster_sheet import ABSENCE_FILLS, write_roster_sheet
from stationdesk.store import Store

WEEK = IsoWeek(2026, 47)
A4_POINTS = (595.3, 841.9)
ON_DUTY = ("day", "night", "standby")


def sheet(store: Store, tmp_path: Path, name: str = "roster.pdf", **options: object) -> Path:
    """Write the W47 sheet into tmp_path and return its path."""
    path = tmp_path / name
    write_roster_sheet(store, WEEK, path, **options)  # type: ignore[arg-type]
    return path


def lines_after(text: str, label: str, count: int) -> list[str]:
    """The `count` cells that follow a row label in the extracted text."""
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index(label) + 1
    return lines[start : start + count]


def sql_per_day(store: Store, expression: str) -> list[str]:
    """A per-day figure of W47 straight from the tables, for active, unvoided officers."""
    rows = dict(
        store.conn.execute(
            f"SELECT s.day, {expression} FROM shifts s JOIN officers o ON o.id = s.officer_id"
            " WHERE s.day BETWEEN ? AND ? AND s.voided_at IS NULL"
            " AND o.active = 1 AND o.voided_at IS NULL GROUP BY s.day",
            [WEEK.monday.isoformat(), WEEK.sunday.isoformat()],
        ).fetchall()
    )
    return [str(rows.get(day.isoformat(), 0)) for day in WEEK.days()]


@pytest.fixture
def store(demo_store: Store) -> Store:
    """The demo station (seed 2026, as of 2026-11-25) with one officer on leave on Tuesday."""
    officer = RosterService(demo_store).week(WEEK).rows[0].officer
    RosterService(demo_store).set_shift(officer.id, WEEK.days()[1], "leave")
    return demo_store


def test_one_a4_page(store: Store, tmp_path: Path) -> None:
    for lang in ("zh", "en"):
        reader = PdfReader(sheet(store, tmp_path, f"{lang}.pdf", lang=lang))
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert sorted((round(float(box.width), 1), round(float(box.height), 1))) == list(A4_POINTS)


def test_chinese_sheet_names_the_station_week_and_officers(store: Store, tmp_path: Path) -> None:
    text = text_of(sheet(store, tmp_path))
    assert store.setting("station_name") in text
    assert "值班备勤表" in text
    assert "2026-W47" in text
    assert "2026年11月16日—11月22日" in text
    for officer in RosterService(store).officers(include_left=False):
        assert officer.name in text
        assert officer.badge_no in text
    for shift in ("白班", "夜班", "备勤", "休息", "请假", "病假"):
        assert shift in text
    for words in ("社区警务队", "办案队", "综合指挥室", "制表人", "所长审核", "第 1 页 / 共 1 页"):
        assert words in text
    assert "打印人：tester" in text


def test_english_sheet(store: Store, tmp_path: Path) -> None:
    text = text_of(sheet(store, tmp_path, lang="en"))
    assert "Weekly roster sheet" in text
    assert "Mon 16 Nov – Sun 22 Nov 2026" in text
    for words in ("Day", "Night", "Standby", "Rest", "Leave", "Sick", "Case-handling team"):
        assert words in text
    for words in ("Prepared by", "Approved by (chief)", "Page 1 of 1", "Printed by tester"):
        assert words in text
    assert "白班" not in text


def test_daily_totals_match_the_shifts_table(store: Store, tmp_path: Path) -> None:
    text = text_of(sheet(store, tmp_path))
    in_list = ", ".join(f"'{kind}'" for kind in ON_DUTY)
    on_duty = sql_per_day(store, f"sum(s.kind IN ({in_list}))")
    patrols = sql_per_day(store, "sum(s.patrols)")
    assert lines_after(text, "每日在岗人数", 8) == [*on_duty, str(sum(map(int, on_duty)))]
    assert lines_after(text, "每日巡逻次数", 8) == [*patrols, str(sum(map(int, patrols)))]


def test_phone_numbers_are_masked(store: Store, tmp_path: Path) -> None:
    text = text_of(sheet(store, tmp_path))
    phones = [row[0] for row in store.conn.execute("SELECT phone FROM officers WHERE phone <> ''")]
    assert phones
    for phone in phones:
        assert phone not in text
    active = RosterService(store).officers(include_left=False)
    assert all(f"{o.phone[:3]}****{o.phone[-4:]}" in text for o in active if o.phone)


def test_leave_days_are_shaded(demo_store: Store, tmp_path: Path) -> None:
    def leave_fills(path: Path) -> int:
        content = PdfReader(path).pages[0].get_contents()
        assert content is not None
        return content.get_data().count(f"{fp_str(*ABSENCE_FILLS['leave'].rgb())} rg".encode())

    before = leave_fills(sheet(demo_store, tmp_path, "before.pdf"))
    roster = RosterService(demo_store)
    officer = roster.week(WEEK).rows[0].officer
    roster.set_shift(officer.id, WEEK.monday, "leave")
    roster.set_shift(officer.id, WEEK.sunday, "leave")
    assert leave_fills(sheet(demo_store, tmp_path, "after.pdf")) == before + 2


def test_every_character_has_a_glyph_in_the_embedded_font(store: Store, tmp_path: Path) -> None:
    for lang in ("zh", "en"):
        missing = missing_glyphs(sheet(store, tmp_path, f"{lang}.pdf", lang=lang))
        assert not missing, f"{lang}: no glyph for {sorted(missing)}"


def test_font_is_embedded_as_a_subset(store: Store, tmp_path: Path) -> None:
    path = sheet(store, tmp_path)
    embedded = sum(len(font_program(font)) for font in page_fonts(path))
    assert embedded < paths.font_file().stat().st_size / 10


def test_invariant_output_is_byte_identical(store: Store, tmp_path: Path) -> None:
    first = sheet(store, tmp_path, "first.pdf", invariant=True).read_bytes()
    second = sheet(store, tmp_path, "second.pdf", invariant=True).read_bytes()
    assert first == second


def test_only_officers_of_the_chosen_grids(store: Store, tmp_path: Path) -> None:
    officers = [o for o in RosterService(store).officers(include_left=False) if o.grid_ids]
    chosen, other = officers[0], officers[1]
    text = text_of(sheet(store, tmp_path, grid_ids=[chosen.grid_ids[0]]))
    assert chosen.name in text
    assert other.name not in text


def test_an_empty_station_prints_a_blank_sheet(empty_store: Store, tmp_path: Path) -> None:
    path = sheet(empty_store, tmp_path, lang="en")
    assert len(PdfReader(path).pages) == 1
    assert "No officers on the roster" in text_of(path)


def test_week_across_new_year_names_both_years(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "newyear.pdf"
    write_roster_sheet(store, IsoWeek.of(date(2026, 12, 30)), path)
    assert "2026年12月28日—2027年1月3日" in text_of(path)
