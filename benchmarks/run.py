"""Every speed target of StationDesk on a large station, next to the raw machinery beneath it.

    python benchmarks/run.py [--disputes N [N ...]] [--json FILE] [--runs R]

For each size (default 1,000,000 disputes, with households, residents, visits, sessions,
agreements and follow-ups in a busy station's proportions; built once by large_station.py and
cached under STATIONDESK_BENCH_DIR or /tmp) it times, a few times each, and prints the median
and 95th percentile next to a raw baseline measured in the same run, and their ratio:

- cold start to the main window showing the dispute list (a fresh process each time, through
  `stationdesk --db FILE` and its sign-in as the clerk), against a bare PySide6 window with a
  QTableView over the same table; also as a clean install would start (without numpy, which
  sqlite-utils imports when it finds it). Left out and timed on their own: the sign-in's
  password check (argon2, as slow as its parameters make it on purpose) and the check of the
  file every start makes (SQLite's quick_check, which reads the whole file);
- opening each ledger list, sorting it by every column and jumping to its end, against the
  raw sqlite3 query of one page;
- search as you type, against one raw FTS5 MATCH;
- the dashboard's figures and the weekly report PDF, against a raw count and a raw reportlab
  drawing of the same figures;
- saving a dispute with two new parties and its audit entries, against raw inserts;
- resident memory with every page opened once, against the bare window.

With several sizes it ends with how each median grows from one size to the next.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.large_station import LAST_DAY, large_station  # noqa: E402

PAGE = 200
Action = Callable[[], object]


@dataclass
class Figure:
    """One measured operation: milliseconds (MB for memory) with its baseline."""

    name: str
    target: float
    median: float
    p95: float
    base_median: float | None = None
    base_p95: float | None = None
    unit: str = "ms"

    @property
    def ratio(self) -> float | None:
        """How many times the baseline the operation takes."""
        return self.median / self.base_median if self.base_median else None

    def line(self) -> str:
        """One printed line."""
        base = ratio = ""
        if self.base_median is not None:
            base = f"{self.base_median:9.1f} {self.base_p95 or 0:9.1f}"
            ratio = f"{self.ratio:6.1f}x" if self.ratio is not None else ""
        verdict = "ok" if self.p95 <= self.target else "SLOW"
        return (
            f"{self.name:<46} {self.median:9.1f} {self.p95:9.1f} {base:>19} {ratio:>7}"
            f"  < {self.target:g} {self.unit} {verdict}"
        )


def p95(times: list[float]) -> float:
    """The 95th percentile (the largest when there are few)."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(action: Action, runs: int) -> list[float]:
    """Milliseconds of `runs` calls after one warm-up call."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def compare(name: str, target: float, action: Action, baseline: Action | None, runs: int) -> Figure:
    """Time an operation and its baseline alternately in the same run."""
    times = timed(action, runs)
    base = timed(baseline, runs) if baseline is not None else None
    return Figure(
        name,
        target,
        statistics.median(times),
        p95(times),
        statistics.median(base) if base else None,
        p95(base) if base else None,
    )


# -- cold start and memory: each in a fresh process ---------------------------------------
# The real start: `stationdesk --db FILE` through the command line's entry point, the sign-in
# dialog answered as the clerk (its dialog counted, the argon2 password check not), to the main
# window showing the dispute list with the event loop free. The checks of the file (the start's
# while the sign-in shows, the day's full check once the window is open) are not counted
# either: they are timed on their own (see `start_up_checks`), as they grow with the file.
# Each time excluded is printed with "ready".
# The intake form beside the list is built just after the list's first paint: "complete" says
# when it is there too.
WINDOW_CHILD = """
import os, sys, time
if {clean}:
    sys.modules["numpy"] = None  # a clean install: numpy here only comes with scipy
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTabWidget
from stationdesk.__main__ import main
from stationdesk.store import health
from stationdesk.ui.dialogs.sign_in_dialog import SignInDialog
from stationdesk.ui.main_window import MainWindow
argon2_ms = [0.0]

