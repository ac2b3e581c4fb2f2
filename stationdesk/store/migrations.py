"""Versioned schema migrations; the file is backed up before any of them runs."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from stationdesk.store import safefile


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

V2_DISPUTES = """
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'male', 'female')),
    id_number TEXT UNIQUE CHECK (id_number IS NULL OR length(id_number) = 18),
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT
);
CREATE INDEX people_name ON people(name);
CREATE INDEX people_phone ON people(phone);

CREATE TABLE disputes (
    id INTEGER PRIMARY KEY,
    received_on TEXT NOT NULL,
    received_how TEXT NOT NULL CHECK (received_how IN
        ('walk_in', 'call_110', 'visit', 'village_committee', 'other')),
    category TEXT NOT NULL CHECK (category IN ('marriage_family', 'neighbours', 'land_forest',
        'contract', 'damages', 'labour', 'property_management', 'other')),
    grid_id INTEGER NOT NULL REFERENCES grids(id),
    place TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL CHECK (trim(summary) <> ''),
    risk_grade TEXT NOT NULL CHECK (risk_grade IN ('A', 'B', 'C', 'D')),
    risk_reason TEXT NOT NULL DEFAULT '',
    officer_id INTEGER NOT NULL REFERENCES officers(id),
    deadline TEXT NOT NULL CHECK (deadline >= received_on),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN
        ('open', 'settled', 'referred', 'escalated', 'withdrawn', 'confirmed')),
    outcome TEXT CHECK (outcome IN ('agreement', 'referred', 'escalated', 'withdrawn')),
    outcome_on TEXT,
    referred_to TEXT CHECK (referred_to IN
        ('court', 'labour_arbitration', 'village_committee', 'other')),
    referred_where TEXT NOT NULL DEFAULT '',
    outcome_reason TEXT NOT NULL DEFAULT '',
    confirmed_on TEXT,
    confirmed_by TEXT,
    reopened_count INTEGER NOT NULL DEFAULT 0,
    source_visit_id INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    CHECK ((status = 'open') = (outcome IS NULL)),
    CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
    CHECK ((outcome = 'referred') = (referred_to IS NOT NULL)),
    CHECK ((status = 'confirmed') = (confirmed_on IS NOT NULL))
);
CREATE INDEX disputes_received ON disputes(received_on);
CREATE INDEX disputes_deadline ON disputes(deadline);
CREATE INDEX disputes_status ON disputes(status);
CREATE INDEX disputes_grade ON disputes(risk_grade);
CREATE INDEX disputes_category ON disputes(category);
CREATE INDEX disputes_how ON disputes(received_how);
CREATE INDEX disputes_grid ON disputes(grid_id);
CREATE INDEX disputes_officer ON disputes(officer_id);
CREATE INDEX disputes_open ON disputes(deadline) WHERE status = 'open';
CREATE INDEX disputes_outcome ON disputes(outcome_on) WHERE outcome_on IS NOT NULL;

