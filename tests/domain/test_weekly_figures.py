"""The weekly figures, counted on records built by hand: week and year boundaries, voided
records, stocks at the end of the week, grid subtrees and the comparisons."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from stationdesk.domain import figures
from stationdesk.domain.grids import GridInput, GridService
from stationdesk.domain.roster import OfficerInput, RosterService
from stationdesk.domain.weekly_report import (
    Periods,
    WeeklyReport,
    WeeklyReportService,
    change_text,
    last_complete_week,
    same_week_last_year,
    value_text,
)
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError
from stationdesk.store import Store, open_store

WEEK = IsoWeek(2026, 47)  # Mon 16 Nov - Sun 22 Nov 2026
TODAY = date(2026, 11, 25)
BEFORE = "2026-11-15"  # the Sunday before
MONDAY = "2026-11-16"
SUNDAY = "2026-11-22"
AFTER = "2026-11-23"  # the Monday after


@dataclass
class Station:
    store: Store
    grid_a: int
    grid_b: int
    other: int
    community: int
    officer: int
    colleague: int

    def report(self, week: IsoWeek = WEEK, grid_id: int | None = None) -> WeeklyReport:
        service = WeeklyReportService(self.store, today=lambda: TODAY)
        return service.build(week, grid_id)

    def dispute(self, received_on: str, **values: Any) -> int:
        row = {
            "received_on": received_on,
            "received_how": "walk_in",
            "category": "neighbours",
            "grid_id": self.grid_a,
            "summary": "邻里漏水纠纷",
            "risk_grade": "C",
            "officer_id": self.officer,
            "deadline": "2026-12-31",
            **values,
        }
        return self.store.insert("disputes", row)

    def settled(self, received_on: str, outcome_on: str, **values: Any) -> int:
        ended = {"status": "settled", "outcome": "agreement", "outcome_on": outcome_on}
        return self.dispute(received_on, **{**ended, **values})

    def household(self, grid_id: int, road: str, registered_on: str = "2026-01-05") -> int:
        address = self.store.insert("addresses", {"grid_id": grid_id, "road": road})
        return self.store.insert(
            "households",
            {"address_id": address, "grid_id": grid_id, "registered_on": registered_on},
        )

    def visit(self, household_id: int, visited_on: str, *, app: int = 0) -> int:
        visit = self.store.insert(
            "visits",
            {
                "household_id": household_id,
                "visited_on": visited_on,
                "purpose": "anti_fraud",
                "anti_fraud_app": app,
            },
        )
        self.store.conn.execute(
            "INSERT INTO visit_officers (visit_id, officer_id) VALUES (?, ?)",
            [visit, self.officer],
        )
        return visit

    def incident(self, occurred_at: str, grid_id: int | None = None, **values: Any) -> int:
        row = {
            "occurred_at": occurred_at,
            "activity": "dispute_call",
            "cause": "assault",
            "description": "调解现场被推搡",
            "grid_id": grid_id or self.grid_a,
            **values,
        }
        return self.store.insert("incidents", row)


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    with open_store(tmp_path / "station.sqlite", "clerk", create=True) as store:
        store.set_setting("station_name", "东安路派出所")
        grids = GridService(store)
        street = grids.create(None, GridInput("东安路街道", code="01"))
        community = grids.create(street, GridInput("姚电社区", code="0101"))
        grid_a = grids.create(community, GridInput("姚电社区第一网格", code="010101"))
        grid_b = grids.create(community, GridInput("姚电社区第二网格", code="010102"))
        village = grids.create(street, GridInput("皇台村", code="0102"))
        other = grids.create(village, GridInput("皇台村一组", code="010201"))
        roster = RosterService(store)
        officer = roster.create(
            OfficerInput("王警官", "police", "410001", "community", grid_ids=(grid_a, grid_b))
        )
        colleague = roster.create(
            OfficerInput("赵警官", "police", "410002", "community", grid_ids=(other,))
        )
        yield Station(store, grid_a, grid_b, other, community, officer, colleague)


def test_disputes_count_from_monday_to_sunday(station: Station) -> None:
    for day in (BEFORE, MONDAY, "2026-11-19", SUNDAY, AFTER):
        station.dispute(day)
    report = station.report()
    assert report["disputes.received"].week == 3
    assert report["disputes.received"].last_week == 1
    assert report["disputes.category.neighbours"].week == 3
    assert report["disputes.how.walk_in"].week == 3


def test_date_times_count_up_to_sunday_midnight(station: Station) -> None:
    dispute = station.dispute("2026-11-01")
    for held_at in ("2026-11-15T23:59", "2026-11-16T00:00", "2026-11-22T23:59", "2026-11-23T00:00"):
        station.store.insert(
            "mediation_sessions",
            {"dispute_id": dispute, "held_at": held_at, "place": "station", "result": "agreed"},
        )
    for occurred_at in ("2026-11-15 23:59", "2026-11-16 00:00", "2026-11-22 23:59"):
        station.incident(occurred_at)
    report = station.report()
    assert report["mediation.sessions"].week == 2
    assert report["mediation.sessions"].last_week == 1
    assert report["injuries.incidents"].week == 2


def test_voided_records_are_never_counted(station: Station) -> None:
    kept = station.dispute(MONDAY)
    voided = station.settled(MONDAY, SUNDAY)
    session = station.store.insert(
        "mediation_sessions",
        {"dispute_id": kept, "held_at": f"{MONDAY}T10:00", "place": "station", "result": "agreed"},
    )
    # a session of a voided dispute does not count either
    station.store.insert(
        "mediation_sessions",
        {
            "dispute_id": voided,
            "held_at": f"{MONDAY}T11:00",
            "place": "station",
            "result": "agreed",
        },
    )
    home = station.household(station.grid_a, "建设路")
    visit = station.visit(home, MONDAY, app=1)
    incident = station.incident(f"{MONDAY} 09:00")
    injury = station.store.insert(
        "injuries",
        {
            "incident_id": incident,
            "officer_id": station.officer,
            "outcome": "days_away",
            "days_away": 3,
        },
    )
    payment = station.store.insert(
        "compensation_payments",
        {
            "incident_id": incident,
            "officer_id": station.officer,
            "amount_fen": 50000,
            "payer": "加害人",
            "paid_on": SUNDAY,
        },
    )
    for table, record in (
        ("disputes", voided),
        ("mediation_sessions", session),
        ("visits", visit),
        ("injuries", injury),
        ("compensation_payments", payment),
    ):
        station.store.void(table, record, "录入错误")
    report = station.report()
    assert report["disputes.received"].week == 1
    assert report["disputes.settled"].week == 0
    assert report["mediation.sessions"].week == 0
    assert report["visits.visits"].week == 0
    assert report["visits.anti_fraud"].week == 0
    assert report["injuries.incidents"].week == 1
    assert report["injuries.officers_hurt"].week == 0
    assert report["injuries.compensation_fen"].week == 0


def test_outcomes_and_the_settlement_rate(station: Station) -> None:
    station.settled("2026-11-02", MONDAY)
    station.settled("2026-11-03", SUNDAY)
    station.settled(
        "2026-11-03", SUNDAY, status="confirmed", confirmed_on=SUNDAY, confirmed_by="所长"
    )
    station.dispute(
        "2026-11-04", status="referred", outcome="referred", outcome_on=MONDAY, referred_to="court"
    )
    station.dispute("2026-11-04", status="escalated", outcome="escalated", outcome_on=AFTER)
    report = station.report()
    assert report["disputes.settled"].week == 3
    assert report["disputes.confirmed"].week == 1
    assert report["disputes.referred"].week == 1
    assert report["disputes.escalated"].week == 0
    assert report.settlement_rate == 75.0  # 3 of the 4 that ended this week
    assert report.rate_of("last_week") is None


def test_open_and_overdue_are_counted_at_the_end_of_the_week(station: Station) -> None:
    station.dispute("2026-10-01", deadline="2026-10-31", risk_grade="A")  # overdue, still open
    station.dispute("2026-11-20", deadline=AFTER, risk_grade="B")  # open, not yet due
    station.settled("2026-10-01", AFTER, deadline="2026-10-31")  # open at Sunday's end
    station.settled("2026-10-01", "2026-11-18", deadline="2026-10-31")  # ended in the week
    station.dispute(AFTER, deadline="2026-11-24")  # received after the week
    report = station.report()
    assert report["disputes.open"].week == 3
    assert report["disputes.overdue_open"].week == 2
    assert report["disputes.open_grade_A"].week == 1
    assert report["disputes.open_grade_B"].week == 1
    assert report["disputes.open"].ytd is None  # a stock has no year to date
    assert report["disputes.open"].last_week == 3  # the one ended on the 18th was open then


def test_follow_ups_due_done_and_broken(station: Station) -> None:
    dispute = station.settled("2026-11-01", "2026-11-10")
    agreement = station.store.insert(
        "agreements", {"dispute_id": dispute, "signed_on": "2026-11-10", "facts": "赔偿维修费"}
    )

    def followup(due_on: str, **values: Any) -> int:
        row = {
            "dispute_id": dispute,
            "agreement_id": agreement,
            "due_on": due_on,
            "kind": "phone",
            "reason": "grade",
            "officer_id": station.officer,
            **values,
        }
        return station.store.insert("followups", row)

    followup(MONDAY, done_on="2026-11-17", kept=1)
    followup(SUNDAY, done_on=SUNDAY, kept=0)
    followup("2026-11-19", cancelled_on="2026-11-18")
    followup(AFTER)
    report = station.report()
    assert report["followups.due"].week == 2
    assert report["followups.done"].week == 2
    assert report["followups.broken"].week == 1
    assert report["mediation.agreements"].week == 0
    assert report["mediation.agreements"].last_week == 1


def test_visits_households_and_coverage_per_grid(station: Station) -> None:
    homes = [station.household(station.grid_a, f"建设路{n}号") for n in range(4)]
    far = station.household(station.other, "皇台村")
    station.visit(homes[0], MONDAY, app=1)
    station.visit(homes[0], SUNDAY)
    station.visit(homes[1], "2026-11-18", app=1)
    station.visit(far, AFTER)
    found = station.dispute("2026-11-18", received_how="visit")
    assert found
    report = station.report()
    assert report["visits.visits"].week == 3
    assert report["visits.households"].week == 2
    assert report["visits.anti_fraud"].week == 2
    assert report["visits.households_total"].week == 5
    assert report["visits.disputes_found"].week == 1
    lines = {line.name: line for line in report.grids}
    assert set(lines) == {"姚电社区", "皇台村"}
    assert (lines["姚电社区"].visits, lines["姚电社区"].households) == (3, 2)
    assert lines["姚电社区"].coverage == 50.0
    assert lines["姚电社区"].officers == ("王警官",)
    assert lines["皇台村"].coverage == 0.0


def test_roster_counts_duty_patrols_leave_and_sickness(station: Station) -> None:
    shifts = [
        (station.officer, MONDAY, "day", 2),
        (station.officer, "2026-11-17", "night", 1),
        (station.officer, "2026-11-18", "leave", 0),
        (station.colleague, "2026-11-18", "sick", 0),
        (station.colleague, SUNDAY, "standby", 0),
        (station.colleague, AFTER, "day", 3),
    ]
    for officer, day, kind, patrols in shifts:
        station.store.insert(
            "shifts", {"officer_id": officer, "day": day, "kind": kind, "patrols": patrols}
        )
    report = station.report()
    assert report["roster.duty_days"].week == 3
    assert report["roster.patrols"].week == 3
    assert report["roster.leave_days"].week == 1
    assert report["roster.sick_days"].week == 1
    community = station.report(grid_id=station.community)
    assert community["roster.duty_days"].week == 2  # only the officer of its grids


def test_injuries_hurt_days_compensation_and_legal_aid(station: Station) -> None:
    incident = station.incident(f"{MONDAY} 21:30")
    station.store.insert(
        "injuries",
        {
            "incident_id": incident,
            "officer_id": station.officer,
            "outcome": "days_away",
            "days_away": 5,
            "days_restricted": 2,
        },
    )
    station.store.insert(
        "injuries", {"incident_id": incident, "officer_id": station.colleague, "outcome": "none"}
    )
    for amount, paid_on in ((120000, SUNDAY), (30050, "2026-03-02"), (99900, "2025-11-20")):
        station.store.insert(
            "compensation_payments",
            {
                "incident_id": incident,
                "officer_id": station.officer,
                "amount_fen": amount,
                "payer": "加害人",
                "paid_on": paid_on,
            },
        )
    station.store.insert(
        "legal_aid",
        {
            "incident_id": incident,
            "provider": "法律援助中心",
            "person_times": 2,
            "given_on": "2026-11-20",
        },
    )
    report = station.report()
    assert report["injuries.officers_hurt"].week == 1
    assert report["injuries.days_lost"].week == 7
    paid = report["injuries.compensation_fen"]
    assert (paid.week, paid.ytd, paid.year_ago, paid.ytd_last_year) == (
        120000,
        150050,
        99900,
        99900,
    )
    assert value_text(paid.key, paid.ytd) == "1,500.50"
    assert report["injuries.legal_aid"].week == 2


def test_a_grid_subtree_counts_only_its_own_records(station: Station) -> None:
    station.dispute(MONDAY)
    station.dispute(MONDAY, grid_id=station.grid_b)
    station.dispute(MONDAY, grid_id=station.other, officer_id=station.colleague)
    assert station.report()["disputes.received"].week == 3
    community = station.report(grid_id=station.community)
    assert community["disputes.received"].week == 2
    assert community.scope_name == "东安路街道 > 姚电社区"
    assert [line.name for line in community.grids] == ["姚电社区第一网格", "姚电社区第二网格"]
    assert station.report(grid_id=station.other)["disputes.received"].week == 1


def test_iso_week_one_starts_in_the_old_year(station: Station) -> None:
    station.dispute("2025-12-28")  # Sunday, 2025-W52
    station.dispute("2025-12-29")  # Monday, 2026-W01
    station.dispute("2026-01-04")  # Sunday, 2026-W01
    station.dispute("2024-12-30")  # Monday, 2025-W01 (the same week a year before)
    first = station.report(IsoWeek(2026, 1))
    received = first["disputes.received"]
    assert (received.week, received.last_week, received.year_ago) == (2, 1, 1)
    assert (received.ytd, received.ytd_last_year) == (2, 1)
    last_of_2025 = station.report(IsoWeek(2025, 52))["disputes.received"]
    assert (last_of_2025.week, last_of_2025.ytd) == (1, 2)


def test_week_53_is_compared_with_week_52() -> None:
    assert same_week_last_year(IsoWeek(2026, 53)) == IsoWeek(2025, 52)
    assert same_week_last_year(IsoWeek(2027, 10)) == IsoWeek(2026, 10)
    assert IsoWeek(2027, 1).shifted(-1) == IsoWeek(2026, 53)
    assert last_complete_week(date(2027, 1, 4)) == IsoWeek(2026, 53)


def test_the_current_week_is_compared_day_for_day() -> None:
    periods = Periods.of(IsoWeek(2026, 48), date(2026, 11, 25))  # a Wednesday
    assert (periods.week.first, periods.week.last) == (date(2026, 11, 23), date(2026, 11, 25))
    assert (periods.last_week.first, periods.last_week.last) == (
        date(2026, 11, 16),
        date(2026, 11, 18),
    )
    assert periods.year_ago.first == date(2025, 11, 24)
    assert periods.year_ago.last == date(2025, 11, 26)
    assert periods.ytd.first == date(2025, 12, 29)
    assert periods.ytd_last_year.last == date(2025, 11, 26)


def test_a_week_not_yet_begun_is_refused(station: Station) -> None:
    with pytest.raises(StationDeskError, match="not started"):
        station.report(IsoWeek(2026, 49))


def test_an_empty_station_reports_zeros(station: Station) -> None:
    report = station.report()
    assert all(figure.week == 0 for figure in report.figures.values())
    assert report.settlement_rate is None
    assert [t.received for t in report.trend] == [0] * 12
    assert report.trend[-1].week == WEEK


def test_changes_read_well_when_the_base_is_zero() -> None:
    assert change_text(5, 4, "en") == "+25.0%"
    assert change_text(3, 7, "en") == "−57.1%"
    assert change_text(4, 4, "en") == "0.0%"
    assert change_text(2, 0, "en") == "new"
    assert change_text(2, 0, "zh") == "新增"
    assert change_text(0, 0, "en") == "—"
    assert change_text(0, 3, "en") == "−100.0%"


SMALL_TABLES = ("grids", "officers", "officer_grids", "households", "sub", "CONSTANT ROW")


def test_no_figure_reads_every_record(demo_store: Store, demo_as_of: date) -> None:
    """Every query of a report bounds an indexed column: its cost follows the days asked for."""
    service = WeeklyReportService(demo_store, today=lambda: demo_as_of)
    statements: list[str] = []
    demo_store.conn.set_trace_callback(statements.append)
    try:
        service.build(WEEK)
        service.build(IsoWeek.of(demo_as_of), service.find_grid("姚电社区").id)
    finally:
        demo_store.conn.set_trace_callback(None)
    assert len(statements) > 20
    scans = set()
    for sql in statements:
        for *_ids, detail in demo_store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"):
            if detail.startswith("SCAN"):
                scans.add(detail)
    allowed = {"SCAN disputes USING INDEX disputes_open"}
    unexpected = {
        scan for scan in scans - allowed if scan.split(" USING")[0][5:] not in SMALL_TABLES
    }
    assert not unexpected


def test_reading_periods_together_counts_as_reading_each_alone(
    demo_store: Store, demo_as_of: date
) -> None:
    periods = Periods.of(WEEK, demo_as_of)
    spans = list(vars(periods).values())
    together = figures.compute_many(demo_store, spans)
    assert together == [figures.compute(demo_store, span) for span in spans]
    assert together[0]["disputes.received"] > 0
    assert together[3]["disputes.received"] >= together[0]["disputes.received"]


def test_a_sign_off_counts_in_its_own_week_within_the_window(station: Station) -> None:
    signed = {"status": "confirmed", "confirmed_on": "2026-11-17", "confirmed_by": "所长"}
    station.settled("2026-08-01", "2026-09-01", **signed)  # 77 days after its outcome
    station.settled("2026-06-01", "2026-07-01", **signed)  # 139 days after: not looked for
    report = station.report()
    confirmed = report["disputes.confirmed"]
    assert (confirmed.week, confirmed.last_week, confirmed.ytd) == (1, 0, 1)
    assert report["disputes.settled"].week == 0
