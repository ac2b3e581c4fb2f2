"""Officers, grids, disputes and visits from spreadsheets, through the ledgers' own rules."""

from __future__ import annotations

from datetime import date

from messy_files import DISPUTE_HEADINGS, HEADINGS, household_rows, person_id, write_xlsx

from stationdesk.spreadsheets.importing import import_file
from stationdesk.spreadsheets.kinds import KINDS

TODAY = date(2026, 11, 27)
OFFICER_HEADINGS = ["姓名", "人员类别", "警号", "所属队室", "联系电话", "责任网格"]


def test_officers_added_then_updated_by_badge_number(demo_store, tmp_path):
    rows = [
        [
            "周明",
            "民警",
            "411999",
            "社区警务队",
            "13800001111",
            "姚电社区第一网格、姚电社区第二网格",
        ],
        ["吴亮", "辅警", "f41599", "办案队", "", ""],
        ["郑好", "协警", "411998", "社区警务队", "12345", ""],
    ]
    path = write_xlsx(tmp_path / "民警名册.xlsx", OFFICER_HEADINGS, rows)
    report = import_file(demo_store, KINDS["officers"], path, skip_bad=True, today=TODAY)
    assert report.added == {"officers": 2}
    reasons = {p.column: p.reason for p in report.problems}
    assert reasons.keys() == {"人员类别", "联系电话"}
    officer = demo_store.rows("SELECT * FROM officers WHERE badge_no = 'F41599'")[0]
    assert officer["team"] == "case"
    assert demo_store.history("officers", officer["id"])[0].action == "imported from 民警名册.xlsx"
    rows[1][4] = "13900002222"
    again = import_file(
        demo_store,
        KINDS["officers"],
        write_xlsx(tmp_path / "民警名册.xlsx", OFFICER_HEADINGS, rows[:2]),
        today=TODAY,
    )
    assert again.updated == {"officers": 1} and len(again.skipped) == 1
    assert demo_store.history("officers", officer["id"])[-1].action == "updated from 民警名册.xlsx"


def test_grid_tree_built_from_rows_and_not_twice(demo_store, tmp_path):
    headings = ["街道/乡镇", "村/社区", "网格", "网格长", "网格长电话"]
    rows = [
        ["东安路街道", "新华村", "新华村一组", "陈一", "13811112222"],
        ["东安路街道", "新华村", "", "", ""],
    ]
    path = write_xlsx(tmp_path / "网格.xlsx", headings, rows)
    report = import_file(demo_store, KINDS["grids"], path, today=TODAY)
    assert report.added == {"grids": 2}
    again = import_file(demo_store, KINDS["grids"], path, today=TODAY)
    assert not again.added and len(again.skipped) == 2


def test_disputes_through_the_ledger_rules(demo_store, tmp_path):
    officer = demo_store.rows("SELECT name FROM officers WHERE active = 1 ORDER BY id LIMIT 1")[0][
        "name"
    ]
    rows = [
        [
            46300,
            "邻里纠纷",
            "姚电社区第一网格",
            "楼上漏水",
            "C",
            officer,
            "甲",
            person_id(41),
            "乙",
        ],
        ["2026年11月2日", "婚姻家庭", "姚电社区第一网格", "家庭矛盾", "E", officer, "丙", "", "丁"],
    ]
    path = write_xlsx(tmp_path / "纠纷台账.xlsx", DISPUTE_HEADINGS, rows)
    report = import_file(demo_store, KINDS["disputes"], path, skip_bad=True, today=TODAY)
    assert report.added == {"disputes": 1}
    assert report.problems[0].row == 3 and report.problems[0].column == "风险等级"
    again = import_file(demo_store, KINDS["disputes"], path, skip_bad=True, today=TODAY)
    assert not again.added and "already in the ledger" in again.skipped[0][1]


def test_visits_found_by_household_address(demo_store, tmp_path):
    import_file(
        demo_store,
        KINDS["households"],
        write_xlsx(tmp_path / "h.xlsx", HEADINGS, household_rows()),
        skip_bad=True,
        today=TODAY,
    )
    officer = demo_store.rows("SELECT name FROM officers WHERE active = 1 ORDER BY id LIMIT 1")[0][
        "name"
    ]
    headings = ["住址", "走访日期", "走访事由", "走访民警", "安装反诈APP"]
    rows = [
        ["建设路12号3栋2单元501室", "2026/11/20", "反诈宣传", officer, "是"],
        ["建设路99号", "2026/11/20", "回访", officer, "否"],
        ["建设路14号", "2026/12/20", "回访", officer, "否"],
    ]
    path = write_xlsx(tmp_path / "走访.xlsx", headings, rows)
    report = import_file(demo_store, KINDS["visits"], path, skip_bad=True, today=TODAY)
    assert report.added == {"visits": 1}
    reasons = {p.row: p.reason for p in report.problems}
    assert "no household" in reasons[3] and "future" in reasons[4]
    visit = demo_store.rows("SELECT * FROM visits")[0]
    assert visit["anti_fraud_app"] == 1 and visit["purpose"] == "anti_fraud"
    assert demo_store.scalar("SELECT count(*) FROM visit_officers") == 1
    assert not import_file(demo_store, KINDS["visits"], path, skip_bad=True, today=TODAY).added