CREATE TABLE dispute_parties (
    dispute_id INTEGER NOT NULL REFERENCES disputes(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    role TEXT NOT NULL CHECK (role IN ('applicant', 'respondent', 'third_party')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (dispute_id, person_id)
) WITHOUT ROWID;
CREATE INDEX dispute_parties_person ON dispute_parties(person_id, dispute_id);

CREATE TABLE mediation_sessions (
    id INTEGER PRIMARY KEY,
    dispute_id INTEGER NOT NULL REFERENCES disputes(id),
    held_at TEXT NOT NULL,
    place TEXT NOT NULL CHECK (place IN ('station', 'police_room', 'on_site', 'other')),
    place_detail TEXT NOT NULL DEFAULT '',
    other_mediators TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL CHECK (result IN ('agreed', 'partly_agreed', 'not_agreed')),
    result_text TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT
);
CREATE INDEX mediation_sessions_dispute ON mediation_sessions(dispute_id, held_at);
CREATE INDEX mediation_sessions_held ON mediation_sessions(held_at);

CREATE TABLE session_mediators (
    session_id INTEGER NOT NULL REFERENCES mediation_sessions(id),
    officer_id INTEGER NOT NULL REFERENCES officers(id),
    PRIMARY KEY (session_id, officer_id)
) WITHOUT ROWID;
CREATE INDEX session_mediators_officer ON session_mediators(officer_id, session_id);

CREATE TABLE session_statements (
    session_id INTEGER NOT NULL REFERENCES mediation_sessions(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    statement TEXT NOT NULL CHECK (trim(statement) <> ''),
    PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;

CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    dispute_id INTEGER NOT NULL REFERENCES disputes(id),
    signed_on TEXT NOT NULL,
    facts TEXT NOT NULL CHECK (trim(facts) <> ''),
    responsibility TEXT NOT NULL DEFAULT '',
    court_confirmation INTEGER NOT NULL DEFAULT 0 CHECK (court_confirmation IN (0, 1)),
    broken_on TEXT,
    voided_at TEXT,
    void_reason TEXT
);
CREATE INDEX agreements_dispute ON agreements(dispute_id, signed_on);
CREATE INDEX agreements_signed ON agreements(signed_on);

CREATE TABLE obligations (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    what TEXT NOT NULL CHECK (trim(what) <> ''),
    due_on TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX obligations_agreement ON obligations(agreement_id, position);

CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    dispute_id INTEGER NOT NULL REFERENCES disputes(id),
    agreement_id INTEGER NOT NULL REFERENCES agreements(id),
    due_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('visit', 'phone')),
    reason TEXT NOT NULL CHECK (reason IN ('grade', 'obligation', 'court_confirmation')),
    obligation_id INTEGER REFERENCES obligations(id),
    officer_id INTEGER NOT NULL REFERENCES officers(id),
    done_on TEXT,
    kept INTEGER CHECK (kept IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    cancelled_on TEXT,
    voided_at TEXT,
    void_reason TEXT,
    CHECK ((done_on IS NULL) = (kept IS NULL)),
    CHECK ((reason = 'obligation') = (obligation_id IS NOT NULL))
);
CREATE INDEX followups_pending ON followups(due_on, officer_id)
    WHERE done_on IS NULL AND cancelled_on IS NULL AND voided_at IS NULL;
CREATE INDEX followups_dispute ON followups(dispute_id, due_on);
CREATE INDEX followups_officer ON followups(officer_id, due_on);
CREATE INDEX followups_done ON followups(done_on) WHERE done_on IS NOT NULL;
"""

V3_HOUSEHOLDS = """
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    grid_id INTEGER NOT NULL REFERENCES grids(id),
    district TEXT NOT NULL DEFAULT '',
    road TEXT NOT NULL CHECK (trim(road) <> ''),
    house_no TEXT NOT NULL DEFAULT '',
    building TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    floor TEXT NOT NULL DEFAULT '',
    flat TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT
);
CREATE UNIQUE INDEX addresses_unique
    ON addresses(road, house_no, building, unit, floor, flat, district) WHERE voided_at IS NULL;
CREATE INDEX addresses_grid ON addresses(grid_id);

CREATE TABLE households (
    id INTEGER PRIMARY KEY,
    address_id INTEGER NOT NULL REFERENCES addresses(id),
    grid_id INTEGER NOT NULL REFERENCES grids(id),
    registered_on TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT
);
CREATE UNIQUE INDEX households_address ON households(address_id) WHERE voided_at IS NULL;
CREATE INDEX households_grid ON households(grid_id, id);

CREATE TABLE residents (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    relationship TEXT NOT NULL CHECK (relationship IN ('head', 'spouse', 'child', 'parent',
        'grandchild', 'grandparent', 'sibling', 'other_relative', 'tenant', 'other')),
    elderly_alone INTEGER NOT NULL DEFAULT 0 CHECK (elderly_alone IN (0, 1)),
    left_behind_child INTEGER NOT NULL DEFAULT 0 CHECK (left_behind_child IN (0, 1)),
    disability INTEGER NOT NULL DEFAULT 0 CHECK (disability IN (0, 1)),
    under_care INTEGER NOT NULL DEFAULT 0 CHECK (under_care IN (0, 1)),
    key_person INTEGER NOT NULL DEFAULT 0 CHECK (key_person IN (0, 1)),
    moved_in_on TEXT,
    moved_out_on TEXT,
    voided_at TEXT,
    void_reason TEXT,
    CHECK (moved_out_on IS NULL OR moved_in_on IS NULL OR moved_out_on >= moved_in_on)
);
CREATE UNIQUE INDEX residents_living ON residents(person_id)
    WHERE moved_out_on IS NULL AND voided_at IS NULL;
CREATE UNIQUE INDEX residents_head ON residents(household_id)
    WHERE relationship = 'head' AND moved_out_on IS NULL AND voided_at IS NULL;
CREATE INDEX residents_household ON residents(household_id, person_id);
CREATE INDEX residents_person ON residents(person_id, household_id);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id),
    visited_on TEXT NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN
        ('safety_check', 'anti_fraud', 'dispute_screening', 'return_visit', 'other')),
    found TEXT NOT NULL DEFAULT '',
    anti_fraud_app INTEGER NOT NULL DEFAULT 0 CHECK (anti_fraud_app IN (0, 1)),
    followup_needed INTEGER NOT NULL DEFAULT 0 CHECK (followup_needed IN (0, 1)),
    followup_note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT
);
CREATE INDEX visits_household ON visits(household_id, visited_on);
CREATE INDEX visits_day ON visits(visited_on, household_id);

