"""Running an import: read, find the headings, let the kind check and write its rows.

A run is one transaction. Each kind records per row what it added, updated or skipped, or why
the row is bad. A dry run, or a run with bad rows when they block, is rolled back whole.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar, cast

from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.spreadsheets.cleaning import CellError
from stationdesk.spreadsheets.columns import Column, Layout, Record, find_layout, records
from stationdesk.spreadsheets.reading import Sheet, read_sheet
from stationdesk.spreadsheets.report import ImportReport, RowProblem
from stationdesk.store import Store
from stationdesk.store.search_index import forget_tokens

HEADINGS_SETTING = "import_headings.{kind}"
IMPORT_CACHE_KIB = -262_144  # 256 MiB (negative: KiB, as SQLite counts it)
PROGRESS_EVERY = 500
T = TypeVar("T")
Progress = Callable[[int, int], None]


class SheetImportError(StationDeskError):
    """A file that cannot be imported at all (no headings, a required column missing)."""


class _RollbackError(Exception):
    """Raised inside the transaction to undo a dry run or a blocked run."""


class ImportStoppedError(Exception):
    """Raised by a progress callback when the user stops the run: everything is undone."""


@dataclass
class Prepared:
    """A file as the wizard's steps read and checked it, kept so the next step does not do it
    again: the sheet, read once for the headings, the mapping and the check; then the records and
    checked rows of the check (a dry run), for the real run that follows. Each is used only while
    the file (and, for the checks, the station's records, the day and the user) is as it was;
    the real run lets everything go."""

    key: tuple[Any, ...] = ()
    layout: Layout | None = None
    records: list[Record] = field(default_factory=list)
    encoding: str = ""
    checked: dict[str, Any] = field(default_factory=dict)  # each kind's checked rows
    sheet_key: tuple[Any, ...] = ()
    sheet: Sheet | None = None

    def sheet_of(self, path: Path) -> Sheet:
        """The file's sheet, read again only when the file changed since."""
        try:
            key = file_key(path)
        except OSError:
            return read_sheet(path)  # which says what is wrong with the file
        if self.sheet is None or key != self.sheet_key:
            self.sheet, self.sheet_key = read_sheet(path), key
        return self.sheet

    def forget(self) -> None:
        """Let go of the rows (a register's take a few hundred MB)."""
        self.key, self.layout, self.records, self.checked = (), None, [], {}
        self.sheet_key, self.sheet = (), None


def file_key(path: Path) -> tuple[Any, ...]:
    """The file as it is on disk: where, how long, last written (OSError when missing)."""
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns)


@dataclass
class ImportContext:
    """What a kind's importer is given: the store, the rows, and where to note each outcome."""

    store: Store
    records: list[Record]
    layout: Layout
    report: ImportReport
    columns: tuple[Column, ...]
    today: date
    skip_bad: bool
    progress: Progress | None = None
    prepared: Prepared | None = None

    def reuse(self, name: str, check: Callable[[], T]) -> T:
        """What `check()` gives, kept from a dry run of the same file when there was one."""
        if self.prepared is None:
            return check()
        if name not in self.prepared.checked:
            self.prepared.checked[name] = check()
        return cast(T, self.prepared.checked[name])

    def rows(self) -> Iterator[Record]:
        """The records in order, telling `progress` (rows checked, rows in all) every
        PROGRESS_EVERY rows and once all are checked."""
        total = len(self.records)
        for index, record in enumerate(self.records):
            if self.progress is not None and index % PROGRESS_EVERY == 0:
                self.progress(index, total)
            yield record
        if self.progress is not None:
            self.progress(total, total)

    def added(self, kind: str, count: int = 1) -> None:
        """Note records added."""
        self.report.added[kind] += count

    def updated(self, kind: str, count: int = 1) -> None:
        """Note records changed."""
        self.report.updated[kind] += count

    def skipped(self, record: Record, reason: str) -> None:
        """Note a row already recorded."""
        self.report.skipped.append((record.row, reason))

    def problem(self, record: Record, key: str, reason: str) -> None:
        """Note a bad row; `key` is a column key or a field name of the domain."""
        self.report.problems.append(RowProblem(record.row, self.heading(key), reason))

    def problems_from(self, record: Record, error: ValidationError, fields: dict[str, str]) -> None:
        """Note every field of a domain ValidationError, named by its column (`fields` maps
        field names to column keys where they differ)."""
        for name, reason in error.errors.items():
            self.problem(record, fields.get(name, name), reason)

    def heading(self, key: str) -> str:
        """The heading as written in the file, else the column's Chinese heading, else key."""
        if key in self.layout.headings:
            return self.layout.headings[key]
        named = {column.key: column.chinese for column in self.columns}
        return named.get(key, key)

    @property
    def writing(self) -> bool:
        """False when nothing will be kept: a dry run, or bad rows that block the run."""
        return not self.report.dry_run and (self.skip_bad or not self.report.problems)


