"""Audit entries in words: ids become names, codes become labels."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from stationdesk.domain.labels import (
    DISPUTE_CATEGORIES,
    DISPUTE_OUTCOMES,
    DISPUTE_STATUSES,
    FOLLOWUP_KINDS,
    FOLLOWUP_REASONS,
    GRID_LEVELS,
    INCIDENT_ACTIVITIES,
    INCIDENT_CAUSES,
    INCIDENT_STATUSES,
    INJURY_OUTCOMES,
    NO,
    OFFICER_KINDS,
    PARTY_ROLES,
    RECEIVED_HOW,
    REFERRED_TO,
    RELATIONSHIPS,
    RESIDENT_FLAGS,
    RISK_GRADES,
    ROLE_NAMES,
    SESSION_PLACES,
    SESSION_RESULTS,
    SEXES,
    SHIFT_KINDS,
    TEAMS,
    VISIT_PURPOSES,
    YES,
)
from stationdesk.domain.money import yuan_text
from stationdesk.store import Store
from stationdesk.store.audit import AuditEntry

CODE_LABELS: dict[str, dict[Any, str]] = {
    "kind": {**OFFICER_KINDS, **SHIFT_KINDS, **FOLLOWUP_KINDS},
    "team": TEAMS,
    "level": GRID_LEVELS,
    "sex": SEXES,
    "category": DISPUTE_CATEGORIES,
    "received_how": RECEIVED_HOW,
    "risk_grade": RISK_GRADES,
    "status": {**INCIDENT_STATUSES, **DISPUTE_STATUSES},
    "outcome": {**DISPUTE_OUTCOMES, **INJURY_OUTCOMES},
    "activity": INCIDENT_ACTIVITIES,
    "cause": INCIDENT_CAUSES,
    "referred_to": REFERRED_TO,
    "place": SESSION_PLACES,
    "result": SESSION_RESULTS,
    "reason": FOLLOWUP_REASONS,
    "relationship": RELATIONSHIPS,
    "purpose": VISIT_PURPOSES,
    "role": ROLE_NAMES,
}
YES_NO_FIELDS = frozenset(
    {
        "active",
        "committee_member",
        "has_police_room",
        "court_confirmation",
        "kept",
        "anti_fraud_app",
        "followup_needed",
        "demo",
        "full",
        *RESIDENT_FLAGS,
    }
)
_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?")
PEOPLE_FIELDS = frozenset({"person_id", "members", "moved_in", "moved_out", "corrected", "member"})
HIDDEN_FIELDS = frozenset({"version"})


@dataclass(frozen=True)
class ChangeLine:
    """One field of one entry: its name and its old and new values, readable."""

    field: str
    old: str
    new: str


class HistoryReader:
    """Reads a record's history with values a person can read."""

    def __init__(self, store: Store, translate: Callable[[str], str] = lambda text: text) -> None:
        self.store = store
        self.translate = translate

    def entries(self, kind: str, record_id: int) -> list[tuple[AuditEntry, list[ChangeLine]]]:
        """Each entry of the record, newest first, with its readable changes."""
        return [
            (
                entry,
                [
                    self.line(name, old, new)
                    for name, (old, new) in entry.changes.items()
                    if name not in HIDDEN_FIELDS
                ],
            )
            for entry in reversed(self.store.history(kind, record_id))
        ]

    def line(self, field: str, old: Any, new: Any) -> ChangeLine:
        """One change in words."""
        return ChangeLine(field, self.value(field, old), self.value(field, new))

    def value(self, field: str, value: Any) -> str:
        """A stored value as a person reads it."""
        if value is None or value == "":
            return ""
        if field in ("grids", "committee_grid_id", "parent_id", "grid_id"):
            return self._names("grids", value)
        if field in ("officer", "officer_id", "mediator_ids", "officers", "officer_ids"):
            return self._names("officers", value)
        if field == "hospital_id":
            return self._names("hospitals", value)
        if field in ("merged_from", "merged_into"):
            return f"{self._names('people', value)} (#{value})"
        if field in PEOPLE_FIELDS:
            return self._names("people", value)
        if field == "address_id":
            return self._address(value)
        if field == "household_id":
            return self._household(value)
        if field == "visit":
            return self._visit(value)
        if field == "parties" and isinstance(value, list):
            return self._parties(value)
        if field in YES_NO_FIELDS:
            return self.translate(YES if value else NO)
        if field == "amount_fen" and isinstance(value, int):
            return yuan_text(value)
        labels = CODE_LABELS.get(field)
        if labels and value in labels:
            return self.translate(labels[value])
        if isinstance(value, str) and _ISO_TIME.fullmatch(value):
            return value[:16].replace("T", " ")  # 2026-11-18 10:00
        return str(value)

    def _parties(self, pairs: list[Any]) -> str:
        """'张三 (Applicant), 李四 (Respondent)' from [[person id, role], ...]."""
        shown = []
        for pair in pairs:
            if isinstance(pair, list) and len(pair) == 2:
                role = self.translate(PARTY_ROLES.get(pair[1], str(pair[1])))
                shown.append(f"{self._names('people', pair[0])} ({role})")
        return ", ".join(shown)

    def _address(self, address_id: Any) -> str:
        # Imported here: a dispute's history (shown as the window opens) never names one.
        from stationdesk.domain.household_records import ADDRESS_PARTS, address_text

        rows = self.store.rows("SELECT * FROM addresses WHERE id = ?", [address_id])
        return address_text({name: rows[0][name] for name in ADDRESS_PARTS}) if rows else ""

    def _household(self, household_id: Any) -> str:
        address_id = self.store.scalar(
            "SELECT address_id FROM households WHERE id = ?", [household_id]
        )
        return f"{self._address(address_id)} (#{household_id})"

    def _visit(self, visit_id: Any) -> str:
        """'No. 12 · 2026-11-18 Anti-fraud advice'."""
        rows = self.store.rows("SELECT visited_on, purpose FROM visits WHERE id = ?", [visit_id])
        if not rows:
            return f"#{visit_id}"
        purpose = self.value("purpose", rows[0]["purpose"])
        return f"{visit_id} · {rows[0]['visited_on']} {purpose}"

    def _names(self, table: str, value: Any) -> str:
        ids = value if isinstance(value, list) else [value]
        names = []
        for record_id in ids:
            name = self.store.scalar(f"SELECT name FROM [{table}] WHERE id = ?", [record_id])
            names.append(str(name) if name is not None else f"#{record_id}")
        return ", ".join(names)
