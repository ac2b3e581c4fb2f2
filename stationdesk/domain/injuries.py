"""The injuries-on-duty and rights-protection ledger (民警执法权益保护).

An incident names the officers involved (each gets an injury record, "not hurt" until told
otherwise), and gathers the case against the offender, compensation, legal aid, the public
clarification of a false accusation and the station's comfort visits. The chief closes it.
Every save is one transaction; each child record has its own history and the incident's
history gets an entry for every step. Medical details pass through `privacy.may_see_medical`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from stationdesk.domain import access, privacy, rules
from stationdesk.domain.access import Session
from stationdesk.domain.dispute_records import date_problem, keep_problems, text_problem
from stationdesk.domain.injury_ledger import (
    IncidentFilter,
    IncidentLedger,
    IncidentRow,
    InjuryFigures,
    injury_figures,
    year_figures,
)
from stationdesk.domain.injury_records import (
    CaseInput,
    ComfortVisit,
    ComfortVisitInput,
    Compensation,
    CompensationInput,
    Hospital,
    HospitalInput,
    Incident,
    IncidentInput,
    Injury,
    InjuryInput,
    LegalAid,
    LegalAidInput,
    case_problems,
    compensation_values,
    hospital_problems,
    incident_problems,
    injury_problems,
    iso_or_raw,
    legal_aid_problems,
)
from stationdesk.errors import ValidationError
from stationdesk.store import Store
from stationdesk.store.audit import AuditEntry

__all__ = [
    "CaseInput",
    "ComfortVisitInput",
    "CompensationInput",
    "HospitalInput",
    "IncidentFilter",
    "IncidentInput",
    "IncidentRow",
    "InjuryFigures",
    "InjuryInput",
    "InjuryService",
    "LegalAidInput",
]

KIND = "incidents"
INJURIES = "injuries"
PAYMENTS = "compensation_payments"
LEGAL_AID = "legal_aid"
COMFORT = "comfort_visits"
HOSPITALS = "hospitals"
INCIDENT_FIELDS = (
    "occurred_at",
    "activity",
    "cause",
    "description",
    "place",
    "grid_id",
    "dispute_id",
    "visit_id",
)


class InjuryService:
    """The ledger over a store; `now` is injectable for tests and the demo."""

    def __init__(self, store: Store, *, now: Callable[[], datetime] = datetime.now) -> None:
        self.store = store
        self.now = now
        self.ledger = IncidentLedger(store)
        self._medical_seen: set[tuple[Session | None, int]] = set()

    def today(self) -> date:
        """The day it is now."""
        return self.now().date()

    @property
    def may_see_medical(self) -> bool:
        """Whether the signed-in user may see medical details (see stationdesk.domain.privacy)."""
        return privacy.may_see_medical(self.store)

    # -- reads ---------------------------------------------------------------------------
    def get(self, incident_id: int) -> Incident:
        """One incident, or NotFoundError."""
        return Incident.from_row(self.store.get(KIND, incident_id))

    def history(self, incident_id: int) -> list[AuditEntry]:
        """The incident's history, oldest first."""
        return self.store.history(KIND, incident_id)

    def injuries(self, incident_id: int) -> list[Injury]:
        """One record per officer involved, medical details only for those who may see them."""
        rows = self.store.rows(
            "SELECT j.*, o.name AS officer_name, coalesce(h.name, '') AS hospital_name"
            " FROM injuries j JOIN officers o ON o.id = j.officer_id"
            " LEFT JOIN hospitals h ON h.id = j.hospital_id"
            " WHERE j.incident_id = ? AND j.voided_at IS NULL ORDER BY j.id",
            [incident_id],
        )
        medical = self.may_see_medical
        if medical and rows:
            self._note_medical_view(incident_id)
        return [Injury.from_row(row, medical=medical) for row in rows]

    def _note_medical_view(self, incident_id: int) -> None:
        """The audit trail notes who saw an incident's medical details (once a session)."""
        seen = (self.store.session, incident_id)
        if seen in self._medical_seen:
            return
        self._medical_seen.add(seen)
        self.store.note_access(KIND, incident_id, "view_medical", {})

    def injury(self, injury_id: int) -> Injury:
        """One injury record, or NotFoundError."""
        incident_id = self.store.get(INJURIES, injury_id)["incident_id"]
        found = [i for i in self.injuries(incident_id) if i.id == injury_id]
        if not found:
            raise ValidationError({"injury": f"injury {injury_id} is void"})
        return found[0]

    def compensation(self, incident_id: int) -> list[Compensation]:
        """The payments made, oldest first."""
        rows = self.store.rows(
            "SELECT c.*, o.name AS officer_name FROM compensation_payments c"
            " JOIN officers o ON o.id = c.officer_id"
            " WHERE c.incident_id = ? AND c.voided_at IS NULL ORDER BY c.paid_on, c.id",
            [incident_id],
        )
        return [Compensation.from_row(row) for row in rows]

    def legal_aid(self, incident_id: int) -> list[LegalAid]:
        """Legal aid given, oldest first."""
        rows = self.store.rows(
            "SELECT * FROM legal_aid WHERE incident_id = ? AND voided_at IS NULL"
            " ORDER BY given_on, id",
            [incident_id],
        )
        return [LegalAid.from_row(row) for row in rows]

    def comfort_visits(self, incident_id: int) -> list[ComfortVisit]:
        """The station's visits to the officers, oldest first."""
        rows = self.store.rows(
            "SELECT * FROM comfort_visits WHERE incident_id = ? AND voided_at IS NULL"
            " ORDER BY visited_on, id",
            [incident_id],
        )
        return [ComfortVisit.from_row(row) for row in rows]

    def hospitals(self, *, include_inactive: bool = True) -> list[Hospital]:
        """The agreement hospitals by name."""
        active = "" if include_inactive else " AND active = 1"
        rows = self.store.rows(
            f"SELECT * FROM hospitals WHERE voided_at IS NULL{active} ORDER BY name, id"
        )
        return [Hospital.from_row(row) for row in rows]

    def hospital(self, hospital_id: int) -> Hospital:
        """One hospital, or NotFoundError."""
        return Hospital.from_row(self.store.get(HOSPITALS, hospital_id))

    def dispute_title(self, dispute_id: int) -> str | None:
        """'received on · summary' of a dispute, or None when there is no such dispute."""
        row = self.store.conn.execute(
            "SELECT received_on, summary FROM disputes WHERE id = ? AND voided_at IS NULL",
            [dispute_id],
        ).fetchone()
        return f"{row[0]} · {' '.join(row[1].split())}" if row else None

    def visit_address(self, visit_id: int) -> str | None:
        """'visited on · address' of a household visit, or None when there is no such visit."""
        row = self.store.rows(
            "SELECT v.visited_on, a.* FROM visits v JOIN households h ON h.id = v.household_id"
            " JOIN addresses a ON a.id = h.address_id WHERE v.id = ? AND v.voided_at IS NULL",
            [visit_id],
        )
        if not row:
            return None
        a = row[0]
        parts = [a["district"], a["road"], a["house_no"], a["building"], a["unit"], a["flat"]]
        return f"{a['visited_on']} · {' '.join(p for p in parts if p)}"

    # -- list and figures ----------------------------------------------------------------
    def ids(
        self,
        flt: IncidentFilter | None = None,
        sort: str = "occurred_at",
        *,
        descending: bool = True,
        limit: int | None = None,
        after: tuple[Any, int] | None = None,
    ) -> list[int]:
        """Ids of the matching incidents in list order (keyset paging with `after`)."""
        return self.ledger.ids(flt, sort, descending=descending, limit=limit, after=after)

    def rows(self, ids: list[int]) -> list[IncidentRow]:
        """Ledger lines for a block of ids, in that order."""
        return self.ledger.rows(ids)

    def page(
        self, flt: IncidentFilter | None = None, *, limit: int | None = None
    ) -> list[IncidentRow]:
        """Ledger lines of the matching incidents, newest first."""
        return self.rows(self.ids(flt, limit=limit))

    def count(self, flt: IncidentFilter | None = None) -> int:
        """How many incidents match."""
        return self.ledger.count(flt)

    def years(self) -> list[int]:
        """Years with incidents, newest first."""
        return self.ledger.years()

    def figures(self, first: date, last: date) -> InjuryFigures:
        """The bureau's figures for a span of days (see injury_figures)."""
        return injury_figures(self.store, first, last)

    def year_figures(self, year: int) -> InjuryFigures:
        """The bureau's figures for a calendar year."""
        return year_figures(self.store, year)

    # -- incident ------------------------------------------------------------------------
    def create(self, data: IncidentInput) -> int:
        """Record an incident with an injury record per officer involved; returns its id."""
        values = self._checked(data)
        officers = _unique(data.officer_ids)
        with self.store.transaction():
            incident_id = self.store.insert(
                KIND,
                {**values, "status": "open", "version": 1},
                related={"officers": [None, officers]},
            )
            for officer_id in officers:
                self._add_officer(incident_id, officer_id)
        return incident_id

    def update(
        self, incident_id: int, data: IncidentInput, expected_version: int | None = None
    ) -> dict[str, list]:
        """Change the incident's details and the officers involved."""
        values = self._checked(data)
        officers = _unique(data.officer_ids)
        with self.store.transaction():
            row = self._open(incident_id, expected_version)
            before = self._officer_ids(incident_id)
            extra: dict[str, list] = {}
            if sorted(before) != sorted(officers):
                self._change_officers(incident_id, before, officers)
                extra["officers"] = [before, officers]
            return self._write(row, values, "update", extra)

    def check(self, data: IncidentInput) -> None:
        """Raise the ValidationError that saving `data` would raise, saving nothing."""
        self._checked(data)

    def void(self, incident_id: int, reason: str) -> None:
        """Void an incident entered by mistake (it stays in the file and its history)."""
        reason = reason.strip()
        if not reason:
            raise ValidationError({"reason": "say why the incident is voided"})
        with self.store.transaction():
            self._live(incident_id, None)
            self.store.void(KIND, incident_id, reason)

    # -- injuries ------------------------------------------------------------------------
    def set_injury(self, injury_id: int, data: InjuryInput) -> dict[str, list]:
        """Record what happened to one officer: outcome, days, treatment, support."""
        self._require_medical()
        values = data.cleaned()
        errors = injury_problems(values)
        with self.store.transaction():
            row = self.store.get(INJURIES, injury_id)
            if row["voided_at"] is not None:
                raise ValidationError({"injury": f"injury {injury_id} is void"})
            self._open(row["incident_id"], None)
            hospital = values["hospital_id"]
            if hospital and hospital != row["hospital_id"] and "hospital_id" not in errors:
                active = self.store.scalar(
                    "SELECT active FROM hospitals WHERE id = ? AND voided_at IS NULL", [hospital]
                )
                if not active:
                    errors["hospital_id"] = "choose one of the station's agreement hospitals"
            if errors:
                raise ValidationError(errors)
            changes = self.store.update(INJURIES, injury_id, values)
            if changes:
                self.store.record_change(
                    KIND,
                    row["incident_id"],
                    "injury",
                    {"injury": [None, injury_id], "outcome": [row["outcome"], values["outcome"]]},
                )
        return changes

    # -- rights protection ---------------------------------------------------------------
    def set_case(
        self, incident_id: int, data: CaseInput, expected_version: int | None = None
    ) -> dict[str, list]:
        """The case against the offender: number, persons dealt with and how, outcome."""
        values = data.cleaned()
        errors = case_problems(values)
        if errors:
            raise ValidationError(errors)
        with self.store.transaction():
            row = self._open(incident_id, expected_version)
            return self._write(row, values, "case")

    def clarify(self, incident_id: int, on: date | str | None, how: str) -> dict[str, list]:
        """Record when and how an officer falsely accused was publicly cleared."""
        values = {"clarified_on": iso_or_raw(on), "clarification": how.strip()}
        with self.store.transaction():
            row = self._open(incident_id, None)
            errors = keep_problems(
                {
                    "cause": None
                    if row["cause"] == "false_accusation"
                    else "only an officer falsely accused is publicly cleared",
                    "clarified_on": self._since_problem(values["clarified_on"], row),
                    "clarification": text_problem(
                        values["clarification"], "how the officer was cleared", required=True
                    ),
                }
            )
            if errors:
                raise ValidationError(errors)
            return self._write(row, values, "clarification")

    def close(self, incident_id: int, by: str, on: date | str | None = None) -> None:
        """The chief closes the case; it needs an outcome, and is locked from then on."""
        self.store.require(access.CLOSE_INJURY_CASE)
        values = {
            "status": "closed",
            "closed_by": rules.clean(by),
            "closed_on": iso_or_raw(on) if on is not None else self.today().isoformat(),
        }
        with self.store.transaction():
            row = self._open(incident_id, None)
            errors = keep_problems(
                {
                    "case_outcome": None
                    if row["case_outcome"].strip()
                    else "a case is closed with its outcome: say what came of it first",
                    "closed_by": None if values["closed_by"] else "say who closes the case",
                    "closed_on": self._since_problem(values["closed_on"], row),
                }
            )
            if errors:
                raise ValidationError(errors)
            self._write(row, values, "close")

    def reopen(self, incident_id: int, reason: str) -> None:
        """Open a closed case again, with a reason (the chief's, like closing it)."""
        self.store.require(access.CLOSE_INJURY_CASE)
        reason = reason.strip()
        if not reason:
            raise ValidationError({"reason": "say why the case is reopened"})
        with self.store.transaction():
            row = self._live(incident_id, None)
            if row["status"] != "closed":
                raise ValidationError({"status": "the case is not closed"})
            values = {"status": "open", "closed_on": None, "closed_by": None}
            self._write(row, values, "reopen", {"reason": [None, reason]})

    def add_compensation(self, incident_id: int, data: CompensationInput) -> int:
        """Record a payment to an officer involved; several payments add up."""
        values, errors = compensation_values(data)
        with self.store.transaction():
            row = self._open(incident_id, None)
            involved = self._officer_ids(incident_id)
            if data.officer_id and data.officer_id not in involved:
                errors["officer_id"] = "the officer paid is one of those involved in the incident"
            since = self._since_problem(values["paid_on"], row)
            if since:
                errors["paid_on"] = since
            if errors:
                raise ValidationError(errors)
            return self._add_child(PAYMENTS, incident_id, values, "compensation")

    def add_legal_aid(self, incident_id: int, data: LegalAidInput) -> int:
        """Record legal aid given for the incident."""
        values = data.cleaned()
        errors = legal_aid_problems(values)
        with self.store.transaction():
            row = self._open(incident_id, None)
            since = self._since_problem(values["given_on"], row)
            if since:
                errors["given_on"] = since
            if errors:
                raise ValidationError(errors)
            return self._add_child(LEGAL_AID, incident_id, values, "legal aid")

    def add_comfort_visit(self, incident_id: int, data: ComfortVisitInput) -> int:
        """Record a comfort visit by the station."""
        values = data.cleaned()
        with self.store.transaction():
            row = self._open(incident_id, None)
            errors = keep_problems(
                {
                    "visited_on": self._since_problem(values["visited_on"], row),
                    "visitors": text_problem(values["visitors"], "who visited", required=True),
                    "what": text_problem(values["what"], "what was done", required=False),
                }
            )
            if errors:
                raise ValidationError(errors)
            return self._add_child(COMFORT, incident_id, values, "comfort visit")

    def void_entry(self, table: str, entry_id: int, reason: str) -> None:
        """Void a payment, legal aid or comfort visit entered by mistake."""
        if table not in (PAYMENTS, LEGAL_AID, COMFORT):
            raise ValidationError({"record": f"{table} entries are not voided here"})
        reason = reason.strip()
        if not reason:
            raise ValidationError({"reason": "say why the entry is voided"})
        with self.store.transaction():
            incident_id = self.store.get(table, entry_id)["incident_id"]
            self._open(incident_id, None)
            self.store.void(table, entry_id, reason)
            self.store.record_change(KIND, incident_id, "void entry", {table: [entry_id, None]})

    # -- hospitals -----------------------------------------------------------------------
    def add_hospital(self, data: HospitalInput) -> int:
        """Add an agreement hospital; returns its id."""
        values = self._checked_hospital(data, None)
        return self.store.insert(HOSPITALS, values)

    def update_hospital(self, hospital_id: int, data: HospitalInput) -> dict[str, list]:
        """Change an agreement hospital (one no longer in agreement is made inactive)."""
        values = self._checked_hospital(data, hospital_id)
        with self.store.transaction():
            self.store.get(HOSPITALS, hospital_id)
            return self.store.update(HOSPITALS, hospital_id, values)

    # -- checks --------------------------------------------------------------------------
    def _checked(self, data: IncidentInput) -> dict[str, Any]:
        values = data.cleaned()
        errors = incident_problems(values, self.now())
        errors.update(self._reference_problems(values))
        day = values["occurred_at"][:10] if "occurred_at" not in errors else None
        errors.update(self._officer_problems(_unique(data.officer_ids), day))
        if errors:
            raise ValidationError(errors)
        return values

    def _reference_problems(self, values: dict[str, Any]) -> dict[str, str]:
        checks = {
            "grid_id": ("grids", "there is no grid with id {}"),
            "dispute_id": ("disputes", "there is no dispute number {}"),
            "visit_id": ("visits", "there is no household visit number {}"),
        }
        found: dict[str, str] = {}
        for name, (table, message) in checks.items():
            value = values[name]
            if value is not None and not self._exists(table, value):
                found[name] = message.format(value)
        return found

    def _exists(self, table: str, record_id: int) -> bool:
        sql = f"SELECT 1 FROM [{table}] WHERE id = ? AND voided_at IS NULL"
        return self.store.scalar(sql, [record_id]) is not None

    def _officer_problems(self, officer_ids: list[int], day: str | None) -> dict[str, str]:
        if not officer_ids:
            return {"officer_ids": "name the officer or officers involved"}
        for officer_id in officer_ids:
            rows = self.store.rows(
                "SELECT name, joined_on, left_on FROM officers WHERE id = ? AND voided_at IS NULL",
                [officer_id],
            )
            if not rows:
                return {"officer_ids": f"there is no officer with id {officer_id}"}
            officer = rows[0]
            if day and officer["joined_on"] and day < officer["joined_on"]:
                return {
                    "officer_ids": f"{officer['name']} joined the station on"
                    f" {officer['joined_on']}, after the incident on {day}"
                }
            if day and officer["left_on"] and day > officer["left_on"]:
                return {
                    "officer_ids": f"{officer['name']} had left the station on"
                    f" {officer['left_on']}, before the incident on {day}"
                }
        return {}

    def _checked_hospital(self, data: HospitalInput, hospital_id: int | None) -> dict[str, Any]:
        values = data.cleaned()
        errors = hospital_problems(values, self.today())
        same = self.store.scalar(
            "SELECT id FROM hospitals WHERE name = ? AND voided_at IS NULL", [values["name"]]
        )
        if same is not None and same != hospital_id:
            errors["name"] = f"{values['name']} is already on the list"
        if errors:
            raise ValidationError(errors)
        return values

    def _since_problem(self, value: Any, row: dict[str, Any]) -> str | None:
        """Why a date of a step is not between the incident and today, or None."""
        return date_problem(
            value, earliest=row["occurred_at"][:10], latest=self.today().isoformat()
        )

    def _require_medical(self) -> None:
        if not self.may_see_medical:
            raise ValidationError({"injury": "you may not see or change medical details"})

    # -- writes --------------------------------------------------------------------------
    def _live(self, incident_id: int, expected_version: int | None) -> dict[str, Any]:
        """The current row of an incident that is not void, at the version the caller saw."""
        return self.store.live_versioned(KIND, incident_id, expected_version, "incident")

    def _open(self, incident_id: int, expected_version: int | None) -> dict[str, Any]:
        row = self._live(incident_id, expected_version)
        if row["status"] == "closed":
            raise ValidationError(
                {
                    "status": f"the case was closed on {row['closed_on']} by {row['closed_by']};"
                    " reopen it to change it"
                }
            )
        return row

    def _write(
        self,
        row: dict[str, Any],
        values: Mapping[str, Any],
        action: str,
        extra: Mapping[str, list] | None = None,
    ) -> dict[str, list]:
        """Change the incident row, bump its version, and write one audit entry."""
        return self.store.write_versioned(KIND, row, values, action, extra)

    def _add_child(self, table: str, incident_id: int, values: dict[str, Any], action: str) -> int:
        entry_id = self.store.insert(table, {"incident_id": incident_id, **values})
        self.store.record_change(KIND, incident_id, action, {table: [None, entry_id]})
        return entry_id

    def _officer_ids(self, incident_id: int) -> list[int]:
        rows = self.store.conn.execute(
            "SELECT officer_id FROM injuries WHERE incident_id = ? AND voided_at IS NULL"
            " ORDER BY id",
            [incident_id],
        )
        return [row[0] for row in rows]

    def _add_officer(self, incident_id: int, officer_id: int) -> None:
        self.store.insert(
            INJURIES, {"incident_id": incident_id, "officer_id": officer_id, "outcome": "none"}
        )

    def _change_officers(self, incident_id: int, before: list[int], after: list[int]) -> None:
        for officer_id in before:
            if officer_id in after:
                continue
            paid = self.store.scalar(
                "SELECT 1 FROM compensation_payments WHERE incident_id = ? AND officer_id = ?"
                " AND voided_at IS NULL",
                [incident_id, officer_id],
            )
            if paid:
                raise ValidationError(
                    {"officer_ids": "an officer who was paid compensation stays on the incident"}
                )
            injury_id = self.store.scalar(
                "SELECT id FROM injuries WHERE incident_id = ? AND officer_id = ?"
                " AND voided_at IS NULL",
                [incident_id, officer_id],
            )
            self.store.void(INJURIES, injury_id, "officer taken off the incident")
        for officer_id in after:
            if officer_id not in before:
                self._add_officer(incident_id, officer_id)


def _unique(ids: tuple[int, ...]) -> list[int]:
    return list(dict.fromkeys(ids))
