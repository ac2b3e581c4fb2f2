"""Time what accounts add: the role check on every audited write, and a sign-in.

    python benchmarks/accounts.py [--runs 200]

Prints the median and 95th percentile of an audited insert on a station without accounts, the
same insert checked against a signed-in clerk's role, and a raw SQL insert as the baseline, all
in the same process; then a sign-in (an argon2id verification) and a refused one.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import measure
from stationdesk.domain.accounts import AccountService
from stationdesk.domain.demo import DEMO_PASSWORD, add_demo_accounts
from stationdesk.errors import PermissionDenied
from stationdesk.store import Store, open_store


def add_person(store: Store) -> None:
    store.insert("people", {"name": "赵小梅"})


def refused(service: AccountService) -> None:
    with contextlib.suppress(PermissionDenied):
        service.sign_in("clerk", "not the password")


def raw_insert(store: Store) -> None:
    with store.conn:
        store.conn.execute("INSERT INTO people (name) VALUES ('赵小梅')")


def main() -> None:
    """Two stations, one with accounts; the same writes on each, then sign-ins."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        plain = open_store(Path(folder) / "plain.sqlite", "bench", create=True)
        guarded = open_store(Path(folder) / "guarded.sqlite", "bench", create=True)
        add_demo_accounts(guarded)
        service = AccountService(guarded)
        service.sign_in("clerk", DEMO_PASSWORD)
        measure("raw INSERT and COMMIT (baseline)", lambda: raw_insert(plain), args.runs)
        measure("audited insert, no accounts", lambda: add_person(plain), args.runs)
        measure("audited insert, clerk's role checked", lambda: add_person(guarded), args.runs)
        runs = max(5, args.runs // 20)
        measure(
            "sign-in (argon2id verify + audit entry)",
            lambda: service.sign_in("clerk", "demo"),
            runs,
        )
        service.sign_in("admin", DEMO_PASSWORD)  # the clerk's failures below must not lock admin
        measure("refused sign-in (counted, audited)", lambda: refused(service), 4)
        plain.close()
        guarded.close()


if __name__ == "__main__":
    main()