def skip_check(self, *, full, read_only=False):
    return []

def sign_in(self):
    self.user.setText("clerk")
    self.password.setText("demo")
    start = time.perf_counter()
    self.accept()
    argon2_ms[0] += (time.perf_counter() - start) * 1000
    return self.result()

def ready(window):
    app = QApplication.instance()
    app.processEvents()
    assert window.disputes_page.model.rowCount() > 0
    print("ready", argon2_ms[0], flush=True)
    while window.disputes_page.findChild(QTabWidget, "disputeTabs") is None:
        app.processEvents()
    print("complete", argon2_ms[0], flush=True)
    if {pages}:
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            app.processEvents()
        window.ctx.reads.wait()
        print("rss", rss_mb(), flush=True)
    os._exit(0)  # no closing backup or fingerprint: they come after the window

show = MainWindow.show
def show_and_report(self):
    show(self)
    QTimer.singleShot(0, lambda: ready(self))

health.Health._run_check = skip_check
SignInDialog.exec = sign_in
MainWindow.show = show_and_report
main(["--db", {db!r}])
"""
BARE_CHILD = """
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QTableView
class Model(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=None):
        return len(self.rows)
    def columnCount(self, parent=None):
        return len(self.rows[0])
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
app = QApplication([])
conn = sqlite3.connect({db!r})
rows = conn.execute("SELECT id, received_on, received_how, category, grid_id, summary,"
    " risk_grade, officer_id, deadline, status FROM disputes WHERE voided_at IS NULL"
    " ORDER BY received_on DESC, id DESC LIMIT {page}").fetchall()
view = QTableView()
view.setModel(Model(rows))
view.resize(1280, 800)
view.show()
app.processEvents()
print("ready", flush=True)
if {pages}:
    print("rss", rss_mb(), flush=True)
