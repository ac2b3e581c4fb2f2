"""The weekly report (周报) as figures: one ISO week for the station or a grid subtree, each count
against last week (环比), the same ISO week last year (同比) and year to date against last year to
date, a per-grid table and a 12-week trend. The PDF, the dashboard and `--json` all read this.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from stationdesk.domain import figures
from stationdesk.domain.dispute_ledger import DisputeFilter
from stationdesk.domain.figures import MONEY, STOCKS, Scope, Span
from stationdesk.domain.grids import Grid, GridService
from stationdesk.domain.labels import NEW, label
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError
from stationdesk.store import Store

TREND_WEEKS = 12
DASH = "—"
ENDED = ("disputes.settled", "disputes.referred", "disputes.escalated", "disputes.withdrawn")


def change_percent(current: float, base: float) -> float | None:
    """The change from `base` to `current` in percent; None when the base is 0."""
    if not base:
        return None
    return round((current - base) / base * 100, 1)


def ratio_percent(part: float, whole: float) -> float | None:
    """`part` as a percentage of `whole`; None when `whole` is 0."""
    return round(part / whole * 100, 1) if whole else None


def percent_text(value: float | None) -> str:
    """68.5% (a dash when there is no base)."""
    return DASH if value is None else f"{value:.1f}%"


def change_text(current: float, base: float, lang: str) -> str:
    """+12.5% / -28.6% / 0.0%; "new" when the base is 0, a dash when both are."""
    if not base:
        return label(NEW, lang) if current else DASH
    return signed(change_percent(current, base) or 0.0, "%")


def signed(value: float, unit: str) -> str:
    """+12.5% / −3.0 pp / 0.0% (one decimal, a true minus sign, no sign on zero)."""
    text = f"{round(value, 1) + 0.0:+.1f}"
    return ("0.0" if text in ("+0.0", "-0.0") else text.replace("-", "−")) + unit


def value_text(key: str, value: int | None) -> str:
    """A count as 1,234; money (fen) as yuan with two decimals; a dash when not counted."""
    if value is None:
        return DASH
    if key in MONEY:
        return f"{value / 100:,.2f}"
    return f"{value:,}"


def last_complete_week(today: date) -> IsoWeek:
    """The week before the one holding `today` (what Monday's report is about)."""
    return IsoWeek.of(today).shifted(-1)


def same_week_last_year(week: IsoWeek) -> IsoWeek:
    """The same ISO week number a year earlier (week 53 falls back to week 52)."""
    try:
        return IsoWeek.parse(f"{week.year - 1}-W{week.week:02d}")
    except StationDeskError:
        return IsoWeek(week.year - 1, 52)


@dataclass(frozen=True)
class Periods:
    """The spans a report compares: the week (so far), last week, the same week last year,
    the year to date and last year to the same point."""

    week: Span
    last_week: Span
    year_ago: Span
    ytd: Span
    ytd_last_year: Span

    @classmethod
    def of(cls, week: IsoWeek, today: date) -> Periods:
        """A finished week is whole; the current week runs to `today` and so do its bases."""
        days = min(7, max(1, (today - week.monday).days + 1))
        this = _span(week.monday, days)
        base = same_week_last_year(week)
        year_ago = _span(base.monday, days)
        return cls(
            week=this,
            last_week=this.shifted(-7),
            year_ago=year_ago,
            ytd=Span(IsoWeek(week.year, 1).monday, this.last, this.last),
            ytd_last_year=Span(IsoWeek(base.year, 1).monday, year_ago.last, year_ago.last),
        )


def _span(first: date, days: int) -> Span:
    last = first + timedelta(days=days - 1)
    return Span(first, last, last)


@dataclass(frozen=True)
class Figure:
    """One count of the report with its comparisons."""

    key: str
    week: int
    last_week: int
    year_ago: int
    ytd: int | None
    ytd_last_year: int | None

    @property
    def stock(self) -> bool:
        """A count at a moment (open disputes...), not of what happened: no year to date."""
        return self.key in figures.STOCKS

    @property
    def money(self) -> bool:
        """An amount in fen."""
        return self.key in MONEY

    @property
    def vs_last_week(self) -> float | None:
        """环比, percent."""
        return change_percent(self.week, self.last_week)

    @property
    def vs_year_ago(self) -> float | None:
        """同比, percent."""
        return change_percent(self.week, self.year_ago)

    @property
    def vs_ytd_last_year(self) -> float | None:
        """Year to date against last year to date, percent."""
        if self.ytd is None or self.ytd_last_year is None:
            return None
        return change_percent(self.ytd, self.ytd_last_year)

    def as_json(self) -> dict[str, Any]:
        """The figure and its comparisons, for --json."""
        return {
            "week": self.week,
            "last_week": self.last_week,
            "last_week_change_pct": self.vs_last_week,
            "year_ago": self.year_ago,
            "year_ago_change_pct": self.vs_year_ago,
            "ytd": self.ytd,
            "ytd_last_year": self.ytd_last_year,
            "ytd_change_pct": self.vs_ytd_last_year,
        }


@dataclass(frozen=True)
class GridLine:
    """One line of the per-grid table."""

    grid_id: int
    name: str
    officers: tuple[str, ...]
    received: int = 0
    settled: int = 0
    overdue_open: int = 0
    visits: int = 0
    households: int = 0
    households_total: int = 0

    @property
    def coverage(self) -> float | None:
        """Households reached this week as a share of those registered, percent."""
        return ratio_percent(self.households, self.households_total)


@dataclass(frozen=True)
class TrendWeek:
    """One week of the trend chart."""

    week: IsoWeek
    received: int
    settled: int


@dataclass(frozen=True)
class WeeklyReport:
    """Everything the weekly report shows."""

    week: IsoWeek
    periods: Periods
    scope_name: str
    scope_grid_id: int | None
    complete: bool
    figures: dict[str, Figure]
    grids: list[GridLine]
    trend: list[TrendWeek]
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))

    def __getitem__(self, key: str) -> Figure:
        return self.figures[key]

    @property
    def settlement_rate(self) -> float | None:
        """This week's settlement rate, percent."""
        return self.rate_of("week")

    def rate_of(self, period: str) -> float | None:
        """Disputes settled by agreement as a share of all that ended (settled, referred on,
        handed up, withdrawn) in one of the periods ('week', 'last_week', 'ytd'...), percent."""
        ended = sum(getattr(self[key], period) or 0 for key in ENDED)
        return ratio_percent(getattr(self["disputes.settled"], period) or 0, ended)

    def as_json(self) -> dict[str, Any]:
        """The whole report as plain values, for --json."""
        periods = {
            name: {"from": span.start, "to": span.end} for name, span in vars(self.periods).items()
        }
        return {
            "week": str(self.week),
            "from": self.periods.week.start,
            "to": self.periods.week.end,
            "complete": self.complete,
            "scope": self.scope_name,
            "periods": periods,
            "settlement_rate_pct": self.settlement_rate,
            "figures": {key: figure.as_json() for key, figure in self.figures.items()},
            "grids": [{**vars(line), "coverage_pct": line.coverage} for line in self.grids],
            "trend": [
                {"week": str(t.week), "received": t.received, "settled": t.settled}
                for t in self.trend
            ],
        }


