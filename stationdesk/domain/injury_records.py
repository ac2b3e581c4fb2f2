"""Records and inputs of the injuries-on-duty ledger, and the rules that need no database."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from stationdesk.domain import dates, money, rules
from stationdesk.domain.dispute_records import (
    MAX_SHORT,
    choice_problem,
    date_problem,
    keep_problems,
    text_problem,
)
from stationdesk.domain.labels import INCIDENT_ACTIVITIES, INCIDENT_CAUSES, INJURY_OUTCOMES

OUTCOME_ORDER = tuple(INJURY_OUTCOMES)
MAX_DAYS = 3650
MAX_OFFENDERS = 1000
MAX_PERSON_TIMES = 1000
MEDICAL_FIELDS = ("body_parts", "nature", "hospital_id", "treatment", "psychological_support")


def _pick(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in row.items() if k in names}


def iso_or_raw(value: date | str | None) -> Any:
    """ISO text for a readable date, None for blank, the raw value for a check to explain."""
    try:
        return dates.iso(dates.as_date(value))
    except ValueError:
        return value


def worst_outcome(outcomes: list[str]) -> str:
    """The most serious of several outcomes ('none' for none)."""
    known = [o for o in outcomes if o in OUTCOME_ORDER]
    return max(known, key=OUTCOME_ORDER.index) if known else "none"


# -- records ------------------------------------------------------------------------
@dataclass(frozen=True)
class Hospital:
    """One of the station's green-channel agreement hospitals."""

    id: int
    name: str
    contact: str = ""
    phone: str = ""
    address: str = ""
    agreement_on: str | None = None
    active: bool = True
    notes: str = ""

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Hospital:
        """Build from a `hospitals` row."""
        values = _pick(cls, row)
        values["active"] = bool(values.get("active", 1))
        return cls(**values)


@dataclass(frozen=True)
class Incident:
    """An officer (or several) hurt or wronged on duty, with the case that followed."""

    id: int
    occurred_at: str
    activity: str
    cause: str
    description: str
    place: str = ""
    grid_id: int | None = None
    dispute_id: int | None = None
    visit_id: int | None = None
    case_number: str = ""
    offenders_dealt: int = 0
    offender_handling: str = ""
    case_outcome: str = ""
    clarified_on: str | None = None
    clarification: str = ""
    status: str = "open"
    closed_on: str | None = None
    closed_by: str | None = None
    version: int = 1
    voided_at: str | None = None
    void_reason: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Incident:
        """Build from an `incidents` row."""
        return cls(**_pick(cls, row))

    @property
    def day(self) -> str:
        """The date part of occurred_at."""
        return self.occurred_at[:10]

    @property
    def closed(self) -> bool:
        """Closed by the chief: changed only after reopening."""
        return self.status == "closed"


@dataclass(frozen=True)
class Injury:
    """What happened to one officer in an incident.

    When the viewer may not see medical details, `medical_hidden` is set and the medical
    fields are blank.
    """

    id: int
    incident_id: int
    officer_id: int
    outcome: str
    days_away: int = 0
    days_restricted: int = 0
    body_parts: str = ""
    nature: str = ""
    hospital_id: int | None = None
    treatment: str = ""
    psychological_support: str = ""
    officer_name: str = ""
    hospital_name: str = ""
    medical_hidden: bool = False

    @classmethod
    def from_row(cls, row: dict[str, Any], *, medical: bool) -> Injury:
        """Build from an `injuries` row with names; medical fields blank if not allowed."""
        values = _pick(cls, row)
        if not medical:
            values.update(
                {name: None if name == "hospital_id" else "" for name in MEDICAL_FIELDS},
                hospital_name="",
                medical_hidden=True,
            )
        return cls(**values)

    @property
    def hurt(self) -> bool:
        """The officer was hurt at all."""
        return self.outcome != "none"

    @property
    def green_channel(self) -> bool:
        """Treated at one of the agreement hospitals."""
        return self.hospital_id is not None


@dataclass(frozen=True)
class Compensation:
    """One payment to an officer."""

    id: int
    incident_id: int
    officer_id: int
    amount_fen: int
    payer: str
    paid_on: str
    notes: str = ""
    officer_name: str = ""

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Compensation:
        """Build from a `compensation_payments` row (with officer_name)."""
        return cls(**_pick(cls, row))


@dataclass(frozen=True)
class LegalAid:
    """Legal help given for an incident."""

    id: int
    incident_id: int
    provider: str
    given_on: str
    provided: str = ""
    person_times: int = 1

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> LegalAid:
        """Build from a `legal_aid` row."""
        return cls(**_pick(cls, row))


@dataclass(frozen=True)
class ComfortVisit:
    """A visit by the station to the officer."""

    id: int
    incident_id: int
    visited_on: str
    visitors: str
    what: str = ""

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ComfortVisit:
        """Build from a `comfort_visits` row."""
        return cls(**_pick(cls, row))


