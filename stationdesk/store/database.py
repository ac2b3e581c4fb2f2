"""Opening the station file and writing records with their audit entries."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stationdesk.domain import access
from stationdesk.domain.access import Session
from stationdesk.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    StoreError,
    ValidationError,
)
from stationdesk.store import audit, fastjson
from stationdesk.store.audit import AuditEntry, PendingEntry
from stationdesk.store.migrations import LATEST_VERSION, migrate, schema_version
from stationdesk.store.search_index import SearchIndex

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

Listener = Callable[[str, frozenset[int]], None]
# hook(table, record ids, new=True when the rows were just added)
WriteHook = Callable[..., None]
Row = dict[str, Any]

BUSY_TIMEOUT_MS = 5000
BULK_ROWS = 20_000  # rows per statement of a bulk insert
# Records that a bulk import writes inside another record's entry (a household's one entry holds
# its new address, its residents and their new people): the owner's kind, and the SQL giving the
# owner ids from the record id. A person merged away finds the households of the residents that
# its merge moved.
BUNDLE_OWNERS: dict[str, tuple[str, str]] = {
    "addresses": ("households", "SELECT id FROM households WHERE address_id = ?1"),
    "residents": ("households", "SELECT household_id FROM residents WHERE id = ?1"),
    "people": (
        "households",
        "SELECT household_id FROM residents WHERE person_id = ?1"
        " UNION SELECT r.household_id FROM audit_log a"
        " JOIN json_each(a.changes, '$.residents[1]') moved JOIN residents r ON r.id = moved.value"
        " WHERE a.kind = 'people' AND a.record_id = ?1 AND a.action = 'merge'",
    ),
}

# The grids of the officer an account is linked to, with every grid under them.
OWN_GRIDS_SQL = """
WITH RECURSIVE own(id) AS (
    SELECT og.grid_id FROM accounts a JOIN officer_grids og ON og.officer_id = a.officer_id
    WHERE a.id = ?
    UNION
    SELECT g.id FROM grids g JOIN own ON g.parent_id = own.id
)
SELECT id FROM own
"""


PULSE_EVERY = 2000  # bundle entries written between pulses
GRID_CHECK_CHUNK = 500  # records whose grids one query reads


def _still() -> None:
    """No pulse: nobody is waiting on a long write."""


class Store:
    """One open station database; every write goes through here and is audited."""

    def __init__(
        self, connection: sqlite3.Connection | Database, path: Path | None, actor: str
    ) -> None:
        if isinstance(connection, sqlite3.Connection):
            self._conn, self._db = connection, None
        else:
            self._conn, self._db = connection.conn, connection
        self.path = path
        self.os_user = actor
        self.session: Session | None = None
        self.enforced = False
        self.reload_access()
        self._listeners: list[Listener] = []
        self._pending_audit: list[PendingEntry] = []
        self._changed: list[tuple[str, int]] = []
        self._unrecorded: Counter[str] = Counter()  # rows of insert_rows awaiting their entries
        self._write_hooks: list[WriteHook] = []
        self.pulse: Callable[[], None] = _still
        self.search_index = SearchIndex(self._conn, lambda: self.pulse())
        self.add_write_hook(self.search_index.on_write)
        self._source: str | None = None
        self._closing: list[Callable[[], None]] = []

    def reload_access(self) -> None:
        """Read again whether this file has accounts (and so enforces roles), as after a restore."""
        has_table = self.scalar("SELECT 1 FROM sqlite_master WHERE name = 'accounts'")
        self.enforced = bool(has_table and self.scalar("SELECT count(*) FROM accounts"))

    @property
    def actor(self) -> str:
        """Who the audit trail names: the signed-in account, else the computer's user."""
        return self.session.username if self.session is not None else self.os_user

    # -- access --------------------------------------------------------------
    def may(self, permission: str) -> bool:
        """Whether the signed-in account may (always, on a file without accounts)."""
        if not self.enforced:
            return True
        return self.session is not None and access.role_may(self.session.role, permission)

    def require(self, permission: str) -> None:
        """Raise PermissionDenied unless the signed-in account may."""
        if self.may(permission):
            return
        if self.session is None:
            raise PermissionDenied("sign in first")
        raise PermissionDenied(access.refusal(self.session.role, permission))

    def require_write(self, table: str) -> None:
        """Raise PermissionDenied unless the signed-in account may write `table`'s area."""
        self.require(access.write_permission(table))

    def own_grids(self) -> frozenset[int] | None:
        """The grids the signed-in account may change records in (with the grids under them),
        or None when its role is not bound to grids (or the file enforces no roles)."""
        session = self.session
        if not self.enforced or session is None or session.role not in access.GRID_BOUND_ROLES:
            return None
        return frozenset(row[0] for row in self.conn.execute(OWN_GRIDS_SQL, [session.account_id]))

    def grid_of(self, table: str, record_id: int) -> int | None:
        """The grid a record belongs to, or None for a table without grids."""
        sql = access.GRID_OF_RECORD.get(table)
        return None if sql is None else self.scalar(sql.format(ids="?"), [record_id])

    def outside_own_grids(self, table: str, *record_ids: int) -> str | None:
        """Why the signed-in account may not change these records for their grid, or None
        (asked GRID_CHECK_CHUNK records a query, so a bulk import's check stays quick)."""
        own = self.own_grids() if table in access.GRID_OF_RECORD else None
        if own is None:
            return None
        if not own:
            return access.NO_OFFICER
        sql = access.GRID_OF_RECORD[table]
        for start in range(0, len(record_ids), GRID_CHECK_CHUNK):
            chunk = record_ids[start : start + GRID_CHECK_CHUNK]
            grids = self.conn.execute(sql.format(ids=", ".join("?" * len(chunk))), chunk)
            outside = sorted({grid_id for (grid_id,) in grids} - own - {None})
            if outside:
                name = self.scalar("SELECT name FROM grids WHERE id = ?", [outside[0]])
                return access.outside_grid_reason(name)
        return None

    def require_own_grid(self, table: str, *record_ids: int) -> None:
        """Raise PermissionDenied when a record lies outside the signed-in account's grids."""
        refused = self.outside_own_grids(table, *record_ids)
        if refused is not None:
            raise PermissionDenied(refused)

    def note_access(self, kind: str, record_id: int, action: str, details: Mapping) -> None:
        """Record in the audit trail that a record was printed, exported or viewed.

        Only a file with accounts keeps such notes; nothing changes, so no view refreshes.
        """
        if not self.enforced:
            return
        with self.transaction():
            self._pending_audit.append(PendingEntry(kind, record_id, action, dict(details)))

    @property
    def conn(self) -> sqlite3.Connection:
        """The underlying connection, for fast read-only queries."""
        return self._conn

    @property
    def db(self) -> Database:
        """sqlite-utils over the same connection, for its table writes and savepoints.

        Made on first use: importing sqlite-utils is a good part of a cold start, and the
        window shows its first list without writing anything.
        """
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._conn)
        return self._db

    def before_close(self, action: Callable[[], None]) -> None:
        """Run `action` (such as signing out) just before the file closes."""
        self._closing.append(action)

    def close(self) -> None:
        """Close the file, after the actions registered with before_close."""
        closing, self._closing = self._closing, []
        try:
            for action in closing:
                action()
        finally:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- change notification -------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call `listener(kind, record_ids)` after each commit, once per kind it changed."""
        self._listeners.append(listener)

    def add_write_hook(self, hook: WriteHook) -> None:
        """Call `hook(table, record_ids, new=...)` inside the transaction after each audited
        write (`new` when the rows were just added)."""
        self._write_hooks.append(hook)

    def _after_write(self, table: str, *record_ids: int, new: bool = False) -> None:
        for hook in self._write_hooks:
            hook(table, record_ids, new=new)

    def _announce(self) -> None:
        changed, self._changed = self._changed, []
        if not self._listeners:
            return
        by_kind: dict[str, set[int]] = {}
        for kind, record_id in changed:
            by_kind.setdefault(kind, set()).add(record_id)
        for kind, ids in by_kind.items():
            for listener in self._listeners:
                listener(kind, frozenset(ids))

    # -- transactions --------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes inside commit together with their audit entries, or none do."""
        if self.conn.in_transaction:
            # A nested block is a savepoint: if it fails, its queued entries go with it. Entries
            # queued before it are written first, so that a bulk insert inside (which writes its
            # entries at once) cannot take them into the savepoint's rollback.
            self._flush_audit()
            queued, changed = len(self._pending_audit), len(self._changed)
            unrecorded = self._unrecorded.copy()
            try:
                with self.db.atomic():
                    yield self
            except BaseException:
                del self._pending_audit[queued:]
                del self._changed[changed:]
                self._unrecorded = unrecorded
                raise
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield self
            self._flush_audit()
            self._check_all_recorded()
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with suppress(sqlite3.Error):  # after an I/O error the rollback may fail too
                self.conn.rollback()
            self._pending_audit.clear()
            self._changed.clear()
            self._unrecorded.clear()
            explained = explain_write_failure(exc, self.path)
            if explained is not None:
                raise StoreError(explained) from exc
            raise
        self._announce()

    def _flush_audit(self) -> None:
        if self._pending_audit:
            audit.append_entries(self.conn, self.actor, self._pending_audit)
            self._pending_audit = []

    def _check_all_recorded(self) -> None:
        """Refuse to commit rows added by insert_rows that no bundle entry recorded."""
        missing = {table: count for table, count in self._unrecorded.items() if count}
        if missing:
            raise StoreError(f"rows added without their audit entries: {missing}")

    def record_change(self, kind: str, record_id: int, action: str, changes: Mapping) -> None:
        """Queue an audit entry for the open transaction.

        Every audited change of a record passes here, so this is where the role matrix is
        enforced: `kind` (the table changed) must be in an area the signed-in role may write,
        and the record (as it now is) in the signed-in instructor's grids.
        """
        self.require_write(kind)
        self.require_own_grid(kind, record_id)
        self.record_event(kind, record_id, action, changes)

    def record_event(self, kind: str, record_id: int, action: str, changes: Mapping) -> None:
        """Queue an audit entry for what the system itself keeps (a sign-in, a lockout, a
        restore at start-up), which no role check may stop; record changes use record_change."""
        if not self.conn.in_transaction:
            raise RuntimeError("record_event needs an open transaction")
        self._pending_audit.append(
            PendingEntry(kind, record_id, self._sourced(action), dict(changes))
        )
        self._changed.append((kind, record_id))

    @contextmanager
    def source(self, name: str) -> Iterator[Store]:
        """Inside, records created or changed are audited as coming from file `name`.

        A create is entered as "imported from NAME", an update as "updated from NAME"; other
        actions keep their name with " from NAME" added.
        """
        outer, self._source = self._source, name
        try:
            yield self
        finally:
            self._source = outer

    def _sourced(self, action: str) -> str:
        if self._source is None:
            return action
        named = {"create": "imported", "update": "updated"}.get(action, action)
        return f"{named} from {self._source}"

    # -- reads ---------------------------------------------------------------
    def get(self, table: str, record_id: int) -> Row:
        """One row by id, or NotFoundError."""
        rows = self.rows(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
        if not rows:
            raise NotFoundError(table.rstrip("s"), record_id)
        return rows[0]

    def rows(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
        """All rows of a read query as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or None."""
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def history(self, kind: str, record_id: int) -> list[AuditEntry]:
        """A record's audit history, oldest first, with its creation inside a bundle entry."""
        entries = audit.history(self.conn, kind, record_id)
        if kind in BUNDLE_OWNERS:
            owner, sql = BUNDLE_OWNERS[kind]
            owner_ids = [row[0] for row in self.conn.execute(sql, [record_id])]
            entries += audit.bundled_history(self.conn, owner, owner_ids, kind, record_id)
            entries.sort(key=lambda entry: entry.id)
        return entries

    # -- audited writes ------------------------------------------------------
    def _table(self, name: str) -> Table:
        """An existing table (sqlite-utils would quietly create a missing one on insert)."""
        table = self.db.table(name)
        if not table.exists():
            raise StoreError(f"there is no table {name}; tables are made only by migrations")
        return table

    def insert(
        self, table: str, values: Mapping[str, Any], *, related: Mapping[str, list] | None = None
    ) -> int:
        """Add a record and its 'create' entry; returns the new id.

        `related` adds changes kept outside the row (such as an officer's grids) to the entry.
        """
        with self.transaction():
            last_pk = self._table(table).insert(dict(values)).last_pk
            if last_pk is None:
                raise StoreError(f"the new {table} record got no id")
            record_id = int(last_pk)
            created = {
                name: [None, audit.shown(name, value)]
                for name, value in values.items()
                if value not in ("", None)
            }
            self.record_change(table, record_id, "create", {**created, **(related or {})})
            self._after_write(table, record_id)
        return record_id

    def insert_many(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        related: Sequence[Mapping[str, list]] | None = None,
    ) -> list[int]:
        """Add many records at once (one executemany), each with its 'create' entry.

        Returns the new ids in row order. The entries match what `insert` writes (`related`,
        one mapping per row, as in `insert`), so a record added in bulk has the same history
        as one added alone. They are written at once (after any queued before), streamed
        rather than held; a rollback takes them away with the rows.
        """
        if not rows:
            return []
        self.require_write(table)
        with self.transaction():
            ids = self._insert_with_ids(table, columns, rows)
            action = self._sourced("create")
            self._flush_audit()
            audit.append_entries(
                self.conn,
                self.actor,
                (
                    PendingEntry(
                        table,
                        record_id,
                        action,
                        {
                            **{
                                name: [None, value]
                                for name, value in zip(columns, row, strict=True)
                                if value not in ("", None)
                            },
                            **(related[index] if related else {}),
                        },
                    )
                    for index, (record_id, row) in enumerate(zip(ids, rows, strict=True))
                ),
            )
            self.require_own_grid(table, *ids)
            self._after_write(table, *ids, new=True)
            self._changed.extend((table, record_id) for record_id in ids)
        return ids

    def insert_rows(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> list[int]:
        """Add many records at once, to be recorded in bundle entries (`record_bundles`) before
        the transaction ends, which refuses to commit otherwise; returns the ids in row order.

        The bulk import's way: one household's entry holds its residents and their people.
        """
        if not self.conn.in_transaction:
            raise RuntimeError("insert_rows needs an open transaction")
        if not rows:
            return []
        self.require_write(table)
        ids = self._insert_with_ids(table, columns, rows)
        self.require_own_grid(table, *ids)
        self._unrecorded[table] += len(ids)
        self._after_write(table, *ids, new=True)
        self._changed.extend((table, record_id) for record_id in ids)
        self.pulse()
        return ids

    @contextmanager
    def pulsing(self, pulse: Callable[[], None]) -> Iterator[None]:
        """Call `pulse` now and then during the long writes of the block (a bulk import's search
        index and audit entries), between statements: a window keeps repainting meanwhile."""
        self.pulse = pulse
        try:
            yield
        finally:
            self.pulse = _still

    def record_bundles(self, entries: Iterable[PendingEntry]) -> None:
        """Write entries that each record one record (its creation, when the action is 'create')
        and the rows added with it by insert_rows (under audit.CREATED); streamed, so a large
        import never holds them all."""
        self._flush_audit()
        audit.append_entries(self.conn, self.actor, self._counted(entries))

    def _counted(self, entries: Iterable[PendingEntry]) -> Iterator[PendingEntry]:
        for count, entry in enumerate(entries, start=1):
            if count % PULSE_EVERY == 0:
                self.pulse()
            self.require_write(entry.kind)
            for table, count in audit.created_counts(entry.changes).items():
                self._unrecorded[table] -= count
            if entry.action == "create":
                self._unrecorded[entry.kind] -= 1
            self._changed.append((entry.kind, entry.record_id))
            yield PendingEntry(
                entry.kind, entry.record_id, self._sourced(entry.action), entry.changes
            )

    def _insert_with_ids(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> list[int]:
        """Insert rows numbered after the table's highest id, BULK_ROWS at a time, each batch
        passed as one JSON array that SQLite unpacks: about a third faster than executemany,
        which binds every row from Python."""
        self._table(table)
        first = int(self.scalar(f"SELECT coalesce(max(id), 0) FROM [{table}]")) + 1
        ids = list(range(first, first + len(rows)))
        names = ", ".join(f"[{name}]" for name in ("id", *columns))
        cells = ", ".join(f"json_extract(value, '$[{index}]')" for index in range(len(columns) + 1))
        sql = f"INSERT INTO [{table}] ({names}) SELECT {cells} FROM json_each(?)"
        for start in range(0, len(rows), BULK_ROWS):
            stop = start + BULK_ROWS
            numbered = [
                (record_id, *row)
                for record_id, row in zip(ids[start:stop], rows[start:stop], strict=True)
            ]
            self.conn.execute(sql, (fastjson.dumps(numbered),))
        return ids

    def live_versioned(
        self, table: str, record_id: int, expected_version: int | None, noun: str
    ) -> dict[str, Any]:
        """The row of a versioned record that is not void, at the version the caller saw.

        `noun` names the record in the messages ("dispute", "household"...).
        """
        row = self.get(table, record_id)
        if row["voided_at"] is not None:
            raise ValidationError({noun: f"{noun} {record_id} is void"})
        if expected_version is not None and row["version"] != expected_version:
            raise ConflictError(noun, record_id)
        return row

    def write_versioned(
        self,
        table: str,
        row: Mapping[str, Any],
        values: Mapping[str, Any],
        action: str,
        extra: Mapping[str, list] | None = None,
    ) -> dict[str, list]:
        """Change a versioned record read as `row`, bump its version, write one audit entry.

        `extra` adds changes kept only in the entry (child rows, reasons). Returns the changes;
        nothing is written when there are none. Call inside a transaction.
        """
        changes = {name: [row[name], v] for name, v in values.items() if row[name] != v}
        changes.update(extra or {})
        if not changes:
            return {}
        new = {name: pair[1] for name, pair in changes.items() if name in row}
        new["version"] = row["version"] + 1
        self.require_own_grid(table, row["id"])  # where it was, before it may move
        assignments = ", ".join(f"[{name}] = ?" for name in new)
        self.conn.execute(
            f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*new.values(), row["id"]]
        )
        self.record_change(table, row["id"], action, changes)
        return changes

    def update(
        self,
        table: str,
        record_id: int,
        values: Mapping[str, Any],
        *,
        related: Mapping[str, list] | None = None,
    ) -> dict[str, list]:
        """Change fields of a record; only real changes are written, audited in one entry.

        `related` adds changes kept outside the row (such as an officer's grids) to the entry.
        """
        with self.transaction():
            before = self.get(table, record_id)
            self.require_own_grid(table, record_id)  # where it was, before it may move
            changes = {
                name: [before.get(name), value]
                for name, value in values.items()
                if before.get(name) != value
            }
            if changes:
                self._table(table).update(record_id, {k: v[1] for k, v in changes.items()})
            changes = {name: audit.shown_pair(name, pair) for name, pair in changes.items()}
            changes.update(related or {})
            if changes:
                self.record_change(table, record_id, "update", changes)
                self._after_write(table, record_id)
        return changes

    def void(self, table: str, record_id: int, reason: str) -> None:
        """Mark a record void with a reason; it stays in the file and in its history."""
        with self.transaction():
            if self.get(table, record_id).get("voided_at") is not None:
                raise ValidationError({"record": f"{table} {record_id} is already void"})
            values = {"voided_at": audit.utc_now(), "void_reason": reason}
            self._table(table).update(record_id, values)
            self.record_change(table, record_id, "void", {"void_reason": [None, reason]})
            self._after_write(table, record_id)

    # -- settings ------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        """A station setting (station name, address...)."""
        value = self.scalar("SELECT value FROM settings WHERE key = ?", [key])
        return default if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        """Change a station setting, audited under kind 'settings'."""
        with self.transaction():
            old = self.scalar("SELECT value FROM settings WHERE key = ?", [key])
            if old == value:
                return
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            self.record_change("settings", 0, "update", {key: [old, value]})


def explain_write_failure(exc: BaseException, path: Path | None) -> str | None:
    """What a save that failed for want of a writable disk means for the user, or None for
    any other failure. The save was rolled back whole either way."""
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    text = str(exc).lower()
    if "full" in text:
        where = path.parent if path is not None else "memory"
        return f"nothing was saved: the disk holding {where} is full; free space and save again"
    if "readonly" in text or "read-only" in text:
        return f"nothing was saved: the station file {path} is read-only"
    if "locked" in text or "busy" in text:
        return "nothing was saved: another program is writing to the station file; save again"
    if "i/o" in text:
        return (
            f"nothing was saved: the station file {path} cannot be written (was its drive removed?)"
        )
    return None


def _connect(path: Path | None) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path) if path is not None else ":memory:")
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if path is not None:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
    except BaseException:
        conn.close()
        raise
    return conn


def open_read_only(path: Path, actor: str) -> Store:
    """A second, read-only connection to an open station file, for reading off the window's
    thread (WAL lets it read while the window writes). Its session is the caller's to set."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return Store(conn, path, actor)


def open_store(
    path: Path | None,
    actor: str,
    *,
    create: bool = False,
    announce: Callable[[str], None] = lambda _message: None,
) -> Store:
    """Open (or with create=True, make) a station file and bring its schema up to date."""
    if path is not None and not create and not path.exists():
        raise StoreError(f"no station database at {path}")
    try:
        conn = _connect(path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a usable station database: {exc}") from exc
    try:
        version = schema_version(conn)
        if version > LATEST_VERSION:
            raise StoreError(
                f"{path} was written by a newer StationDesk (schema v{version}); update the app"
            )
        migrate(conn, path, announce)
        store = Store(conn, path, actor)
        if not store.search_index.is_current():
            with store.transaction():
                store.search_index.rebuild()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path} is not a usable station database: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return store
