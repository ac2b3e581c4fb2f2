"""The demo station: realistic, complete, and the same for the same seed."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from stationdesk.domain import demo
from stationdesk.domain.demo import build_demo
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError
from stationdesk.store import Store, open_store
from stationdesk.store.audit import verify_chain

CONTENT_QUERIES = {
    "grids": "SELECT * FROM grids ORDER BY id",
    "officers": "SELECT * FROM officers ORDER BY id",
    "officer_grids": "SELECT * FROM officer_grids ORDER BY officer_id, grid_id",
    "shifts": "SELECT * FROM shifts ORDER BY id",
    "settings": "SELECT * FROM settings ORDER BY key",
    "audit": "SELECT kind, record_id, action, changes FROM audit_log ORDER BY id",
}


def content(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Everything a user sees in a station, leaving out when it was written."""
    return {name: store.rows(sql) for name, sql in CONTENT_QUERIES.items()}


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_seed_gives_the_same_station(
    demo_store: Store, tmp_path: Path, demo_seed: int, demo_as_of: date
) -> None:
    with build_demo(
        tmp_path / "again.sqlite", seed=demo_seed, as_of=demo_as_of, accounts=False
    ) as again:
        assert content(again) == content(demo_store)


def test_another_seed_gives_another_station(
    demo_store: Store, tmp_path: Path, demo_seed: int, demo_as_of: date
) -> None:
    with build_demo(tmp_path / "other.sqlite", seed=demo_seed + 1, as_of=demo_as_of) as other:
        theirs, ours = content(other), content(demo_store)
    assert [o["name"] for o in theirs["officers"]] != [o["name"] for o in ours["officers"]]
    assert theirs["shifts"] != ours["shifts"]
    assert len(theirs["officers"]) == len(ours["officers"])  # same station, other people


def test_demo_has_a_whole_station(demo_store: Store) -> None:
    levels = dict(demo_store.conn.execute("SELECT level, count(*) FROM grids GROUP BY level"))
    communities = sum(len(places) for places in demo.STREETS.values())
    assert levels == {
        1: len(demo.STREETS),
        2: communities,
        3: communities * demo.GRIDS_PER_COMMUNITY,
    }
    assert (levels[1], levels[2], levels[3]) == (3, 15, 60)
    officers = demo_store.scalar("SELECT count(*) FROM officers")
    assert officers == sum(count for *_, count in demo.STAFFING) == 40
    assert demo_store.setting("station_name") == demo.STATION_NAME


def test_demo_has_two_years_of_shifts_for_everyone(demo_store: Store, demo_as_of: date) -> None:
    last = IsoWeek.of(demo_as_of).sunday
    first = last - timedelta(days=demo.HISTORY_DAYS - 1)
    assert (last - first).days >= 2 * 365 - 1
    first_day, last_day, days = demo_store.conn.execute(
        "SELECT min(day), max(day), count(DISTINCT day) FROM shifts"
    ).fetchone()
    assert (date.fromisoformat(first_day), date.fromisoformat(last_day)) == (first, last)
    assert days == demo.HISTORY_DAYS
    per_officer = demo_store.conn.execute(
        "SELECT o.id, count(s.id) FROM officers o LEFT JOIN shifts s ON s.officer_id = o.id"
        " GROUP BY o.id"
    ).fetchall()
    assert {count for _, count in per_officer} == {demo.HISTORY_DAYS}


def test_demo_file_is_sound(demo_store: Store) -> None:
    assert verify_chain(demo_store.conn) == []
    assert demo_store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    recorded = demo_store.scalar(
        "SELECT count(*) FROM audit_log WHERE kind = 'shifts' AND action = 'create'"
    )
    assert recorded == demo_store.scalar("SELECT count(*) FROM shifts")


def test_demo_never_overwrites_a_file(demo_path: Path, demo_as_of: date) -> None:
    before = file_digest(demo_path)
    with pytest.raises(StationDeskError, match="already exists"):
        build_demo(demo_path, seed=1, as_of=demo_as_of)
    assert file_digest(demo_path) == before
    with open_store(demo_path, "tester") as store:
        assert store.scalar("SELECT count(*) FROM officers") > 0


def test_nothing_is_at_the_demo_path_until_the_demo_is_whole(
    tmp_path: Path, demo_as_of: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A first start killed half way leaves no station without accounts to open next time.
    path = tmp_path / "station" / "demo-station.sqlite"
    seen_while_building: list[bool] = []

    def cut_short(_store: Store) -> None:
        seen_while_building.append(path.exists())
        raise KeyboardInterrupt

    monkeypatch.setattr(demo, "add_demo_accounts", cut_short)
    with pytest.raises(KeyboardInterrupt):
        build_demo(path, as_of=demo_as_of, disputes=0, households=0)
    assert seen_while_building == [False]
    assert list(path.parent.iterdir()) == []


def test_a_demo_cut_short_is_built_again_whole(tmp_path: Path, demo_as_of: date) -> None:
    path = tmp_path / "station" / "demo-station.sqlite"
    path.parent.mkdir()
    path.with_name("demo-station.sqlite.building").write_bytes(b"half a station")
    with build_demo(path, as_of=demo_as_of, disputes=0, households=0) as store:
        assert store.enforced  # the demo accounts are there: it asks who signs in
        assert store.scalar("SELECT count(*) FROM officers") > 0
    assert [child.name for child in path.parent.iterdir()] == ["demo-station.sqlite"]