class RowReader:
    """Reads the cells of one row, collecting every bad cell instead of stopping at the first."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self.errors: dict[str, str] = {}

    def get(self, key: str, read: Callable[[Any], T], default: T) -> T:
        """The cell read with `read`, or `default` when absent or bad (bad is noted)."""
        if not self.record.has(key):
            return default
        try:
            return read(self.record.values[key])
        except CellError as exc:
            self.errors[key] = str(exc)
            return default

    def required(self, key: str, what: str) -> str:
        """A text cell that must not be blank."""
        value = self.record.text(key)
        if not value:
            self.errors[key] = f"{what} is required"
        return value

    def note(self, key: str, reason: str | None) -> None:
        """Add a problem found by a rule."""
        if reason:
            self.errors.setdefault(key, reason)

    def check(self) -> None:
        """Raise ValidationError for the bad cells read so far."""
        if self.errors:
            raise ValidationError(self.errors)


def each_row(
    context: ImportContext, write: Callable[[Record], None], fields: dict[str, str] | None = None
) -> None:
    """Import row by row through a domain service; a bad row is undone alone and listed."""
    for record in context.rows():
        try:
            with context.store.transaction():
                write(record)
        except ValidationError as exc:
            context.problems_from(record, exc, fields or {})


@dataclass(frozen=True)
class Kind:
    """One kind of spreadsheet: its name, columns, and the function that imports its rows."""

    name: str
    english: str
    chinese: str
    columns: tuple[Column, ...]
    run: Callable[[ImportContext], None]


def saved_headings(store: Store, kind: str) -> dict[str, str]:
    """Headings the user mapped to columns before, for this kind."""
    value = store.setting(HEADINGS_SETTING.format(kind=kind), "{}")
    try:
        mapping = json.loads(value)
    except json.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in mapping.items()} if isinstance(mapping, dict) else {}


def remember_headings(store: Store, kind: str, mapping: dict[str, str]) -> None:
    """Keep the user's heading -> column choices (merged with earlier ones)."""
    merged = {**saved_headings(store, kind), **{h: k for h, k in mapping.items() if k}}
    store.set_setting(
        HEADINGS_SETTING.format(kind=kind), json.dumps(merged, ensure_ascii=False, sort_keys=True)
    )


def layout_of(
    store: Store,
    kind: Kind,
    path: Path,
    *,
    complete: bool = True,
    prepared: Prepared | None = None,
) -> tuple[Layout, list[list], str]:
    """The file's rows and where its headings are; SheetImportError when it cannot be imported
    (with `complete`, also when a required column is missing). With `prepared`, the sheet read
    before is used while the file is unchanged."""
    sheet = prepared.sheet_of(path) if prepared is not None else read_sheet(path)
    layout = find_layout(sheet.rows, kind.columns, saved_headings(store, kind.name))
    if layout is None:
        raise SheetImportError(
            f"{path.name}: no row of headings found; the first row of the table names its"
            f" columns (see `stationdesk template {kind.name}`)"
        )
    missing = [c for c in kind.columns if c.required and c.key not in layout.headings]
    if missing and complete:
        names = ", ".join(f"{c.chinese} ({c.english})" for c in missing)
        raise SheetImportError(f"{path.name}: required columns missing: {names}")
    return layout, sheet.rows, sheet.encoding


