"""Who may do what: the role matrix, the one table the window, the command line and the
services all ask.

Writes are checked where every audited change passes, in the store (`Store.record_change`),
by the *area* of the table written; special actions (signing off, closing a case, seeing
medical details, exporting in full...) are named permissions the services ask for
(`Store.require`, `Store.may`).

How a new table gets its area: add it to `TABLE_AREAS` below. A table not listed there is in
the "records" area, which clerks, instructors and the chief may write and no one else.
A database without accounts enforces nothing (everything allowed, as before accounts existed).

Some roles write records only in their own grids (网格): an instructor's account is linked to an
officer on the roster, and the instructor may change a record of a table in `GRID_OF_RECORD`
only when the record's grid is one of that officer's grids (or lies under one). They read
everything, as everyone does.
"""

from __future__ import annotations

from dataclasses import dataclass

CLERK = "clerk"
INSTRUCTOR = "instructor"
CHIEF = "chief"
AUDITOR = "auditor"
ADMIN = "admin"
ROLES = (CLERK, INSTRUCTOR, CHIEF, AUDITOR, ADMIN)

# Named permissions.
READ_RECORDS = "read_records"
READ_HISTORY = "read_history"
READ_TRAIL = "read_trail"
WRITE_RECORDS = "write_records"
PRINT_RECORDS = "print_records"
SIGN_OFF = "sign_off"
CLOSE_INJURY_CASE = "close_injury_case"
SEE_MEDICAL = "see_medical"
EXPORT_FULL = "export_full"
MANAGE_ACCOUNTS = "manage_accounts"
MANAGE_ROSTER = "manage_roster"
BACKUPS = "backups"
CHANGE_SETTINGS = "change_settings"

_RECORD_KEEPERS = frozenset({CLERK, INSTRUCTOR, CHIEF})
_EVERYONE = frozenset(ROLES)

# The role matrix: each permission and the roles that hold it.
ROLE_MATRIX: dict[str, frozenset[str]] = {
    READ_RECORDS: _EVERYONE,
    READ_HISTORY: _EVERYONE,
    READ_TRAIL: frozenset({CHIEF, AUDITOR, ADMIN}),
    WRITE_RECORDS: _RECORD_KEEPERS,
    PRINT_RECORDS: frozenset({CLERK, INSTRUCTOR, CHIEF, AUDITOR}),
    SIGN_OFF: frozenset({CHIEF}),
    CLOSE_INJURY_CASE: frozenset({CHIEF}),
    SEE_MEDICAL: frozenset({CHIEF, AUDITOR}),
    EXPORT_FULL: frozenset({CHIEF}),
    MANAGE_ACCOUNTS: frozenset({CHIEF, ADMIN}),
    MANAGE_ROSTER: frozenset({CHIEF}),
    BACKUPS: frozenset({ADMIN}),
    CHANGE_SETTINGS: frozenset({ADMIN}),
}

# What each permission lets one do, for refusals ("a clerk may not ...").
DOING: dict[str, str] = {
    READ_RECORDS: "read records",
    READ_HISTORY: "read the history",
    READ_TRAIL: "read the station's audit trail",
    WRITE_RECORDS: "change records",
    PRINT_RECORDS: "print or export records",
    SIGN_OFF: "sign off disputes",
    CLOSE_INJURY_CASE: "close injury cases",
    SEE_MEDICAL: "see medical details",
    EXPORT_FULL: "export records in full (unmasked)",
    MANAGE_ACCOUNTS: "manage accounts",
    MANAGE_ROSTER: "change the roster and grids",
    BACKUPS: "make or restore backups",
    CHANGE_SETTINGS: "change the station's settings",
}

# Areas of tables and the permission that writes each.
RECORDS = "records"
AREA_PERMISSION: dict[str, str] = {
    RECORDS: WRITE_RECORDS,
    "roster": MANAGE_ROSTER,
    "accounts": MANAGE_ACCOUNTS,
    "settings": CHANGE_SETTINGS,
}
# Tables outside the "records" area. A table not named here is a record table.
TABLE_AREAS: dict[str, str] = {
    "grids": "roster",
    "officers": "roster",
    "officer_grids": "roster",
    "accounts": "accounts",
    "settings": "settings",
}


# Roles that change grid-bound records only in the grids of the officer their account names.
GRID_BOUND_ROLES = frozenset({INSTRUCTOR})

# Record tables that belong to a grid: for each, the query giving the grids of some records (their
# ids as the `{ids}` placeholders). A record table not named here (people, injuries on duty,
# hospitals...) has no grid.
_DISPUTE_GRID = (
    "SELECT d.grid_id FROM {table} r JOIN disputes d ON d.id = r.dispute_id WHERE r.id IN ({{ids}})"
)
_HOUSEHOLD_GRID = (
    "SELECT h.grid_id FROM {table} r JOIN households h ON h.id = r.household_id"
    " WHERE r.id IN ({{ids}})"
)
GRID_OF_RECORD: dict[str, str] = {
    "disputes": "SELECT grid_id FROM disputes WHERE id IN ({ids})",
    "mediation_sessions": _DISPUTE_GRID.format(table="mediation_sessions"),
    "agreements": _DISPUTE_GRID.format(table="agreements"),
    "followups": _DISPUTE_GRID.format(table="followups"),
    "addresses": "SELECT grid_id FROM addresses WHERE id IN ({ids})",
    "households": "SELECT grid_id FROM households WHERE id IN ({ids})",
    "residents": _HOUSEHOLD_GRID.format(table="residents"),
    "visits": _HOUSEHOLD_GRID.format(table="visits"),
}
OUTSIDE_OWN_GRIDS = "an instructor may only change records in their own grids (网格)"
NO_OFFICER = (
    "this instructor account is linked to no officer on the roster, so it has no grids;"
    " ask the chief to link it"
)


def outside_grid_reason(grid_name: str) -> str:
    """Why an instructor may not change a record in the grid named."""
    return f"{OUTSIDE_OWN_GRIDS}; {grid_name} is not one of them"


@dataclass(frozen=True)
class Session:
    """Who is signed in, and as what."""

    account_id: int
    username: str
    role: str
    started_at: str = ""


def area_of(table: str) -> str:
    """The area a table belongs to ("records" unless TABLE_AREAS says otherwise)."""
    return TABLE_AREAS.get(table, RECORDS)


def write_permission(table: str) -> str:
    """The permission needed to write `table`."""
    return AREA_PERMISSION[area_of(table)]


def role_may(role: str, permission: str) -> bool:
    """Whether `role` holds `permission` (an unknown permission is held by no one)."""
    return role in ROLE_MATRIX.get(permission, frozenset())


def refusal(role: str, permission: str) -> str:
    """The one-line message refusing `permission` to `role`."""
    article = "an" if role[0] in "aeiou" else "a"
    return f"{article} {role} may not {DOING.get(permission, permission)}"
