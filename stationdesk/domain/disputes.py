"""The contradictions and disputes ledger: intake, mediation, outcome, sign-off and follow-up.

Every save is one transaction. Each child record (person, session, agreement, obligation,
follow-up) has its own history, and the dispute's history gets an entry for every step too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any

from stationdesk.domain import access, dates, people, rules
from stationdesk.domain.dispute_ledger import (
    DisputeFilter,
    DisputeLedger,
    DueFollowup,
    LedgerCounts,
    LedgerRow,
)
from stationdesk.domain.dispute_records import (
    CLOSED_STATUSES,
    DEADLINE_DAYS,
    OUTCOME_STATUS,
    Agreement,
    AgreementInput,
    Dispute,
    DisputeInput,
    Followup,
    FollowupResult,
    MediationSession,
    Obligation,
    ObligationInput,
    OutcomeInput,
    Party,
    PartyInput,
    SessionInput,
    Statement,
    StatementInput,
    agreement_problems,
    date_problem,
    dispute_problems,
    keep_problems,
    outcome_problems,
    plan_followups,
    role_problem,
    session_problems,
    text_problem,
)
from stationdesk.domain.labels import DISPUTE_STATUSES
from stationdesk.domain.people import PeopleService, Person
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import ValidationError
from stationdesk.store import Store
from stationdesk.store.audit import AuditEntry

__all__ = [
    "AgreementInput",
    "Dispute",
    "DisputeFilter",
    "DisputeInput",
    "DisputeService",
    "DueFollowup",
    "FollowupResult",
    "LedgerCounts",
    "LedgerRow",
    "ObligationInput",
    "OutcomeInput",
    "PartyInput",
    "SessionInput",
    "StatementInput",
]

KIND = "disputes"
SESSIONS = "mediation_sessions"
AGREEMENTS = "agreements"
OBLIGATIONS = "obligations"
FOLLOWUPS = "followups"
INTAKE_FIELDS = (
    "received_on",
    "received_how",
    "category",
    "grid_id",
    "place",
    "summary",
    "risk_grade",
    "risk_reason",
    "officer_id",
    "deadline",
    "source_visit_id",
)
OUTCOME_TEXT_FIELDS = ("referred_to", "referred_where", "outcome_reason")
AMENDABLE = frozenset({*INTAKE_FIELDS, *OUTCOME_TEXT_FIELDS})
CLEARED_OUTCOME = {
    "outcome": None,
    "outcome_on": None,
    "referred_to": None,
    "referred_where": "",
    "outcome_reason": "",
    "confirmed_on": None,
    "confirmed_by": None,
}


class DisputeService:
    """The dispute ledger over a store; `today` is injectable for tests."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.today = today
        self.people = PeopleService(store)
        self.ledger = DisputeLedger(store, today)

    # -- reads -------------------------------------------------------------------
    def get(self, dispute_id: int) -> Dispute:
        """One dispute with its parties, or NotFoundError."""
        row = self.store.get(KIND, dispute_id)
        return Dispute.from_row(row, self._parties(dispute_id))

    def _parties(self, dispute_id: int) -> tuple[Party, ...]:
        rows = self.store.rows(
            "SELECT p.*, dp.role AS party_role FROM dispute_parties dp"
            " JOIN people p ON p.id = dp.person_id WHERE dp.dispute_id = ? ORDER BY dp.position",
            [dispute_id],
        )
        return tuple(Party(Person.from_row(row), row["party_role"]) for row in rows)

    def history(self, dispute_id: int) -> list[AuditEntry]:
        """The dispute's history, oldest first: every step is there."""
        return self.store.history(KIND, dispute_id)

    def sessions(self, dispute_id: int, *, include_void: bool = False) -> list[MediationSession]:
        """The dispute's mediation sessions in the order they were held."""
        void = "" if include_void else " AND voided_at IS NULL"
        ids = self.store.conn.execute(
            f"SELECT id FROM mediation_sessions WHERE dispute_id = ?{void} ORDER BY held_at, id",
            [dispute_id],
        )
        return [self.session(row[0]) for row in ids.fetchall()]

    def session(self, session_id: int) -> MediationSession:
        """One session with its mediators and statements, or NotFoundError."""
        row = self.store.get(SESSIONS, session_id)
        mediators = self.store.conn.execute(
            "SELECT officer_id FROM session_mediators WHERE session_id = ? ORDER BY officer_id",
            [session_id],
        )
        statements = self.store.conn.execute(
            "SELECT s.person_id, s.statement FROM session_statements s"
            " JOIN dispute_parties dp ON dp.person_id = s.person_id AND dp.dispute_id = ?"
            " WHERE s.session_id = ? ORDER BY dp.position",
            [row["dispute_id"], session_id],
        )
        return MediationSession.from_row(
            row,
            tuple(r[0] for r in mediators),
            tuple(Statement(r[0], r[1]) for r in statements),
        )

    def agreements(self, dispute_id: int, *, include_void: bool = False) -> list[Agreement]:
        """The dispute's agreements, oldest first (a broken one is followed by a new one)."""
        void = "" if include_void else " AND voided_at IS NULL"
        ids = self.store.conn.execute(
            f"SELECT id FROM agreements WHERE dispute_id = ?{void} ORDER BY signed_on, id",
            [dispute_id],
        )
        return [self.agreement(row[0]) for row in ids.fetchall()]

    def agreement(self, agreement_id: int) -> Agreement:
        """One agreement with its obligations, or NotFoundError."""
        row = self.store.get(AGREEMENTS, agreement_id)
        obligations = self.store.rows(
            "SELECT * FROM obligations WHERE agreement_id = ? ORDER BY position, id",
            [agreement_id],
        )
        return Agreement.from_row(row, tuple(Obligation.from_row(o) for o in obligations))

    def followups(self, dispute_id: int) -> list[Followup]:
        """The dispute's follow-ups by due date."""
        rows = self.store.rows(
            "SELECT * FROM followups WHERE dispute_id = ? AND voided_at IS NULL"
            " ORDER BY due_on, id",
            [dispute_id],
        )
        return [Followup.from_row(row) for row in rows]

    def followup(self, followup_id: int) -> Followup:
        """One follow-up, or NotFoundError."""
        return Followup.from_row(self.store.get(FOLLOWUPS, followup_id))

    def disputes_of(self, person_id: int) -> list[int]:
        """Ids of the disputes a person is a party to, newest first."""
        rows = self.store.conn.execute(
            "SELECT d.id FROM dispute_parties dp JOIN disputes d ON d.id = dp.dispute_id"
            " WHERE dp.person_id = ? AND d.voided_at IS NULL ORDER BY d.received_on DESC, d.id",
            [person_id],
        )
        return [row[0] for row in rows]

    # -- ledger queries ----------------------------------------------------------------
    def ids(
        self,
        flt: DisputeFilter | None = None,
        sort: str = "received_on",
        *,
        descending: bool = True,
        limit: int | None = None,
        after: tuple[Any, int] | None = None,
    ) -> list[int]:
        """Ids of the matching disputes in list order (see DisputeLedger.ids)."""
        return self.ledger.ids(flt, sort, descending=descending, limit=limit, after=after)

    def rows(self, ids: list[int]) -> list[LedgerRow]:
        """Ledger lines for a block of ids, in that order."""
        return self.ledger.rows(ids)

    def page(
        self,
        flt: DisputeFilter | None = None,
        sort: str = "received_on",
        *,
        descending: bool = True,
        limit: int | None = None,
        after: tuple[Any, int] | None = None,
    ) -> list[LedgerRow]:
        """Ledger lines of the matching disputes, one page when `limit` is given."""
        return self.ledger.rows(
            self.ids(flt, sort, descending=descending, limit=limit, after=after)
        )

    def counts(self, flt: DisputeFilter | None = None) -> LedgerCounts:
        """How many match, how many are open, overdue, by status and by grade."""
        return self.ledger.counts(flt)

    def due_followups(
        self, week: IsoWeek, officer_id: int | None = None, *, include_late: bool = True
    ) -> list[DueFollowup]:
        """Follow-ups due in an ISO week (and earlier ones still not done)."""
        return self.ledger.due_followups(week, officer_id, include_late=include_late)

    # -- intake --------------------------------------------------------------------
    def create(self, data: DisputeInput) -> int:
        """Record a new dispute with its parties; returns its id."""
        values = self._checked(data, None)
        with self.store.transaction():
            parties = self._resolve_parties(data.parties)
            dispute_id = self.store.insert(
                KIND,
                {**values, "status": "open", "version": 1},
                related={"parties": [None, _party_list(parties)]},
            )
            self._write_parties(dispute_id, parties)
        return dispute_id

    def update(self, dispute_id: int, data: DisputeInput, expected_version: int) -> dict[str, list]:
        """Change the intake details and parties; a stale `expected_version` is refused."""
        values = self._checked(data, dispute_id)
        with self.store.transaction():
            row = self._not_locked(dispute_id, expected_version)
            parties = self._resolve_parties(data.parties)
            old = self._party_pairs(dispute_id)
            extra: dict[str, list] = {}
            if old != parties:
                self._write_parties(dispute_id, parties)
                extra["parties"] = [_party_list(old), _party_list(parties)]
            return self._write(row, values, "update", extra)

    def amend(
        self,
        dispute_id: int,
        reason: str,
        changes: Mapping[str, Any],
        *,
        expected_version: int | None = None,
    ) -> dict[str, list]:
        """Correct a signed-off (or any) dispute with a reason, as an 'amend' entry."""
        reason = reason.strip()
        unknown = sorted(set(changes) - AMENDABLE)
        errors = keep_problems(
            {
                "reason": None if reason else "say why the record is amended",
                "changes": f"cannot amend {', '.join(unknown)}" if unknown else None,
            }
        )
        if not changes and not errors:
            errors["changes"] = "nothing to amend"
        if errors:
            raise ValidationError(errors)
        with self.store.transaction():
            row = self._live(dispute_id, expected_version)
            values = self._amended_values(row, changes)
            return self._write(row, values, "amend", {"reason": [None, reason]})

    def void(self, dispute_id: int, reason: str) -> None:
        """Void a dispute entered by mistake; its pending follow-ups are cancelled."""
        reason = reason.strip()
        if not reason:
            raise ValidationError({"reason": "say why the dispute is voided"})
        with self.store.transaction():
            self._live(dispute_id, None)
            self._cancel_pending(dispute_id, self.today())
            self.store.void(KIND, dispute_id, reason)

    # -- mediation -------------------------------------------------------------------
    def add_session(self, dispute_id: int, data: SessionInput) -> int:
        """Record a mediation session; returns its id."""
        with self.store.transaction():
            row = self._not_locked(dispute_id)
            values = self._checked_session(row, data)
            mediators, statements = _unique(data.mediator_ids), data.statement_pairs()
            session_id = self.store.insert(
                SESSIONS,
                {"dispute_id": dispute_id, **values},
                related={"mediator_ids": [None, mediators], "statements": [None, statements]},
            )
            self._write_session_links(session_id, mediators, statements)
            self.store.record_change(
                KIND,
                dispute_id,
                "session",
                {
                    "session": [None, session_id],
                    "held_at": [None, values["held_at"]],
                    "result": [None, values["result"]],
                },
            )
        return session_id

    def update_session(self, session_id: int, data: SessionInput) -> dict[str, list]:
        """Correct a session; the dispute's history notes it too."""
        with self.store.transaction():
            before = self.session(session_id)
            row = self._not_locked(before.dispute_id)
            values = self._checked_session(row, data)
            mediators, statements = _unique(data.mediator_ids), data.statement_pairs()
            links = self._session_link_changes(before, mediators, statements)
            if links:
                self._write_session_links(session_id, mediators, statements, replace_old=True)
            changes = self.store.update(SESSIONS, session_id, values, related=links)
            if changes:
                self.store.record_change(
                    KIND, before.dispute_id, "session update", {"session": [session_id, session_id]}
                )
        return changes

    def void_session(self, session_id: int, reason: str) -> None:
        """Void a session entered by mistake."""
        if not reason.strip():
            raise ValidationError({"reason": "say why the session is voided"})
        with self.store.transaction():
            session = self.session(session_id)
            self._not_locked(session.dispute_id)
            self.store.void(SESSIONS, session_id, reason.strip())
            self.store.record_change(
                KIND, session.dispute_id, "session void", {"session": [session_id, None]}
            )

    # -- outcome, sign-off, follow-up ------------------------------------------------------
    def set_outcome(
        self, dispute_id: int, outcome: OutcomeInput, *, expected_version: int | None = None
    ) -> int | None:
        """End mediation; an agreement also makes its follow-ups. Returns the agreement id."""
        with self.store.transaction():
            row = self._live(dispute_id, expected_version)
            if row["status"] != "open":
                status = DISPUTE_STATUSES[row["status"]].lower()
                raise ValidationError({"kind": f"the dispute is already {status}"})
            values = self._checked_outcome(row, outcome)
            extra: dict[str, list] = {}
            agreement_id = None
            if outcome.kind == "agreement":
                assert outcome.agreement is not None
                agreement_id, followup_ids = self._write_agreement(
                    row, values["outcome_on"], outcome.agreement
                )
                extra = {"agreement": [None, agreement_id], "followups": [None, followup_ids]}
            values["status"] = OUTCOME_STATUS[outcome.kind]
            self._write(row, values, "outcome", extra)
        return agreement_id

    def confirm(
        self,
        dispute_id: int,
        by: str,
        on: date | str | None = None,
        *,
        expected_version: int | None = None,
    ) -> None:
        """The station chief signs off a dispute with an outcome; it is locked from then on."""
        self.store.require(access.SIGN_OFF)
        with self.store.transaction():
            row = self._live(dispute_id, expected_version)
            values = {
                "status": "confirmed",
                "confirmed_on": _iso_or_raw(on) if on is not None else self.today().isoformat(),
                "confirmed_by": rules.clean(by),
            }
            errors = keep_problems(
                {
                    "status": None
                    if row["status"] in CLOSED_STATUSES
                    else "only a dispute with an outcome can be signed off",
                    "confirmed_by": None if values["confirmed_by"] else "say who signs it off",
                    "confirmed_on": date_problem(
                        values["confirmed_on"],
                        earliest=row["outcome_on"],
                        latest=self.today().isoformat(),
                    ),
                }
            )
            if errors:
                raise ValidationError(errors)
            self._write(row, values, "confirm")

    def record_followup(self, followup_id: int, result: FollowupResult) -> bool:
        """Record what a follow-up found; a broken agreement reopens the dispute.

        Returns True when the dispute was reopened.
        """
        with self.store.transaction():
            followup = self.followup(followup_id)
            row = self._live(followup.dispute_id, None)
            done_on = self._checked_followup(followup, result)
            notes = result.notes.strip()
            values = {"done_on": done_on, "kept": int(result.kept), "notes": notes}
            self.store.update(FOLLOWUPS, followup_id, values)
            self.store.record_change(
                KIND,
                row["id"],
                "followup",
                {
                    "followup": [None, followup_id],
                    "kept": [None, result.kept],
                    "notes": [None, notes],
                },
            )
            if not result.kept:
                self._reopen(row, followup, date.fromisoformat(done_on), notes)
        return not result.kept

    # -- checks -----------------------------------------------------------------------
    def _checked(self, data: DisputeInput, dispute_id: int | None) -> dict[str, Any]:
        values = data.cleaned()
        errors = dispute_problems(values, self.today())
        errors.update(self._reference_problems(values, dispute_id))
        errors.update(self._party_problems(data.parties))
        if errors:
            raise ValidationError(errors)
        return values

    def _reference_problems(self, values: dict[str, Any], dispute_id: int | None) -> dict[str, str]:
        found: dict[str, str | None] = {}
        if values["grid_id"]:
            level = self.store.scalar(
                "SELECT level FROM grids WHERE id = ? AND voided_at IS NULL", [values["grid_id"]]
            )
            if level not in (2, 3):
                found["grid_id"] = "choose a village or community, or a grid within one"
        if values["officer_id"]:
            active = self.store.scalar(
                "SELECT active FROM officers WHERE id = ? AND voided_at IS NULL",
                [values["officer_id"]],
            )
            current = dispute_id and self.store.scalar(
                "SELECT officer_id FROM disputes WHERE id = ?", [dispute_id]
            )
            if not active and current != values["officer_id"]:
                found["officer_id"] = "choose an officer still serving at the station"
        if values["source_visit_id"] is not None:
            visit = self.store.scalar(
                "SELECT 1 FROM visits WHERE id = ? AND voided_at IS NULL",
                [values["source_visit_id"]],
            )
            if visit is None:
                found["source_visit_id"] = f"there is no visit {values['source_visit_id']}"
        return keep_problems(found)

    def _party_problems(self, parties: tuple[PartyInput, ...]) -> dict[str, str]:
        found: dict[str, str] = {}
        if len(parties) < 2:
            found["parties"] = "a dispute has two or more parties"
        for index, party in enumerate(parties):
            found.update(self._one_party_problems(index, party))
        return found

    def _one_party_problems(self, index: int, party: PartyInput) -> dict[str, str]:
        prefix, where = f"parties.{index}", f"party {index + 1}"
        found: dict[str, str] = {}
        role = role_problem(party.role)
        if role:
            found[f"{prefix}.role"] = f"{where}: {role}"
        if party.person is not None:
            values = party.person.cleaned()
            who = f"{where} ({values['name']})" if values["name"] else where
            for name, reason in people.problems(values, today=self.today()).items():
                found[f"{prefix}.{name}"] = f"{who}: {reason}"
        elif party.person_id is None:
            found[prefix] = f"{where}: choose a person or enter their details"
        elif (
            self.store.scalar(
                "SELECT 1 FROM people WHERE id = ? AND voided_at IS NULL", [party.person_id]
            )
            is None
        ):
            found[prefix] = f"{where}: there is no person with id {party.person_id}"
        return found

    def _resolve_parties(self, parties: tuple[PartyInput, ...]) -> list[tuple[int, str]]:
        """(person id, role) per party: new people are added, known ID numbers reused."""
        resolved: list[tuple[int, str]] = []
        for index, party in enumerate(parties):
            person_id = self._person_for(party)
            if any(person_id == seen for seen, _ in resolved):
                name = self.people.get(person_id).name
                raise ValidationError({f"parties.{index}": f"{name} is already a party"})
            resolved.append((person_id, party.role))
        return resolved

    def _person_for(self, party: PartyInput) -> int:
        if party.person is None:
            assert party.person_id is not None
            return party.person_id
        if party.person_id is not None:
            self.people.update(party.person_id, party.person)
            return party.person_id
        number = party.person.cleaned()["id_number"]
        known = self.people.by_id_number(number) if number else None
        if known is not None and not known.voided:
            return known.id
        return self.people.create(party.person)

    def _party_pairs(self, dispute_id: int) -> list[tuple[int, str]]:
        rows = self.store.conn.execute(
            "SELECT person_id, role FROM dispute_parties WHERE dispute_id = ? ORDER BY position",
            [dispute_id],
        )
        return [(row[0], row[1]) for row in rows]

    def _write_parties(self, dispute_id: int, parties: list[tuple[int, str]]) -> None:
        conn = self.store.conn
        conn.execute("DELETE FROM dispute_parties WHERE dispute_id = ?", [dispute_id])
        conn.executemany(
            "INSERT INTO dispute_parties (dispute_id, person_id, role, position)"
            " VALUES (?, ?, ?, ?)",
            [(dispute_id, pid, role, pos) for pos, (pid, role) in enumerate(parties)],
        )

    def _amended_values(self, row: dict[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
        merged = {name: changes.get(name, row[name]) for name in INTAKE_FIELDS}
        parties = tuple(PartyInput(role, pid) for pid, role in self._party_pairs(row["id"]))
        values = self._checked(DisputeInput(**merged, parties=parties), row["id"])
        outcome_changes = {k: changes[k] for k in OUTCOME_TEXT_FIELDS if k in changes}
        if not outcome_changes:
            return values
        if not row["outcome"]:
            raise ValidationError({"changes": "only a dispute with an outcome has those details"})
        outcome = {k: row[k] for k in ("outcome", "outcome_on", *OUTCOME_TEXT_FIELDS)}
        for name, value in outcome_changes.items():
            outcome[name] = rules.clean(value) if name != "referred_to" else value or None
        errors = outcome_problems(outcome, values["received_on"], self.today())
        if errors:
            raise ValidationError(errors)
        values.update({k: outcome[k] for k in OUTCOME_TEXT_FIELDS})
        return values

    def _checked_session(self, row: dict[str, Any], data: SessionInput) -> dict[str, Any]:
        values = data.cleaned()
        errors = session_problems(values, row["received_on"], self.today())
        mediators = _unique(data.mediator_ids)
        if not mediators and not values["other_mediators"]:
            errors["mediator_ids"] = "name at least one mediator"
        for officer_id in mediators:
            if self.store.scalar("SELECT 1 FROM officers WHERE id = ?", [officer_id]) is None:
                errors["mediator_ids"] = f"there is no officer with id {officer_id}"
        party_ids = {pid for pid, _ in self._party_pairs(row["id"])}
        for index, (person_id, _text) in enumerate(data.statement_pairs()):
            if person_id not in party_ids:
                errors[f"statements.{index}"] = "a statement belongs to one of the parties"
        if errors:
            raise ValidationError(errors)
        return values

    def _checked_outcome(self, row: dict[str, Any], outcome: OutcomeInput) -> dict[str, Any]:
        values = outcome.cleaned()
        errors = outcome_problems(values, row["received_on"], self.today())
        if outcome.kind == "agreement":
            parties = self._party_pairs(row["id"])
            names = {p: self.people.get(p).name for p, _ in parties}
            errors.update(
                agreement_problems(outcome.agreement, values["outcome_on"], set(names), names)
            )
        elif outcome.agreement is not None:
            errors["agreement"] = "only an agreement reached has an agreement"
        if errors:
            raise ValidationError(errors)
        return values

    def _checked_followup(self, followup: Followup, result: FollowupResult) -> str:
        done_on = _iso_or_raw(result.done_on)
        problem = None if followup.pending else "this follow-up is already done or cancelled"
        signed = self.store.scalar(
            "SELECT signed_on FROM agreements WHERE id = ?", [followup.agreement_id]
        )
        errors = keep_problems(
            {
                "followup": problem,
                "done_on": date_problem(done_on, earliest=signed, latest=self.today().isoformat()),
                "notes": "say how the agreement was broken"
                if not result.kept and not result.notes.strip()
                else text_problem(result.notes.strip(), "the notes", required=False),
            }
        )
        if errors:
            raise ValidationError(errors)
        return str(done_on)

    # -- writes ---------------------------------------------------------------------
    def _live(self, dispute_id: int, expected_version: int | None) -> dict[str, Any]:
        """The current row of a dispute that is not void, at the version the caller saw."""
        return self.store.live_versioned(KIND, dispute_id, expected_version, "dispute")

    def _not_locked(self, dispute_id: int, expected_version: int | None = None) -> dict[str, Any]:
        row = self._live(dispute_id, expected_version)
        if row["status"] == "confirmed":
            raise ValidationError(
                {
                    "status": f"the dispute was signed off on {row['confirmed_on']} and is locked;"
                    " correct it with an amendment and a reason"
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
        """Change the dispute row, bump its version, and write one audit entry."""
        return self.store.write_versioned(KIND, row, values, action, extra)

    def _write_session_links(
        self,
        session_id: int,
        mediators: list[int],
        statements: list[tuple[int, str]],
        *,
        replace_old: bool = False,
    ) -> None:
        conn = self.store.conn
        if replace_old:
            conn.execute("DELETE FROM session_mediators WHERE session_id = ?", [session_id])
            conn.execute("DELETE FROM session_statements WHERE session_id = ?", [session_id])
        conn.executemany(
            "INSERT INTO session_mediators (session_id, officer_id) VALUES (?, ?)",
            [(session_id, officer_id) for officer_id in mediators],
        )
        conn.executemany(
            "INSERT INTO session_statements (session_id, person_id, statement) VALUES (?, ?, ?)",
            [(session_id, person_id, text) for person_id, text in statements],
        )

    def _session_link_changes(
        self, before: MediationSession, mediators: list[int], statements: list[tuple[int, str]]
    ) -> dict[str, list]:
        changes: dict[str, list] = {}
        if sorted(before.mediator_ids) != sorted(mediators):
            changes["mediator_ids"] = [list(before.mediator_ids), mediators]
        old = sorted((s.person_id, s.text) for s in before.statements)
        if old != sorted(statements):
            changes["statements"] = [[list(s) for s in old], [list(s) for s in statements]]
        return changes

    def _write_agreement(
        self, row: dict[str, Any], signed_on: str, data: AgreementInput
    ) -> tuple[int, list[int]]:
        agreement_id = self.store.insert(
            AGREEMENTS,
            {
                "dispute_id": row["id"],
                "signed_on": signed_on,
                "facts": data.facts.strip(),
                "responsibility": data.responsibility.strip(),
                "court_confirmation": int(data.court_confirmation),
            },
        )
        obligation_ids = [
            self.store.insert(OBLIGATIONS, _obligation_values(agreement_id, position, item))
            for position, item in enumerate(data.obligations)
        ]
        dues = [date.fromisoformat(str(_iso_or_raw(item.due_on))) for item in data.obligations]
        planned = plan_followups(
            row["risk_grade"], date.fromisoformat(signed_on), dues, data.court_confirmation
        )
        followup_ids = [
            self.store.insert(
                FOLLOWUPS,
                {
                    "dispute_id": row["id"],
                    "agreement_id": agreement_id,
                    "due_on": plan.due_on.isoformat(),
                    "kind": plan.kind,
                    "reason": plan.reason,
                    "obligation_id": None
                    if plan.obligation_index is None
                    else obligation_ids[plan.obligation_index],
                    "officer_id": row["officer_id"],
                },
            )
            for plan in planned
        ]
        return agreement_id, followup_ids

    def _reopen(self, row: dict[str, Any], followup: Followup, on: date, notes: str) -> None:
        """A broken agreement: the dispute is open again with a fresh 30-day deadline."""
        self.store.update(AGREEMENTS, followup.agreement_id, {"broken_on": on.isoformat()})
        cancelled = self._cancel_pending(row["id"], on)
        values = {
            **CLEARED_OUTCOME,
            "status": "open",
            "reopened_count": row["reopened_count"] + 1,
            "deadline": max(row["deadline"], (on + timedelta(days=DEADLINE_DAYS)).isoformat()),
        }
        extra: dict[str, list] = {"followup": [None, followup.id], "reason": [None, notes]}
        if cancelled:
            extra["cancelled_followups"] = [None, cancelled]
        self._write(row, values, "reopen", extra)

    def _cancel_pending(self, dispute_id: int, on: date) -> list[int]:
        ids = [
            row[0]
            for row in self.store.conn.execute(
                "SELECT id FROM followups WHERE dispute_id = ? AND done_on IS NULL"
                " AND cancelled_on IS NULL AND voided_at IS NULL ORDER BY id",
                [dispute_id],
            ).fetchall()
        ]
        for followup_id in ids:
            self.store.update(FOLLOWUPS, followup_id, {"cancelled_on": on.isoformat()})
        return ids


def _obligation_values(agreement_id: int, position: int, item: ObligationInput) -> dict[str, Any]:
    return {
        "agreement_id": agreement_id,
        "person_id": item.person_id,
        "what": item.what.strip(),
        "due_on": _iso_or_raw(item.due_on),
        "position": position,
    }


def _iso_or_raw(value: date | str | None) -> Any:
    try:
        return dates.iso(dates.as_date(value))
    except ValueError:
        return value


def _unique(ids: tuple[int, ...]) -> list[int]:
    return list(dict.fromkeys(ids))


def _party_list(parties: list[tuple[int, str]]) -> list[list[Any]]:
    return [[person_id, role] for person_id, role in parties]
