"""The station's whole audit trail, newest first, for those who review it (the chief, the
auditor, the administrator): who did what and when, narrowed by person, by what was done and
by day.

Entries are read a page at a time, keyed on the entry id (ids grow with time), so the newest
page of a trail of millions shows at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from stationdesk.domain import access
from stationdesk.domain.labels import TRAIL_GROUPS
from stationdesk.errors import ValidationError
from stationdesk.store import Store
from stationdesk.store.audit import CREATED, shown_pair

PAGE_SIZE = 200
UNNUMBERED = frozenset({"settings", "database", "exports"})  # kept under record id 0

# What was done, as the trail can be narrowed to it: each group and the SQL that picks it out.
ACCOUNTS = "accounts"
ACCESS = "access"
IMPORTS = "imports"
CHANGES = "changes"
ACCESS_ACTIONS = ("print", "export", "view_medical")  # see Store.note_access
_ACCESS_LIST = ", ".join(f"'{action}'" for action in ACCESS_ACTIONS)
_GROUP_SQL = {
    ACCOUNTS: "kind = 'accounts'",  # sign-ins, failures, lockouts, passwords, roles
    ACCESS: f"action IN ({_ACCESS_LIST})",
    IMPORTS: "(action LIKE 'imported from %' OR action LIKE 'updated from %')",
}
_GROUP_SQL[CHANGES] = f"NOT ({' OR '.join(_GROUP_SQL.values())})"
GROUPS = TRAIL_GROUPS


@dataclass(frozen=True)
class TrailFilter:
    """Which entries to show: by whom (a user name), what was done (one of GROUPS), and
    between which days (local days, both included). Empty means any."""

    actor: str = ""
    group: str = ""
    since: date | None = None
    until: date | None = None

    def problems(self) -> dict[str, str]:
        """Why the filter cannot be used, by field; empty when it can."""
        if self.group and self.group not in GROUPS:
            value, choices = self.group, ", ".join(GROUPS)
            return {"group": f"'{value}' is not one of {choices}"}
        if self.since and self.until and self.since > self.until:
            return {"until": "the last day is before the first day"}
        return {}


@dataclass(frozen=True)
class TrailEntry:
    """One entry as the trail lists it."""

    id: int
    at: str  # UTC, ISO 8601
    actor: str
    kind: str
    record_id: int
    action: str
    changes: dict[str, list[Any]]

    def record(self, kind_name: str, usernames: Mapping[int, str]) -> str:
        """'dispute 12' (given the kind's name), 'account 3 (clerk)' (given the user names of
        the accounts); the settings, the file and exports by name alone."""
        if self.kind in UNNUMBERED:
            return kind_name
        user = usernames.get(self.record_id) if self.kind == "accounts" else None
        return f"{kind_name} {self.record_id}" + (f" ({user})" if user else "")

    def local_time(self) -> str:
        """When, in the computer's time zone, to the minute."""
        return datetime.fromisoformat(self.at).astimezone().strftime("%Y-%m-%d %H:%M")

    def fields(self) -> list[str]:
        """The fields the entry changed or notes (a bundle's rows counted, not listed)."""
        return [name for name in self.changes if name not in (CREATED, "version")]

    def created_counts(self) -> dict[str, int]:
        """Rows created with the record by an import (residents, people, its address)."""
        tables = (self.changes.get(CREATED) or [None, None])[1] or {}
        return {table: len(rows) - 1 for table, rows in tables.items()}

    def noted(self) -> bool:
        """True for an entry that notes an event (a sign-in, a print, an export) rather than
        changes a record: its values are what to show."""
        return self.kind == "accounts" or self.action in ACCESS_ACTIONS

    def summary(self) -> str:
        """One line: the values an event noted, else the fields changed and the rows an
        import created ("residents 3, people 3")."""
        if self.noted():
            return ", ".join(f"{name} {pair[1]}" for name, pair in self.changes.items())
        created = [f"{table} {count}" for table, count in self.created_counts().items()]
        return ", ".join([*self.fields(), *created])


class TrailService:
    """Reads the trail for the roles that may review it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def entries(
        self, flt: TrailFilter, *, before: int | None = None, limit: int = PAGE_SIZE
    ) -> list[TrailEntry]:
        """Up to `limit` entries matching `flt`, newest first, older than entry `before`."""
        self.store.require(access.READ_TRAIL)
        problems = flt.problems()
        if problems:
            raise ValidationError(problems)
        where, params = _conditions(flt, before)
        cursor = self.store.conn.execute(
            "SELECT id, at, actor, kind, record_id, action, changes FROM audit_log"
            f" WHERE {where} ORDER BY id DESC LIMIT ?",
            [*params, limit],
        )
        return [_entry(row) for row in cursor]

    def walk(self, flt: TrailFilter) -> Iterator[TrailEntry]:
        """Every entry matching `flt`, newest first, read a page at a time."""
        before = None
        while page := self.entries(flt, before=before):
            yield from page
            before = page[-1].id

    def usernames(self) -> dict[int, str]:
        """Each account's user name, by id: an account entry names whose account it was."""
        self.store.require(access.READ_TRAIL)
        return dict(self.store.conn.execute("SELECT id, username FROM accounts"))

    def actors(self) -> list[str]:
        """Everyone the trail names, for a choice of whom to show."""
        self.store.require(access.READ_TRAIL)
        return [row[0] for row in self.store.conn.execute(_ACTORS_SQL)]


# The distinct actors without reading the whole trail: hop from one name to the next along
# the index by user (audit_log_actor).
_ACTORS_SQL = """
WITH RECURSIVE named(actor) AS (
    SELECT min(actor) FROM audit_log
    UNION ALL
    SELECT (SELECT min(actor) FROM audit_log WHERE actor > named.actor) FROM named
    WHERE named.actor IS NOT NULL
)
SELECT actor FROM named WHERE actor IS NOT NULL
"""


def _conditions(flt: TrailFilter, before: int | None) -> tuple[str, list[Any]]:
    where: list[str] = ["1"]
    params: list[Any] = []
    if before is not None:
        where.append("id < ?")
        params.append(before)
    if flt.actor:
        where.append("actor = ?")
        params.append(flt.actor)
    if flt.group:
        where.append(_GROUP_SQL[flt.group])
    if flt.since:
        where.append("at >= ?")
        params.append(_utc_start(flt.since))
    if flt.until:
        where.append("at < ?")
        params.append(_utc_start(flt.until + timedelta(days=1)))
    return " AND ".join(where), params


def _utc_start(day: date) -> str:
    """The first moment of a local day, as the trail writes times (UTC, ISO 8601)."""
    local = datetime.combine(day, time(0)).astimezone()
    return local.astimezone(UTC).isoformat(timespec="milliseconds")


def _entry(row: tuple[Any, ...]) -> TrailEntry:
    entry_id, at, actor, kind, record_id, action, text = row
    changes = {name: shown_pair(name, pair) for name, pair in json.loads(text).items()}
    return TrailEntry(entry_id, at, actor, kind, record_id, action, changes)
