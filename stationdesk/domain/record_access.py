"""Printing and exporting records: allowed by the role matrix, noted in the audit trail.

The window and the command line both print through `printed`, so the history of a record
tells who printed which form of it, when, and to which file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from stationdesk.domain import access
from stationdesk.store import Store

T = TypeVar("T")


def may_print(store: Store) -> bool:
    """Whether the signed-in account may print or export records."""
    return store.may(access.PRINT_RECORDS)


def printed(
    store: Store, kind: str, record_id: int, form: str, path: Path, write: Callable[[], T]
) -> T:
    """Write a printout with `write()` if the role may, then note it in the record's history.

    `record_id` 0 stands for a printout of many records (a ledger, a register, a sheet).
    """
    store.require(access.PRINT_RECORDS)
    result = write()
    store.note_access(kind, record_id, "print", {"form": [None, form], "file": [None, str(path)]})
    return result
