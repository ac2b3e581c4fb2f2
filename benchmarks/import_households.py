"""Time importing a household register of N households (3 residents each) from .xlsx and .csv.

    python benchmarks/import_households.py [100000] [--repeat 3]

Writes both files itself. Next to each import it prints, measured in the same run, the raw
baseline: reading the same file with the same reader and inserting the same rows with plain
executemany and no checks or audit entries. A register this large is saved and listed first and
indexed for search afterwards: both times are shown, and their sum.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import xlsxwriter

from stationdesk.domain import idnumbers
from stationdesk.domain.demo import build_demo
from stationdesk.spreadsheets.households import KIND
from stationdesk.spreadsheets.importing import import_file
from stationdesk.spreadsheets.reading import read_sheet
from stationdesk.store import open_store

AS_OF = date(2026, 11, 25)
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
MEMBERS = (("户主", "male"), ("配偶", "female"), ("子", "male"))


def register_rows(households: int, grid: str) -> list[list[str]]:
    """`households` households of three, each at its own address, with unique ID numbers."""
    rows = []
    for h in range(households):
        head = f"户主{h}"
        for m, (relation, sex) in enumerate(MEMBERS):
            n = h * 3 + m
            born = date(1950 + n % 50, 1 + n % 12, 1 + n % 28)
            area = f"41{n // 500 % 10000:04d}"
            number = idnumbers.make(area, born, n % 500, sex)
            rows.append(
                [
                    head,
                    relation,
                    head if m == 0 else f"居民{n}",
                    "男" if sex == "male" else "女",
                    number,
                    f"138{n:08d}",
                    f"建设路{h // 600 + 1}号{h % 600 // 20 + 1}栋{h % 20 + 1}室",
                    grid,
                    "2026/11/3",
                ]
            )
    return rows


def write_files(folder: Path, rows: list[list[str]]) -> tuple[Path, Path]:
    """The register as .xlsx and as GB18030 .csv."""
    xlsx, csv_path = folder / "register.xlsx", folder / "register.csv"
    workbook = xlsxwriter.Workbook(str(xlsx), {"constant_memory": True})
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, HEADINGS)
    for index, row in enumerate(rows, start=1):
        sheet.write_row(index, 0, row)
    workbook.close()
    with csv_path.open("w", encoding="gb18030", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADINGS)
        writer.writerows(rows)
    return xlsx, csv_path


def raw_baseline(db: Path, *, source: Path) -> float:
    """Read the file and insert the same number of rows into the four tables, unchecked."""
    start = time.perf_counter()
    rows = read_sheet(source).rows[1:]
    with open_store(db, "bench") as store:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        first = conn.execute("SELECT coalesce(max(id), 0) FROM people").fetchone()[0] + 1
        conn.executemany(
            "INSERT INTO people (id, name, sex, id_number, phone, address)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(first + i, r[2], "male", r[4], r[5], r[6]) for i, r in enumerate(rows)],
        )
        heads = rows[::3]
        conn.executemany(
            "INSERT INTO addresses (id, grid_id, road) VALUES (?, 3, ?)",
            [(i + 1, r[6]) for i, r in enumerate(heads)],
        )
        conn.executemany(
            "INSERT INTO households (id, address_id, grid_id, registered_on) VALUES (?, ?, 3, ?)",
            [(i + 1, i + 1, "2026-11-03") for i in range(len(heads))],
        )
        conn.executemany(
            "INSERT INTO residents (household_id, person_id, relationship) VALUES (?, ?, ?)",
            [(i // 3 + 1, first + i, ("head", "spouse", "child")[i % 3]) for i in range(len(rows))],
        )
        conn.execute("COMMIT")
    return time.perf_counter() - start


def timed_import(db: Path, *, source: Path, indexing: list[float]) -> float:
    """The real import, checked and audited, in one transaction; then, timed into `indexing`,
    the search indexing it leaves for afterwards (the window does it while the clerk works)."""
    start = time.perf_counter()
    with open_store(db, "bench") as store:
        report = import_file(store, KIND, source, today=AS_OF)
    elapsed = time.perf_counter() - start
    assert report.committed and not report.problems, report.lines()[:5]
    start = time.perf_counter()
    with open_store(db, "bench") as store:
        store.search_index.catch_up()
        assert store.search_index.pending() == 0
    indexing.append(time.perf_counter() - start)
    return elapsed


def series(repeat: int, base: Path, folder: Path, run: Callable[[Path], float]) -> list[float]:
    """`repeat` runs, each on a fresh copy of the station."""
    times = []
    for index in range(repeat):
        db = folder / f"run{index}.sqlite"
        shutil.copyfile(base, db)
        times.append(run(db))
        db.unlink()
    return times


def show(label: str, times: list[float], baseline: list[float] | None = None) -> None:
    """Median and p95 (the slowest run when fewer than 20), and the ratio of the medians to
    the baseline's."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(times)
    ratio = f"   {median / statistics.median(baseline):5.1f}x baseline" if baseline else ""
    print(f"{label:<44} median {median:7.2f} s   p95 {p95:7.2f} s{ratio}")


def arguments() -> argparse.Namespace:
    """The register's size and the runs of each measure."""
    parser = argparse.ArgumentParser()
    parser.add_argument("households", type=int, nargs="?", default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    return parser.parse_args()


def station_and_files(folder: Path, households: int, repeat: int) -> tuple[Path, tuple[Path, Path]]:
    """A demo station without households to copy for each run, and the register as .xlsx and
    .csv, all in `folder`."""
    base = folder / "base.sqlite"
    build_demo(base, as_of=AS_OF, disputes=0, households=0, accounts=False).close()
    with open_store(base, "bench") as store:
        grid = store.scalar("SELECT name FROM grids WHERE id = 3")
    rows = register_rows(households, grid)
    print(f"{households} households, {len(rows)} residents; {repeat} runs each")
    return base, write_files(folder, rows)


def main() -> None:
    """Write the files, then time the raw baseline and the import for each."""
    args = arguments()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        base, files = station_and_files(folder, args.households, args.repeat)
        for source in files:
            read = [0.0] * args.repeat
            for i in range(args.repeat):
                start = time.perf_counter()
                read_sheet(source)
                read[i] = time.perf_counter() - start
            show(f"{source.suffix}: read only", read)
            baseline = series(args.repeat, base, folder, partial(raw_baseline, source=source))
            show(f"{source.suffix}: raw read + insert (baseline)", baseline)
            indexing: list[float] = []
            imported = series(
                args.repeat, base, folder, partial(timed_import, source=source, indexing=indexing)
            )
            show(f"{source.suffix}: import (saved and listed)", imported, baseline)
            show(f"{source.suffix}: then searchable after", indexing)
            together = [a + b for a, b in zip(imported, indexing, strict=True)]
            show(f"{source.suffix}: import and search indexing", together, baseline)


if __name__ == "__main__":
    main()
