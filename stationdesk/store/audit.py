"""The append-only, hash-chained audit trail."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from stationdesk.store import fastjson

GENESIS_HASH = "0" * 64
PROTECTION_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")

Changes = dict[str, list[Any]]
# The hash's payload is compact JSON of the entry's fields, non-ASCII characters as they are:
# json.dumps(..., ensure_ascii=False, separators=(",", ":")) writes the same text, which the
# entries of earlier releases were sealed with. The changes are stored as changes_text writes
# them; the hash covers the text as stored, so entries written either way verify alike.

# A bundle entry (one imported household) records, besides its own record, the rows it created
# with it (residents, their people, the address) under this field: [None, {table: [[columns],
# [row], ...]}], every row starting with its id.
CREATED = "created"

# Columns whose values never reach the audit trail: only that they changed.
SECRET_COLUMNS = frozenset({"password_hash"})
HIDDEN = "(secret)"


def shown(column: str, value: Any) -> Any:
    """The value as the audit trail keeps it (a secret is only marked as set)."""
    return HIDDEN if column in SECRET_COLUMNS and value not in ("", None) else value


def shown_pair(column: str, pair: list[Any]) -> list[Any]:
    """An [old, new] change as the audit trail keeps it."""
    return [shown(column, pair[0]), shown(column, pair[1])]


@dataclass(frozen=True)
class AuditEntry:
    """One line of a record's history."""

    id: int
    at: str
    actor: str
    kind: str
    record_id: int
    action: str
    changes: Changes = field(default_factory=dict)


@dataclass(frozen=True)
class PendingEntry:
    """An entry about to be written: who did what to which record."""

    kind: str
    record_id: int
    action: str
    changes: Changes


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def entry_hash(
    entry_id: int, at: str, actor: str, pending: PendingEntry, changes_json: str, prev: str
) -> str:
    """The SHA-256 that seals one entry to the one before it."""
    payload = fastjson.encode(
        [entry_id, at, actor, pending.kind, pending.record_id, pending.action, changes_json, prev]
    )
    return hashlib.sha256(payload).hexdigest()


def changes_text(changes: Changes) -> str:
    """An entry's changes as the trail stores them: JSON, keys sorted."""
    return fastjson.dumps(changes, sort_keys=True)


def _last_link(conn: sqlite3.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


def append_entries(conn: sqlite3.Connection, actor: str, entries: Iterable[PendingEntry]) -> None:
    """Append entries to the chain; the caller holds the write transaction.

    `entries` may be a generator: each entry is sealed and written as it comes, so a bulk
    import never holds all its entries at once.
    """
    conn.executemany(
        "INSERT INTO audit_log (id, at, actor, kind, record_id, action, changes, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _sealed(conn, actor, entries),
    )


def _sealed(
    conn: sqlite3.Connection, actor: str, entries: Iterable[PendingEntry]
) -> Iterator[tuple[Any, ...]]:
    """Audit rows, each hash-chained to the one before."""
    last_id, prev = _last_link(conn)
    at = utc_now()
    for offset, pending in enumerate(entries, start=1):
        entry_id = last_id + offset
        changes_json = changes_text(pending.changes)
        digest = entry_hash(entry_id, at, actor, pending, changes_json, prev)
        yield (
            entry_id,
            at,
            actor,
            pending.kind,
            pending.record_id,
            pending.action,
            changes_json,
            prev,
            digest,
        )
        prev = digest


def created_table(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[list[Any]]:
    """Rows (id first) as a bundle entry keeps them under CREATED: column names, then rows."""
    return [["id", *columns], *(list(row) for row in rows)]


def created_counts(changes: Changes) -> dict[str, int]:
    """How many rows of each table a bundle entry created besides its own record."""
    tables = changes.get(CREATED, [None, None])[1] or {}
    return {table: len(rows) - 1 for table, rows in tables.items()}


def history(conn: sqlite3.Connection, kind: str, record_id: int) -> list[AuditEntry]:
    """Every audit entry of one record, oldest first (a bundle entry without the rows it
    created besides the record: those show in their own records' histories)."""
    cursor = conn.execute(
        "SELECT id, at, actor, kind, record_id, action, changes FROM audit_log"
        " WHERE kind = ? AND record_id = ? ORDER BY id",
        (kind, record_id),
    )
    entries = []
    for row in cursor:
        changes = json.loads(row[6])
        changes.pop(CREATED, None)
        entries.append(AuditEntry(row[0], row[1], row[2], row[3], row[4], row[5], changes))
    return entries


def bundled_history(
    conn: sqlite3.Connection, owner: str, owner_ids: Iterable[int], kind: str, record_id: int
) -> list[AuditEntry]:
    """The entries of records `owner_ids` (of kind `owner`) that created record `record_id` of
    `kind` with them, each told as that record's own creation."""
    found = []
    for owner_id in owner_ids:
        cursor = conn.execute(
            "SELECT id, at, actor, action, changes FROM audit_log WHERE kind = ?"
            " AND record_id = ? AND json_extract(changes, '$.created[1]') IS NOT NULL",
            (owner, owner_id),
        )
        for entry_id, at, actor, action, changes in cursor:
            created = _created_row(json.loads(changes), kind, record_id)
            if created is not None:
                found.append(
                    AuditEntry(entry_id, at, actor, kind, record_id, creation(action), created)
                )
    return found


def _created_row(changes: Changes, kind: str, record_id: int) -> Changes | None:
    """Record `record_id`'s create changes, when the bundle entry created it."""
    table = changes[CREATED][1].get(kind)
    if not table:
        return None
    columns = table[0]
    for row in table[1:]:
        if row[0] == record_id:
            return {
                name: [None, value]
                for name, value in zip(columns[1:], row[1:], strict=True)
                if value not in ("", None)
            }
    return None


def creation(action: str) -> str:
    """How a record created inside a bundle entry names its creation: 'imported from FILE'
    when the entry came from a file, else 'create'."""
    _, sep, source = action.partition(" from ")
    return f"imported from {source}" if sep else "create"


def verify_chain(conn: sqlite3.Connection) -> list[str]:
    """Recompute the whole chain; return one message per broken entry (empty when sound)."""
    problems = [
        f"audit protection trigger {name} is missing"
        for name in PROTECTION_TRIGGERS
        if not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()
    ]
    problems.extend(_broken_links(_chain_rows(conn)))
    return problems


def _chain_rows(conn: sqlite3.Connection) -> Iterable[tuple[Any, ...]]:
    return conn.execute(
        "SELECT id, at, actor, kind, record_id, action, changes, prev_hash, hash"
        " FROM audit_log ORDER BY id"
    )


def _broken_links(rows: Iterable[tuple[Any, ...]]) -> Iterable[str]:
    prev = GENESIS_HASH
    expected_id = 1
    for entry_id, at, actor, kind, record_id, action, changes, prev_hash, digest in rows:
        if entry_id != expected_id:
            yield f"audit entries {expected_id} to {entry_id - 1} are missing"
        if prev_hash != prev:
            yield f"audit entry {entry_id} does not follow entry {entry_id - 1}"
        pending = PendingEntry(kind, record_id, action, {})
        if entry_hash(entry_id, at, actor, pending, changes, prev_hash) != digest:
            yield f"audit entry {entry_id} ({kind} {record_id}, {action}) was altered"
        prev = digest
        expected_id = entry_id + 1