class WeeklyReportService:
    """Builds weekly reports over a store; `today` is injectable for tests."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.today = today
        self.grids = GridService(store)

    def default_week(self) -> IsoWeek:
        """The last complete week."""
        return last_complete_week(self.today())

    def find_grid(self, name: str) -> Grid:
        """A grid node by its name or code (the first street-level match wins)."""
        wanted = name.strip()
        matches = [g for g in self.grids.all() if wanted in (g.name, g.code)]
        if not matches:
            raise StationDeskError(f"no grid is called '{wanted}'")
        return matches[0]

    def build(
        self, week: IsoWeek, grid_id: int | None = None, *, year_to_date: bool = True
    ) -> WeeklyReport:
        """The report for `week` (so far, if it is the current one) over a grid subtree.

        Without `year_to_date` (the dashboard) the year-to-date totals are left out; they read
        a whole year of records twice.
        """
        today = self.today()
        if week.monday > today:
            raise StationDeskError(f"{week} has not started yet")
        scope = Scope(frozenset(self.grids.subtree_ids(grid_id))) if grid_id else Scope()
        periods = Periods.of(week, today)
        names = [name for name in vars(periods) if year_to_date or not name.startswith("ytd")]
        spans = [getattr(periods, name) for name in names]
        opened = figures.open_at(self.store, {span.as_of for span in spans}, scope)
        counted = figures.compute_many(self.store, spans, scope, opened)
        values = dict(zip(names, counted, strict=True))
        return WeeklyReport(
            week=week,
            periods=periods,
            scope_name=self._scope_name(grid_id),
            scope_grid_id=grid_id,
            complete=week.sunday < today,
            figures={key: _figure(key, values) for key in figures.figure_keys()},
            grids=self.grid_lines(periods.week, grid_id, opened[periods.week.as_of]),
            trend=self.trend(week, scope, periods.week.last),
        )

    def _scope_name(self, grid_id: int | None) -> str:
        if grid_id is None:
            return self.store.setting("station_name") or "StationDesk"
        return self.grids.path_name(grid_id)

    def trend(self, week: IsoWeek, scope: Scope, last: date) -> list[TrendWeek]:
        """Disputes received and settled in each of the 12 weeks up to `week`."""
        weeks = [week.shifted(-offset) for offset in range(TREND_WEEKS - 1, -1, -1)]
        daily = figures.daily_trend(self.store, weeks[0].monday, last, scope)
        return [
            TrendWeek(w, _week_total(daily["received"], w), _week_total(daily["settled"], w))
            for w in weeks
        ]

    def report_units(self, grid_id: int | None) -> list[Grid]:
        """The table's lines: communities for the station, the children of a chosen node."""
        live = self.grids.all()
        if grid_id is None:
            units = [g for g in live if g.level == 2]
        else:
            units = [g for g in live if g.parent_id == grid_id] or [self.grids.get(grid_id)]
        return sorted(units, key=lambda g: (g.code, g.name))

    def grid_lines(
        self, span: Span, grid_id: int | None, opened: list[figures.OpenDispute]
    ) -> list[GridLine]:
        """One line per reporting unit, its subtree's figures added up."""
        units = self.report_units(grid_id)
        members = {unit.id: self.grids.subtree_ids(unit.id) for unit in units}
        leaf_ids = {i for ids in members.values() for i in ids}
        leaf = figures.per_grid(self.store, span, leaf_ids, opened)
        officers = self._responsible(members)
        lines = []
        for unit in units:
            total: Counter[str] = Counter()
            for member in members[unit.id]:
                total.update(leaf[member])
            lines.append(GridLine(unit.id, unit.name, officers[unit.id], **total))
        return lines

    def _responsible(self, members: dict[int, list[int]]) -> dict[int, tuple[str, ...]]:
        names: dict[int, tuple[str, ...]] = {}
        for unit, ids in members.items():
            marks = ", ".join("?" * len(ids))
            rows = self.store.conn.execute(
                "SELECT DISTINCT o.name FROM officer_grids og"
                " JOIN officers o ON o.id = og.officer_id"
                f" WHERE og.grid_id IN ({marks}) AND o.voided_at IS NULL AND o.active = 1"
                " ORDER BY o.name",
                ids,
            )
            names[unit] = tuple(row[0] for row in rows)
        return names


