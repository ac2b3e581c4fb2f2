"""The station's whole audit trail as the chief and the auditor review it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from stationdesk.domain import access
from stationdesk.domain.accounts import AccountService
from stationdesk.domain.history import HistoryReader
from stationdesk.domain.record_access import printed
from stationdesk.domain.trail import PAGE_SIZE, TrailFilter, TrailService
from stationdesk.errors import PermissionDenied, StationDeskError, ValidationError
from stationdesk.store import Store, open_store

DEMO_PASSWORD = "demo"


@pytest.fixture
def station(accounts_path: Path) -> Store:
    """The demo station after a clerk's day: a wrong password, a sign-in, a printed dispute."""
    store = open_store(accounts_path, "tester")
    accounts = AccountService(store)
    with pytest.raises(StationDeskError):
        accounts.sign_in("clerk", "not-the-password")
    accounts.sign_in("clerk", DEMO_PASSWORD)
    dispute = int(store.scalar("SELECT min(id) FROM disputes"))
    printed(store, "disputes", dispute, "dispute", accounts_path.with_suffix(".pdf"), lambda: None)
    accounts.sign_out()
    accounts.sign_in("auditor", DEMO_PASSWORD)
    return store


def test_the_newest_entries_come_first_a_page_at_a_time(station: Store) -> None:
    trail = TrailService(station)
    first = trail.entries(TrailFilter())
    older = trail.entries(TrailFilter(), before=first[-1].id)
    assert len(first) == PAGE_SIZE and first[0].action == "sign_in" and first[0].actor == "auditor"
    assert [e.id for e in first] == sorted((e.id for e in first), reverse=True)
    assert older[0].id == first[-1].id - 1


def test_one_users_sign_ins_and_prints(station: Store) -> None:
    clerk = TrailService(station).entries(TrailFilter(actor="clerk"))
    assert [(e.kind, e.action) for e in clerk] == [
        ("accounts", "sign_out"),
        ("disputes", "print"),
        ("accounts", "sign_in"),
    ]
    assert clerk[1].summary().startswith("file ")


def test_each_kind_of_entry_is_picked_out(station: Store) -> None:
    trail = TrailService(station)
    accounts = trail.entries(TrailFilter(group="accounts"))
    seen = trail.entries(TrailFilter(group="access"))
    changes = trail.entries(TrailFilter(group="changes"))
    assert {e.kind for e in accounts} == {"accounts"}
    assert "sign_in_failed" in {e.action for e in accounts}
    assert [e.action for e in seen] == ["print"]
    assert not {e.id for e in changes} & {e.id for e in [*accounts, *seen]}
    assert changes and "accounts" not in {e.kind for e in changes}


def test_days_are_the_computers_own_and_both_ends_count(station: Store) -> None:
    today = date.today()
    trail = TrailService(station)
    assert trail.entries(TrailFilter(actor="clerk", since=today, until=today))
    assert not trail.entries(TrailFilter(actor="clerk", until=today - timedelta(days=1)))
    assert not trail.entries(TrailFilter(actor="clerk", since=today + timedelta(days=1)))


def test_a_backwards_range_or_unknown_kind_is_refused_with_the_field(station: Store) -> None:
    trail = TrailService(station)
    with pytest.raises(ValidationError) as backwards:
        trail.entries(TrailFilter(since=date(2026, 11, 2), until=date(2026, 11, 1)))
    with pytest.raises(ValidationError) as unknown:
        trail.entries(TrailFilter(group="gossip"))
    assert backwards.value.errors == {"until": "the last day is before the first day"}
    assert set(unknown.value.errors) == {"group"}


def test_everyone_the_trail_names_can_be_chosen(station: Store) -> None:
    assert {"admin", "clerk", "auditor"} <= set(TrailService(station).actors())


@pytest.mark.parametrize("role", [access.CLERK, access.INSTRUCTOR])
def test_record_keepers_may_not_read_the_whole_trail(accounts_path: Path, role: str) -> None:
    with open_store(accounts_path, "tester") as store:
        AccountService(store).sign_in(role, DEMO_PASSWORD)
        with pytest.raises(PermissionDenied):
            TrailService(store).entries(TrailFilter())


def test_an_entrys_values_read_as_words(station: Store) -> None:
    reader = HistoryReader(station)
    assert reader.value("role", "auditor") == "Auditor"
    assert reader.value("amount_fen", 150000) == "1,500.00"
    assert reader.value("demo", 1) == "yes"
    assert reader.value("held_at", "2026-11-18T10:00:00") == "2026-11-18 10:00"
