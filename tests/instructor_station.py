"""The demo station as its instructor sees it: their grids, a grid outside them, and a dispute
to file in either, shared by the role and the read-only form tests."""

from __future__ import annotations

from datetime import date

from stationdesk.domain.disputes import DisputeInput, PartyInput
from stationdesk.domain.people import PersonInput
from stationdesk.store import Store


def instructor_grids(store: Store) -> set[int]:
    """The grids of the officer the demo's `instructor` account is linked to."""
    rows = store.rows(
        "SELECT og.grid_id FROM officer_grids og"
        " JOIN accounts a ON a.officer_id = og.officer_id WHERE a.username = 'instructor'"
    )
    return {row["grid_id"] for row in rows}


def grid_outside(store: Store, grids: set[int]) -> int:
    """A grid disputes belong to that is not one of `grids`."""
    marks = ", ".join("?" * len(grids))
    return int(
        store.scalar(f"SELECT min(id) FROM grids WHERE level = 3 AND id NOT IN ({marks})", [*grids])
    )


def a_dispute(grid_id: int, officer_id: int) -> DisputeInput:
    """A minor neighbours' dispute received today in `grid_id`, between two new people."""
    return DisputeInput(
        received_on=date.today(),
        received_how="walk_in",
        category="neighbours",
        grid_id=grid_id,
        summary="楼上漏水",
        risk_grade="D",
        officer_id=officer_id,
        parties=(
            PartyInput("applicant", person=PersonInput("赵小梅")),
            PartyInput("respondent", person=PersonInput("钱大江")),
        ),
    )