OUTCOME_FIGURES = {
    "disputes.settled": "agreement",
    "disputes.referred": "referred",
    "disputes.escalated": "escalated",
    "disputes.withdrawn": "withdrawn",
}


def disputes_behind(key: str, span: Span, grid_id: int | None = None) -> DisputeFilter | None:
    """The dispute list whose length is the figure `key` of `span` (None: not a dispute count)."""
    received = DisputeFilter(grid_id=grid_id, received_from=span.first, received_to=span.last)
    open_then = DisputeFilter(grid_id=grid_id, open_at=span.as_of)
    group, _, code = key.rpartition(".")
    if key == "disputes.received":
        return received
    if group == "disputes.category":
        return replace(received, categories=(code,))
    if group == "disputes.how":
        return replace(received, received_hows=(code,))
    if key == "visits.disputes_found":
        return replace(received, received_hows=("visit",))
    if key in OUTCOME_FIGURES:
        return DisputeFilter(
            grid_id=grid_id,
            outcomes=(OUTCOME_FIGURES[key],),
            ended_from=span.first,
            ended_to=span.last,
        )
    if key == "disputes.confirmed":
        return DisputeFilter(
            grid_id=grid_id,
            ended_from=span.first - timedelta(days=figures.SIGN_OFF_WINDOW_DAYS),
            ended_to=span.last,
            signed_off_from=span.first,
            signed_off_to=span.last,
        )
    if key == "disputes.open":
        return open_then
    if key == "disputes.overdue_open":
        return replace(open_then, overdue_only=True)
    if key.startswith("disputes.open_grade_"):
        return replace(open_then, grades=(key[-1],))
    return None


def _figure(key: str, values: dict[str, dict[str, int]]) -> Figure:
    totals = key not in STOCKS and "ytd" in values
    return Figure(
        key=key,
        week=values["week"][key],
        last_week=values["last_week"][key],
        year_ago=values["year_ago"][key],
        ytd=values["ytd"][key] if totals else None,
        ytd_last_year=values["ytd_last_year"][key] if totals else None,
    )


def _week_total(daily: Counter[str], week: IsoWeek) -> int:
    return sum(daily[day.isoformat()] for day in week.days())
