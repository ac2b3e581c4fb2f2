"""The weekly report on the demo station: three figures counted by hand in SQL, the same figures
in the PDF and in `--json`, and a PDF that reads like a report in Chinese and English."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pdfcheck import missing_glyphs, page_texts, text_of
from pypdf import PdfReader

from stationdesk.__main__ import main
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.weekly_report import WeeklyReport, WeeklyReportService, disputes_behind
from stationdesk.domain.weeks import IsoWeek
from stationdesk.reports.weekly_report import write_weekly_report
from stationdesk.store import Store

WEEK = IsoWeek(2026, 47)
MONDAY, SUNDAY, NEXT_MONDAY = "2026-11-16", "2026-11-22", "2026-11-23"


@pytest.fixture
def report(demo_store: Store, demo_as_of: date) -> WeeklyReport:
    return WeeklyReportService(demo_store, today=lambda: demo_as_of).build(WEEK)


def count(store: Store, sql: str, *params: str) -> int:
    return int(store.scalar(sql, params))


def test_disputes_received_match_a_hand_count(demo_store: Store, report: WeeklyReport) -> None:
    by_hand = count(
        demo_store,
        "SELECT count(*) FROM disputes WHERE date(received_on) >= ? AND date(received_on) <= ?"
        " AND voided_at IS NULL",
        MONDAY,
        SUNDAY,
    )
    assert by_hand > 0
    assert report["disputes.received"].week == by_hand


def test_overdue_open_matches_a_hand_count(demo_store: Store, report: WeeklyReport) -> None:
    by_hand = count(
        demo_store,
        "SELECT count(*) FROM disputes WHERE voided_at IS NULL AND received_on <= ?"
        " AND deadline < ? AND (outcome_on IS NULL OR outcome_on > ?)",
        SUNDAY,
        SUNDAY,
        SUNDAY,
    )
    assert by_hand > 0
    assert report["disputes.overdue_open"].week == by_hand


def test_sessions_held_match_a_hand_count(demo_store: Store, report: WeeklyReport) -> None:
    by_hand = count(
        demo_store,
        "SELECT count(*) FROM mediation_sessions s JOIN disputes d ON d.id = s.dispute_id"
        " WHERE substr(s.held_at, 1, 10) BETWEEN ? AND ?"
        " AND s.voided_at IS NULL AND d.voided_at IS NULL",
        MONDAY,
        SUNDAY,
    )
    assert by_hand > 0
    assert report["mediation.sessions"].week == by_hand


def test_the_pdf_shows_the_figures_of_the_report(
    demo_store: Store, report: WeeklyReport, tmp_path: Path
) -> None:
    path = tmp_path / "weekly.pdf"
    write_weekly_report(demo_store, report, path, lang="zh", invariant=True)
    pages = page_texts(path)
    assert 2 <= len(pages) <= 3
    assert all(f"共 {len(pages)} 页" in page for page in pages)
    first = pages[0]
    for words in ("工作周报", "卫东分局东安路派出所", "2026年第47周", "2026年11月16日—11月22日"):
        assert words in first
    received = report["disputes.received"]
    row = f"受理纠纷 {received.week} {received.last_week}"
    assert row in " ".join(first.split())
    text = text_of(path)
    assert "分网格情况" in text and "所长审核" in text
    assert not missing_glyphs(path)


def test_the_english_report_reads_in_english(
    demo_store: Store, report: WeeklyReport, tmp_path: Path
) -> None:
    path = tmp_path / "weekly-en.pdf"
    write_weekly_report(demo_store, report, path, lang="en", invariant=True)
    text = text_of(path)
    for words in ("Weekly report", "Week 2026-W47", "Disputes received", "Same week last year"):
        assert words in text
    assert "Page 1 of" in text
    assert not missing_glyphs(path)


def run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)


def test_json_gives_the_same_figures_as_the_pdf(
    demo_path: Path, report: WeeklyReport, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("report", "weekly", "--week", str(WEEK), "--db", str(demo_path), "--json") == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["week"] == "2026-W47"
    assert printed["figures"] == json.loads(json.dumps(report.as_json()["figures"]))
    assert printed["grids"] == json.loads(json.dumps(report.as_json()["grids"]))


def test_the_command_writes_a_pdf_for_a_grid(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "grid.pdf"
    argv = ("report", "weekly", "--week", "2026-W47", "--grid", "姚电社区", "-o", str(output))
    assert run(*argv, "--db", str(demo_path), "--lang", "zh") == 0
    assert str(output) in capsys.readouterr().out
    text = text_of(output)
    assert "统计范围：东安路街道 > 姚电社区" in text
    assert "姚电社区第一网格" in text
    assert len(PdfReader(output).pages) >= 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--week", "2026-W60", "--json"), "has no ISO week 60"),
        (("--week", "last week", "--json"), "is not an ISO week"),
        (("--grid", "nowhere", "--json"), "no grid is called 'nowhere'"),
        (("--week", "2030-W01", "--json"), "has not started yet"),
        ((), "-o FILE.pdf"),
    ],
)
def test_bad_input_gets_one_line(
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    message: str,
) -> None:
    assert run("report", "weekly", "--db", str(demo_path), *argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert message in err


def test_every_dispute_figure_lists_the_disputes_behind_it(
    demo_store: Store, report: WeeklyReport, demo_as_of: date
) -> None:
    ledger = DisputeService(demo_store, today=lambda: demo_as_of)
    listed = 0
    for key, figure in report.figures.items():
        flt = disputes_behind(key, report.periods.week)
        if flt is None:
            continue
        assert ledger.counts(flt).total == figure.week, key
        listed += 1
    assert listed >= 25
