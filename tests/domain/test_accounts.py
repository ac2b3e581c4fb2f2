"""Accounts: argon2id hashes, the password rules, sign-in, lockout, and their history."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from stationdesk.domain.accounts import LOCKOUT, AccountService
from stationdesk.domain.demo import DEMO_PASSWORD
from stationdesk.errors import PermissionDenied, ValidationError
from stationdesk.store import Store, open_store

T0 = datetime(2026, 11, 26, 9, 0)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def station(accounts_path: Path) -> Store:
    store = open_store(accounts_path, "tester")
    yield store
    store.close()


def entries(store: Store, action: str) -> list[tuple[str, str]]:
    """(actor, changes) of every accounts entry with `action`."""
    return [
        (row["actor"], row["changes"])
        for row in store.rows(
            "SELECT actor, changes FROM audit_log WHERE kind = 'accounts' AND action = ?",
            [action],
        )
    ]


def test_a_station_with_accounts_refuses_writes_until_someone_signs_in(station: Store) -> None:
    assert station.enforced
    with pytest.raises(PermissionDenied, match="sign in first"):
        station.set_setting("station_name", "别的派出所")
    AccountService(station).sign_in("admin", DEMO_PASSWORD)
    station.set_setting("station_name", "别的派出所")
    assert station.history("settings", 0)[-1].actor == "admin"


def test_passwords_are_stored_as_argon2id_and_never_in_the_history(station: Store) -> None:
    service = AccountService(station)
    service.sign_in("admin", DEMO_PASSWORD)
    account_id = service.create("wang.li", "王丽", "clerk", "lantern-river-7")
    stored = station.get("accounts", account_id)["password_hash"]
    assert stored.startswith("$argon2id$v=19$m=") and "lantern-river-7" not in stored
    service.reset_password(account_id, "second-harbour-9")
    everything = " ".join(str(row) for row in station.rows("SELECT * FROM audit_log"))
    assert "$argon2" not in everything and "harbour" not in everything
    assert "(secret)" in everything


@pytest.mark.parametrize(
    ("password", "problem"),
    [("short7!", "at least 8"), ("Wang.Li", "at least 8"), ("wang.li.", None), ("WANG.LI1", None)],
)
def test_the_password_rules(station: Store, password: str, problem: str | None) -> None:
    service = AccountService(station)
    service.sign_in("admin", DEMO_PASSWORD)
    if problem is None:
        service.create("wang.li", "王丽", "clerk", password)
        return
    with pytest.raises(ValidationError, match=problem):
        service.create("wang.li", "王丽", "clerk", password)
    assert station.scalar("SELECT count(*) FROM accounts WHERE username = 'wang.li'") == 0


def test_the_password_may_not_be_the_user_name(station: Store) -> None:
    service = AccountService(station)
    service.sign_in("admin", DEMO_PASSWORD)
    with pytest.raises(ValidationError, match="user name"):
        service.create("zhangwei1", "张伟", "clerk", "ZhangWei1")


def test_five_wrong_passwords_lock_the_account_for_ten_minutes(station: Store) -> None:
    clock = Clock()
    service = AccountService(station, now=clock)
    for _ in range(4):
        with pytest.raises(PermissionDenied, match="wrong user name or password"):
            service.sign_in("clerk", "guess")
    with pytest.raises(PermissionDenied, match="locked after 5 failed sign-ins"):
        service.sign_in("clerk", "guess")
    with pytest.raises(PermissionDenied, match="locked"):
        service.sign_in("clerk", DEMO_PASSWORD)  # even the right password, while locked
    assert len(entries(station, "sign_in_failed")) == 5
    assert len(entries(station, "lockout")) == 1
    clock.at = T0 + LOCKOUT + timedelta(seconds=1)
    service.sign_in("clerk", DEMO_PASSWORD)
    assert station.actor == "clerk"


def test_an_unknown_or_disabled_user_gets_the_same_answer(station: Store) -> None:
    service = AccountService(station)
    service.sign_in("admin", DEMO_PASSWORD)
    service.set_disabled(service.accounts()[1].id, True)  # auditor (sorted by name)
    service.sign_out()
    for name in ("nobody", "auditor"):
        with pytest.raises(PermissionDenied, match=r"^wrong user name or password$"):
            service.sign_in(name, DEMO_PASSWORD)


def test_sign_in_sign_out_and_password_change_are_in_the_history(station: Store) -> None:
    service = AccountService(station)
    service.sign_in("clerk", DEMO_PASSWORD)
    with pytest.raises(ValidationError) as refused:
        service.change_own_password("wrong", "new-password-1", "new-password-2")
    assert set(refused.value.errors) == {"old", "repeated"}
    service.change_own_password(DEMO_PASSWORD, "new-password-1", "new-password-1")
    service.sign_out()
    assert station.actor == "tester"
    service.sign_in("clerk", "new-password-1")
    actions = [e.action for e in station.history("accounts", station.session.account_id)]
    assert actions[-4:] == ["sign_in", "password_change", "sign_out", "sign_in"]


def test_role_changes_are_audited_and_an_administrator_always_remains(station: Store) -> None:
    service = AccountService(station)
    service.sign_in("admin", DEMO_PASSWORD)
    clerk = next(a for a in service.accounts() if a.username == "clerk")
    service.change_role(clerk.id, "auditor")
    assert station.history("accounts", clerk.id)[-1].changes == {"role": ["clerk", "auditor"]}
    admin = next(a for a in service.accounts() if a.username == "admin")
    with pytest.raises(ValidationError, match="active administrator"):
        service.change_role(admin.id, "clerk")
    with pytest.raises(ValidationError, match="your own account"):
        service.set_disabled(admin.id, True)


def test_a_chief_manages_accounts_but_not_an_administrators(station: Store) -> None:
    service = AccountService(station)
    service.sign_in("chief", DEMO_PASSWORD)
    service.create("li.na", "李娜", "clerk", "plum-blossom-3")
    with pytest.raises(PermissionDenied, match="administrator"):
        service.create("root2", "", "admin", "plum-blossom-3")


def test_the_first_account_of_a_station_is_its_administrator(empty_store: Store) -> None:
    service = AccountService(empty_store)
    assert not empty_store.enforced
    with pytest.raises(ValidationError, match="first account must be an administrator"):
        service.create("clerk1", "", "clerk", "long-enough-1")
    service.create("boss", "", "admin", "long-enough-1")
    assert empty_store.enforced
    with pytest.raises(PermissionDenied):
        empty_store.set_setting("station_name", "x")


def test_a_station_without_accounts_allows_everything(demo_store: Store) -> None:
    assert not demo_store.enforced and demo_store.session is None
    demo_store.set_setting("station_name", "枫桥派出所")
    assert demo_store.actor == "tester"
