"""The whole role matrix, walked through the services every role would use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from stationdesk.domain import access
from stationdesk.domain.accounts import AccountService
from stationdesk.domain.demo import DEMO_PASSWORD
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.grids import GridInput, GridService
from stationdesk.domain.injuries import InjuryService
from stationdesk.domain.people import PeopleService, PersonInput
from stationdesk.domain.record_access import printed
from stationdesk.errors import PermissionDenied, StationDeskError
from stationdesk.store import Store, backup, open_store


def first_id(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT min(id) FROM {table}"))


def need_medical(store: Store) -> None:
    if not InjuryService(store).may_see_medical:
        raise PermissionDenied("no medical")


ACTIONS: dict[str, Callable[[Store, Path], object]] = {
    access.READ_RECORDS: lambda s, _t: s.require(access.READ_RECORDS),
    access.READ_HISTORY: lambda s, _t: s.require(access.READ_HISTORY),
    access.WRITE_RECORDS: lambda s, _t: PeopleService(s).create(PersonInput("赵小梅")),
    access.PRINT_RECORDS: lambda s, t: printed(
        s, "disputes", first_id(s, "disputes"), "dispute", t / "x.pdf", lambda: None
    ),
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
