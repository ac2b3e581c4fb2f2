"""Errors a user can act on: each carries a message fit to show as it is."""

from __future__ import annotations


class StationDeskError(Exception):
    """A failure explained in one line, shown to the user without a traceback."""


class NotFoundError(StationDeskError):
    """A record id that does not exist."""

    def __init__(self, kind: str, record_id: object) -> None:
        super().__init__(f"there is no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class ValidationError(StationDeskError):
    """Input that breaks a rule; `errors` maps each bad field to its reason."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{name}: {reason}" for name, reason in self.errors.items()))


class StoreError(StationDeskError):
    """The database file cannot be used (missing, locked, damaged, too new)."""


class ConflictError(StationDeskError):
    """A save refused because someone else changed the record since it was opened."""

    def __init__(self, kind: str = "record", record_id: object = None) -> None:
        super().__init__(
            f"this {kind} was changed by someone else since you opened it;"
            " reopen it to see their changes"
        )
        self.kind = kind
        self.record_id = record_id


class PermissionDenied(StationDeskError):  # noqa: N818 (the name says it best)
    """An action the signed-in account's role may not take (or nobody is signed in)."""