# -- inputs -------------------------------------------------------------------------
@dataclass(frozen=True)
class HospitalInput:
    """What a user types for an agreement hospital."""

    name: str
    contact: str = ""
    phone: str = ""
    address: str = ""
    agreement_on: date | str | None = None
    active: bool = True
    notes: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied."""
        return {
            "name": rules.clean(self.name),
            "contact": rules.clean(self.contact),
            "phone": rules.clean(self.phone).replace(" ", ""),
            "address": rules.clean(self.address),
            "agreement_on": iso_or_raw(self.agreement_on),
            "active": int(self.active),
            "notes": self.notes.strip(),
        }


def hospital_problems(values: dict[str, Any], today: date) -> dict[str, str]:
    """Every bad field of a hospital."""
    return keep_problems(
        {
            "name": text_problem(values["name"], "the hospital's name", required=True, limit=80),
            "contact": text_problem(values["contact"], "the contact", required=False, limit=60),
            "phone": rules.phone_problem(values["phone"]),
            "address": text_problem(values["address"], "the address", required=False),
            "agreement_on": date_problem(
                values["agreement_on"], required=False, latest=today.isoformat()
            ),
        }
    )


@dataclass(frozen=True)
class IncidentInput:
    """What a user types for an incident: when, where, what, and the officers involved."""

    occurred_at: datetime | str | None
    activity: str
    cause: str
    description: str
    officer_ids: tuple[int, ...] = ()
    place: str = ""
    grid_id: int | None = None
    dispute_id: int | None = None
    visit_id: int | None = None

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied (officer_ids are kept apart)."""
        try:
            moment = dates.as_datetime(self.occurred_at)
            occurred: Any = dates.iso_minutes(moment) if moment else None
        except ValueError:
            occurred = ("bad", str(self.occurred_at))
        return {
            "occurred_at": occurred,
            "activity": self.activity,
            "cause": self.cause,
            "description": self.description.strip(),
            "place": rules.clean(self.place),
            "grid_id": self.grid_id or None,
            "dispute_id": self.dispute_id or None,
            "visit_id": self.visit_id or None,
        }


def incident_problems(values: dict[str, Any], now: datetime) -> dict[str, str]:
    """Every bad field of an incident that needs no database."""
    return keep_problems(
        {
            "occurred_at": occurred_problem(values["occurred_at"], now),
            "activity": choice_problem(values["activity"], INCIDENT_ACTIVITIES, "duty"),
            "cause": choice_problem(values["cause"], INCIDENT_CAUSES, "cause"),
            "description": text_problem(values["description"], "what happened", required=True),
            "place": text_problem(values["place"], "the place", required=False, limit=MAX_SHORT),
        }
    )


def occurred_problem(value: Any, now: datetime) -> str | None:
    """Why the incident's date and time is not acceptable, or None."""
    if value is None:
        return "say when it happened"
    if isinstance(value, tuple):
        return f"'{value[1]}' is not a date and time; {dates.DATETIME_HINT}"
    if value > dates.iso_minutes(now):
        return "an incident cannot be in the future"
    if value < "2000-01-01":
        return "an incident is after 2000"
    return None


@dataclass(frozen=True)
class InjuryInput:
    """What happened to one officer: the most serious outcome, days lost, treatment."""

    outcome: str
    days_away: int | str = 0
    days_restricted: int | str = 0
    body_parts: str = ""
    nature: str = ""
    hospital_id: int | None = None
    treatment: str = ""
    psychological_support: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied (days left as typed when they are not whole numbers)."""
        return {
            "outcome": self.outcome,
            "days_away": _whole(self.days_away),
            "days_restricted": _whole(self.days_restricted),
            "body_parts": rules.clean(self.body_parts),
            "nature": rules.clean(self.nature),
            "hospital_id": self.hospital_id or None,
            "treatment": self.treatment.strip(),
            "psychological_support": self.psychological_support.strip(),
        }


def _whole(value: int | str) -> Any:
    text = rules.clean(str(value)) if value is not None else ""
    if not text:
        return 0
    try:
        return int(text)
    except ValueError:
        return text


def injury_problems(values: dict[str, Any]) -> dict[str, str]:
    """Every bad field of an injury that needs no database."""
    outcome = values["outcome"]
    found = {
        "outcome": choice_problem(outcome, INJURY_OUTCOMES, "outcome"),
        "days_away": _days_problem(values["days_away"], "days away"),
        "days_restricted": _days_problem(values["days_restricted"], "days on restricted duty"),
        "body_parts": text_problem(values["body_parts"], "the body parts", required=False),
        "nature": text_problem(values["nature"], "the nature", required=False),
        "treatment": text_problem(values["treatment"], "the treatment", required=False),
        "psychological_support": text_problem(
            values["psychological_support"], "the support", required=False
        ),
    }
    if outcome == "none":
        if values["days_away"] not in (0, None) and not found["days_away"]:
            found["days_away"] = "an officer who was not hurt has no days away"
        if values["days_restricted"] not in (0, None) and not found["days_restricted"]:
            found["days_restricted"] = "an officer who was not hurt has no restricted duty"
        if values["hospital_id"]:
            found["hospital_id"] = "an officer who was not hurt was not treated"
    elif outcome == "days_away" and values["days_away"] == 0:
        found["days_away"] = "say how many days the officer was away"
    elif outcome == "restricted_duty" and values["days_restricted"] == 0:
        found["days_restricted"] = "say how many days of restricted duty"
    return keep_problems(found)


def _days_problem(value: Any, what: str) -> str | None:
    if not isinstance(value, int):
        return f"'{value}' is not a number of {what}"
    if value < 0:
        return f"{what} cannot be negative"
    if value > MAX_DAYS:
        return f"{what} are at most {MAX_DAYS}"
    return None


@dataclass(frozen=True)
class CaseInput:
    """The case against the offender."""

    case_number: str = ""
    offenders_dealt: int | str = 0
    offender_handling: str = ""
    case_outcome: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied."""
        return {
            "case_number": rules.clean(self.case_number),
            "offenders_dealt": _whole(self.offenders_dealt),
            "offender_handling": self.offender_handling.strip(),
            "case_outcome": self.case_outcome.strip(),
        }


