"""Versioned schema migrations; the file is backed up before any of them runs."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class Migration:
    """One step of the schema, applied once and recorded in PRAGMA user_version."""

    version: int
    description: str
    sql: str


V1_FOUNDATION = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE grids (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES grids(id),
    level INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    code TEXT NOT NULL DEFAULT '',
    head_name TEXT NOT NULL DEFAULT '',
    head_phone TEXT NOT NULL DEFAULT '',
    administrators TEXT NOT NULL DEFAULT '',
    has_police_room INTEGER NOT NULL DEFAULT 0 CHECK (has_police_room IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT,
    CHECK ((level = 1) = (parent_id IS NULL))
);
CREATE INDEX grids_parent ON grids(parent_id, name);
CREATE INDEX grids_level ON grids(level, name);

CREATE TABLE officers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('police', 'auxiliary')),
    badge_no TEXT NOT NULL UNIQUE,
    post TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL CHECK (team IN ('community', 'case', 'command')),
    committee_member INTEGER NOT NULL DEFAULT 0 CHECK (committee_member IN (0, 1)),
    committee_grid_id INTEGER REFERENCES grids(id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    left_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT
);
CREATE INDEX officers_name ON officers(name);
CREATE INDEX officers_team ON officers(team, name);

CREATE TABLE officer_grids (
    officer_id INTEGER NOT NULL REFERENCES officers(id),
    grid_id INTEGER NOT NULL REFERENCES grids(id),
    PRIMARY KEY (officer_id, grid_id)
) WITHOUT ROWID;
CREATE INDEX officer_grids_grid ON officer_grids(grid_id, officer_id);

CREATE TABLE shifts (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officers(id),
    day TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('day', 'night', 'standby', 'rest', 'leave', 'sick')),
    patrols INTEGER NOT NULL DEFAULT 0 CHECK (patrols BETWEEN 0 AND 20),
    note TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT,
    UNIQUE (officer_id, day)
);
CREATE INDEX shifts_day ON shifts(day, officer_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    changes TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log(kind, record_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "grids, roster, shifts and the audit trail", V1_FOUNDATION),
)

LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(conn: sqlite3.Connection) -> int:
    """The version recorded in the file (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending_migrations(conn: sqlite3.Connection) -> list[Migration]:
    """Migrations not yet applied to this file, in order."""
    current = schema_version(conn)
    return [m for m in MIGRATIONS if m.version > current]


def backup_before_migration(conn: sqlite3.Connection, db_path: Path, target: int) -> Path:
    """Copy the file with SQLite's backup API before its schema changes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy_path = db_path.with_name(f"{db_path.stem}.before-v{target}-{stamp}{db_path.suffix}")
    with sqlite3.connect(copy_path) as copy:
        conn.backup(copy)
    copy.close()
    return copy_path


def migrate(conn: sqlite3.Connection, db_path: Path | None, announce: Callable[[str], None]) -> int:
    """Bring the file to the latest schema, one transaction per step; returns the new version."""
    steps = pending_migrations(conn)
    if not steps:
        return schema_version(conn)
    if schema_version(conn) > 0 and db_path is not None:
        announce(f"backed up to {backup_before_migration(conn, db_path, steps[-1].version)}")
    for step in steps:
        _apply(conn, step)
        announce(f"schema v{step.version}: {step.description}")
    return schema_version(conn)


def _apply(conn: sqlite3.Connection, step: Migration) -> None:
    statements = [s.strip() for s in _split_statements(step.sql) if s.strip()]
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {step.version}")
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")


def _split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer)
            buffer = ""
    return statements
