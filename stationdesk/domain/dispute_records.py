"""Records and inputs of the dispute ledger, and the rules that need no database."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from stationdesk.domain import dates, rules
from stationdesk.domain.labels import (
    DISPUTE_CATEGORIES,
    DISPUTE_OUTCOMES,
    PARTY_ROLES,
    RECEIVED_HOW,
    REFERRED_TO,
    RISK_GRADES,
    SESSION_PLACES,
    SESSION_RESULTS,
)
from stationdesk.domain.people import Person, PersonInput

DEADLINE_DAYS = 30
COURT_CONFIRMATION_DAYS = 30
HIGH_GRADES = frozenset({"A", "B"})
CLOSED_STATUSES = ("settled", "referred", "escalated", "withdrawn")
OUTCOME_STATUS = {
    "agreement": "settled",
    "referred": "referred",
    "escalated": "escalated",
    "withdrawn": "withdrawn",
}
# risk grade -> (how a follow-up is made, days after the agreement for the return visit)
GRADE_FOLLOWUP = {"A": ("visit", 7), "B": ("visit", 7), "C": ("phone", 15), "D": ("phone", 15)}
MAX_TEXT = 4000
MAX_SHORT = 200


def _pick(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in row.items() if k in names}


def _iso_or_raw(value: date | str | None) -> Any:
    """ISO text for a readable date, None for blank, the raw value for validate() to explain."""
    try:
        return dates.iso(dates.as_date(value))
    except ValueError:
        return value


def date_problem(
    value: Any, *, required: bool = True, earliest: str | None = None, latest: str | None = None
) -> str | None:
    """Why a cleaned date value is not acceptable, or None."""
    if value is None:
        return "a date is required" if required else None
    try:
        dates.as_date(value)
    except ValueError as exc:
        return str(exc)
    if earliest and value < earliest:
        return f"cannot be before {earliest}"
    if latest and value > latest:
        return f"cannot be after {latest}"
    return None


def text_problem(text: str, what: str, *, required: bool, limit: int = MAX_TEXT) -> str | None:
    """Why a piece of free text is not acceptable, or None."""
    if required and not text:
        return f"{what} is required"
    if len(text) > limit:
        return f"{what} has at most {limit} characters"
    return None


def choice_problem(value: Any, choices: dict[Any, str], what: str) -> str | None:
    """Why a code is not one of `choices`, or None."""
    if value in choices:
        return None
    return f"choose a {what}: " + ", ".join(str(key) for key in choices)


def keep_problems(found: dict[str, str | None]) -> dict[str, str]:
    """Only the fields that have a problem."""
    return {name: reason for name, reason in found.items() if reason}


# -- records ------------------------------------------------------------------------
@dataclass(frozen=True)
class Party:
    """A person and their role in one dispute."""

    person: Person
    role: str


@dataclass(frozen=True)
class Dispute:
    """One line of the ledger with its parties."""

    id: int
    received_on: str
    received_how: str
    category: str
    grid_id: int
    summary: str
    risk_grade: str
    officer_id: int
    deadline: str
    status: str
    place: str = ""
    risk_reason: str = ""
    outcome: str | None = None
    outcome_on: str | None = None
    referred_to: str | None = None
    referred_where: str = ""
    outcome_reason: str = ""
    confirmed_on: str | None = None
    confirmed_by: str | None = None
    reopened_count: int = 0
    source_visit_id: int | None = None
    version: int = 1
    voided_at: str | None = None
    void_reason: str | None = None
    parties: tuple[Party, ...] = ()

    @classmethod
    def from_row(cls, row: dict[str, Any], parties: tuple[Party, ...] = ()) -> Dispute:
        """Build from a `disputes` row and its parties."""
        return cls(**_pick(cls, row), parties=parties)

    @property
    def locked(self) -> bool:
        """Signed off by the station chief: changed only through an amendment."""
        return self.status == "confirmed"

    @property
    def is_open(self) -> bool:
        """Still being mediated (including after a broken agreement)."""
        return self.status == "open"

    @property
    def high_grade(self) -> bool:
        """Grade A or B: shown prominently."""
        return self.risk_grade in HIGH_GRADES

    def days_left(self, today: date) -> int:
        """Days until the deadline (negative when past it)."""
        return (date.fromisoformat(self.deadline) - today).days

    def overdue(self, today: date) -> bool:
        """Open and past its deadline."""
        return self.is_open and self.days_left(today) < 0


@dataclass(frozen=True)
class Statement:
    """What one party stated at a session."""

    person_id: int
    text: str


@dataclass(frozen=True)
class MediationSession:
    """One mediation session."""

    id: int
    dispute_id: int
    held_at: str
    place: str
    result: str
    place_detail: str = ""
    other_mediators: str = ""
    participants: str = ""
    result_text: str = ""
    voided_at: str | None = None
    void_reason: str | None = None
    mediator_ids: tuple[int, ...] = ()
    statements: tuple[Statement, ...] = ()

    @classmethod
    def from_row(
        cls,
        row: dict[str, Any],
        mediator_ids: tuple[int, ...] = (),
        statements: tuple[Statement, ...] = (),
    ) -> MediationSession:
        """Build from a `mediation_sessions` row and its mediators and statements."""
        return cls(**_pick(cls, row), mediator_ids=mediator_ids, statements=statements)


@dataclass(frozen=True)
class Obligation:
    """What one party will do, and by when."""

    id: int
    agreement_id: int
    person_id: int
    what: str
    due_on: str
    position: int = 0

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Obligation:
        """Build from an `obligations` row."""
        return cls(**_pick(cls, row))


@dataclass(frozen=True)
class Agreement:
    """A mediation agreement (人民调解协议书) with its obligations."""

    id: int
    dispute_id: int
    signed_on: str
    facts: str
    responsibility: str = ""
    court_confirmation: bool = False
    broken_on: str | None = None
    voided_at: str | None = None
    void_reason: str | None = None
    obligations: tuple[Obligation, ...] = ()

    @classmethod
    def from_row(cls, row: dict[str, Any], obligations: tuple[Obligation, ...] = ()) -> Agreement:
        """Build from an `agreements` row and its obligations."""
        values = _pick(cls, row)
        values["court_confirmation"] = bool(values.get("court_confirmation"))
        return cls(**values, obligations=obligations)

    @property
    def court_confirmation_by(self) -> date:
        """The last day to ask a court to confirm the agreement."""
        return date.fromisoformat(self.signed_on) + timedelta(days=COURT_CONFIRMATION_DAYS)


@dataclass(frozen=True)
class Followup:
    """A follow-up task: is the agreement being kept?"""

    id: int
    dispute_id: int
    agreement_id: int
    due_on: str
    kind: str
    reason: str
    officer_id: int
    obligation_id: int | None = None
    done_on: str | None = None
    kept: bool | None = None
    notes: str = ""
    cancelled_on: str | None = None
    voided_at: str | None = None
    void_reason: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Followup:
        """Build from a `followups` row."""
        values = _pick(cls, row)
        if values.get("kept") is not None:
            values["kept"] = bool(values["kept"])
        return cls(**values)

    @property
    def pending(self) -> bool:
        """Not yet done, cancelled or voided."""
        return self.done_on is None and self.cancelled_on is None and self.voided_at is None


@dataclass(frozen=True)
class PlannedFollowup:
    """A follow-up an agreement calls for."""

    due_on: date
    kind: str
    reason: str
    obligation_index: int | None = None


def plan_followups(
    grade: str, signed_on: date, obligation_dues: list[date], court_confirmation: bool
) -> list[PlannedFollowup]:
    """The follow-ups of an agreement: a return visit by risk grade, one per obligation on its
    due date, and one on day 30 when the parties will seek court confirmation.

    Grade A/B disputes are followed up by a visit, C/D by a phone call.
    """
    kind, days = GRADE_FOLLOWUP[grade]
    planned = [PlannedFollowup(signed_on + timedelta(days=days), kind, "grade")]
    planned += [
        PlannedFollowup(due, kind, "obligation", index) for index, due in enumerate(obligation_dues)
    ]
    if court_confirmation:
        court_day = signed_on + timedelta(days=COURT_CONFIRMATION_DAYS)
        planned.append(PlannedFollowup(court_day, kind, "court_confirmation"))
    return sorted(planned, key=lambda p: (p.due_on, p.reason != "grade"))


# -- inputs ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PartyInput:
    """A party of the intake form: an existing person (optionally corrected) or a new one."""

    role: str
    person_id: int | None = None
    person: PersonInput | None = None


@dataclass(frozen=True)
class DisputeInput:
    """What the intake form holds."""

    received_on: date | str | None
    received_how: str
    category: str
    grid_id: int | None
    summary: str
    risk_grade: str
    officer_id: int | None
    parties: tuple[PartyInput, ...] = ()
    place: str = ""
    risk_reason: str = ""
    deadline: date | str | None = None
    source_visit_id: int | None = None

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied; the deadline defaults to 30 days after receipt."""
        received = _iso_or_raw(self.received_on)
        deadline = _iso_or_raw(self.deadline)
        if deadline is None and isinstance(received, str) and _readable(received):
            deadline = default_deadline(date.fromisoformat(received)).isoformat()
        return {
            "received_on": received,
            "received_how": self.received_how,
            "category": self.category,
            "grid_id": self.grid_id,
            "place": rules.clean(self.place),
            "summary": self.summary.strip(),
            "risk_grade": rules.clean(self.risk_grade).upper(),
            "risk_reason": self.risk_reason.strip(),
            "officer_id": self.officer_id,
            "deadline": deadline,
            "source_visit_id": self.source_visit_id,
        }


