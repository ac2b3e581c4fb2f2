"""Accounts: signing in and out, passwords, lockout, roles.

Passwords are stored only as argon2id hashes (argon2-cffi), each with its own salt and
parameters, as OWASP's password storage guidance advises. Five failed sign-ins lock an
account for ten minutes. Every sign-in, sign-out, failure, lockout, password and role change
goes into the audit trail under kind "accounts"; no password or hash ever does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from stationdesk.domain import access
from stationdesk.domain.access import ADMIN, INSTRUCTOR, ROLES, Session
from stationdesk.errors import PermissionDenied, ValidationError
from stationdesk.store import Store

KIND = "accounts"
MIN_PASSWORD = 8
MAX_PASSWORD = 256
MAX_FAILED_SIGN_INS = 5
LOCKOUT = timedelta(minutes=10)
USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")
WRONG = "wrong user name or password"

_hasher = PasswordHasher()


class Keep:
    """The officer an account is linked to, left as it is."""


KEEP = Keep()


class SignInRefused(PermissionDenied):
    """A sign-in refused; `locked_until` (ISO time) when the account is locked."""

    def __init__(self, message: str, locked_until: str | None = None) -> None:
        super().__init__(message)
        self.locked_until = locked_until


@dataclass(frozen=True)
class Account:
    """One account as the accounts page lists it (never its hash)."""

    id: int
    username: str
    full_name: str
    role: str
    disabled: bool
    demo: bool
    locked_until: str | None
    last_sign_in: str | None
    officer_id: int | None = None
    officer_name: str = ""

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Account:
        """From an accounts row."""
        return cls(
            id=row["id"],
            username=row["username"],
            full_name=row["full_name"],
            role=row["role"],
            disabled=bool(row["disabled"]),
            demo=bool(row["demo"]),
            locked_until=row["locked_until"],
            last_sign_in=row["last_sign_in"],
            officer_id=row["officer_id"],
            officer_name=row.get("officer_name") or "",
        )


def hash_password(password: str) -> str:
    """An argon2id hash, its salt and parameters encoded with it."""
    return _hasher.hash(password)


def password_problem(password: str, username: str) -> str | None:
    """Why `password` may not be used by `username`, or None."""
    if len(password) < MIN_PASSWORD:
        return f"must be at least {MIN_PASSWORD} characters"
    if len(password) > MAX_PASSWORD:
        return f"must be at most {MAX_PASSWORD} characters"
    if password.strip().lower() == username.strip().lower():
        return "must not be the user name"
    return None


def username_problem(username: str) -> str | None:
    """Why `username` is not a usable user name, or None."""
    if not USERNAME.match(username):
        return "2 to 32 letters, digits, dots, dashes or underscores"
    return None


class AccountService:
    """Accounts over a store; signing in sets the store's session."""

    def __init__(self, store: Store, *, now: Callable[[], datetime] = datetime.now) -> None:
        self.store = store
        self.now = now

    # -- reads ---------------------------------------------------------------------------
    def accounts(self) -> list[Account]:
        """Every account, by user name, with the name of the officer it is linked to."""
        rows = self.store.rows(
            "SELECT a.*, o.name AS officer_name FROM accounts a"
            " LEFT JOIN officers o ON o.id = a.officer_id"
            " WHERE a.voided_at IS NULL ORDER BY a.username"
        )
        return [Account.from_row(row) for row in rows]

    def get(self, account_id: int) -> Account:
        """One account, or NotFoundError."""
        row = self.store.get(KIND, account_id)
        name = self.store.scalar("SELECT name FROM officers WHERE id = ?", [row["officer_id"]])
        return Account.from_row({**row, "officer_name": name})

    def _row_named(self, username: str) -> dict[str, Any] | None:
        rows = self.store.rows(
            "SELECT * FROM accounts WHERE username = ? AND voided_at IS NULL", [username.strip()]
        )
        return rows[0] if rows else None

    # -- signing in and out --------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> Session:
        """Check the password and sign in; PermissionDenied (and an audit entry) otherwise."""
        row = self._row_named(username)
        if row is None or row["disabled"]:
            _verified(_unknown_user_hash(), password)  # as slow as a real check: names stay secret
            self._note_failure(0 if row is None else row["id"], username, "no such active account")
            raise SignInRefused(WRONG)
        now = self.now()
        if row["locked_until"] and row["locked_until"] > now.isoformat():
            self._note_failure(row["id"], username, "locked")
            raise self._locked(row["locked_until"])
        if not _verified(row["password_hash"], password):
            self._count_failure(row, now)
        values: dict[str, Any] = {
            "failed_sign_ins": 0,
            "locked_until": None,
            "last_sign_in": now.isoformat(timespec="seconds"),
        }
        if _hasher.check_needs_rehash(row["password_hash"]):
            values["password_hash"] = hash_password(password)
        session = Session(row["id"], row["username"], row["role"], values["last_sign_in"])
        self.store.session = session
        self._bookkeep(row["id"], values, "sign_in", {"role": [None, row["role"]]})
        return session

    def sign_out(self) -> None:
        """End the session (noted in the audit trail)."""
        session = self.store.session
        if session is None:
            return
        self._bookkeep(session.account_id, {}, "sign_out", {})
        self.store.session = None

    def unlock(self, password: str) -> None:
        """Come back to a locked window: the signed-in account's password again."""
        session = self.store.session
        if session is None:
            raise PermissionDenied("sign in first")
        self.sign_in(session.username, password)

    def _count_failure(self, row: dict[str, Any], now: datetime) -> None:
        failed = row["failed_sign_ins"] + 1
        if failed < MAX_FAILED_SIGN_INS:
            self._bookkeep(
                row["id"],
                {"failed_sign_ins": failed},
                "sign_in_failed",
                {"failed_sign_ins": [row["failed_sign_ins"], failed]},
            )
            raise SignInRefused(WRONG)
        until = (now + LOCKOUT).isoformat(timespec="seconds")
        self._bookkeep(
            row["id"],
            {"failed_sign_ins": 0, "locked_until": until},
            "lockout",
            {"failed_sign_ins": [row["failed_sign_ins"], failed], "locked_until": [None, until]},
        )
        raise self._locked(until)

    def _locked(self, until: str) -> SignInRefused:
        return SignInRefused(
            f"this account is locked after {MAX_FAILED_SIGN_INS} failed sign-ins;"
            f" try again after {until[11:16]}",
            until,
        )

    def _note_failure(self, account_id: int, username: str, why: str) -> None:
        self._bookkeep(
            account_id, {}, "sign_in_failed", {"username": [None, username], "why": [None, why]}
        )

    def _bookkeep(
        self, account_id: int, values: dict[str, Any], action: str, changes: dict[str, list]
    ) -> None:
        """Write an account's own sign-in state and password, which need no permission to
        manage accounts, with its audit entry."""
        with self.store.transaction():
            if values:
                columns = ", ".join(f"{name} = ?" for name in values)
                self.store.conn.execute(
                    f"UPDATE accounts SET {columns} WHERE id = ?", [*values.values(), account_id]
                )
            self.store.record_event(KIND, account_id, action, changes)

    # -- passwords -----------------------------------------------------------------------
    def change_own_password(self, old: str, new: str, repeated: str) -> None:
        """The signed-in user changes their password, giving the old one first."""
        session = self.store.session
        if session is None:
            raise PermissionDenied("sign in first")
        row = self.store.get(KIND, session.account_id)
        errors: dict[str, str] = {}
        if not _verified(row["password_hash"], old):
            errors["old"] = "is not your current password"
        problem = password_problem(new, session.username)
        if problem:
            errors["new"] = problem
        elif new != repeated:
            errors["repeated"] = "does not match the new password"
        if errors:
            raise ValidationError(errors)
        self._bookkeep(
            session.account_id,
            {"password_hash": hash_password(new)},
            "password_change",
            {"password_hash": ["(secret)", "(secret)"]},
        )

    def reset_password(self, account_id: int, new: str) -> None:
        """An administrator sets a new password (and lifts a lockout)."""
        row = self.store.get(KIND, account_id)
        self._require_may_manage(row["role"])
        problem = password_problem(new, row["username"])
        if problem:
            raise ValidationError({"password": problem})
        self.store.update(
            KIND,
            account_id,
            {"password_hash": hash_password(new), "failed_sign_ins": 0, "locked_until": None},
        )

    # -- managing accounts ---------------------------------------------------------------
    def create(
        self,
        username: str,
        full_name: str,
        role: str,
        password: str,
        *,
        officer_id: int | None = None,
        demo: bool = False,
    ) -> int:
        """Add an account. The first account of a station must be an administrator; an
        instructor's account must be linked to an officer on the roster (`officer_id`).

        `demo` is for the demo station's builder only: its accounts may have short passwords.
        """
        username = username.strip()
        first = not self.store.enforced
        errors = {
            "username": username_problem(username),
            "role": None if role in ROLES else f"is one of {', '.join(ROLES)}",
            "password": None if demo else password_problem(password, username),
            "officer": self._officer_problem(role, officer_id),
        }
        if first and role != ADMIN and not demo:
            errors["role"] = "the first account must be an administrator"
        if self._row_named(username) is not None:
            errors["username"] = f"{username} is already taken"
        found = {name: reason for name, reason in errors.items() if reason}
        if found:
            raise ValidationError(found)
        self._require_may_manage(role)
        account_id = self.store.insert(
            KIND,
            {
                "username": username,
                "full_name": full_name.strip(),
                "role": role,
                "password_hash": hash_password(password),
                "officer_id": officer_id,
                "demo": int(demo),
                "created_at": self.now().isoformat(timespec="seconds"),
            },
        )
        self.store.enforced = True
        return account_id

    def change_role(self, account_id: int, role: str, officer_id: int | Keep | None = KEEP) -> None:
        """Give an account another role (audited as a role change), and with `officer_id`
        link it to another officer (None: to none); an instructor needs one."""
        row = self.store.get(KIND, account_id)
        officer = row["officer_id"] if isinstance(officer_id, Keep) else officer_id
        errors = {
            "role": None if role in ROLES else f"is one of {', '.join(ROLES)}",
            "officer": self._officer_problem(role, officer),
        }
        found = {name: reason for name, reason in errors.items() if reason}
        if found:
            raise ValidationError(found)
        self._require_may_manage(row["role"])
        self._require_may_manage(role)
        if row["role"] == ADMIN and role != ADMIN:
            self._keep_an_admin(account_id)
        self.store.update(KIND, account_id, {"role": role, "officer_id": officer})

    def _officer_problem(self, role: str, officer_id: int | None) -> str | None:
        """Why `officer_id` cannot be the officer of an account of `role`, or None."""
        if officer_id is None:
            if role == INSTRUCTOR:
                return (
                    "an instructor's account must be linked to an officer on the roster,"
                    " whose grids it may change records in"
                )
            return None
        found = self.store.rows("SELECT name, voided_at FROM officers WHERE id = ?", [officer_id])
        if not found or found[0]["voided_at"] is not None:
            return f"there is no officer {officer_id} on the roster"
        return None

    def set_disabled(self, account_id: int, disabled: bool) -> None:
        """Disable an account (it can no longer sign in) or enable it again."""
        row = self.store.get(KIND, account_id)
        self._require_may_manage(row["role"])
        session = self.store.session
        if disabled and session is not None and session.account_id == account_id:
            raise ValidationError({"account": "you cannot disable your own account"})
        if disabled and row["role"] == ADMIN:
            self._keep_an_admin(account_id)
        self.store.update(KIND, account_id, {"disabled": int(disabled)})

    def _keep_an_admin(self, account_id: int) -> None:
        others = self.store.scalar(
            "SELECT count(*) FROM accounts WHERE role = 'admin' AND disabled = 0"
            " AND voided_at IS NULL AND id <> ?",
            [account_id],
        )
        if not others:
            raise ValidationError({"account": "the station needs an active administrator"})

    def _require_may_manage(self, role: str) -> None:
        """Accounts need manage_accounts; an administrator's account needs an administrator."""
        self.store.require(access.MANAGE_ACCOUNTS)
        session = self.store.session
        if role == ADMIN and session is not None and session.role != ADMIN:
            raise PermissionDenied("only an administrator may manage an administrator's account")


@cache
def _unknown_user_hash() -> str:
    return hash_password("no account has this password")


def _verified(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