CREATE TABLE visit_officers (
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    officer_id INTEGER NOT NULL REFERENCES officers(id),
    PRIMARY KEY (visit_id, officer_id)
) WITHOUT ROWID;
CREATE INDEX visit_officers_officer ON visit_officers(officer_id, visit_id);

CREATE INDEX disputes_source_visit ON disputes(source_visit_id) WHERE source_visit_id IS NOT NULL;
"""

V4_INJURIES = """
ALTER TABLE officers ADD COLUMN joined_on TEXT;

CREATE TABLE hospitals (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    agreement_on TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT
);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    grid_id INTEGER REFERENCES grids(id),
    activity TEXT NOT NULL CHECK (activity IN ('patrol', 'dispute_call', 'arrest',
        'traffic_duty', 'household_visit', 'other')),
    cause TEXT NOT NULL CHECK (cause IN ('assault', 'obstruction', 'traffic_accident',
        'duty_accident', 'false_accusation')),
    description TEXT NOT NULL CHECK (trim(description) <> ''),
    dispute_id INTEGER REFERENCES disputes(id),
    visit_id INTEGER REFERENCES visits(id),
    case_number TEXT NOT NULL DEFAULT '',
    offenders_dealt INTEGER NOT NULL DEFAULT 0 CHECK (offenders_dealt BETWEEN 0 AND 1000),
    offender_handling TEXT NOT NULL DEFAULT '',
    case_outcome TEXT NOT NULL DEFAULT '',
    clarified_on TEXT,
    clarification TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_on TEXT,
    closed_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    CHECK ((status = 'closed') = (closed_on IS NOT NULL))
);
CREATE INDEX incidents_occurred ON incidents(occurred_at);
CREATE INDEX incidents_grid ON incidents(grid_id);
CREATE INDEX incidents_dispute ON incidents(dispute_id) WHERE dispute_id IS NOT NULL;
CREATE INDEX incidents_visit ON incidents(visit_id) WHERE visit_id IS NOT NULL;

CREATE TABLE injuries (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    officer_id INTEGER NOT NULL REFERENCES officers(id),
    body_parts TEXT NOT NULL DEFAULT '',
    nature TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('none', 'first_aid', 'treatment', 'days_away',
        'restricted_duty', 'hospitalised', 'disabled', 'death')),
    days_away INTEGER NOT NULL DEFAULT 0 CHECK (days_away BETWEEN 0 AND 3650),
    days_restricted INTEGER NOT NULL DEFAULT 0 CHECK (days_restricted BETWEEN 0 AND 3650),
    hospital_id INTEGER REFERENCES hospitals(id),
    treatment TEXT NOT NULL DEFAULT '',
    psychological_support TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT,
    CHECK (outcome <> 'none' OR (days_away = 0 AND days_restricted = 0))
);
CREATE UNIQUE INDEX injuries_officer ON injuries(incident_id, officer_id) WHERE voided_at IS NULL;
CREATE INDEX injuries_by_officer ON injuries(officer_id, incident_id);

CREATE TABLE compensation_payments (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    officer_id INTEGER NOT NULL REFERENCES officers(id),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    payer TEXT NOT NULL CHECK (trim(payer) <> ''),
    paid_on TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT
);
CREATE INDEX compensation_incident ON compensation_payments(incident_id, paid_on);
CREATE INDEX compensation_paid ON compensation_payments(paid_on);

CREATE TABLE legal_aid (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    provider TEXT NOT NULL CHECK (trim(provider) <> ''),
    provided TEXT NOT NULL DEFAULT '',
    person_times INTEGER NOT NULL DEFAULT 1 CHECK (person_times BETWEEN 1 AND 1000),
    given_on TEXT NOT NULL,
    voided_at TEXT,
    void_reason TEXT
);
CREATE INDEX legal_aid_incident ON legal_aid(incident_id, given_on);
CREATE INDEX legal_aid_given ON legal_aid(given_on);

CREATE TABLE comfort_visits (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    visited_on TEXT NOT NULL,
    visitors TEXT NOT NULL CHECK (trim(visitors) <> ''),
    what TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT
);
CREATE INDEX comfort_visits_incident ON comfort_visits(incident_id, visited_on);
"""

V5_SEARCH = """
CREATE VIRTUAL TABLE search_index USING fts5(
    terms, name, tokenize = 'unicode61'
);
CREATE TABLE search_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

V6_ACCOUNTS = """
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(username) <> ''),
    full_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('clerk', 'instructor', 'chief', 'auditor', 'admin')),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    last_sign_in TEXT,
    created_at TEXT NOT NULL,
    voided_at TEXT,
    void_reason TEXT
);
"""