def _readable(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def default_deadline(received: date) -> date:
    """The aim: settled within 30 days of receipt."""
    return received + timedelta(days=DEADLINE_DAYS)


def dispute_problems(values: dict[str, Any], today: date) -> dict[str, str]:
    """Every bad intake field (the parties and references are checked by the service)."""
    received = values["received_on"]
    received_problem = date_problem(received, latest=today.isoformat())
    if received_problem and received_problem.startswith("cannot be after"):
        received_problem = "the dispute cannot be received in the future"
    deadline_problem = date_problem(
        values["deadline"], earliest=None if received_problem else received
    )
    if deadline_problem and deadline_problem.startswith("cannot be before"):
        deadline_problem = f"the deadline cannot be before the day it was received ({received})"
    grade = values["risk_grade"]
    return keep_problems(
        {
            "received_on": received_problem,
            "received_how": choice_problem(values["received_how"], RECEIVED_HOW, "way received"),
            "category": choice_problem(values["category"], DISPUTE_CATEGORIES, "category"),
            "grid_id": None if values["grid_id"] else "choose the grid the dispute belongs to",
            "place": text_problem(values["place"], "the place", required=False, limit=MAX_SHORT),
            "summary": text_problem(values["summary"], "a summary", required=True),
            "risk_grade": choice_problem(grade, RISK_GRADES, "risk grade"),
            "risk_reason": (
                f"say why the dispute is grade {grade}"
                if grade in HIGH_GRADES and not values["risk_reason"]
                else text_problem(values["risk_reason"], "the reason", required=False)
            ),
            "officer_id": None if values["officer_id"] else "choose the responsible officer",
            "deadline": deadline_problem,
        }
    )


def role_problem(role: str) -> str | None:
    """Why a party role is not acceptable, or None."""
    return choice_problem(role, PARTY_ROLES, "role")


@dataclass(frozen=True)
class StatementInput:
    """What one party stated."""

    person_id: int
    text: str


@dataclass(frozen=True)
class SessionInput:
    """What the session form holds."""

    held_at: datetime | date | str | None
    place: str
    result: str
    mediator_ids: tuple[int, ...] = ()
    other_mediators: str = ""
    participants: str = ""
    statements: tuple[StatementInput, ...] = ()
    place_detail: str = ""
    result_text: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values of the session (mediators and statements are kept apart)."""
        try:
            held: Any = self.held_at and dates.as_datetime(self.held_at)
            held = dates.iso_minutes(held) if held else None
        except ValueError:
            held = self.held_at
        return {
            "held_at": held,
            "place": self.place,
            "place_detail": rules.clean(self.place_detail),
            "other_mediators": rules.clean(self.other_mediators),
            "participants": self.participants.strip(),
            "result": self.result,
            "result_text": self.result_text.strip(),
        }

    def statement_pairs(self) -> list[tuple[int, str]]:
        """(person id, statement) for every party that said something."""
        return [(s.person_id, s.text.strip()) for s in self.statements if s.text.strip()]


def _held_problem(held: Any, received_on: str, today: date) -> str | None:
    if held is None:
        return "the date and time of the session is required"
    try:
        moment = dates.as_datetime(held)
    except ValueError as exc:
        return str(exc)
    assert moment is not None
    if moment.date().isoformat() < received_on:
        return f"a session cannot be before the dispute was received ({received_on})"
    if moment.date() > today:
        return "a session cannot be in the future"
    return None


def session_problems(values: dict[str, Any], received_on: str, today: date) -> dict[str, str]:
    """Every bad field of a session, against the dispute's received date."""
    problem = _held_problem(values["held_at"], received_on, today)
    return keep_problems(
        {
            "held_at": problem,
            "place": choice_problem(values["place"], SESSION_PLACES, "place"),
            "result": choice_problem(values["result"], SESSION_RESULTS, "session result"),
            "participants": text_problem(values["participants"], "participants", required=False),
            "result_text": text_problem(values["result_text"], "the result", required=False),
        }
    )


@dataclass(frozen=True)
class ObligationInput:
    """One line of the agreement: who does what by when."""

    person_id: int | None
    what: str
    due_on: date | str | None


@dataclass(frozen=True)
class AgreementInput:
    """What the agreement form holds."""

    facts: str
    obligations: tuple[ObligationInput, ...] = ()
    responsibility: str = ""
    court_confirmation: bool = False


@dataclass(frozen=True)
class OutcomeInput:
    """How mediation ended: an agreement, a referral, escalation or withdrawal."""

    kind: str
    on: date | str | None
    agreement: AgreementInput | None = None
    referred_to: str = ""
    referred_where: str = ""
    reason: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Dispute column values for this outcome."""
        return {
            "outcome": self.kind,
            "outcome_on": _iso_or_raw(self.on),
            "referred_to": (self.referred_to or None) if self.kind == "referred" else None,
            "referred_where": rules.clean(self.referred_where),
            "outcome_reason": self.reason.strip(),
        }


def outcome_problems(values: dict[str, Any], received_on: str, today: date) -> dict[str, str]:
    """Every bad field of an outcome, except the agreement's own."""
    kind = values["outcome"]
    on_problem = date_problem(values["outcome_on"], earliest=received_on, latest=today.isoformat())
    if on_problem and on_problem.startswith("cannot be before"):
        on_problem = f"cannot be before the dispute was received ({received_on})"
    found = {
        "kind": choice_problem(kind, DISPUTE_OUTCOMES, "outcome"),
        "on": on_problem,
        "reason": text_problem(
            values["outcome_reason"], "the reason", required=kind != "agreement"
        ),
    }
    if kind == "referred":
        found["referred_to"] = choice_problem(values["referred_to"], REFERRED_TO, "referral")
        found["referred_where"] = text_problem(
            values["referred_where"], "where it was referred", required=True, limit=MAX_SHORT
        )
    return keep_problems(found)


def agreement_problems(
    agreement: AgreementInput | None, signed_on: Any, party_ids: set[int], names: dict[int, str]
) -> dict[str, str]:
    """Every bad field of an agreement and its obligations."""
    if agreement is None:
        return {"agreement": "an agreement needs its facts and obligations"}
    found: dict[str, str | None] = {
        "agreement.facts": text_problem(agreement.facts.strip(), "the facts", required=True),
        "agreement.responsibility": text_problem(
            agreement.responsibility.strip(), "the responsibility", required=False
        ),
    }
    if not agreement.obligations:
        found["agreement.obligations"] = (
            "an agreement needs at least one obligation: who does what by when"
        )
    for index, item in enumerate(agreement.obligations):
        found.update(_obligation_problems(index, item, signed_on, party_ids, names))
    return keep_problems(found)


def _obligation_problems(
    index: int, item: ObligationInput, signed_on: Any, party_ids: set[int], names: dict[int, str]
) -> dict[str, str | None]:
    prefix, where = f"agreement.obligations.{index}", f"obligation {index + 1}"
    due = _iso_or_raw(item.due_on)
    earliest = signed_on if isinstance(signed_on, str) and _readable(signed_on) else None
    due_problem = date_problem(due, earliest=earliest)
    if due_problem and due_problem.startswith("cannot be before"):
        due_problem = f"cannot be due before the agreement is signed ({signed_on})"
    who = names.get(item.person_id or 0, "")
    return {
        f"{prefix}.person_id": (
            None if item.person_id in party_ids else f"{where}: choose one of the parties"
        ),
        f"{prefix}.what": _prefixed(
            f"{where} ({who})" if who else where,
            text_problem(item.what.strip(), "what is to be done", required=True),
        ),
        f"{prefix}.due_on": _prefixed(where, due_problem),
    }


def _prefixed(where: str, reason: str | None) -> str | None:
    return f"{where}: {reason}" if reason else None


@dataclass(frozen=True)
class FollowupResult:
    """What a follow-up found."""

    done_on: date | str | None
    kept: bool
    notes: str = ""
