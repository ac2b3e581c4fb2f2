"""The whole role matrix, walked through the services every role would use."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path

import pytest
from instructor_station import a_dispute, instructor_grids

from stationdesk.domain import access
from stationdesk.domain.accounts import AccountService
from stationdesk.domain.demo import DEMO_PASSWORD
from stationdesk.domain.dispute_records import SessionInput
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.grids import GridInput, GridService
from stationdesk.domain.household_records import HouseholdCorrection, VisitInput
from stationdesk.domain.households import HouseholdService
from stationdesk.domain.injuries import InjuryService
from stationdesk.domain.people import PeopleService, PersonInput
from stationdesk.domain.record_access import printed
from stationdesk.domain.trail import TrailFilter, TrailService
from stationdesk.errors import PermissionDenied, StationDeskError, ValidationError
from stationdesk.spreadsheets import export
from stationdesk.store import Store, backup, open_store


def first_id(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT min(id) FROM {table}"))


def need_medical(store: Store) -> None:
    if not InjuryService(store).may_see_medical:
        raise PermissionDenied("no medical")


def print_and_export(store: Store, folder: Path) -> None:
    """A dispute printed, then the officers exported (masked): both noted, neither a change."""
    printed(store, "disputes", first_id(store, "disputes"), "dispute", folder / "x.pdf", str)
    export.may_export_in_full(store)
    columns, rows = export.officer_list(store, "zh")
    export.export_rows(store, "officers", columns, rows, folder / "officers.xlsx")


ACTIONS: dict[str, Callable[[Store, Path], object]] = {
    access.READ_RECORDS: lambda s, _t: s.require(access.READ_RECORDS),
    access.READ_HISTORY: lambda s, _t: s.require(access.READ_HISTORY),
    access.READ_TRAIL: lambda s, _t: TrailService(s).entries(TrailFilter()),
    access.WRITE_RECORDS: lambda s, _t: PeopleService(s).create(PersonInput("赵小梅")),
    access.PRINT_RECORDS: lambda s, t: print_and_export(s, t),
    access.SIGN_OFF: lambda s, _t: DisputeService(s).confirm(first_id(s, "disputes"), s.actor),
    access.CLOSE_INJURY_CASE: lambda s, _t: InjuryService(s).close(
        first_id(s, "incidents"), s.actor
    ),
    access.SEE_MEDICAL: lambda s, _t: need_medical(s),
    access.EXPORT_FULL: lambda s, _t: s.require(access.EXPORT_FULL),
    access.MANAGE_ACCOUNTS: lambda s, _t: AccountService(s).create(
        "new.clerk", "", "clerk", "a-long-password"
    ),
    access.MANAGE_ROSTER: lambda s, _t: GridService(s).create(None, GridInput("新街道")),
    access.BACKUPS: lambda s, t: backup.restore_into(s, t / "no-such-backup.sqlite"),
    access.CHANGE_SETTINGS: lambda s, _t: s.set_setting("station_name", "另一个派出所"),
}


def test_every_permission_is_walked() -> None:
    assert set(ACTIONS) == set(access.ROLE_MATRIX)


def allowed(action: Callable[[Store, Path], object], store: Store, tmp_path: Path) -> bool:
    """Whether the service let the action through (a rule of the ledger may still refuse)."""
    try:
        action(store, tmp_path)
    except PermissionDenied:
        return False
    except (StationDeskError, OSError):
        return True
    return True


@pytest.mark.parametrize("role", access.ROLES)
def test_each_role_may_do_exactly_what_the_matrix_says(
    role: str, accounts_path: Path, tmp_path: Path
) -> None:
    with open_store(accounts_path, "tester") as store:
        AccountService(store).sign_in(role, DEMO_PASSWORD)
        found = {
            permission: allowed(action, store, tmp_path) for permission, action in ACTIONS.items()
        }
    expected = {p: role in roles for p, roles in access.ROLE_MATRIX.items()}
    assert found == expected


def test_an_auditor_changes_nothing_and_leaves_no_record_changed(accounts_path: Path) -> None:
    with open_store(accounts_path, "tester") as store:
        AccountService(store).sign_in("auditor", DEMO_PASSWORD)
        before = store.scalar("SELECT max(id) FROM audit_log")
        for table in ("disputes", "incidents", "officers", "settings", "accounts", "visits"):
            with pytest.raises(PermissionDenied, match="an auditor may not"):
                store.require_write(table)
        with pytest.raises(PermissionDenied):
            PeopleService(store).create(PersonInput("赵小梅"))
        with pytest.raises(PermissionDenied):  # a service that writes its rows itself
            DisputeService(store).void(first_id(store, "disputes"), "entered twice")
        with pytest.raises(PermissionDenied):
            InjuryService(store).reopen(first_id(store, "incidents"), "new facts")
        assert store.scalar("SELECT max(id) FROM audit_log") == before
        assert store.scalar("SELECT count(*) FROM disputes WHERE voided_at IS NOT NULL") == 0


def test_a_table_nobody_named_is_a_record_table() -> None:
    assert access.area_of("a_ledger_added_later") == access.RECORDS
    assert access.write_permission("a_ledger_added_later") == access.WRITE_RECORDS
    assert access.write_permission("officers") == access.MANAGE_ROSTER


def test_a_clerk_sees_no_medical_details_and_the_chief_viewing_them_is_noted(
    accounts_path: Path,
) -> None:
    with open_store(accounts_path, "tester") as store:
        incident_id = int(store.scalar("SELECT min(incident_id) FROM injuries"))
        accounts, injuries = AccountService(store), InjuryService(store)
        accounts.sign_in("clerk", DEMO_PASSWORD)
        assert all(i.medical_hidden for i in injuries.injuries(incident_id))
        accounts.sign_in("chief", DEMO_PASSWORD)
        injuries.injuries(incident_id)
        injuries.injuries(incident_id)  # noted once a session, not on every look
        views = [e for e in store.history("incidents", incident_id) if e.action == "view_medical"]
        assert [e.actor for e in views] == ["chief"]


# -- grids: an instructor changes records only in the grids of their officer ---------------
def live_in(store: Store, table: str, grids: set[int], inside: bool) -> int:
    """The first live record of `table` whose grid is (or is not) one of `grids`."""
    marks = ", ".join("?" * len(grids))
    where = "IN" if inside else "NOT IN"
    return int(
        store.scalar(
            f"SELECT min(id) FROM {table} WHERE voided_at IS NULL AND grid_id {where} ({marks})",
            sorted(grids),
        )
    )


def open_dispute(store: Store, grids: set[int], inside: bool) -> int:
    """A new open dispute, entered by the chief, in one of `grids` (or outside them)."""
    grid_id = store.grid_of("households", live_in(store, "households", grids, inside))
    AccountService(store).sign_in("chief", DEMO_PASSWORD)
    return DisputeService(store).create(a_dispute(grid_id, first_id(store, "officers")))


def a_visit(household_id: int, officer_id: int) -> VisitInput:
    return VisitInput(household_id, date.today(), "anti_fraud", (officer_id,), found="装了反诈")


GRID_ACTIONS: dict[str, Callable[[Store, int, int], object]] = {
    "add a dispute": lambda s, d, h: DisputeService(s).create(
        a_dispute(
            s.scalar("SELECT grid_id FROM disputes WHERE id = ?", [d]), first_id(s, "officers")
        )
    ),
    "add a session": lambda s, d, h: DisputeService(s).add_session(
        d, SessionInput(datetime.now(), "station", "agreed", (first_id(s, "officers"),))
    ),
    "void a dispute": lambda s, d, h: DisputeService(s).void(d, "entered twice"),
    "correct a household": lambda s, d, h: HouseholdService(s).correct(
        h,
        HouseholdCorrection(s.grid_of("households", h), "13800138000"),
        s.get("households", h)["version"],
    ),
    "record a visit": lambda s, d, h: HouseholdService(s).record_visit(
        a_visit(h, first_id(s, "officers"))
    ),
}


@pytest.mark.parametrize("inside", [True, False], ids=["in-grid", "out-of-grid"])
@pytest.mark.parametrize("role", access.ROLES)
def test_each_role_writes_grid_records_where_the_matrix_and_the_grids_say(
    role: str, inside: bool, accounts_path: Path
) -> None:
    with open_store(accounts_path, "tester") as store:
        grids = instructor_grids(store)
        dispute_id = open_dispute(store, grids, inside)
        household_id = live_in(store, "households", grids, inside)
        AccountService(store).sign_in(role, DEMO_PASSWORD)
        found = {
            name: outcome(partial(action, store, dispute_id, household_id))
            for name, action in GRID_ACTIONS.items()
        }
    may_write = role in access.ROLE_MATRIX[access.WRITE_RECORDS]
    bound = role in access.GRID_BOUND_ROLES
    expected = "done" if may_write and (inside or not bound) else "refused"
    assert found == dict.fromkeys(GRID_ACTIONS, expected)


def outcome(action: Callable[[], object]) -> str:
    """'done', 'refused' (PermissionDenied), or the message of any other refusal."""
    try:
        action()
    except PermissionDenied:
        return "refused"
    except StationDeskError as exc:
        return str(exc)
    return "done"


def test_an_instructor_is_told_why_an_out_of_grid_record_is_refused(accounts_path: Path) -> None:
    with open_store(accounts_path, "tester") as store:
        dispute_id = open_dispute(store, instructor_grids(store), inside=False)
        grid = store.scalar(
            "SELECT g.name FROM disputes d JOIN grids g ON g.id = d.grid_id WHERE d.id = ?",
            [dispute_id],
        )
        AccountService(store).sign_in("instructor", DEMO_PASSWORD)
        before = store.scalar("SELECT max(id) FROM audit_log")
        with pytest.raises(PermissionDenied) as refused:
            DisputeService(store).void(dispute_id, "entered twice")
        assert str(refused.value) == (
            "an instructor may only change records in their own grids (网格);"
            f" {grid} is not one of them"
        )
        assert store.outside_own_grids("disputes", dispute_id) == str(refused.value)
        assert store.get("disputes", dispute_id)["voided_at"] is None
        assert store.scalar("SELECT max(id) FROM audit_log") == before


def test_an_instructor_cannot_move_a_household_out_of_or_into_their_grids(
    accounts_path: Path,
) -> None:
    with open_store(accounts_path, "tester") as store:
        grids = instructor_grids(store)
        mine = live_in(store, "households", grids, inside=True)
        theirs = live_in(store, "households", grids, inside=False)
        moves = (
            (mine, store.grid_of("households", theirs)),
            (theirs, store.grid_of("households", mine)),
        )
        service = HouseholdService(store)
        AccountService(store).sign_in("instructor", DEMO_PASSWORD)
        for household_id, grid_id in moves:
            version = store.get("households", household_id)["version"]
            with pytest.raises(PermissionDenied, match="only change records in their own grids"):
                service.correct(household_id, HouseholdCorrection(grid_id), version)
        assert store.grid_of("households", mine) in grids


def test_an_instructor_needs_an_officer_and_gets_their_grids_from_them(
    accounts_path: Path,
) -> None:
    with open_store(accounts_path, "tester") as store:
        accounts = AccountService(store)
        accounts.sign_in("chief", DEMO_PASSWORD)
        with pytest.raises(ValidationError) as missing:
            accounts.create("new.instructor", "", "instructor", "a-long-password")
        assert "must be linked to an officer" in missing.value.errors["officer"]
        clerk_id = store.scalar("SELECT id FROM accounts WHERE username = 'clerk'")
        with pytest.raises(ValidationError, match="linked to an officer"):
            accounts.change_role(clerk_id, "instructor")
        with pytest.raises(ValidationError, match="no officer 9999"):
            accounts.change_role(clerk_id, "instructor", 9999)
        officer_id = store.scalar(
            "SELECT max(officer_id) FROM officer_grids WHERE officer_id NOT IN"
            " (SELECT officer_id FROM accounts WHERE officer_id IS NOT NULL)"
        )
        accounts.change_role(clerk_id, "instructor", officer_id)
        account = accounts.get(clerk_id)
        assert (account.role, account.officer_id) == ("instructor", officer_id)
        assert account.officer_name == store.get("officers", officer_id)["name"]
        accounts.sign_in("clerk", DEMO_PASSWORD)
        rows = store.rows("SELECT grid_id FROM officer_grids WHERE officer_id = ?", [officer_id])
        assert store.own_grids() == {row["grid_id"] for row in rows}


def test_an_instructor_account_from_before_officer_links_changes_no_grid_record(
    accounts_path: Path,
) -> None:
    with open_store(accounts_path, "tester") as store:
        store.conn.execute("UPDATE accounts SET officer_id = NULL WHERE username = 'instructor'")
        household_id = first_id(store, "households")
        AccountService(store).sign_in("instructor", DEMO_PASSWORD)
        assert store.own_grids() == frozenset()
        with pytest.raises(PermissionDenied, match="linked to no officer on the roster"):
            HouseholdService(store).record_visit(a_visit(household_id, first_id(store, "officers")))
        PeopleService(store).create(PersonInput("赵小梅"))  # a record without a grid still may


def test_an_instructors_bulk_write_outside_their_grids_is_refused_whole(
    accounts_path: Path,
) -> None:
    with open_store(accounts_path, "tester") as store:
        grids = instructor_grids(store)
        theirs = store.grid_of("households", live_in(store, "households", grids, inside=False))
        before = store.scalar("SELECT count(*) FROM addresses")
        AccountService(store).sign_in("instructor", DEMO_PASSWORD)
        rows = [(min(grids), "东苑路", "1号"), (theirs, "东苑路", "2号")]
        with pytest.raises(PermissionDenied, match="only change records in their own grids"):
            store.insert_many("addresses", ("grid_id", "road", "house_no"), rows)
        assert store.scalar("SELECT count(*) FROM addresses") == before
        store.insert_many("addresses", ("grid_id", "road", "house_no"), rows[:1])
        assert store.scalar("SELECT count(*) FROM addresses") == before + 1
        # a register's worth, checked a chunk of ids at a time: the one outside comes last
        many = [(min(grids), "东苑路", f"{n}号") for n in range(3, 1203)] + rows[1:]
        with pytest.raises(PermissionDenied, match="only change records in their own grids"):
            store.insert_many("addresses", ("grid_id", "road", "house_no"), many)
        assert store.scalar("SELECT count(*) FROM addresses") == before + 1