# Covering partial indexes for the station's figures: each weekly, year-to-date and trend count
# is read from one of these alone (the rows of a busy station's ten years are never touched);
# the dispute list's counts by status and grade, and its sorts by summary and by grid name.
V7_FIGURE_INDEXES = """
CREATE INDEX disputes_received_live
    ON disputes(received_on, category, received_how, grid_id) WHERE voided_at IS NULL;
CREATE INDEX disputes_ended_live
    ON disputes(outcome_on, outcome, confirmed_on, grid_id, received_on, risk_grade, deadline)
    WHERE voided_at IS NULL AND outcome_on IS NOT NULL;
CREATE INDEX disputes_open_live
    ON disputes(received_on, grid_id, risk_grade, deadline)
    WHERE status = 'open' AND voided_at IS NULL;
CREATE INDEX disputes_live ON disputes(id, grid_id) WHERE voided_at IS NULL;
CREATE INDEX mediation_sessions_held_live
    ON mediation_sessions(held_at, dispute_id) WHERE voided_at IS NULL;
CREATE INDEX agreements_signed_live ON agreements(signed_on, dispute_id) WHERE voided_at IS NULL;
CREATE INDEX followups_due_live
    ON followups(due_on, dispute_id) WHERE cancelled_on IS NULL AND voided_at IS NULL;
CREATE INDEX followups_done_live
    ON followups(done_on, kept, dispute_id) WHERE done_on IS NOT NULL AND voided_at IS NULL;
CREATE INDEX visits_day_live
    ON visits(visited_on, household_id, anti_fraud_app) WHERE voided_at IS NULL;
CREATE INDEX households_registered_live
    ON households(registered_on, grid_id) WHERE voided_at IS NULL;
CREATE INDEX disputes_counts
    ON disputes(status, risk_grade, deadline) WHERE voided_at IS NULL;
CREATE INDEX disputes_summary ON disputes(summary);
CREATE INDEX grids_name ON grids(name);
"""

# An instructor's account names the officer on the roster it belongs to: the instructor may
# change records only in that officer's grids.
V8_ACCOUNT_OFFICERS = """
ALTER TABLE accounts ADD COLUMN officer_id INTEGER REFERENCES officers(id);
CREATE INDEX accounts_officer ON accounts(officer_id) WHERE officer_id IS NOT NULL;
"""

# The stocks and sign-offs of the dashboard in index order: households on the register by grid
# (counted grid by grid, no sort of the whole register), and sign-offs by the day they came.
V9_DASHBOARD_INDEXES = """
CREATE INDEX households_grid_live
    ON households(grid_id, registered_on) WHERE voided_at IS NULL;
CREATE INDEX disputes_confirmed_live
    ON disputes(confirmed_on, outcome_on, grid_id)
    WHERE voided_at IS NULL AND confirmed_on IS NOT NULL;
"""

# Records a bulk write added, to be indexed for search after it commits: ranges of ids by kind.
V10_SEARCH_PENDING = """
CREATE TABLE search_pending (
    kind TEXT NOT NULL,
    first_id INTEGER NOT NULL,
    last_id INTEGER NOT NULL CHECK (last_id >= first_id)
);
"""

# The audit trail by user, newest first: the trail's choice of whom to show, and the pages of one
# user's entries, without reading the whole trail.
V11_AUDIT_BY_ACTOR = """
CREATE INDEX audit_log_actor ON audit_log(actor, id);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "grids, roster, shifts and the audit trail", V1_FOUNDATION),
    Migration(2, "people, disputes, mediation, agreements and follow-ups", V2_DISPUTES),
    Migration(3, "addresses, households, residents and visits", V3_HOUSEHOLDS),
    Migration(4, "injuries on duty and the protection of officers' rights", V4_INJURIES),
    Migration(5, "the search index across every ledger", V5_SEARCH),
    Migration(6, "accounts and roles", V6_ACCOUNTS),
    Migration(7, "indexes that answer the station's figures alone", V7_FIGURE_INDEXES),
    Migration(8, "accounts linked to officers on the roster", V8_ACCOUNT_OFFICERS),
    Migration(9, "indexes for the dashboard's stocks and sign-offs", V9_DASHBOARD_INDEXES),
    Migration(10, "records of bulk writes waiting to be indexed for search", V10_SEARCH_PENDING),
    Migration(11, "the audit trail by user", V11_AUDIT_BY_ACTOR),
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
    """Copy the file with SQLite's backup API before its schema changes (whole or not at all)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy_path = db_path.with_name(f"{db_path.stem}.before-v{target}-{stamp}{db_path.suffix}")
    with safefile.replacing(copy_path) as temp, closing(sqlite3.connect(temp)) as copy:
        conn.backup(copy)
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
    if buffer.strip():
        statements.append(buffer)  # a last statement without ';' runs (or fails) too
    return statements
