"""Likely duplicate people, and merging two records of one person without losing a link.

A merge moves every link of the dropped record (dispute parties, session statements,
obligations, residents) to the kept one, fills the kept record's blank fields from the
dropped one, voids the dropped record, and writes a 'merge' entry in both histories listing
what moved. Undoing it is another amendment ('unmerge') that moves the same links back; no
history is ever deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stationdesk.domain.people import KIND, PeopleService, Person
from stationdesk.errors import ValidationError
from stationdesk.store import Store

DUPLICATES_LIMIT = 200
FILLED_FIELDS = ("id_number", "sex", "phone", "address", "birth_date")
# Each link table: its key column(s) besides person_id, as the merge entry lists them.
LINKS: dict[str, str] = {
    "dispute_parties": "dispute_id",
    "session_statements": "session_id",
    "obligations": "id",
    "residents": "id",
}
CLASHES: dict[str, str] = {
    "dispute_parties": "both are parties to dispute {key}",
    "session_statements": "both made a statement in mediation session {key}",
}


@dataclass(frozen=True)
class DuplicatePair:
    """Two live records that look like one person, and why."""

    first: Person
    second: Person
    reason: str  # 'phone' or 'birth_date'


class MergeService:
    """Finds likely duplicates and merges (or un-merges) them, every change audited."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.people = PeopleService(store)

    def duplicates(self, limit: int = DUPLICATES_LIMIT) -> list[DuplicatePair]:
        """Same name with the same phone or birth date, not told apart by their ID numbers."""
        rows = self.store.rows(
            "SELECT a.id AS first, b.id AS second,"
            " CASE WHEN a.phone <> '' AND a.phone = b.phone THEN 'phone' ELSE 'birth_date' END"
            " AS reason FROM people a JOIN people b ON b.name = a.name AND b.id > a.id"
            " WHERE a.voided_at IS NULL AND b.voided_at IS NULL"
            " AND ((a.phone <> '' AND a.phone = b.phone) OR a.birth_date = b.birth_date)"
            " AND (a.id_number IS NULL OR b.id_number IS NULL)"
            " ORDER BY a.name, a.id, b.id LIMIT ?",
            [limit],
        )
        people = self.people.many([r[k] for r in rows for k in ("first", "second")])
        return [DuplicatePair(people[r["first"]], people[r["second"]], r["reason"]) for r in rows]

    def merge(self, keep_id: int, drop_id: int, reason: str = "") -> dict[str, list[int]]:
        """Move every link of `drop_id` to `keep_id` and void `drop_id`; returns what moved."""
        keep, drop = self._pair(keep_id, drop_id)
        with self.store.transaction():
            moved = self._move_links(drop_id, keep_id)
            taken = {
                name: getattr(drop, name)
                for name in FILLED_FIELDS
                if not getattr(keep, name) and getattr(drop, name)
            }
            if taken.get("id_number"):
                self.store.update(KIND, drop_id, {"id_number": None})
            because = f": {reason.strip()}" if reason.strip() else ""
            self.store.void(KIND, drop_id, f"merged into person {keep_id}{because}")
            if taken:
                self.store.update(KIND, keep_id, taken)
            links = {table: [None, keys] for table, keys in moved.items() if keys}
            taken_entry = {"taken": [None, list(taken)]} if taken else {}
            self.store.record_change(
                KIND, keep_id, "merge", {"merged_from": [None, drop_id], **links, **taken_entry}
            )
            self.store.record_change(
                KIND, drop_id, "merge", {"merged_into": [None, keep_id], **links}
            )
        return moved

    def unmerge(self, drop_id: int, reason: str) -> dict[str, list[int]]:
        """Undo the last merge of `drop_id`: restore it and move its links back."""
        if not reason.strip():
            raise ValidationError({"reason": "say why the merge is undone"})
        entry = self._last_merge(drop_id)
        keep_id = int(entry.changes["merged_into"][1])
        keep_changes = self._merge_entry_of(keep_id, drop_id).changes
        with self.store.transaction():
            moved = {
                table: self._move_back(table, keep_id, drop_id, entry.changes[table][1])
                for table in LINKS
                if table in entry.changes
            }
            taken = keep_changes.get("taken", [None, []])[1]
            kept = self.people.get(keep_id)
            restored: dict[str, Any] = {name: getattr(kept, name) for name in taken}
            if "id_number" in restored:
                self.store.update(KIND, keep_id, {"id_number": None})
            self.store.update(KIND, drop_id, {"voided_at": None, "void_reason": None, **restored})
            links = {table: [keys, None] for table, keys in moved.items() if keys}
            for own, other, name in (
                (keep_id, drop_id, "merged_from"),
                (drop_id, keep_id, "merged_into"),
            ):
                self.store.record_change(
                    KIND,
                    own,
                    "unmerge",
                    {name: [other, None], "reason": [None, reason.strip()], **links},
                )
        return moved

    # -- helpers -------------------------------------------------------------------
    def _pair(self, keep_id: int, drop_id: int) -> tuple[Person, Person]:
        if keep_id == drop_id:
            raise ValidationError({"person": "choose two different records to merge"})
        keep, drop = self.people.get(keep_id), self.people.get(drop_id)
        for person in (keep, drop):
            if person.voided:
                raise ValidationError({"person": f"person {person.id} is void"})
        if keep.id_number and drop.id_number and keep.id_number != drop.id_number:
            raise ValidationError(
                {"id_number": "the two records have different ID numbers: not the same person"}
            )
        self._check_clashes(keep_id, drop_id)
        return keep, drop

    def _check_clashes(self, keep_id: int, drop_id: int) -> None:
        for table, message in CLASHES.items():
            key = LINKS[table]
            row = self.store.scalar(
                f"SELECT a.{key} FROM {table} a JOIN {table} b ON b.{key} = a.{key}"
                " WHERE a.person_id = ? AND b.person_id = ? LIMIT 1",
                [keep_id, drop_id],
            )
            if row is not None:
                raise ValidationError({"person": message.format(key=row)})
        living = self.store.rows(
            "SELECT person_id FROM residents WHERE person_id IN (?, ?)"
            " AND moved_out_on IS NULL AND voided_at IS NULL",
            [keep_id, drop_id],
        )
        if len(living) > 1:
            raise ValidationError(
                {"person": "both records live in a household now: move one out first"}
            )

    def _move_links(self, drop_id: int, keep_id: int) -> dict[str, list[int]]:
        moved = {}
        for table, key in LINKS.items():
            keys = [
                row[0]
                for row in self.store.conn.execute(
                    f"SELECT {key} FROM {table} WHERE person_id = ? ORDER BY {key}", [drop_id]
                )
            ]
            self.store.conn.execute(
                f"UPDATE {table} SET person_id = ? WHERE person_id = ?", [keep_id, drop_id]
            )
            moved[table] = keys
        return moved

    def _move_back(self, table: str, keep_id: int, drop_id: int, keys: list[int]) -> list[int]:
        key = LINKS[table]
        back = []
        for value in keys:
            cursor = self.store.conn.execute(
                f"UPDATE {table} SET person_id = ? WHERE person_id = ? AND {key} = ?",
                [drop_id, keep_id, value],
            )
            if cursor.rowcount:
                back.append(value)
        return back

    def _last_merge(self, drop_id: int) -> Any:
        for entry in reversed(self.store.history(KIND, drop_id)):
            if entry.action == "unmerge":
                break
            if entry.action == "merge" and "merged_into" in entry.changes:
                return entry
        raise ValidationError({"person": f"person {drop_id} was not merged into another record"})

    def _merge_entry_of(self, keep_id: int, drop_id: int) -> Any:
        for entry in reversed(self.store.history(KIND, keep_id)):
            if entry.action == "merge" and entry.changes.get("merged_from", [0, 0])[1] == drop_id:
                return entry
        raise ValidationError({"person": f"person {keep_id} has no record of the merge"})