def case_problems(values: dict[str, Any]) -> dict[str, str]:
    """Every bad field of the case."""
    dealt = values["offenders_dealt"]
    dealt_problem = None
    if not isinstance(dealt, int):
        dealt_problem = f"'{dealt}' is not a number of persons"
    elif not 0 <= dealt <= MAX_OFFENDERS:
        dealt_problem = f"persons dealt with are 0 to {MAX_OFFENDERS}"
    elif dealt and not values["offender_handling"]:
        dealt_problem = "say how the persons were dealt with"
    return keep_problems(
        {
            "case_number": text_problem(
                values["case_number"], "the case number", required=False, limit=60
            ),
            "offenders_dealt": dealt_problem,
            "offender_handling": text_problem(
                values["offender_handling"], "how they were dealt with", required=False
            ),
            "case_outcome": text_problem(values["case_outcome"], "the outcome", required=False),
        }
    )


@dataclass(frozen=True)
class CompensationInput:
    """One payment: to whom, how much (yuan), who paid, when."""

    officer_id: int | None
    amount: str | int
    payer: str
    paid_on: date | str | None
    notes: str = ""


def compensation_values(data: CompensationInput) -> tuple[dict[str, Any], dict[str, str]]:
    """Column values of a payment and the problems that need no database."""
    errors: dict[str, str] = {}
    try:
        fen = money.parse_yuan(data.amount)
    except ValueError as exc:
        fen = 0
        errors["amount_fen"] = str(exc)
    values = {
        "officer_id": data.officer_id,
        "amount_fen": fen,
        "payer": rules.clean(data.payer),
        "paid_on": iso_or_raw(data.paid_on),
        "notes": data.notes.strip(),
    }
    errors.update(
        keep_problems(
            {
                "officer_id": None if data.officer_id else "choose the officer paid",
                "payer": text_problem(values["payer"], "who paid", required=True, limit=80),
                "notes": text_problem(values["notes"], "the notes", required=False),
            }
        )
    )
    return values, errors


@dataclass(frozen=True)
class LegalAidInput:
    """Legal help: who gave it, what, to how many person-times, when."""

    provider: str
    given_on: date | str | None
    provided: str = ""
    person_times: int | str = 1

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied."""
        return {
            "provider": rules.clean(self.provider),
            "provided": self.provided.strip(),
            "person_times": _whole(self.person_times),
            "given_on": iso_or_raw(self.given_on),
        }


def legal_aid_problems(values: dict[str, Any]) -> dict[str, str]:
    """Every bad field of legal aid that needs no database."""
    times = values["person_times"]
    return keep_problems(
        {
            "provider": text_problem(
                values["provider"], "the lawyer or firm", required=True, limit=80
            ),
            "provided": text_problem(values["provided"], "what was provided", required=False),
            "person_times": None
            if isinstance(times, int) and 1 <= times <= MAX_PERSON_TIMES
            else f"person-times are 1 to {MAX_PERSON_TIMES}",
        }
    )


@dataclass(frozen=True)
class ComfortVisitInput:
    """A visit by the station: who went, when, what they brought or did."""

    visited_on: date | str | None
    visitors: str
    what: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied."""
        return {
            "visited_on": iso_or_raw(self.visited_on),
            "visitors": rules.clean(self.visitors),
            "what": self.what.strip(),
        }