"""
RSS = """
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
"""


def child_run(
    template: str, db: Path, pages: bool, clean: bool = False
) -> tuple[float, float, float]:
    """Start a fresh interpreter in a fresh data folder; milliseconds until it says ready (less
    the sign-in's password check, which it says it took), its memory (MB), and milliseconds
    until it says complete (ready, for a child that never says it)."""
    code = RSS + template.format(root=str(ROOT), db=str(db), pages=pages, page=PAGE, clean=clean)
    with tempfile.TemporaryDirectory() as name:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STATIONDESK_DATA_DIR": name}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "stationdesk-bench-pycache")
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env, cwd=name
        )
        assert child.stdout is not None
        ready = rss = complete = None
        for line in child.stdout:
            if line.startswith(("ready", "complete")):
                since = (time.perf_counter() - start) * 1000 - sum(map(float, line.split()[1:]))
                if line.startswith("complete"):
                    complete = since
                elif ready is None:
                    ready = since
            elif line.startswith("rss"):
                rss = float(line.split()[1])
        if child.wait() != 0 or ready is None:
            raise RuntimeError("the window did not start; run the child code by hand to see why")
    return ready, rss or 0.0, complete or ready


def start_up(db: Path, runs: int) -> list[Figure]:
    """Cold start to the dispute list (as installed here, and as a clean install without
    numpy would be), and memory with every page opened once."""
    child_run(WINDOW_CHILD, db, False)  # compile the bytecode, warm the file cache
    times: dict[str, list[float]] = {"window": [], "clean": [], "bare": [], "form": []}
    for _ in range(runs):
        ready, _rss, complete = child_run(WINDOW_CHILD, db, False)
        times["window"].append(ready)
        times["form"].append(complete)
        times["clean"].append(child_run(WINDOW_CHILD, db, False, clean=True)[0])
        times["bare"].append(child_run(BARE_CHILD, db, False)[0])
    memory = child_run(WINDOW_CHILD, db, True)[1]
    bare_memory = child_run(BARE_CHILD, db, True)[1]
    bare = statistics.median(times["bare"]), p95(times["bare"])
    return [
        Figure(
            "cold start to the dispute list",
            600,
            statistics.median(times["window"]),
            p95(times["window"]),
            *bare,
        ),
        Figure(
            "  the same, until the intake form is up too",
            600,
            statistics.median(times["form"]),
            p95(times["form"]),
            *bare,
        ),
        Figure(
            "  the same, a clean install (no numpy)",
            600,
            statistics.median(times["clean"]),
            p95(times["clean"]),
            *bare,
        ),
        Figure(
            "memory, every page opened once",
            250,
            memory,
            memory,
            bare_memory,
            bare_memory,
            unit="MB",
        ),
    ]


def start_up_checks(store: Any, runs: int) -> list[Figure]:
    """What the cold start leaves out: the sign-in's password check, and the checks of the file
    at each start (SQLite's quick_check, and the file's fingerprint once the window has closed
    cleanly before; each timed once, as each reads the whole file)."""
    from stationdesk.domain.accounts import AccountService
    from stationdesk.store.health import file_fingerprint, quick_check

    accounts = AccountService(store)
    figures = [
        compare(
            "  sign-in: the password check (argon2)",
            600,
            lambda: accounts.sign_in("clerk", "demo"),
            None,
            runs,
        )
    ]
    start = time.perf_counter()
    problems = quick_check(store.conn)
    took = (time.perf_counter() - start) * 1000
    assert not problems, problems
    figures.append(Figure("  start-up: quick_check of the file", 600, took, took))
    start = time.perf_counter()
    file_fingerprint(store.path)
    took = (time.perf_counter() - start) * 1000
    figures.append(Figure("  start-up: fingerprint of the file (SHA-256)", 600, took, took))
    return figures


# -- ledger lists ---------------------------------------------------------------------------
def ledger_lists(store: Any, runs: int) -> list[Figure]:
    """Open, sort by every column, jump to the end: one page of lines each."""
    from stationdesk.domain.dispute_ledger import DisputeLedger
    from stationdesk.domain.household_ledger import HouseholdLedger
    from stationdesk.ui.models.dispute_model import SORT_KEYS as COLUMN_SORTS

    disputes = DisputeLedger(store, today=lambda: LAST_DAY)
    households = HouseholdLedger(store, today=lambda: LAST_DAY)
    conn = store.conn

    def raw(sql: str) -> Action:
        return lambda: conn.execute(sql).fetchall()

    def page(sort: str, descending: bool) -> Action:
        return lambda: disputes.rows(disputes.ids(None, sort, descending=descending, limit=PAGE))

    def raw_page(sort: str, order: str) -> Action:
        """The same page's query typed by hand, with every column of the rows."""
        sql, params = disputes.ids_query(None, sort, descending=order == "DESC", limit=PAGE)
        sql = f"SELECT * FROM disputes WHERE id IN ({sql})"
        return lambda: conn.execute(sql, params).fetchall()

    found = [
        compare(
            "disputes: open the list",
            100,
            page("received_on", True),
            raw_page("received_on", "DESC"),
            runs,
        )
    ]
    for sort in dict.fromkeys(COLUMN_SORTS):  # every column the list offers
        for descending, what in ((False, "sort by"), (True, "end, by")):
            order = "DESC" if descending else "ASC"
            found.append(
                compare(
                    f"disputes: {what} {sort}",
                    100,
                    page(sort, descending),
                    raw_page(sort, order),
                    runs,
                )
            )
    found.append(
        compare(
            "households: open the list",
            100,
            lambda: households.household_rows(households.household_ids(limit=PAGE)),
            raw(f"SELECT * FROM households ORDER BY id DESC LIMIT {PAGE}"),
            runs,
        )
    )
    for descending, what in ((True, "open the list"), (False, "end of the list")):
        order = "DESC" if descending else "ASC"
        found.append(
            compare(
                f"visits: {what}",
                100,
                lambda d=descending: households.visit_rows(  # type: ignore[misc]
                    households.visit_ids(limit=PAGE, descending=d)
                ),
                raw(f"SELECT * FROM visits ORDER BY visited_on {order}, id {order} LIMIT {PAGE}"),
                runs,
            )
        )
    return found


# -- search ---------------------------------------------------------------------------------
def search(store: Any, samples: int) -> list[Figure]:
    """Every keystroke of names, pinyin, initials and numbers of sampled people."""
    from benchmarks.search import measure, typed_queries
    from stationdesk.domain.search import SearchService
    from stationdesk.store.search_index import match_expression

    queries = typed_queries(store, samples, random.Random(1))
    service = SearchService(store)

    def raw(query: str) -> object:
        return store.conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 8",
            [match_expression(query)],
        ).fetchall()

    measure(service.search, queries[:50])
    wall = measure(service.search, queries)[0]
    base = measure(raw, queries)[0]
    return [
        Figure(
            f"search as you type ({len(queries)} keystrokes)",
            30,
            statistics.median(wall),
            p95(wall),
            statistics.median(base),
            p95(base),
        )
    ]