@contextmanager
def _bulk_mode(store: Store) -> Iterator[None]:
    """While importing: a bigger page cache (a large file touches many index pages), and no
    cyclic garbage collection, which would rescan the growing rows and audit entries over and
    over (they hold no cycles; everything is freed when the import ends). Afterwards the search
    index's token caches, full of the file's names and addresses, are emptied."""
    before = store.scalar("PRAGMA cache_size")
    store.conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        store.conn.execute(f"PRAGMA cache_size = {int(before)}")
        forget_tokens()


def _saving(progress: Progress | None, rows: int) -> Callable[[], None]:
    """What the store calls during the long writes after the checks: all rows checked."""
    return (lambda: progress(rows, rows)) if progress is not None else (lambda: None)


def import_file(
    store: Store,
    kind: Kind,
    path: Path,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    prepared: Prepared | None = None,
) -> ImportReport:
    """Import `path` as `kind`: all good rows in one transaction, or nothing.

    With `skip_bad`, bad rows are listed and left out; without it, any bad row stops the run.
    `progress(rows checked, rows in all)` is called every PROGRESS_EVERY rows, then now and then
    while the rows are written (all rows checked); it may raise ImportStoppedError to stop the run
    and undo it (the report says so). A dry run given `prepared` keeps there what it read and
    checked, for a real run given the same `prepared` to reuse.
    """
    day = today or date.today()
    layout, data, encoding = _read(store, kind, path, day, prepared)
    report = ImportReport(
        kind.name, path.name, encoding=encoding, unknown_headings=layout.unknown, dry_run=dry_run
    )
    report.rows = len(data)
    context = ImportContext(
        store, data, layout, report, kind.columns, day, skip_bad, progress, prepared
    )
    try:
        with (
            _bulk_mode(store),
            store.transaction(),
            store.source(path.name),
            store.pulsing(_saving(progress, report.rows)),
        ):
            kind.run(context)
            if not context.writing:
                raise _RollbackError
    except _RollbackError:
        report.committed = False
    except ImportStoppedError:
        report.committed, report.cancelled = False, True
    else:
        report.committed = True
    finally:
        if prepared is not None and not dry_run:
            prepared.forget()
    report.problems.sort(key=lambda problem: problem.row)
    return report


def _read(
    store: Store, kind: Kind, path: Path, day: date, prepared: Prepared | None
) -> tuple[Layout, list[Record], str]:
    """The file's layout, records and encoding: as `prepared` keeps them when still valid,
    else read (and kept there for the next run)."""
    if prepared is None:
        return _read_file(store, kind, path)
    try:
        key = _prepared_key(store, kind, path, day)
    except OSError:
        key = ()  # reading the file says what is wrong with it
    if key and prepared.key == key and prepared.layout is not None:
        return prepared.layout, prepared.records, prepared.encoding
    layout, data, encoding = _read_file(store, kind, path, prepared)
    prepared.forget()  # the sheet too: the records hold what is needed
    prepared.key, prepared.layout, prepared.records = key, layout, data
    prepared.encoding = encoding
    return layout, data, encoding


def _read_file(
    store: Store, kind: Kind, path: Path, prepared: Prepared | None = None
) -> tuple[Layout, list[Record], str]:
    layout, rows, encoding = layout_of(store, kind, path, prepared=prepared)
    data = records(rows, layout)
    del rows  # the records hold what is needed; a large sheet is freed before the checks
    return layout, data, encoding


def _prepared_key(store: Store, kind: Kind, path: Path, day: date) -> tuple[Any, ...]:
    """What a dry run's checks depend on besides the rows: the file as it is on disk, the
    headings the user mapped, the day, the user, and the station's records (every change to
    them adds an audit entry)."""
    last_entry = store.scalar("SELECT coalesce(max(id), 0) FROM audit_log")
    return (
        kind.name,
        *file_key(path),
        tuple(sorted(saved_headings(store, kind.name).items())),
        day,
        store.actor,
        last_entry,
    )