# -- figures and the weekly report ----------------------------------------------------------
def reports(store: Any, runs: int, folder: Path) -> list[Figure]:
    """The dashboard's figures and the weekly report PDF."""
    from stationdesk.domain.weekly_report import WeeklyReportService
    from stationdesk.domain.weeks import IsoWeek
    from stationdesk.reports.weekly_report import write_weekly_report

    service = WeeklyReportService(store, today=lambda: LAST_DAY)
    week = service.default_week()
    this_week = IsoWeek.of(LAST_DAY)
    bounds = [this_week.monday.isoformat(), LAST_DAY.isoformat()]
    output = folder / "weekly.pdf"
    report = service.build(week)
    return [
        compare(
            "dashboard figures (this week so far)",
            200,
            lambda: service.build(this_week, year_to_date=False),
            lambda: store.scalar(
                "SELECT count(*) FROM disputes WHERE received_on BETWEEN ? AND ?", bounds
            ),
            runs,
        ),
        compare(
            f"weekly report PDF ({week})",
            1500,
            lambda: write_weekly_report(store, service.build(week), output, lang="zh"),
            lambda: raw_report_pdf(report, folder / "raw.pdf"),
            runs,
        ),
    ]


def raw_report_pdf(report: Any, path: Path) -> None:
    """The same figures drawn straight on a reportlab canvas in the same font: the floor."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from stationdesk.reports.fonts import register_fonts

    font = register_fonts()
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(font, 8)
    y = A4[1] - 40
    for key, figure in report.figures.items():
        values = (figure.week, figure.last_week, figure.year_ago, figure.ytd, figure.ytd_last_year)
        canvas.drawString(40, y, f"{key} 本周 " + "  ".join(str(v) for v in values))
        y -= 10
        if y < 40:
            canvas.showPage()
            canvas.setFont(font, 8)
            y = A4[1] - 40
    for line in report.grids:
        canvas.drawString(40, y, f"{line.name} {line.received} {line.settled} {line.visits}")
        y -= 10
        if y < 40:
            canvas.showPage()
            canvas.setFont(font, 8)
            y = A4[1] - 40
    canvas.save()


# -- saving ---------------------------------------------------------------------------------
def saving(store: Any, runs: int) -> list[Figure]:
    """A dispute with two new parties and its audit entries, then voided so no figure moves."""
    from stationdesk.domain.dispute_records import DisputeInput, PartyInput
    from stationdesk.domain.disputes import DisputeService
    from stationdesk.domain.people import PersonInput

    service = DisputeService(store)
    saved: list[int] = []
    day = (LAST_DAY - timedelta(days=3)).isoformat()
    number = iter(range(10**6))

    def save() -> None:
        n = next(number)
        saved.append(
            service.create(
                DisputeInput(
                    received_on=day,
                    received_how="walk_in",
                    category="neighbours",
                    grid_id=store.scalar("SELECT max(id) FROM grids"),
                    summary=f"基准测试纠纷{n}：楼上漏水",
                    risk_grade="D",
                    officer_id=1,
                    parties=(
                        PartyInput("applicant", person=PersonInput(name=f"基准甲{n}")),
                        PartyInput("respondent", person=PersonInput(name=f"基准乙{n}")),
                    ),
                )
            )
        )

    conn = store.conn

    def raw() -> None:
        conn.execute("BEGIN IMMEDIATE")
        people = [
            conn.execute("INSERT INTO people (name) VALUES ('基准')").lastrowid for _ in range(2)
        ]
        dispute = conn.execute(
            "INSERT INTO disputes (received_on, received_how, category, grid_id, summary,"
            " risk_grade, officer_id, deadline, voided_at, void_reason)"
            " VALUES (?, 'walk_in', 'neighbours', 1, '基准', 'D', 1, ?, ?, 'benchmark')",
            [day, day, day],
        ).lastrowid
        conn.executemany(
            "INSERT INTO dispute_parties VALUES (?, ?, 'applicant', ?)",
            [(dispute, person, n) for n, person in enumerate(people)],
        )
        conn.execute("COMMIT")

    figure = compare("save a dispute with two new parties", 20, save, raw, runs)
    for dispute_id in saved:
        service.store.void("disputes", dispute_id, "benchmark run")
    return [figure]


# -- the whole run --------------------------------------------------------------------------
def measure_station(disputes: int, runs: int, samples: int) -> list[Figure]:
    """Every figure on one station size."""
    from stationdesk.store import open_store

    start = time.perf_counter()
    path = large_station(disputes)
    print(f"\n{disputes:,} disputes: {path} ({time.perf_counter() - start:.1f} s to build or find)")
    figures = start_up(path, max(3, runs // 2))
    with tempfile.TemporaryDirectory() as name, open_store(path, "benchmark") as store:
        figures += start_up_checks(store, runs)  # signs in as the clerk, who may save
        figures += ledger_lists(store, runs)
        figures += search(store, samples)
        figures += reports(store, runs, Path(name))
        figures += saving(store, runs)
    return figures


def print_figures(figures: list[Figure]) -> None:
    """The table of one size."""
    print(
        f"{'operation':<46} {'median':>9} {'p95':>9} {'raw median':>10} {'raw p95':>8}"
        f" {'ratio':>7}  target"
    )
    for figure in figures:
        print(figure.line())


def print_growth(results: dict[int, list[Figure]]) -> None:
    """How each median grows with the station."""
    sizes = sorted(results)
    print("\nmedian by station size (disputes)")
    print(f"{'operation':<46} " + " ".join(f"{size:>10,}" for size in sizes))
    for n, figure in enumerate(results[sizes[0]]):
        cells = " ".join(f"{results[size][n].median:10.1f}" for size in sizes)
        print(f"{figure.name:<46} {cells}")


def machine() -> str:
    """The machine and its load, for the record."""
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    version = sqlite3.sqlite_version
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, load {load};"
        f" Python {platform.python_version()}, SQLite {version}"
    )


def main() -> None:
    """Build or reuse the stations, measure, print (and write JSON)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--disputes", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--json", type=Path, help="also write every figure here")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each operation")
    parser.add_argument("--samples", type=int, default=60, help="people typed into search")
    args = parser.parse_args()
    print(machine())
    results: dict[int, list[Figure]] = {}
    for size in args.disputes:
        results[size] = measure_station(size, args.runs, args.samples)
        print_figures(results[size])
    if len(results) > 1:
        print_growth(results)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": machine(),
                    "sizes": {
                        str(size): [asdict(f) | {"ratio": f.ratio} for f in figures]
                        for size, figures in results.items()
                    },
                },
                ensure_ascii=False,
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
